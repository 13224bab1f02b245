#include "annotate/quote_finder.h"

#include <gtest/gtest.h>

#include "syntax/syntax_model.h"
#include "text/segmenter.h"

namespace tidings {
namespace {

// Segmented, parsed when a model is given, then annotated.
Document Annotated(std::vector<std::string> paragraphs, const SyntaxModel* model = nullptr) {
  Article a;
  for (auto& p : paragraphs) a.paragraphs.push_back({std::move(p), ParagraphKind::kParagraph});
  Document doc(std::move(a));
  Segment(doc);
  if (model) ParseSyntax(doc, *model);
  AnnotateQuotes(doc);
  return doc;
}

struct Seen {
  std::string content, kind, speaker, cue;
  std::vector<std::string> relays;
};

std::vector<Seen> Quotes(const Document& doc) {
  std::vector<Seen> out;
  for (const Quote& q : doc.quotes) {
    Seen s{std::string(doc.text(q.span)), std::string(QuoteKindName(q.kind)), std::string(doc.text(q.speaker)),
           std::string(doc.text(q.cue)), {}};
    for (const Span& r : q.relayed_by) s.relays.emplace_back(doc.text(r));
    out.push_back(std::move(s));
  }
  return out;
}

TEST(QuoteFinder, DirectQuoteBeforeTheCueTakesTheSpeakerAfterIt) {
  const auto q = Quotes(Annotated({"\u201CWe will rebuild the bridge by spring,\u201D the mayor said."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "We will rebuild the bridge by spring,");
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "the mayor");
  EXPECT_EQ(q[0].cue, "said");
}

TEST(QuoteFinder, DirectQuoteAfterAColonCue) {
  const auto q = Quotes(Annotated({"The minister said: \"Prices will fall next year.\""}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "Prices will fall next year.");
  EXPECT_EQ(q[0].speaker, "The minister");
  EXPECT_EQ(q[0].kind, "direct");
}

TEST(QuoteFinder, InvertedSpeakerAfterTheCue) {
  const auto q = Quotes(Annotated({"\"The harvest was the worst in a decade,\" said Maria Lopez, a farmer."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Maria Lopez");
  EXPECT_EQ(q[0].cue, "said");
}

TEST(QuoteFinder, SplitQuotationGivesBothPartsTheSameSpeaker) {
  const auto q = Quotes(Annotated({"\"The plan is ready,\" Ahmed said, \"and the money is there.\""}));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "The plan is ready,");
  EXPECT_EQ(q[1].content, "and the money is there.");
  EXPECT_EQ(q[0].speaker, "Ahmed");
  EXPECT_EQ(q[1].speaker, "Ahmed");
}

TEST(QuoteFinder, PronounSpeaker) {
  const auto q = Quotes(Annotated({"\"Nobody warned us about the flood,\" she said."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "she");
}

TEST(QuoteFinder, QuotationRunningOverParagraphsIsOne) {
  const auto q = Quotes(Annotated({"\u201CThe first part of the statement goes here.",
                                   "\u201CAnd the second part follows,\u201D the spokesman told reporters."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].content.starts_with("The first part"));
  EXPECT_TRUE(q[0].content.ends_with("second part follows,"));
  EXPECT_EQ(q[0].speaker, "the spokesman");
  EXPECT_EQ(q[0].cue, "told");
}

TEST(QuoteFinder, LoneQuotationTakesTheSpeakerOfTheSentenceBefore) {
  const auto q = Quotes(Annotated({"Ahmed said the plan was ready. \"The money is there and the builders are hired.\""}));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].content, "The money is there and the builders are hired.");
  EXPECT_EQ(q[1].speaker, "Ahmed");
  EXPECT_EQ(q[1].kind, "direct");
}

TEST(QuoteFinder, IndirectSaidThatReportsTheClauseWithItsThat) {
  const auto q = Quotes(Annotated({"The central bank said on Tuesday that inflation had peaked."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "that inflation had peaked");
  EXPECT_EQ(q[0].kind, "indirect");
  EXPECT_EQ(q[0].speaker, "The central bank");
}

TEST(QuoteFinder, IndirectSaidWithoutThat) {
  const auto q = Quotes(Annotated({"Okafor said he would run again in 2027."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "he would run again in 2027");
  EXPECT_EQ(q[0].speaker, "Okafor");
}

TEST(QuoteFinder, ClauseBeforeACommaAndTheCueIsTheContent) {
  const auto q = Quotes(Annotated({"Both countries will keep trading in their own currencies, the finance minister noted."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "Both countries will keep trading in their own currencies");
  EXPECT_EQ(q[0].speaker, "the finance minister");
  EXPECT_EQ(q[0].cue, "noted");
}

TEST(QuoteFinder, ReportVerbsNeedThatOrTheSentenceEnd) {
  EXPECT_TRUE(Quotes(Annotated({"The governor noted the warm weather in the north."})).empty());
  const auto q = Quotes(Annotated({"The governor warned that the roads would close."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "warned");
}

TEST(QuoteFinder, AccordingToNamesTheSpeaker) {
  const auto q = Quotes(Annotated({"According to the port authority, three ships were turned away."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "three ships were turned away");
  EXPECT_EQ(q[0].speaker, "the port authority");
  EXPECT_EQ(q[0].cue, "According to");
}

TEST(QuoteFinder, AccordingToAfterAnAttributionIsARelay) {
  const auto q = Quotes(Annotated({"The general said the border was calm, according to state media."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The general");
  EXPECT_EQ(q[0].content, "the border was calm");
  EXPECT_EQ(q[0].relays, (std::vector<std::string>{"state media"}));
}

TEST(QuoteFinder, AsQuotedByIsARelay) {
  const auto q = Quotes(Annotated({"\"Our doors stay open to talks,\" the president said, as quoted by the Tanjug news agency."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the president");
  EXPECT_EQ(q[0].relays, (std::vector<std::string>{"the Tanjug news agency"}));
}

TEST(QuoteFinder, ToldReutersMakesReutersARelayButToldReportersDoesNot) {
  auto q = Quotes(Annotated({"The company will cut 500 jobs, a spokeswoman told Reuters."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "a spokeswoman");
  EXPECT_EQ(q[0].cue, "told");
  EXPECT_EQ(q[0].relays, (std::vector<std::string>{"Reuters"}));
  q = Quotes(Annotated({"The company will cut 500 jobs, a spokeswoman told reporters."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].relays.empty());
}

TEST(QuoteFinder, TrailingReportedByNamesTheRelayAndEndsTheContent) {
  const auto q = Quotes(Annotated({"The leader said the harvest had doubled, the state news agency reported."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The leader");
  EXPECT_EQ(q[0].content, "the harvest had doubled");
  EXPECT_EQ(q[0].relays, (std::vector<std::string>{"the state news agency"}));
}

TEST(QuoteFinder, IndirectClauseWithQuotedFragmentIsMixed) {
  const auto q = Quotes(Annotated({"The senator said the bill was \"a gift to polluters\" and would fail."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "mixed");
  EXPECT_EQ(q[0].content, "the bill was \"a gift to polluters\" and would fail");
}

TEST(QuoteFinder, ScareQuotesAndTitlesAreNotQuotations) {
  EXPECT_TRUE(Quotes(Annotated({"The general praised the \"courage\" of the army in his speech."})).empty());
  EXPECT_TRUE(Quotes(Annotated({"The festival opened with \"The Long Road Home\", a film about miners."})).empty());
}

TEST(QuoteFinder, NegatedCueReportsNothing) {
  EXPECT_TRUE(Quotes(Annotated({"The ministry did not say whether the talks would resume."})).empty());
}

TEST(QuoteFinder, SpeakerWithAnAppositionKeepsTheName) {
  const auto q = Quotes(Annotated({"\"We expect more rain,\" Chen, a forecaster at the weather office, said."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].speaker.starts_with("Chen")) << q[0].speaker;
}

TEST(QuoteFinder, SpeakerLinksToTheEntityOfAnOverlappingMention) {
  Article a;
  a.paragraphs.push_back({"\"Talks went well,\" the Chinese leader said.", ParagraphKind::kParagraph});
  Document doc(std::move(a));
  Segment(doc);
  const std::uint32_t at = static_cast<std::uint32_t>(doc.text().find("the Chinese leader"));
  const std::uint32_t chinese = static_cast<std::uint32_t>(doc.text().find("Chinese"));
  doc.entities.push_back({"e1", "Xi Jinping", MentionKind::kPerson, "CHNGOV", "", "CHN", {0}});
  doc.entities.push_back({"e2", "China", MentionKind::kState, "CHN", "", "CHN", {1}});
  doc.mentions.push_back({{at, at + 18}, MentionKind::kRole, 0});
  doc.mentions.push_back({{chinese, chinese + 7}, MentionKind::kState, 1});
  AnnotateQuotes(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker_entity, 0);
}

TEST(QuoteFinder, AttributionInsideTheClauseReportsBothParts) {
  const auto q = Quotes(Annotated({"The new bridge, the engineer said, would carry twice the traffic."}));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "The new bridge");
  EXPECT_EQ(q[1].content, "would carry twice the traffic");
  EXPECT_EQ(q[1].speaker, "the engineer");
}

TEST(QuoteFinder, QuotationClosingTheSentenceBeforeTakesTheAttributionAfterIt) {
  const auto q = Quotes(Annotated({"\u201CWho would have believed we would win so many votes?\u201D Mendes said."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mendes");
  EXPECT_EQ(q[0].kind, "direct");
}

TEST(QuoteFinder, PartyTagAndAppositionStayInTheSpeaker) {
  auto q = Quotes(Annotated({"\"The vote was rigged,\" Rep. Dana Fields (D-Ore.) said."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Rep. Dana Fields (D-Ore.)");
  q = Quotes(Annotated({"Lena Ortiz, director of the Center for Water Policy at the state university, said rivers were drying."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].speaker.starts_with("Lena Ortiz,")) << q[0].speaker;
  EXPECT_EQ(q[0].content, "rivers were drying");
}

TEST(QuoteFinder, DoubledApostrophesAreQuotationMarks) {
  const auto q = Quotes(Annotated({"''We will appeal the ruling,'' the lawyer said."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "We will appeal the ruling,");
}

TEST(QuoteFinder, QuotationAfterTheAttributionSentenceContinuesIt) {
  const auto q = Quotes(Annotated(
      {"\u201CIt is done,\u201D she said of the match. \u201CFor me, at least, the season is over.\u201D"}));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].content, "For me, at least, the season is over.");
  EXPECT_EQ(q[1].speaker, "she");
  EXPECT_EQ(q[1].cue, "said");
}

TEST(QuoteFinder, SplitQuotationContinuesPastAnAside) {
  const auto q = Quotes(Annotated(
      {"\"Every time you say that,\" Tester said, referring to the excuse, \"you give ammunition to the critics.\""}));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].content, "you give ammunition to the critics.");
  EXPECT_EQ(q[1].speaker, "Tester");
}

TEST(QuoteFinder, QuotationAfterAnotherCueDoesNotContinue) {
  const auto q = Quotes(Annotated({"\"We won,\" Lee said, and Park added, \"we lost.\""}));
  for (const Seen& s : q) {
    if (s.content == "we lost.") {
      EXPECT_NE(s.speaker, "Lee");
    }
  }
}

TEST(QuoteFinder, ParticipleCueBetweenTwoQuotationsIsTheCueOfTheSecond) {
  const auto q = Quotes(Annotated({"\"The road is open,\" Ruiz said, adding, \"the bridge will take another month.\""}));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[1].cue, "adding");
  EXPECT_EQ(q[1].speaker, "Ruiz");
}

TEST(QuoteFinder, QuotationClosedByACommaIsTakenWhenTheSentenceGoesOn) {
  const auto q = Quotes(Annotated(
      {"\u201CI never expected to win,\u201D she said weeks after the race, and her rivals agreed with her."}));
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].content, "I never expected to win,");
  EXPECT_EQ(q[0].speaker, "she");
}

TEST(QuoteFinder, TranscriptLabelNamesTheSpeakerOfItsParagraph) {
  const auto q = Quotes(Annotated({"MARTINEZ: Are the two plans really the same? Tell us why."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "MARTINEZ");
  EXPECT_EQ(q[0].cue, ":");
  EXPECT_EQ(q[0].content, "Are the two plans really the same? Tell us why");
}

TEST(QuoteFinder, SubheadingBeforeAColonIsNoSpeaker) {
  EXPECT_TRUE(Quotes(Annotated({"Editor\u2019s note: the article was updated on Monday with new figures."})).empty());
}

TEST(QuoteFinder, QuotationSignedAtTheEndOfItsParagraph) {
  const auto q = Quotes(Annotated({"\u201DThe plan will never pass.\u201D \u2015 Maria T. Okafor."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Maria T. Okafor");
  EXPECT_EQ(q[0].content, "The plan will never pass.");
}

TEST(QuoteFinder, SaidOpeningItsSentenceNamesTheSpeakerAfterIt) {
  const auto q = Quotes(Annotated({"Prices rose again. Said Ortega: \u201CNobody here can afford the rent.\u201D"}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "Nobody here can afford the rent.");
  EXPECT_EQ(q[0].speaker, "Ortega");
  EXPECT_EQ(q[0].cue, "Said");
}

TEST(QuoteFinder, QuotationClosedByItsOwnPunctuationIsTheWholeContent) {
  const auto q = Quotes(Annotated({"The coach shrugged, saying \u201CWe played well enough,\u201D and left the room."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "We played well enough,");
  EXPECT_EQ(q[0].kind, "direct");
}

TEST(QuoteFinder, ThatOfALaterCueIsNotTheFirstCuesClause) {
  const auto q = Quotes(Annotated({"Officials said the bridge was safe, adding that the repairs were done."}));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "the bridge was safe");
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[1].content, "that the repairs were done");
  EXPECT_EQ(q[1].cue, "adding");
}

TEST(QuoteFinder, AsSomeonePutItAttributesTheQuotation) {
  const auto q = Quotes(Annotated({"As the mayor put it, \u201CThe bridge is finally open.\u201D"}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the mayor");
  EXPECT_EQ(q[0].cue, "put it");
}

TEST(QuoteFinder, QuotedWordsInsideTheReportedSentenceMakeItMixed) {
  const auto q = Quotes(Annotated({"The new plan \"has no chance at all,\" the senator said."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "The new plan \"has no chance at all,\"");
  EXPECT_EQ(q[0].kind, "mixed");
  EXPECT_EQ(q[0].speaker, "the senator");
}

TEST(QuoteFinder, QuotedTitleBeforeTheSpeakerIsNoQuotation) {
  const auto q = Quotes(Annotated({"In an interview on the \"Morning Show,\" the mayor said the budget would pass."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the budget would pass");
  EXPECT_EQ(q[0].speaker, "the mayor");
}

TEST(QuoteFinder, ParticipleAfterAClosedQuotationTakesItsSpeaker) {
  const auto q = Quotes(Annotated(
      {"\u201CThe mill was a great success,\u201D the mayor said, \u201Cand it will be again,\u201D adding that the new owners plan to hire soon."}));
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[2].content, "that the new owners plan to hire soon");
  EXPECT_EQ(q[2].speaker, "the mayor");
  EXPECT_EQ(q[2].cue, "adding");
}

TEST(QuoteFinder, AccordingToAfterADashClosesTheClause) {
  const auto q = Quotes(Annotated({"Most of the claims in the book are false \u2014 according to a review by two historians."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "Most of the claims in the book are false");
  EXPECT_EQ(q[0].cue, "according to");
}

TEST(QuoteFinder, ReportedClauseStopsBeforeAConjoinedCue) {
  const auto q = Quotes(Annotated({"China said it was opposed to the test and warned the North to refrain from more."}));
  ASSERT_FALSE(q.empty());
  EXPECT_EQ(q[0].content, "it was opposed to the test");
}

TEST(QuoteFinder, QuotedWordsInsideTheSpeakersAppositionStayInIt) {
  const auto q = Quotes(Annotated({"Ruiz, who calls the new stadium \u201Ca waste of money\u201D, said the council would vote in May."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].speaker.substr(0, 5), "Ruiz,");
  EXPECT_EQ(q[0].content, "the council would vote in May");
}

TEST(QuoteFinder, ReportedClauseStopsBeforeWhileAndACue) {
  const auto q = Quotes(Annotated({"The mayor said the bridge would open in May while conceding that the budget was tight."}));
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].content, "the bridge would open in May");
}

class ParsedQuoteFinder : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<SyntaxModel> model = LoadSyntaxModel(std::string(TIDINGS_DATA_DIR) + "/models");
    if (model.ok()) model_ = new SyntaxModel(std::move(model).value());
  }
  static void TearDownTestSuite() { delete model_, model_ = nullptr; }

  std::vector<Seen> Parsed(std::string paragraph) { return Quotes(Annotated({std::move(paragraph)}, model_)); }

  // The one attribution `paragraph` holds has these speaker, cue and content.
  void ExpectOne(std::string paragraph, std::string_view speaker, std::string_view cue, std::string_view content) {
    const auto q = Parsed(std::move(paragraph));
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].speaker, speaker);
    EXPECT_EQ(q[0].cue, cue);
    EXPECT_EQ(q[0].content, content);
  }

  static SyntaxModel* model_;
};
SyntaxModel* ParsedQuoteFinder::model_ = nullptr;

TEST_F(ParsedQuoteFinder, InfinitiveOfAPledgeIsItsContent) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The mayor vowed to reopen the closed steel mill.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The mayor");
  EXPECT_EQ(q[0].cue, "vowed");
  EXPECT_EQ(q[0].content, "to reopen the closed steel mill");
}

TEST_F(ParsedQuoteFinder, ObjectOfAStanceVerbIsItsContent) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The senator criticized the trade agreement.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The senator");
  EXPECT_EQ(q[0].content, "the trade agreement");
}

TEST_F(ParsedQuoteFinder, AdjectiveWithAThatClauseIsAnAttitude) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The farmers are afraid that the river will flood their fields.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The farmers");
  EXPECT_EQ(q[0].content, "that the river will flood their fields");
}

TEST_F(ParsedQuoteFinder, WhatACueIsAboutIsItsContent) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The coach complained about the schedule of the new league.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The coach");
  EXPECT_EQ(q[0].content, "about the schedule of the new league");
  // Or a clause so introduced.
  ExpectOne("The mayor talked about how the harbor would be rebuilt.", "The mayor", "talked",
            "about how the harbor would be rebuilt");
  ExpectOne("The fishermen have talked about leaving the cooperative before the winter.", "The fishermen", "talked",
            "about leaving the cooperative before the winter");
}

TEST_F(ParsedQuoteFinder, CueFoundByItsLemma) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("Yesterday the governor discussed the new flood defences.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "discussed");
  EXPECT_EQ(q[0].content, "the new flood defences");
}

TEST_F(ParsedQuoteFinder, ObjectTakesTheComplementsThatFollowIt) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The coach urged his players to stay calm.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "urged");
  EXPECT_EQ(q[0].content, "his players to stay calm");
}

TEST_F(ParsedQuoteFinder, NounAnnouncingAClauseWithAnOwnerIsAnAttribution) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The union's decision to block the factory gates surprised the company.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "decision");
  EXPECT_EQ(q[0].speaker, "The union's");
  EXPECT_EQ(q[0].content, "to block the factory gates");
}

TEST_F(ParsedQuoteFinder, NounWithoutAnOwnerReportsNoOne) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  EXPECT_TRUE(Parsed("The decision to block the factory gates surprised the company.").empty());
}

TEST_F(ParsedQuoteFinder, AgentOfAPassiveCueIsTheSpeaker) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The new stadium plan was endorsed by the city council.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the city council");
  EXPECT_EQ(q[0].content, "The new stadium plan");
}

TEST_F(ParsedQuoteFinder, InfinitiveCueTakesTheSubjectOfTheVerbAbove) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The mayor wants to explain the new parking rules.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The mayor");
}

TEST_F(ParsedQuoteFinder, BarePronounObjectIsNoContent) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  EXPECT_TRUE(Parsed("The senator criticized them.").empty());
}

TEST_F(ParsedQuoteFinder, ObjectOfTheCuesOwnPrepositionIsContent) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("She has called for the repeal of the new tax law.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "called for");
  EXPECT_EQ(q[0].content, "the repeal of the new tax law");
}

TEST_F(ParsedQuoteFinder, GerundComplementIsContent) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("He proposed dropping the new tax entirely.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "dropping the new tax entirely");
}

TEST_F(ParsedQuoteFinder, ClauseSubjectTakenForAnObjectStaysInTheContent) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The report found the plan would actually raise taxes on families.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the plan would actually raise taxes on families");
}

TEST_F(ParsedQuoteFinder, DateIsNotWhatACueIsAbout) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  EXPECT_TRUE(Parsed("The governor spoke on Tuesday.").empty());
}

TEST_F(ParsedQuoteFinder, CueNounTakesWhatItIsAbout) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The mayor's criticism of the new stadium deal surprised few.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "criticism");
  EXPECT_EQ(q[0].content, "the new stadium deal");
}

TEST_F(ParsedQuoteFinder, PassiveWithoutAgentReportsItsSubjectWithNoSpeaker) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The new budget was described as reckless and unfair.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].content, "The new budget was described as reckless and unfair");
  EXPECT_TRUE(Parsed("The bridge was supposed to open in May.").empty());
}

TEST_F(ParsedQuoteFinder, AccordingToInsideTheClauseReportsBothPieces) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The new bridge, according to the engineers, will need another year of repairs.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "according to");
  EXPECT_EQ(q[0].speaker, "the engineers");
  EXPECT_EQ(q[0].content, "The new bridge");
  EXPECT_EQ(q[1].cue, "according to");
  EXPECT_EQ(q[1].content, "will need another year of repairs");
}

TEST_F(ParsedQuoteFinder, AccordingToAfterAShortOpeningReportsWhatFollows) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("In fact, according to the city council, the new bridge will need another year of repairs.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the city council");
  EXPECT_EQ(q[0].content, "the new bridge will need another year of repairs");
}

TEST_F(ParsedQuoteFinder, ReferredToAsIsAStance) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The coach referred to his rivals as a team of amateurs.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The coach");
  EXPECT_EQ(q[0].cue, "referred to");
  EXPECT_EQ(q[0].content, "his rivals as a team of amateurs");
}

TEST_F(ParsedQuoteFinder, SeemingIsAnImpressionWithNoSpeaker) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  auto q = Parsed("The old mayor seemed ready to give up the race.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "seemed");
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].content, "The old mayor seemed ready to give up the race");
  q = Parsed("It appears that the factory will close in the spring.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "that the factory will close in the spring");
  // Appearing somewhere is no impression.
  EXPECT_TRUE(Parsed("The singer appeared on a morning television show.").empty());
}

TEST_F(ParsedQuoteFinder, QuestionAfterAskIsItsContent) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The actress was asked if she had ever been treated unfairly.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "asked");
  EXPECT_EQ(q[0].content, "if she had ever been treated unfairly");
}

TEST_F(ParsedQuoteFinder, PuttingAnObjectAsSomethingJudgesIt) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The governor sees the new tax as a threat to small farms.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The governor");
  EXPECT_EQ(q[0].cue, "sees");
  EXPECT_EQ(q[0].content, "the new tax as a threat to small farms");
  EXPECT_TRUE(Parsed("The farmer used the old barn as a garage for his tractors.").empty());
}

TEST_F(ParsedQuoteFinder, ContentStopsBeforeAParticipleCueOfItsOwn) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The union vowed to win back the trust of its members, while acknowledging that the strike had failed.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "vowed");
  EXPECT_EQ(q[0].content, "to win back the trust of its members");
}

TEST_F(ParsedQuoteFinder, NegatedCueReadFromTheParseStillAttributes) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The minister does not want to close the old coal plant.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The minister");
  EXPECT_EQ(q[0].cue, "want");
  EXPECT_EQ(q[0].content, "to close the old coal plant");
}

TEST_F(ParsedQuoteFinder, LoneQuotationTakesTheNearestAttributionNotTheLastFound) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  // The parsed "vowed" is found after the surface "said" but stands earlier.
  const auto q = Quotes(Annotated({"The union vowed to reopen the old steel mill.", "\u201CWe are ready,\u201D the mayor said.",
                                   "\u201CThe money is there and the builders are hired.\u201D"},
                                  model_));
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[2].content, "The money is there and the builders are hired.");
  EXPECT_EQ(q[2].speaker, "the mayor");
}

TEST_F(ParsedQuoteFinder, InvertedSpeakerMayOpenWithATitleInLowerCase) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("\"The river rose faster than anyone expected,\" said longtime resident Paul Brandt.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "longtime resident Paul Brandt");
  EXPECT_EQ(q[0].content, "The river rose faster than anyone expected,");
  // A lower-case run naming no one is no speaker.
  EXPECT_TRUE(Parsed("\"The river rose faster than anyone expected,\" said in passing.").empty());
}

TEST_F(ParsedQuoteFinder, PhraseBetweenCueAndColonLeavesTheQuotationWhole) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The harbour board said in a statement: \"The cranes will be repaired by June. The port stays open.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The harbour board");
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].content, "The cranes will be repaired by June. The port stays open.");
}

TEST_F(ParsedQuoteFinder, PollNamedByInReportsItsClause) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("In a poll released on Monday, most farmers in the valley backed the new water plan.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "In");
  EXPECT_EQ(q[0].speaker, "a poll released on Monday");
  EXPECT_EQ(q[0].content, "most farmers in the valley backed the new water plan");
  // "in" before a place or a time names no record.
  EXPECT_TRUE(Parsed("In the valley, most farmers grow wheat and barley.").empty());
}

TEST_F(ParsedQuoteFinder, QuestionOfAnOpeningParticipleHasNoSpeaker) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("Asked whether the bridge would open in May, Ward said she did not know.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].cue, "Asked");
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].content, "whether the bridge would open in May");
  EXPECT_EQ(q[1].speaker, "Ward");
  EXPECT_EQ(q[1].content, "she did not know");
}

TEST_F(ParsedQuoteFinder, CueJoinedToAVerbBeforeItSharesItsSubject) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The mayor opened the meeting and later said, \"It is not only about money.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The mayor");
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].content, "It is not only about money.");
}

TEST_F(ParsedQuoteFinder, ObjectTakesTheQuotedWordsThatNameIt) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The senator called the agreement \u201Can historic step forward\u201D in the fight against floods.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "The senator");
  EXPECT_EQ(q[0].kind, "mixed");
  EXPECT_EQ(q[0].content, "the agreement \u201Can historic step forward\u201D");
}

