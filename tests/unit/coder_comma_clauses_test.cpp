// PETRARCH-2's comma rule (PETR_config.ini comma_*): a short clause set off by
// commas is taken out of the sentence before coding, on sentences written for
// the test with small dictionaries of our own.
#include <gtest/gtest.h>

#include "code/tabari_options.h"
#include "support/article.h"
#include "support/dictionaries.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

const Pipeline& Loaded() {
  static const Pipeline* pipeline = nullptr;
  if (pipeline) return *pipeline;
  testing::DictionaryTexts texts;
  texts.actors = "VALDORIA [VAL]\nKESTRIA [KES]\nMORVANE [MOR]\nTELLUN [TEL]\nBRASKA [BRA]\n";
  texts.agents = "MINISTER [~GOV]\nOFFICIAL [~GOV]\n";
  texts.verbs = "--- SUPPORT [051] ---\nSUPPORT\n\n--- DENOUNCE [122] ---\nDENOUNCE\n\n--- ANNOUNCE [010] ---\nANNOUNCE\n";
  pipeline = new Pipeline(testing::LoadWithDictionaries("coder_comma_clauses_test", texts));
  return *pipeline;
}

// The events of `text` as "SRC/TGT/CODE", coded under the option lines `config`.
std::vector<std::string> Coded(const std::string& text, const std::vector<std::string>& config) {
  PipelineOptions options;
  options.petrarch.config = config;
  return testing::EventTriples(Loaded().WithOptions(options).Annotate(testing::OneParagraphArticle(text)));
}

const std::vector<std::string> kPetrarchDefaults{"comma_min = 2", "comma_max = 8", "comma_bmin = 0",
                                                 "comma_bmax = 0", "comma_emin = 2", "comma_emax = 8"};

TEST(CoderCommaClauses, OptionLinesGiveTheLimits) {
  EXPECT_FALSE(PetrarchCommaLimits({"require_dyad = true"}).has_value());
  const std::optional<CommaLimits> limits = PetrarchCommaLimits({"comma_min = 3", "comma_emax=0", "comma_min = 4"});
  ASSERT_TRUE(limits.has_value());
  EXPECT_EQ(limits->min, 4u);
  EXPECT_EQ(limits->max, 8u);
  EXPECT_EQ(limits->end_max, 0u);
  EXPECT_EQ(limits->begin_max, 0u);
}

TEST(CoderCommaClauses, AShortAsideBetweenCommasNamesNoTarget) {
  const std::string text = "Valdoria denounced Kestria, and Morvane and Tellun, on Tuesday in the capital.";
  // Without comma options the aside is read: its actors are targets too.
  EXPECT_EQ(Coded(text, {}), (std::vector<std::string>{"VAL/KES/122", "VAL/MOR/122", "VAL/TEL/122"}));
  // Four words between the commas, within 2..8: taken out.
  EXPECT_EQ(Coded(text, kPetrarchDefaults), std::vector<std::string>{"VAL/KES/122"});
  // A maximum of 0 turns the rule off.
  std::vector<std::string> off = kPetrarchDefaults;
  off.push_back("comma_max = 0");
  EXPECT_EQ(Coded(text, off), (std::vector<std::string>{"VAL/KES/122", "VAL/MOR/122", "VAL/TEL/122"}));
  // A minimum above the aside's length keeps it.
  std::vector<std::string> longer = kPetrarchDefaults;
  longer.push_back("comma_min = 5");
  EXPECT_EQ(Coded(text, longer), (std::vector<std::string>{"VAL/KES/122", "VAL/MOR/122", "VAL/TEL/122"}));
}

TEST(CoderCommaClauses, CommasListingActorsSetOffNothing) {
  const std::string text = "Valdoria supported Kestria, Morvane, Tellun and Braska in the vote.";
  EXPECT_EQ(Coded(text, kPetrarchDefaults),
            (std::vector<std::string>{"VAL/KES/051", "VAL/MOR/051", "VAL/TEL/051", "VAL/BRA/051"}));
}

}  // namespace
}  // namespace tidings
