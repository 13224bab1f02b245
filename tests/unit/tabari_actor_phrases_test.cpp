// TABARI's reading of actor phrases (src/annotate/tabari_actor_phrases.h):
// stems, noun endings after '_', '=' for the word alone, gaps at blanks.
#include <gtest/gtest.h>

#include <sstream>

#include "annotate/tabari_actor_phrases.h"

namespace tidings {
namespace {

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// "payload:first-last" of the phrase at word `first`, or "none".
std::string At(const TabariActorPhrases& phrases, const std::string& text, std::uint32_t first = 0) {
  const auto m = phrases.LongestAt(Words(text), first);
  if (!m) return "none";
  return std::to_string(m->payload) + ":" + std::to_string(m->first) + "-" + std::to_string(m->last);
}

TEST(TabariActorPhrases, AWordWithoutMarkIsAStem) {
  TabariActorPhrases phrases;
  phrases.Add("HARAD", 1);
  EXPECT_EQ(At(phrases, "HARADRIM RAIDERS CROSSED"), "1:0-0");
  EXPECT_EQ(At(phrases, "HARA RAIDERS"), "none");
}

TEST(TabariActorPhrases, AFinalUnderscoreAllowsOnlyNounEndings) {
  TabariActorPhrases phrases;
  phrases.Add("ESGAROTH_", 2);
  EXPECT_EQ(At(phrases, "ESGAROTHS ENVOY"), "2:0-0");
  EXPECT_EQ(At(phrases, "ESGAROTH'S ENVOY"), "2:0-0");
  EXPECT_EQ(At(phrases, "ESGAROTHIAN ENVOY"), "none");
}

TEST(TabariActorPhrases, AnEqualsSignAllowsNoEnding) {
  TabariActorPhrases phrases;
  phrases.Add("RIVENDELL=", 3);
  EXPECT_EQ(At(phrases, "RIVENDELL SENT"), "3:0-0");
  EXPECT_EQ(At(phrases, "RIVENDELLS SENT"), "none");
}

TEST(TabariActorPhrases, ABlankLetsWordsComeBetweenAndUnderscoresDoNot) {
  TabariActorPhrases phrases;
  phrases.Add("ROHAN", 1);
  phrases.Add("ROHAN RADIO", 2);
  phrases.Add("ROHAN_ARMY_", 3);
  EXPECT_EQ(At(phrases, "ROHAN STATE-OWNED RADIO SAID"), "2:0-2");
  EXPECT_EQ(At(phrases, "ROHAN ARMY SAID"), "3:0-1");
  EXPECT_EQ(At(phrases, "ROHAN NORTHERN ARMY SAID"), "1:0-0");
}

TEST(TabariActorPhrases, AGapEndsAtPunctuationOrAfterAFewWords) {
  TabariActorPhrases phrases;
  phrases.Add("ROHAN", 1);
  phrases.Add("ROHAN RADIO", 2);
  EXPECT_EQ(At(phrases, "ROHAN TROOPS ENTERED EDORAS , RADIO SAID"), "1:0-0");
  EXPECT_EQ(At(phrases, "ROHAN TROOPS HAVE NOW ENTERED THE RADIO STATION"), "1:0-0");
  EXPECT_EQ(At(phrases, "ROHAN OFFICIAL STATE RADIO SAID"), "2:0-3");
}

TEST(TabariActorPhrases, JoinedWordsWinOverAGapOfTheSameLength) {
  TabariActorPhrases phrases;
  phrases.Add("BARD BOWMAN", 1);
  phrases.Add("BARD_BOWMAN", 2);
  EXPECT_EQ(At(phrases, "BARD BOWMAN SPOKE"), "2:0-1");
  EXPECT_EQ(At(phrases, "BARD THE BOWMAN SPOKE"), "1:0-2");
  // Lower case in the dictionary reads as upper case.
  TabariActorPhrases lower;
  lower.Add("dale_", 4);
  EXPECT_EQ(At(lower, "THE DALE ENVOY", 1), "4:1-1");
}

}  // namespace
}  // namespace tidings