TEST_F(ParsedQuoteFinder, ObjectOfASpeechVerbIsWhatWasSaid) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("Only a week ago the mayor was saying the opposite.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the mayor");
  EXPECT_EQ(q[0].content, "the opposite");
  // A pronoun object says nothing of what was said.
  EXPECT_TRUE(Parsed("The mayor said it twice.").empty());
}

TEST_F(ParsedQuoteFinder, InvertedSpeakerStopsBeforeTheVerbOfAClause) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  // "he already repaired" is the reported clause, not a speaker after "said".
  const auto q = Parsed("Omar Haddad, a baker from Tyre, said he already repaired the oven after the storm.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Omar Haddad, a baker from Tyre");
  EXPECT_EQ(q[0].content, "he already repaired the oven after the storm");
}

TEST_F(ParsedQuoteFinder, PeriodOfAnAbbreviationInsideAnAppositionEndsNothing) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("Dale Whitaker, a hop farmer outside Bend, Ore., whose fields are dry, said the river is too low.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Dale Whitaker, a hop farmer outside Bend, Ore., whose fields are dry");
  EXPECT_EQ(q[0].content, "the river is too low");
}

TEST_F(ParsedQuoteFinder, CueAfterButSharesTheSubjectOfTheVerbBefore) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("The council backed the plan in May but now says the costs are too high.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q.back().cue, "says");
  EXPECT_EQ(q.back().speaker, "The council");
  EXPECT_EQ(q.back().content, "the costs are too high");
}

