// TABARI's reading of the word sequence (src/code/tabari_matcher.h), used
// for TABARI dictionaries where the parse finds no event with both actors:
// a dictionary word is a verb whatever its part of speech, patterns match on
// the words around it (stems, '_' joins, alternatives, '^' passing over an
// actor), a verb coding nothing gives way to the next one, and a word after
// an article is no verb; agents next to an actor join its code; passives
// turn around, actors joined by "and" act together; each clause codes.
#include <gtest/gtest.h>

#include "support/article.h"
#include "support/dictionaries.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

const Pipeline& MiniTabari() {
  static const Pipeline* pipeline = [] {
    testing::DictionaryTexts texts;
    texts.actors = "GONDOR [GON]\nARNOR [ARN]\nROHAN [ROH]\nHARAD [HAR]\nTHE_NORTH_KINGDOMS [ARN/ROH]\nHARAD_RIVER_GUARD_ [HARRGD]\n"
                   "RIDDLE_MASTERS_ [+++]\n";
    texts.agents = "CHANCELLOR_  [~GOV]\nENVOYS_  [~GOV]\n";
    texts.verbs = "&COIN\n+CROWN\n+SILVER MARK\n+TRIBUTE_$\n"
                  "GRANT  [070]\n"
                  "- * &COIN  [071]\n"
                  "- * CROWN  [072]\n"
                  "LIFT  [---]\n"
                  "VOICE  [020]\n"
                  "- LATELY { LIFTED | HOISTED } ITS *  [042]\n"
                  "PACT  [---]\n"
                  "- IN_*  [075]\n"
                  "- IN *  [072]\n"
                  "CAUTION  [160]\n"
                  "- * AT ^ +  [162]\n"
                  "SHELL  [190]\n"
                  "- * + ACROSS_{ NORTH | SOUTH } RIVER  [195]\n"
                  "OPPOSE  [112]\n"
                  "STRUCK  [190]\n"
                  "- + WAS * DOWN  [195]\n"
                  "HAIL  [---]\n"
                  "- % *  [044:045]\n";
    return new Pipeline(testing::LoadWithDictionaries("tabari_matcher_test", texts));
  }();
  return *pipeline;
}

// "SRC/TGT/CODE" per event and pair of actors, "-" for a side without one.
std::vector<std::string> Triples(const std::string& text, const std::vector<std::string>& tabari_options = {}) {
  PipelineOptions options;
  options.events.keep_sourceless = true;  // as LoadWithDictionaries
  options.petrarch.tabari_options = tabari_options;
  return testing::EventTriples(MiniTabari().WithOptions(options).Annotate(testing::OneParagraphArticle(text)));
}

TEST(TabariMatcher, ANounOfTheDictionaryIsAVerbAndItsPatternLooksBackwards) {
  EXPECT_EQ(Triples("Gondor has lately hoisted its voice for Arnor in the coming talks."),
            std::vector<std::string>{"GON/ARN/042"});
  // Without the words the pattern wants, the verb's own code.
  EXPECT_EQ(Triples("Gondor has lately used its voice for Arnor in the coming talks."),
            std::vector<std::string>{"GON/ARN/020"});
}

TEST(TabariMatcher, PatternWordsAreStemsUnlessJoinedOrExact) {
  // "IN_*" needs "in" right before the verb; "IN *" is a stem, so "into" matches it.
  EXPECT_EQ(Triples("Gondor was into pact with an anti- Arnor parade on Saturday."),
            std::vector<std::string>{"GON/ARN/072"});
}

TEST(TabariMatcher, AWordJoinedToAlternativesNeedsOneRightAfterIt) {
  EXPECT_EQ(Triples("Rohan shelled Harad across north river on the first night of the siege."),
            std::vector<std::string>{"ROH/HAR/195"});
  EXPECT_EQ(Triples("Rohan shelled Harad across the north river on the first night of the siege."),
            std::vector<std::string>{"ROH/HAR/190"});
}

