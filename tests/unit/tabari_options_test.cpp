// TABARI coding settings: the commands read from option records and what
// they do to the events a coder found.
#include <gtest/gtest.h>

#include "code/tabari_options.h"

namespace tidings {
namespace {

// A document of one sentence holding two events: an early verb whose source
// is missing and a later one with both actors.
Document TwoEvents(const std::string& text) {
  Article article;
  article.id = "t";
  article.paragraphs.push_back({text});
  Document doc(std::move(article));
  doc.sentences.push_back({});
  doc.sentences.back().span = {0, static_cast<std::uint32_t>(doc.text().size())};
  Event early;
  early.span = {0, 4};
  early.cameo = "042";
  early.targets = {{{}, 1, "ARN"}, {{}, 2, "ROH"}};
  Event late = early;
  late.span = {10, 14};
  late.cameo = "111";
  late.sources = {{{}, 3, "GON"}};
  late.targets = {{{}, 1, "ARN"}};
  doc.events = {early, late};
  return doc;
}

const std::string kLong = "One two three four five six seven eight nine ten.";

TEST(TabariOptions, CommandsChangeTheSettingsTheyName) {
  TabariSettings s;
  EXPECT_TRUE(ApplyTabariOption("SET: CODE BY SENTENCE", &s));
  EXPECT_EQ(s.code_by, TabariSettings::CodeBy::kSentence);
  EXPECT_TRUE(ApplyTabariOption("SET: MINIMUM WORDS = 4", &s));
  EXPECT_EQ(s.minimum_words, 4u);
  EXPECT_TRUE(ApplyTabariOption("default: source [XSRC] prior target [XTGT]", &s));
  EXPECT_EQ(s.default_source, "XSRC");
  EXPECT_EQ(s.default_target, "XTGT");
  EXPECT_TRUE(s.default_prior);
  EXPECT_FALSE(s.default_after);
  EXPECT_TRUE(ApplyTabariOption("DEFAULT: OFF", &s));
  EXPECT_TRUE(s.default_source.empty());
  EXPECT_FALSE(s.default_prior);
  EXPECT_TRUE(ApplyTabariOption("COMPLEX: VERBS[5] CONJ[4]", &s));
  EXPECT_FALSE(ApplyTabariOption("FROBNICATE: ALL", &s));
  EXPECT_FALSE(ApplyTabariOption("SET: MINIMUM WORDS = many", &s));
  EXPECT_EQ(s.minimum_words, 4u);
}

TEST(TabariOptions, CommaLimitsAndAgentConversion) {
  TabariSettings s;
  EXPECT_EQ(s.comma.max, 10u);  // TABARI's defaults: asides of 2 to 10 words, none at the start
  EXPECT_GT(s.comma.begin_min, s.comma.begin_max);
  EXPECT_TRUE(ApplyTabariOption("COMMA: MIN = 4 MAX=6 EMIN = 3 EMAX = 7 BMIN = 2 BMAX = 8", &s));
  EXPECT_EQ(s.comma.min, 4u);
  EXPECT_EQ(s.comma.max, 6u);
  EXPECT_EQ(s.comma.end_max, 7u);
  EXPECT_EQ(s.comma.begin_min, 2u);
  EXPECT_FALSE(ApplyTabariOption("COMMA: MIN = few", &s));
  EXPECT_FALSE(ApplyTabariOption("COMMA: WIDTH = 3", &s));
  EXPECT_TRUE(ApplyTabariOption("COMMA: OFF", &s));
  EXPECT_GT(s.comma.min, s.comma.max);
  EXPECT_GT(s.comma.end_min, s.comma.end_max);
  EXPECT_FALSE(s.convert_agents);
  EXPECT_TRUE(ApplyTabariOption("SET: CONVERT AGENT = TRUE", &s));
  EXPECT_TRUE(s.convert_agents);
  EXPECT_EQ(TabariSettingsFrom({"SET: CONVERT AGENT = TRUE", "SET: CONVERT AGENT = FALSE", "COMMA: MAX = 3"}).comma.max,
            3u);
  EXPECT_FALSE(TabariSettingsFrom({"SET: CONVERT AGENT = TRUE", "SET: CONVERT AGENT = FALSE"}).convert_agents);
}

TEST(TabariOptions, ShortSentencesAreNotCoded) {
  TabariSettings s;
  Document doc = TwoEvents("Gondor thanked Arnor warmly.");
  ApplyTabariSettings(s, doc);
  EXPECT_TRUE(doc.events.empty());
  s.minimum_words = 4;
  doc = TwoEvents("Gondor thanked Arnor warmly.");
  ApplyTabariSettings(s, doc);
  EXPECT_EQ(doc.events.size(), 2u);
}

TEST(TabariOptions, DefaultActorsFillWhatIsMissing) {
  TabariSettings s;
  ASSERT_TRUE(ApplyTabariOption("DEFAULT: SOURCE [XSRC] PRIOR TARGET [XTGT] AFTER", &s));
  Document doc = TwoEvents(kLong);
  ApplyTabariSettings(s, doc);
  ASSERT_EQ(doc.events.size(), 2u);
  ASSERT_EQ(doc.events[0].sources.size(), 1u);
  EXPECT_EQ(doc.events[0].sources[0].actor, "XSRC");
  EXPECT_EQ(doc.events[0].targets.size(), 2u);
  // Without PRIOR the first target stands in for the missing source.
  ASSERT_TRUE(ApplyTabariOption("DEFAULT: OFF", &s));
  ASSERT_TRUE(ApplyTabariOption("DEFAULT: SOURCE [XSRC] TARGET [XTGT] AFTER", &s));
  doc = TwoEvents(kLong);
  ApplyTabariSettings(s, doc);
  EXPECT_EQ(doc.events[0].sources[0].actor, "ARN");
  ASSERT_EQ(doc.events[0].targets.size(), 1u);
  EXPECT_EQ(doc.events[0].targets[0].actor, "ROH");
}

TEST(TabariOptions, CodingBySentenceKeepsTheFirstCompleteEvent) {
  TabariSettings s;
  ASSERT_TRUE(ApplyTabariOption("SET: CODE BY SENTENCE", &s));
  Document doc = TwoEvents(kLong);
  ApplyTabariSettings(s, doc);
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].cameo, "111");  // the earlier event has no source
}