TEST_F(ParsedQuoteFinder, CueWordReadAsANounAfterADeterminerIsNoCue) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  // Not "promise" with the words before it as its speaker.
  EXPECT_TRUE(Parsed("The council made a new promise that rents would fall.").empty());
}

TEST_F(ParsedQuoteFinder, SeeingSomethingAsSomethingIsAStanceButPlainActionsAreNot) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  ExpectOne("Many farmers see the new canal as a lifeline.", "Many farmers", "see", "the new canal as a lifeline");
  // Verbs of doing with an object attribute nothing.
  for (const char* text : {"Prices saw a sharp rise in March.", "The storm ripped the roof off the school.",
                           "Fans cheered the team at the airport.", "The mayor focused on the cost of the bridge."})
    EXPECT_TRUE(Parsed(text).empty()) << text;
}

TEST_F(ParsedQuoteFinder, QuotationClosedByTwoApostrophesAfterACommaGoesToTheAttributionAfterIt) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed("''We will not close the school,'' Ms. Lund, the head of the board, said calmly.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, "direct");
  EXPECT_EQ(q[0].speaker, "Ms. Lund, the head of the board");
  EXPECT_EQ(q[0].content, "We will not close the school,");
}

TEST_F(ParsedQuoteFinder, ReportedClauseStopsBeforeAClauseWithItsOwnAttribution) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  auto q = Parsed("The clerk said the old bridge would reopen in May, but the mayor did not say when.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the old bridge would reopen in May");
  q = Parsed("Ruiz said the harbour fees would fall next year, and most traders believe that the port will grow.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the harbour fees would fall next year");
  // A subject with no cue after it belongs to the reported clause.
  q = Parsed("Ruiz said the harbour fees would fall, but the ferry fares would rise in the spring.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, "the harbour fees would fall, but the ferry fares would rise in the spring");
}

