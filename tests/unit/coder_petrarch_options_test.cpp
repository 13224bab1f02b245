// PETRARCH-2 option lines (PETR_config.ini, <Config> commands): a line the
// coder cannot use as written is named with its file, line and reason, not
// passed over in silence.
#include <gtest/gtest.h>

#include <algorithm>

#include "code/tabari_options.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

TEST(CoderPetrarchOptions, WellFormedLinesHaveNoProblem) {
  EXPECT_FALSE(PetrarchOptionProblem("comma_max = 8").has_value());
  EXPECT_FALSE(PetrarchOptionProblem("require_dyad=False").has_value());
  EXPECT_FALSE(PetrarchOptionProblem("comma_bmin: 0").has_value());  // configparser takes ':' too
  // Options the coder does not act on are not checked.
  EXPECT_FALSE(PetrarchOptionProblem("new_actor_length = many").has_value());
}

TEST(CoderPetrarchOptions, MalformedLinesSayWhy) {
  const std::optional<std::string> no_equals = PetrarchOptionProblem("comma_max 8");
  ASSERT_TRUE(no_equals.has_value());
  EXPECT_NE(no_equals->find("no '='"), std::string::npos) << *no_equals;
  const std::optional<std::string> words = PetrarchOptionProblem("comma_max = eight");
  ASSERT_TRUE(words.has_value());
  EXPECT_NE(words->find("comma_max 'eight' is not a whole number"), std::string::npos) << *words;
  EXPECT_TRUE(PetrarchOptionProblem("comma_emin = -1").has_value());
  EXPECT_TRUE(PetrarchOptionProblem("= 8").has_value());
  const std::optional<std::string> dyad = PetrarchOptionProblem("require_dyad = yes");
  ASSERT_TRUE(dyad.has_value());
  EXPECT_NE(dyad->find("neither True nor False"), std::string::npos) << *dyad;
}

TEST(CoderPetrarchOptions, ConfigFileWarningsNameTheLine) {
  const std::string text =
      "[Options]\n"
      "# a comment\n"
      "comma_min = 3\n"
      "comma_max = ten\n"
      "\n"
      "require_dyad\n"
      "; another comment\n"
      "require_dyad = False\n";
  const PetrarchConfig config = ParsePetrarchConfig(text, "my/PETR_config.ini");
  EXPECT_EQ(config.lines, (std::vector<std::string>{"comma_min = 3", "comma_max = ten", "require_dyad = False"}));
  ASSERT_EQ(config.warnings.size(), 2u);
  EXPECT_TRUE(config.warnings[0].starts_with("my/PETR_config.ini:4: comma_max 'ten'")) << config.warnings[0];
  EXPECT_TRUE(config.warnings[1].starts_with("my/PETR_config.ini:6: no '='")) << config.warnings[1];
  // The malformed comma_max keeps PETRARCH's default; the well-formed lines act.
  const std::optional<CommaLimits> limits = PetrarchCommaLimits(config.lines);
  ASSERT_TRUE(limits.has_value());
  EXPECT_EQ(limits->min, 3u);
  EXPECT_EQ(limits->max, 8u);
  EXPECT_FALSE(PetrarchRequiresDyad(config.lines));
}

TEST(CoderPetrarchOptions, RequireDyadLastSettingWins) {
  EXPECT_TRUE(PetrarchRequiresDyad({}));
  EXPECT_FALSE(PetrarchRequiresDyad({"require_dyad = false"}));
  EXPECT_TRUE(PetrarchRequiresDyad({"require_dyad = false", "require_dyad = True"}));
}

TEST(CoderPetrarchOptions, APipelineListsTheOptionLinesItCannotUse) {
  PipelineOptions options;
  options.petrarch.config = {"comma_min = 3", "comma_max = eight"};
  const Result<Pipeline> pipeline = Pipeline::Load(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  const std::vector<std::string>& warnings = pipeline->warnings();
  EXPECT_EQ(std::count_if(warnings.begin(), warnings.end(),
                          [](const std::string& w) { return w.starts_with("PETRARCH option"); }),
            1);
  EXPECT_NE(std::find(warnings.begin(), warnings.end(),
                      "PETRARCH option 'comma_max = eight': comma_max 'eight' is not a whole number; the option keeps "
                      "its value"),
            warnings.end());
}

}  // namespace
}  // namespace tidings