TEST(TabariMatcher, CaretPassesOverAnActorAndArticlesMakeNouns) {
  EXPECT_EQ(Triples("Harad caution at the Gondor of Arnor about the coming winter."),
            std::vector<std::string>{"HAR/ARN/162"});
  // "the shell" is a noun: nothing codes.
  EXPECT_TRUE(Triples("Harad found the shell near Gondor about the coming winter.").empty());
}

TEST(TabariMatcher, AnAgentRightAfterAnActorOrBeforeItWithOfJoinsItsCode) {
  EXPECT_EQ(Triples("Gondor Chancellor Brand has lately hoisted its voice for Arnor in the coming talks."),
            std::vector<std::string>{"GONGOV/ARN/042"});
  EXPECT_EQ(Triples("The envoys of Harad caution at the Gondor of Arnor about the coming winter."),
            std::vector<std::string>{"HARGOV/ARN/162"});
  // A word between actor and agent keeps them apart.
  EXPECT_EQ(Triples("Gondor's first chancellor has lately hoisted its voice for Arnor in the coming talks."),
            std::vector<std::string>{"GON/ARN/042"});
}

TEST(TabariMatcher, PassivesTurnAroundAndConjunctsActTogether) {
  EXPECT_EQ(Triples("Gondor was fiercely opposed by Arnor over the new toll on the river."),
            std::vector<std::string>{"ARN/GON/112"});
  EXPECT_EQ(Triples("Rohan and the proud Harad caution at the Gondor of Arnor about the coming winter."),
            (std::vector<std::string>{"ROH/ARN/162", "HAR/ARN/162"}));
  // A preposition between two actors keeps them apart.
  EXPECT_EQ(Triples("Rohan with Harad caution at the Gondor of Arnor about the coming winter."),
            std::vector<std::string>{"ROH/ARN/162"});
}

TEST(TabariMatcher, EachClauseCodesItsOwnEvent) {
  EXPECT_EQ(Triples("Rohan caution at the Gondor of Arnor but Harad opposed Gondor over the toll on the river."),
            (std::vector<std::string>{"ROH/ARN/162", "HAR/GON/112"}));
  // "and" before a verb opens a clause; the clause without an actor of its own keeps the sentence's.
  EXPECT_EQ(Triples("Rohan caution at the Gondor of Arnor and opposed Harad over the toll on the river."),
            (std::vector<std::string>{"ROH/ARN/162", "ROH/HAR/112"}));
}

TEST(TabariMatcher, ShortAsidesBetweenCommasAreNotRead) {
  // TABARI's default: a clause of 2 to 10 words set off by commas is passed over, its actor too.
  EXPECT_EQ(Triples("Rohan, a long rival of Harad, opposed Gondor over the toll on the river."),
            std::vector<std::string>{"ROH/GON/112"});
  // The same at the end of the sentence: nothing is left after the verb.
  EXPECT_TRUE(Triples("Rohan opposed the new toll on the river, Harad and Gondor said on Friday.").empty());
  // Longer than the limits allow, the clause is read.
  EXPECT_EQ(Triples("Rohan opposed the new toll on the river, a toll which merchants of Harad "
                    "have paid for more than a century now.",
                    {"COMMA: MIN = 2 MAX = 6 EMIN = 2 EMAX = 6"}),
            std::vector<std::string>{"ROH/HAR/112"});
  EXPECT_EQ(Triples("Rohan opposed the new toll on the river, Harad and Gondor said on Friday.", {"COMMA: OFF"}),
            (std::vector<std::string>{"ROH/HAR/112", "ROH/GON/112"}));
  // The commas of a list of actors set nothing off.
  EXPECT_EQ(Triples("Rohan, Harad, Arnor opposed Gondor over the toll on the river."),
            (std::vector<std::string>{"ROH/GON/112", "HAR/GON/112", "ARN/GON/112"}));
}