TEST_F(ParsedQuoteFinder, StanceVerbTaggedAsANounAfterItsSubject) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  ExpectOne("About two-thirds of the voters in Kestria support banning trucks from the old bridge.",
            "About two-thirds of the voters in Kestria", "support", "banning trucks from the old bridge");
  // A noun of stance inside a noun phrase is none.
  EXPECT_TRUE(Parsed("The farm support package was cut in half.").empty());
  EXPECT_TRUE(Parsed("The union plans were drawn up in May.").empty());
  // Nor one in a clause whose verb comes earlier, or modifying a subject.
  EXPECT_TRUE(Parsed("Donors gave five million dollars to the Kestria support fund last year.").empty());
  EXPECT_TRUE(Parsed("Arnor support troops arrived in the port on Friday.").empty());
}

TEST(QuoteFinder, AttributionInterruptingAShortClauseReportsBothParts) {
  const auto q = Quotes(Annotated({"Our harbour, the mayor argues, stays open."}));
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].content, "Our harbour");
  EXPECT_EQ(q[1].content, "stays open");
  EXPECT_EQ(q[1].speaker, "the mayor");
  // One word before the attribution is an adverb's place, not a clause's.
  EXPECT_TRUE(Quotes(Annotated({"Sorry, she said."})).empty());
}

