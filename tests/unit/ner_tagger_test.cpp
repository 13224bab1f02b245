#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "annotate/actor_annotator.h"
#include "annotate/ner_tagger.h"
#include "annotate/time_tagger.h"
#include "syntax/syntax_model.h"
#include "text/segmenter.h"
#include "support/scratch.h"

namespace tidings {
namespace {

struct Models {
  ActorKnowledge knowledge;
  SyntaxModel syntax;
};

const Models& Shared() {
  static const Models models = [] {
    Result<ActorKnowledge> knowledge = LoadActorKnowledge();
    Result<SyntaxModel> syntax = LoadSyntaxModel(TIDINGS_DATA_DIR "/models");
    EXPECT_TRUE(knowledge.ok()) << knowledge.status().ToString();
    EXPECT_TRUE(syntax.ok()) << syntax.status().ToString();
    return Models{std::move(knowledge).value(), std::move(syntax).value()};
  }();
  return models;
}

NameSentence Gold(const std::string& text, std::vector<NameSpan> names) {
  NameSentence s;
  std::istringstream in(text);
  for (std::string w; in >> w;) s.words.push_back(w);
  s.names = std::move(names);
  return s;
}

// A few sentences of our own, each pattern several times.
std::vector<NameDocument> TinyCorpus() {
  NameDocument doc;
  for (int i = 0; i < 4; ++i) {
    doc.sentences.push_back(Gold("Orlan Vesk joined Marrow Shipping Corp. on Monday .",
                                 {{0, 2, NameType::kPerson}, {3, 6, NameType::kOrganization}}));
    doc.sentences.push_back(Gold("The ferry sailed from Port Kessa to Lindholm .",
                                 {{4, 6, NameType::kLocation}, {7, 8, NameType::kLocation}}));
    doc.sentences.push_back(Gold("Ana Brell said the plan would work .", {{0, 2, NameType::kPerson}}));
  }
  return {doc};
}

std::vector<NameSpan> TagWords(const NameTagger& tagger, const std::string& text) {
  const NameSentence s = Gold(text, {});
  TokenView tokens;
  for (const std::string& w : s.words) tokens.Add(w);
  const std::vector<std::string_view> upos = TagAndParse(Shared().syntax, tokens.text).upos;
  return tagger.Tag({&tokens, 0, static_cast<std::uint32_t>(s.words.size()), upos}, Shared().knowledge);
}

TEST(NameTagger, LearnsItsTrainingSentencesAndSurvivesSaveAndLoad) {
  Result<NameTagger> tagger = TrainNameTagger(TinyCorpus(), Shared().knowledge, Shared().syntax, {});
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  const std::vector<NameSpan> expected = {{0, 2, NameType::kPerson}, {3, 6, NameType::kOrganization}};
  EXPECT_EQ(TagWords(*tagger, "Orlan Vesk joined Marrow Shipping Corp. on Monday ."), expected);

  const std::string path = testing::ScratchPath("test_names.ner").string();
  ASSERT_TRUE(tagger->Save(path).ok());
  Result<NameTagger> loaded = NameTagger::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(TagWords(*loaded, "Orlan Vesk joined Marrow Shipping Corp. on Monday ."), expected);
  EXPECT_EQ(TagWords(*loaded, "The ferry sailed from Port Kessa to Lindholm ."),
            (std::vector<NameSpan>{{4, 6, NameType::kLocation}, {7, 8, NameType::kLocation}}));
}

TEST(NameTagger, DamagedOrMissingModelIsRefusedWithItsPath) {
  const std::string path = testing::ScratchPath("test_damaged.ner").string();
  std::ofstream(path) << "not a model";
  Result<NameTagger> damaged = NameTagger::Load(path);
  ASSERT_FALSE(damaged.ok());
  EXPECT_NE(damaged.status().ToString().find(path), std::string::npos);
  EXPECT_FALSE(NameTagger::Load(path + ".missing").ok());
}

TEST(NameTagger, NothingToLearnFromIsAnError) {
  EXPECT_FALSE(TrainNameTagger({}, Shared().knowledge, Shared().syntax, {}).ok());
}

// The kinds the actor stage gives the names of an article's paragraphs.
std::vector<std::pair<std::string, MentionKind>> Mentions(const std::vector<std::string>& paragraphs) {
  Article article;
  article.published = "2026-05-02";
  for (const std::string& text : paragraphs) article.paragraphs.push_back({text, ParagraphKind::kParagraph});
  Document doc(std::move(article));
  Segment(doc);
  TagTimes(doc, doc.article().published);  // as the pipeline does before the actors
  AnnotateActors(doc, Shared().knowledge);
  std::vector<std::pair<std::string, MentionKind>> found;
  for (const Mention& m : doc.mentions) found.push_back({std::string(doc.text(m.span)), m.kind});
  return found;
}

TEST(ActorMentions, NamesBeforeScoresInAResultsLineAreTeams) {
  using Found = std::vector<std::pair<std::string, MentionKind>>;
  EXPECT_EQ(Mentions({"Marsh Rovers 2 Kelby Town 1"}),
            (Found{{"Marsh Rovers", MentionKind::kOrganization}, {"Kelby Town", MentionKind::kOrganization}}));
  // A player's figures in brackets do not make the player a team.
  EXPECT_EQ(Mentions({"Kelby Town 363 ( Orlan Vesk 111 ) , Marsh Rovers 190"}),
            (Found{{"Kelby Town", MentionKind::kOrganization},
                   {"Orlan Vesk", MentionKind::kPerson},
                   {"Marsh Rovers", MentionKind::kOrganization}}));
  // Nor do a golfer's rounds after a first name and a surname.
  EXPECT_EQ(Mentions({"287 Vladimir Brell 70 71 72 74"}), (Found{{"Vladimir Brell", MentionKind::kPerson}}));
  // In prose, numbers after a name do not make it a team.
  for (const auto& [name, kind] : Mentions({"Orlan Vesk said 2 ships and 3 barges sank."}))
    EXPECT_NE(kind, MentionKind::kOrganization) << name;
}

MentionKind KindOf(const std::vector<std::pair<std::string, MentionKind>>& found, const std::string& name) {
  for (const auto& [text, kind] : found)
    if (text == name) return kind;
  ADD_FAILURE() << name << " not found";
  return MentionKind::kRole;
}

TEST(ActorMentions, ArticleLevelCuesTypeDatelinesAcronymsPlacesCompaniesAndRepeats) {
  const auto found = Mentions({"KELBY , Kessland 2026-05-02", "Talks resumed in the village of Brae on Friday.",
                               "The Harbour Workers Union ( HWU ) met Marrow Shipping Corp. managers.",
                               "HWU leaders said Marrow Shipping Corp. had refused.",
                               "Tarvik shares fell after the vote."});
  EXPECT_EQ(KindOf(found, "KELBY"), MentionKind::kPlace);
  EXPECT_EQ(KindOf(found, "Kessland"), MentionKind::kPlace);  // the region after the comma
  EXPECT_EQ(KindOf(found, "Brae"), MentionKind::kPlace);
  EXPECT_EQ(KindOf(found, "Harbour Workers Union"), MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "Tarvik"), MentionKind::kOrganization);
  std::size_t acronyms = 0;
  for (const auto& [text, kind] : found)
    if (text == "HWU") {
      ++acronyms;
      EXPECT_EQ(kind, MentionKind::kOrganization);
    }
  EXPECT_EQ(acronyms, 2u);  // in brackets, then repeated bare
}

TEST(ActorMentions, ACapitalisedTitleBeforeANameIsNoPerson) {
  const auto found = Mentions({"Russian Prime Minister Orlan Vesk said on Monday the port would reopen."});
  EXPECT_EQ(KindOf(found, "Orlan Vesk"), MentionKind::kPerson);
  for (const auto& [text, kind] : found)
    if (text == "Prime Minister") EXPECT_NE(kind, MentionKind::kPerson);
}

TEST(ActorMentions, OrganizationShapesTakeThePlacesInTheirNames) {
  const auto found = Mentions({"Shares fell on the Lisbon Stock Exchange on Monday.",
                               "The Bank of Portugal kept its rates, said an Ontario-based Marrow Capital Group analyst.",
                               "The German Harbour Board said it would appeal."});
  EXPECT_EQ(KindOf(found, "Lisbon Stock Exchange"), MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "Bank of Portugal"), MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "Marrow Capital Group"), MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "Harbour Board"), MentionKind::kOrganization);  // the demonym stays outside
  for (const auto& [text, kind] : found) EXPECT_NE(text, "Stock Exchange");  // no guess of its own inside
}

