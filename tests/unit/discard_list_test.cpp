// Discard lists (PETRARCH discard files): story and sentence phrases, stem
// and whole-word matching, per-line diagnostics, and the coder skipping a
// discarded sentence.
#include <gtest/gtest.h>

#include "code/discard_list.h"

namespace tidings {
namespace {

constexpr std::string_view kDiscards =
    "# Story-level discards start with '+'\n"
    "<!-- a comment line -->\n"
    "MONTHS LATER\n"
    "+World Golf Championships   # pas 26-Feb-2014\n"
    "BASEBALL\n"
    "WORLD_CUP_\n"
    "BAD [111]\n"
    "+\n"
    "AFRICAN NATIONS CUP   # ab 13 Jun 2005 ;AB 13 JUN 2005\n";

DiscardList Parse() {
  DiscardList list;
  list.Parse(kDiscards, "test.discards.txt");
  return list;
}

TEST(DiscardList, ReadsStoryAndSentencePhrases) {
  const DiscardList list = Parse();
  ASSERT_EQ(list.phrases().size(), 5u);
  EXPECT_FALSE(list.phrases()[0].story);
  EXPECT_EQ(list.phrases()[0].words, (std::vector<std::string>{"MONTHS", "LATER"}));
  EXPECT_TRUE(list.phrases()[1].story);
  EXPECT_EQ(list.phrases()[1].words, (std::vector<std::string>{"WORLD", "GOLF", "CHAMPIONSHIPS"}));
  EXPECT_EQ(list.phrases()[1].where, "test.discards.txt:4");
}

TEST(DiscardList, MalformedLinesAreReportedWithFileAndLine) {
  const DiscardList list = Parse();
  const std::vector<std::string> want = {
      "test.discards.txt:7: discard phrases hold words only (no brackets or codes)",
      "test.discards.txt:8: empty discard phrase",
  };
  EXPECT_EQ(list.warnings(), want);
}

TEST(DiscardList, WordsMatchAsStemsUnlessWrittenWithTrailingUnderscore) {
  const DiscardList list = Parse();
  const DiscardPhrase* stem = list.Find({"THE", "BASEBALLS", "WERE", "LOST"});
  ASSERT_NE(stem, nullptr);
  EXPECT_EQ(stem->words.front(), "BASEBALL");
  EXPECT_NE(list.Find({"THE", "WORLD", "CUP", "FINAL"}), nullptr);
  EXPECT_EQ(list.Find({"THE", "WORLD", "CUPS"}), nullptr);
  EXPECT_EQ(list.Find({"MONTHS", "AGO"}), nullptr);
  const DiscardPhrase* story = list.Find({"AT", "THE", "WORLD", "GOLF", "CHAMPIONSHIPS"});
  ASSERT_NE(story, nullptr);
  EXPECT_TRUE(story->story);
}

}  // namespace
}  // namespace tidings