TEST(TabariMatcher, ACompoundCodeStandsForEachOfItsMembers) {
  EXPECT_EQ(Triples("The North Kingdoms opposed Gondor over the new toll on the river."),
            (std::vector<std::string>{"ARN/GON/112", "ROH/GON/112"}));
}

TEST(TabariMatcher, AnAgentStandingAloneIsAnActorWhenAgentsAreConverted) {
  const std::string text = "Envoys opposed Gondor over the new toll on the river this week.";
  EXPECT_TRUE(Triples(text).empty());
  EXPECT_EQ(Triples(text, {"SET: CONVERT AGENT = TRUE"}), std::vector<std::string>{"~GOV/GON/112"});
  // An agent joined to an actor stays part of its code.
  EXPECT_EQ(Triples("Harad envoys opposed Gondor over the new toll on the river.", {"SET: CONVERT AGENT = TRUE"}),
            std::vector<std::string>{"HARGOV/GON/112"});
}

TEST(TabariMatcher, AnEventLacksAnActorOnlyWhereADefaultCanGiveIt) {
  const std::string text = "The council opposed Gondor over the new toll on the river this week.";
  EXPECT_TRUE(Triples(text).empty());
  EXPECT_EQ(Triples(text, {"DEFAULT: SOURCE [XSRC] PRIOR"}), std::vector<std::string>{"-/GON/112"});
}

TEST(TabariMatcher, UnderCodeAllEveryVerbWithBothActorsCodes) {
  const std::string text = "Rohan opposed Harad over the toll as the envoys shelled Gondor near the river.";
  EXPECT_EQ(Triples(text), std::vector<std::string>{"ROH/HAR/112"});
  EXPECT_EQ(Triples(text, {"SET: CODE ALL"}), (std::vector<std::string>{"ROH/HAR/112", "ROH/GON/190"}));
  // "or" before a verb opens a clause of its own.
  EXPECT_EQ(Triples("Rohan may caution at the Gondor of Arnor or shell Harad near the river this week."),
            (std::vector<std::string>{"ROH/ARN/162", "ROH/HAR/190"}));
}

TEST(TabariMatcher, ActorNamesAreReadInAnyCaseAndWithAPluralEnding) {
  EXPECT_EQ(Triples("Gondor opposed the harad river guards over the new toll on the river."),
            std::vector<std::string>{"GON/HARRGD/112"});
  EXPECT_EQ(Triples("The Rohans opposed Gondor over the new toll on the river this week."),
            std::vector<std::string>{"ROH/GON/112"});
}

TEST(TabariMatcher, SynsetMembersAreReadLikePatterns) {
  // Stems, with other words between them.
  EXPECT_EQ(Triples("Rohan will grant silver and golden marks to Harad before the winter comes."),
            std::vector<std::string>{"ROH/HAR/071"});
  // The same word written in a pattern is the closer match.
  EXPECT_EQ(Triples("Rohan will grant crowns to Harad before the winter comes to the river."),
            std::vector<std::string>{"ROH/HAR/072"});
  // "$" in a member takes the source.
  EXPECT_EQ(Triples("Rohan will grant tribute Gondor to Harad before the winter comes."),
            std::vector<std::string>{"GON/HAR/071"});
}

TEST(TabariMatcher, PronounsStandForTheSentencesFirstActors) {
  // "and then" with a subject of its own and a verb opens a clause; "him" is Rohan.
  EXPECT_EQ(Triples("Rohan opposed Harad over the toll and then Gondor opposed him over the bridge."),
            (std::vector<std::string>{"ROH/HAR/112", "GON/ROH/112"}));
  // "they" stands for all the actors listed first.
  EXPECT_EQ(Triples("Rohan and Harad opposed the toll on the river and Gondor opposed them over the bridge."),
            (std::vector<std::string>{"GON/ROH/112", "GON/HAR/112"}));
  // A pronoun standing for the source is no target: the next actor is.
  EXPECT_EQ(Triples("Rohan and Harad opposed them on the toll near Gondor this week."),
            (std::vector<std::string>{"ROH/GON/112", "HAR/GON/112"}));
}