TEST(ActorMentions, PlacesThatPlayInASportsReportAreTeams) {
  const std::vector<std::string> report = {
      "CRICKET - KELBY HOLD ON AGAINST BRAE",
      "Kelby beat Marshfield by six wickets on Friday , and the Harriers stayed top.",
      "Marshfield 's Orlan Vesk took four wickets in the second innings.",
      "Later Marshfield will play Lisbon in a semifinal at Porto.",
      "Rain saved Brae , Kelby and Lindholm from defeat.",
      "England beat Portugal by one run."};
  const auto found = Mentions(report);
  EXPECT_EQ(KindOf(found, "Marshfield"), MentionKind::kOrganization);  // every mention of it
  for (const auto& [text, kind] : found)
    if (text == "Marshfield") EXPECT_EQ(kind, MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "Kelby"), MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "Harriers"), MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "Lisbon"), MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "Lindholm"), MentionKind::kOrganization);  // listed with a team
  EXPECT_EQ(KindOf(found, "Porto"), MentionKind::kPlace);     // the venue
  EXPECT_EQ(KindOf(found, "England"), MentionKind::kPlace);   // national sides keep their kind
  EXPECT_EQ(KindOf(found, "Portugal"), MentionKind::kState);
  // The same sentence outside a sports report keeps the town a place.
  EXPECT_EQ(KindOf(Mentions({"Later the envoy will fly from Lisbon to Porto."}), "Lisbon"), MentionKind::kPlace);
}