TEST(TabariOptions, ForwardingPassesASourceToTheEventsOfAStoryThatLackOne) {
  TabariSettings s;
  ASSERT_TRUE(ApplyTabariOption("FORWARD: ^^*****NNN*SSS", &s));
  EXPECT_TRUE(s.forward);
  EXPECT_EQ(TabariStory("NEWS-004-002"), "NEWS-004");
  Document doc = TwoEvents(kLong);
  ForwardSource("HAR", doc);
  ASSERT_EQ(doc.events[0].sources.size(), 1u);
  EXPECT_EQ(doc.events[0].sources[0].actor, "HAR");
  EXPECT_EQ(doc.events[1].sources[0].actor, "GON");  // its own source stays
  ASSERT_TRUE(ApplyTabariOption("FORWARD: ^^*****NNN*SSS OFF", &s));
  EXPECT_FALSE(s.forward);
}

TEST(TabariOptions, AnOptionsFileGivesItsCommandsAndComplexLimits) {
  const std::vector<std::string> commands = TabariOptionCommands(
      "// options of a project\n\nCOMPLEX: VERBS[6] CONJ[3] NOACTPRIOR\n//SET: CODE ALL\n"
      "  SET: LABEL = TRUE  \n~~~~~\nSET: CODE ALL\n");
  EXPECT_EQ(commands, (std::vector<std::string>{"COMPLEX: VERBS[6] CONJ[3] NOACTPRIOR", "SET: LABEL = TRUE"}));
  const TabariSettings settings = TabariSettingsFrom(commands);
  EXPECT_EQ(settings.complex.verbs, 6u);
  EXPECT_EQ(settings.complex.conjunctions, 3u);
  EXPECT_EQ(settings.code_by, TabariSettings::CodeBy::kClause);
  TabariSettings unchanged;
  EXPECT_FALSE(ApplyTabariOption("COMPLEX: VERBS[many]", &unchanged));
  EXPECT_EQ(unchanged.complex.verbs, 0u);
}

}  // namespace
}  // namespace tidings