TEST(QuoteFinder, ReportedClauseStopsBeforeANegatedCueJoinedByBut) {
  const auto q = Quotes(Annotated({"The mayor said the bridge would open in May but did not say when the road would be finished."}));
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].cue, "said");
  EXPECT_EQ(q[0].content, "the bridge would open in May");
}

TEST_F(ParsedQuoteFinder, CriticismTheSubjectDrawsJudgesTheSubject) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  ExpectOne("The new law has faced criticism from doctors.", "doctors", "criticism", "The new law");
  ExpectOne("The governor won the support of the teachers union.", "the teachers union", "support", "The governor");
  // A message or a contest received is nobody's judgement.
  EXPECT_TRUE(Parsed("The new mayor got the message quickly.").empty());
}

TEST_F(ParsedQuoteFinder, StanceAdjectiveSaidOfItsSubjectIsAnAttribution) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  ExpectOne("The unions are eager to return to the talks.", "The unions", "eager", "to return to the talks");
  ExpectOne("The senator is critical of the new budget.", "The senator", "critical", "of the new budget");
  EXPECT_TRUE(Parsed("The river is wide and deep.").empty());
}

TEST_F(ParsedQuoteFinder, CueVerbFoundByItsLemmaReportsAQuotationBeforeIt) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  ExpectOne("\u201CWe will not give up on this town,\u201D the councilwoman declared.", "the councilwoman", "declared",
            "We will not give up on this town,");
  // Only in that frame: a lemma may be another verb's form ("founded" is
  // read as "found"), and a title in quotation marks is nobody's words.
  for (const Seen& q : Parsed("\u201CBooks for All,\u201D a charity founded by two nurses, opened a clinic."))
    EXPECT_NE(q.cue, "founded");
}