TEST(ActorMentions, FixturesScorecardsAndTownsWithNicknamesNameTeams) {
  const auto found = Mentions({"BASEBALL - HARRIERS BEAT ROVERS", "PORTO AT LISBON",
                               "Orlan Vesk homered twice as the Lisbon Harriers beat the Rovers 5-2 .",
                               "Kelby 244 and 108-3 ( A. Brell 4-55 ) , Brae 190 .", "FRIDAY , AUGUST 30 SCHEDULE",
                               "Tarvikton : Kelby beat Brae by six wickets .", "Postponed : Lindholm v Marsh",
                               "It was a third win for champions Kessbury , easy winners over Dunmore ."});
  EXPECT_EQ(KindOf(found, "PORTO"), MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "LISBON"), MentionKind::kPlace);  // the venue
  EXPECT_EQ(KindOf(found, "Lisbon Harriers"), MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "Kelby"), MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "Brae"), MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "A. Brell"), MentionKind::kPerson);  // a player's figures in brackets
  EXPECT_EQ(KindOf(found, "Tarvikton"), MentionKind::kPlace);   // the ground's town
  for (const char* team : {"Lindholm", "Kessbury", "Dunmore"})
    EXPECT_EQ(KindOf(found, team), MentionKind::kOrganization) << team;
  for (const auto& [text, kind] : found) {
    EXPECT_NE(text, "Postponed");
    EXPECT_NE(text, "FRIDAY");
    EXPECT_NE(text, "AUGUST");
  }
}

TEST(ActorMentions, AnAcronymIsAnOrganizationUnlessItIsAUnitOrACommonAbbreviation) {
  const auto found = Mentions({"The deal was approved by the KSWU on Monday.", "KSWU officials said the CEO agreed.",
                               "Output reached 40 MWH last year."});
  std::size_t acronyms = 0;
  for (const auto& [text, kind] : found) {
    EXPECT_NE(text, "CEO");
    EXPECT_NE(text, "MWH");
    if (text == "KSWU") {
      ++acronyms;
      EXPECT_EQ(kind, MentionKind::kOrganization);
    }
  }
  EXPECT_EQ(acronyms, 2u);  // also opening a sentence
}

TEST(ActorMentions, AKnownPersonsSurnameInsideAnotherNameIsSomeoneElse) {
  const auto found = Mentions({"The sprinter Tom Johnson won the race on Monday.", "Later Boris Johnson spoke."});
  EXPECT_EQ(KindOf(found, "Tom Johnson"), MentionKind::kPerson);
  EXPECT_EQ(KindOf(found, "Boris Johnson"), MentionKind::kPerson);
  for (const auto& [text, kind] : found) EXPECT_NE(text, "Johnson");
}

TEST(ActorMentions, OrganizationsEveryReaderKnowsAreFoundByName) {
  const auto found = Mentions({"Analysts expect the Fed to hold rates, and Toyota shares rose.",
                               "Manchester United signed a defender from Lisbon on Monday."});
  EXPECT_EQ(KindOf(found, "Fed"), MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "Toyota"), MentionKind::kOrganization);
  EXPECT_EQ(KindOf(found, "Manchester United"), MentionKind::kOrganization);
  // Not the start of a longer name the list does not hold.
  for (const auto& [text, kind] : Mentions({"He joined Toyota Kessa Logistics last year."}))
    EXPECT_NE(text, "Toyota");
}

TEST(ActorMentions, TheArticleIsNoPartOfAName) {
  const auto found = Mentions({"Talks with the Netherlands resumed after the Kremlin agreed."});
  EXPECT_EQ(KindOf(found, "Netherlands"), MentionKind::kState);
  for (const auto& [text, kind] : found) EXPECT_NE(text.rfind("the ", 0), 0u) << text;
}