TEST(TabariMatcher, ItsEventsAreDatedAttributedAndDescribedLikeAnyOther) {
  const Document doc =
      MiniTabari().Annotate(testing::OneParagraphArticle("Arnor said Gondor shelled Rohan on May 3, 2024 near the river."));
  ASSERT_EQ(doc.events.size(), 1u);
  const Event& e = doc.events[0];
  EXPECT_EQ(e.cameo, "190");
  EXPECT_EQ(e.date, "2024-05-03");  // the sentence's date, not the publication date (2024-05-01)
  EXPECT_EQ(e.root, "19");
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_FALSE(e.cameo_name.empty());
  EXPECT_EQ(doc.text(e.speaker_text), "Arnor");  // who says it happened, from the quotation layer
}

TEST(TabariMatcher, ACompoundActorWithAPairedCodeCodesEachPairBothWaysUnderBothCodes) {
  EXPECT_EQ(Triples("Rohan and Harad hail the renewed friendship along the river this week."),
            (std::vector<std::string>{"ROH/HAR/044", "HAR/ROH/044", "ROH/HAR/045", "HAR/ROH/045"}));
}

TEST(TabariMatcher, AComplexActorOrTooManyVerbsOrConjunctionsLeaveTheSentenceUncoded) {
  EXPECT_EQ(Triples("Gondor opposed Arnor over the new toll on the river this week."),
            std::vector<std::string>{"GON/ARN/112"});
  // An actor coded "+++" on either side.
  EXPECT_TRUE(Triples("Gondor opposed the riddle masters over the new toll on the river this week.").empty());
  // COMPLEX: VERBS[3] CONJ[2]: three verbs, or two conjunctions that list no actors.
  const std::string three_verbs = "Gondor opposed Arnor over the toll as it voiced anger and granted crowns to Rohan.";
  EXPECT_FALSE(Triples(three_verbs).empty());
  EXPECT_TRUE(Triples(three_verbs, {"COMPLEX: VERBS[3] CONJ[9] EXPLAIN"}).empty());
  const std::string two_conjunctions = "Gondor opposed Arnor over the toll and the bridge but not the ford.";
  EXPECT_EQ(Triples(two_conjunctions, {"COMPLEX: VERBS[9] CONJ[3]"}), std::vector<std::string>{"GON/ARN/112"});
  EXPECT_TRUE(Triples(two_conjunctions, {"COMPLEX: VERBS[9] CONJ[2]"}).empty());
  // "and" listing actors is no conjunction here.
  EXPECT_EQ(Triples("Gondor and Rohan opposed Arnor and Harad over the new toll.", {"COMPLEX: VERBS[9] CONJ[2]"}),
            (std::vector<std::string>{"GON/ARN/112", "GON/HAR/112", "ROH/ARN/112", "ROH/HAR/112"}));
}

TEST(TabariMatcher, WithoutATargetAfterTheVerbTheNearestActorBeforeItIsTheTarget) {
  EXPECT_EQ(Triples("Harad expects that Gondor will oppose strongly during the long winter."),
            std::vector<std::string>{"HAR/GON/112"});
  // Not an actor listed with the source.
  EXPECT_TRUE(Triples("Harad and Gondor will oppose strongly during the long winter this year.").empty());
}

TEST(TabariMatcher, APatternGivingOnlyATargetBeforeTheVerbFindsTheSourceAfterIt) {
  EXPECT_EQ(Triples("A Rohan envoy was struck down near Harad, the old enemy of the north."),
            std::vector<std::string>{"HAR/ROH/195"});
}

}  // namespace
}  // namespace tidings