TEST_F(ParsedQuoteFinder, ClauseCueReportsItsClauseButNotABareObject) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  ExpectOne("The survey found that most voters back the new school plan.", "The survey", "found",
            "that most voters back the new school plan");
  EXPECT_TRUE(Parsed("The campaign raised three million dollars last month.").empty());
  EXPECT_TRUE(Parsed("Her brother found work at a bakery in the town.").empty());
}

TEST_F(ParsedQuoteFinder, ImpressionVerbReadFromTheWordsNamesNoOne) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  ExpectOne("Support for the new stadium appears to have faded since the spring.", "", "appears",
            "Support for the new stadium appears to have faded since the spring");
  ExpectOne("It appears, however, that the bridge will not open this year.", "", "appears",
            "that the bridge will not open this year");
  // Showing up somewhere is no impression.
  EXPECT_TRUE(Parsed("The mayor appeared at the opening of the library.").empty());
}

TEST_F(ParsedQuoteFinder, LookingSomeWayIsNoImpression) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  EXPECT_TRUE(Parsed("The river appears brown after the storm.").empty());
  EXPECT_TRUE(Parsed("The old barn appeared empty in the morning light.").empty());
  // "Seem" has no sense of looking: an adjective after it is a judgement.
  ExpectOne("The race for mayor seems close.", "", "seems", "The race for mayor seems close");
}

