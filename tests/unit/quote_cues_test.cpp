#include "annotate/quote_cues.h"

#include <gtest/gtest.h>

namespace tidings {
namespace {

TEST(QuoteCues, LongestEntryWins) {
  const CueLexicon lexicon = CueLexicon::Parse("according to\tsource\nsaid\tsay\npointed out\treport\n", "t");
  const std::vector<std::string> words = {"he", "pointed", "out", "that", "according", "to"};
  EXPECT_EQ(lexicon.MatchAt(words, 1, words.size()).words, 2u);
  EXPECT_EQ(lexicon.MatchAt(words, 1, words.size()).cue_class, CueClass::kReport);
  EXPECT_EQ(lexicon.MatchAt(words, 4, words.size()).cue_class, CueClass::kSource);
  ASSERT_NE(CueLexicon::Parse("found\tclause\n", "t").Find("found"), nullptr);
  EXPECT_EQ(*CueLexicon::Parse("found\tclause\n", "t").Find("found"), CueClass::kClause);
  EXPECT_EQ(lexicon.MatchAt(words, 4, 5).words, 0u);  // the phrase may not run past `end`
  EXPECT_EQ(lexicon.MatchAt(words, 0, words.size()).words, 0u);
}

TEST(QuoteCues, ALemmaMissingItsFinalEIsFoundWithIt) {
  const CueLexicon lexicon = CueLexicon::Parse("decline\tstance\nsay\tsay\n", "t");
  ASSERT_NE(lexicon.FindLemma("declin", "declined"), nullptr);
  EXPECT_EQ(*lexicon.FindLemma("declin", "declined"), CueClass::kStance);
  ASSERT_NE(lexicon.FindLemma("say", "says"), nullptr);
  // Only when the word itself is spelled with the "e".
  EXPECT_EQ(lexicon.FindLemma("declin", "declining"), nullptr);
  EXPECT_EQ(lexicon.FindLemma("sa", "sat"), nullptr);
}

TEST(QuoteCues, BadLinesAreReportedWithTheirLineAndSkipped) {
  const CueLexicon lexicon =
      CueLexicon::Parse("# comment\nsaid\tsay\nwarned\nnoted\tshout\nsaid\treport\ntold\ttell\n", "cues.txt");
  EXPECT_EQ(lexicon.size(), 2u);
  ASSERT_EQ(lexicon.warnings().size(), 3u);
  EXPECT_EQ(lexicon.warnings()[0].rfind("cues.txt:3:", 0), 0u);
  EXPECT_EQ(lexicon.warnings()[1].rfind("cues.txt:4:", 0), 0u);
  EXPECT_EQ(lexicon.warnings()[2].rfind("cues.txt:5:", 0), 0u);
}

TEST(QuoteCues, ShippedLexiconLoadsWithoutWarnings) {
  Result<CueLexicon> lexicon = CueLexicon::Load(std::string(TIDINGS_DATA_DIR) + "/lexicon/cues.txt");
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  EXPECT_TRUE(lexicon->warnings().empty()) << lexicon->warnings().front();
  EXPECT_GT(lexicon->size(), 200u);
  ASSERT_NE(lexicon->Find("said"), nullptr);
  EXPECT_EQ(*lexicon->Find("said"), CueClass::kSay);
}

}  // namespace
}  // namespace tidings