TEST(ActorMentions, AKnownNameInsideATimeExpressionIsADate) {
  const auto found = Mentions({"Theresa May spoke on May 13 .", "The harbour closed in May 2026 and reopened in June ."});
  std::size_t mays = 0;
  for (const auto& [text, kind] : found) mays += text == "May" || text == "Theresa May";
  EXPECT_EQ(mays, 1u);
  EXPECT_EQ(KindOf(found, "Theresa May"), MentionKind::kPerson);
}

TEST(ActorMentions, ANameAfterACompanyNounOrASeatIsAnOrganization) {
  const auto found = Mentions({"Shares of packaging company Marrowfield rose on Monday .",
                               "The Ontario-based Kestrel Vanton said it would appeal .",
                               "The daily Kessa Post reported the deal , and Tarvona news agency confirmed it .",
                               "Shares offered by company N / A"});
  for (const char* name : {"Marrowfield", "Kestrel Vanton", "Kessa Post", "Tarvona"})
    EXPECT_EQ(KindOf(found, name), MentionKind::kOrganization) << name;
  for (const auto& [text, kind] : found) EXPECT_NE(text, "N");
}

TEST(ActorMentions, APlaceNamedAfterAFirstNameOrAsAPersonsSurnameIsThatPerson) {
  const auto found = Mentions({"The discus thrower Anthony Washington won in Lisbon on Friday .",
                               "The crowd in Lisbon cheered as Orlan Tarvik beat him .",
                               "Washington took the lead early , but the match slipped away from Tarvik .",
                               "Talks with Jordan resumed ."});
  for (const char* person : {"Anthony Washington", "Washington", "Tarvik"})
    EXPECT_EQ(KindOf(found, person), MentionKind::kPerson) << person;
  EXPECT_EQ(KindOf(found, "Lisbon"), MentionKind::kPlace);
  EXPECT_EQ(KindOf(found, "Jordan"), MentionKind::kState);  // no person of that name here
}

TEST(ActorMentions, CompetitionsPronounsAndASurnameBeforeAnOrganizationsLastWordAreNoPersons) {
  const auto found = Mentions({"Major League teams met on Friday , and Kessa Division sides joined them .",
                               "Sometimes I take pride in that , Orlan Vesk told reporters ."});
  EXPECT_EQ(KindOf(found, "Orlan Vesk"), MentionKind::kPerson);
  for (const auto& [text, kind] : found)
    if (text == "Major" || text == "Kessa Division" || text == "Sometimes I" || text == "I")
      EXPECT_NE(kind, MentionKind::kPerson) << text;
}

TEST(ActorMentions, APlaceOpeningAnEventsNameIsNoMentionOfItsOwn) {
  const auto found = Mentions({"Orlan Vesk won the Lisbon Open and the Portugal Cup before flying to Lisbon ."});
  std::size_t places = 0, states = 0;
  for (const auto& [text, kind] : found) {
    places += kind == MentionKind::kPlace;
    states += kind == MentionKind::kState;
  }
  EXPECT_EQ(places, 1u);  // Lisbon the city, after "to"
  EXPECT_EQ(states, 0u);
}

TEST(ActorMentions, ACompanysLastWordMakesItAnOrganization) {
  const auto found = Mentions({"Orlan Vesk left Marrowfield Pharmaceuticals for Tarvik Chemical last year ."});
  for (const char* name : {"Marrowfield Pharmaceuticals", "Tarvik Chemical"})
    EXPECT_EQ(KindOf(found, name), MentionKind::kOrganization) << name;
}

TEST(ActorMentions, AShareIndexIsNoOrganizationNorPerson) {
  const auto found = Mentions({"The Nasdaq composite index rose while the Dow Jones industrial average fell .",
                               "The shares will trade on Nasdaq next week ."});
  std::size_t nasdaq = 0;
  for (const auto& [text, kind] : found) {
    EXPECT_NE(text, "Dow Jones");
    nasdaq += text == "Nasdaq";
  }
  EXPECT_EQ(nasdaq, 1u);  // the exchange, not the index
  EXPECT_EQ(KindOf(found, "Nasdaq"), MentionKind::kOrganization);
}

TEST(ActorMentions, APersonsAliasSpansOnlyTheNameNotTheTitleOpeningIt) {
  const auto found = Mentions({"The pardon was granted by King Sihanouk on Friday ."});
  EXPECT_EQ(KindOf(found, "Sihanouk"), MentionKind::kPerson);
  for (const auto& [text, kind] : found) EXPECT_NE(text, "King Sihanouk");
}

}  // namespace
}  // namespace tidings