TEST_F(ParsedQuoteFinder, AsWithAnAttributionReportsTheClauseBesideIt) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  ExpectOne("As the Arnor Gazette noted, the governor raised two million dollars from the shipping firms.",
            "the Arnor Gazette", "noted", "the governor raised two million dollars from the shipping firms");
  ExpectOne("But as Ms. Varga reported, few farmers in Kestria have signed the petition.", "Ms. Varga", "reported",
            "few farmers in Kestria have signed the petition");
  ExpectOne("The harbour will close in June, as the port authority warned.", "the port authority", "warned",
            "The harbour will close in June");
}

TEST_F(ParsedQuoteFinder, AppositionAfterAnOpeningConjunctionKeepsItsName) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  ExpectOne("And Gov. Tomas Brel (D-Arnor), a frequent critic of the port deal, said the harbour fees were too high.",
            "Gov. Tomas Brel (D-Arnor), a frequent critic of the port deal", "said",
            "the harbour fees were too high");
}

TEST_F(ParsedQuoteFinder, NameAfterAnOpeningAdjunctSpeaks) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  const auto q = Parsed(
      "At a rally in Dunmore on Tuesday, Senator Ana Ruiz of Kestria endorsed Mr. Varga, saying that her former "
      "rival would make a fine governor.");
  ASSERT_EQ(q.size(), 2u);
  for (const Seen& s : q) EXPECT_EQ(s.speaker.rfind("Senator Ana Ruiz", 0), 0u) << s.cue << ": " << s.speaker;
}

TEST_F(ParsedQuoteFinder, ClauseOfTheCircumstancesIsNoPartOfAStance) {
  if (!model_) GTEST_SKIP() << "syntax model not available";
  ExpectOne("The union praised the new contract when the talks ended.", "The union", "praised", "the new contract");
  ExpectOne("The mayor backed the flood plan because the old bridge was failing.", "The mayor", "backed",
            "the flood plan");
}

TEST(QuoteFinder, AccordingToAfterAColonReportsTheClauseAfterIt) {
  const auto q = Quotes(Annotated({"The vote was close: according to the county clerk, the measure passed by forty votes."}));
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "the county clerk");
  EXPECT_EQ(q[0].content, "the measure passed by forty votes");
}

TEST(QuoteFinder, InvertedSpeakerMayHaveARelativeClauseAfterIt) {
  const auto q = Quotes(Annotated({"\u201CWe expect the vote to pass,\u201D said one aide who asked not to be named."}));
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].content, "We expect the vote to pass,");
  EXPECT_EQ(q[0].speaker, "one aide");
  EXPECT_EQ(q[0].cue, "said");
}

}  // namespace
}  // namespace tidings
