// How the event coder reads a verb's phrase with PETRARCH-2 style patterns
// (UniversalPetrarch): which words stand in the subject's phrase, which form
// one noun phrase, and whose subject a verb inherits. Small dictionaries of
// our own, sentences written for the test.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/article.h"
#include "support/dictionaries.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

// With `universal`, the dictionaries come with a PICO ontology, as
// UniversalPetrarch's do (some readings are theirs alone).
const Pipeline& PhrasePipeline(bool universal) {
  static const Pipeline* pipelines[2] = {nullptr, nullptr};
  const Pipeline*& pipeline = pipelines[universal ? 1 : 0];
  if (pipeline) return *pipeline;
  testing::DictionaryTexts texts;
  texts.actors = "VALDORIA [VAL]\n+VALDORIAN\nKESTRIA [KES]\n+KESTRIAN\nANDOR [AND]\n";
  texts.agents = "OFFICIAL [~GOV]\nGOVERNMENT [~GOV]\n";
  texts.verbs = "--- BURN [---] ---\nBURN\n- * (DOWN) [180]\n\n"
                "--- PRAISE [051] ---\nPRAISE\n\n"
                "--- ALLOW [080] ---\nALLOW\n- RECENTLY * [025]\n- * {TRADE TALKS} [036]\n\n"
                "--- RISE [---] ---\nRISE {RISES ROSE RISEN RISING}\n- {DEATH TOLL} * [190]\n\n"
                "--- SHOOT [180] ---\nSHOOT {SHOOTS SHOOTING SHOT}\n\n"
                "--- URGE [020] ---\nURGE\n\n"
                "--- ATTACK [190] ---\nATTACK\n\n"
                "--- WARN [130] ---\nWARN\n\n"
                "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n\n"
                "--- SETTLE [013] ---\nSETTLE\n- (TO) * [073]\n\n"
                "--- CRITICIZE [111] ---\nCRITICIZE\n\n"
                "--- SEE [010] ---\nSEE {SEES SAW SEEN SEEING}\n\n"
                "--- INVITE [043:042] ---\nINVITE\n\n"
                "--- RATIFY [051] ---\nRATIFY {RATIFIES RATIFIED RATIFYING}\n- * CHARTER (WITH +) [017]\n"
                "- * ACCORD ^ + [017]\n- * ARMISTICE $ [017]\n\n";
  if (universal) texts.pico = "180:0x0090\n";
  pipeline = new Pipeline(testing::LoadWithDictionaries(
      universal ? "coder_phrase_reading_universal_test" : "coder_phrase_reading_test", texts));
  return *pipeline;
}

std::vector<std::string> Triples(const std::string& text, bool universal = true) {
  return testing::EventTriples(PhrasePipeline(universal).Annotate(testing::OneParagraphArticle(text)));
}

TEST(CoderPhraseReading, ASubjectInheritedFromANounHasNoCoSubjects) {
  // "burned" modifies "rioters", which the parse makes the object of "said": the official who
  // speaks is no second source of the burning.
  EXPECT_EQ(Triples("Andor reopened its border with Valdoria a year after Kestrian rioters burned down the "
                    "customs post, a Valdorian official told reporters."),
            std::vector<std::string>{"KES/-/180"});
}

TEST(CoderPhraseReading, PreVerbWordsOfAPhrasePatternStandInTheSubjectPhrase) {
  // "recently" modifies the verb; it is no word of the subject "Valdoria".
  EXPECT_EQ(Triples("Valdoria recently allowed Kestrian traders into the port."),
            std::vector<std::string>{"VAL/KES/080"});
  EXPECT_EQ(Triples("The Valdorian death toll rose again during the clashes with Kestria."),
            std::vector<std::string>{"VAL/KES/190"});
}

TEST(CoderPhraseReading, APassiveWithoutByIsDoneByTheActorItsPhrasesNameAfterIt) {
  // UniversalPetrarch's reading, with its dictionaries only: elsewhere a place names no doer.
  EXPECT_EQ(Triples("Two Valdorian aid workers were shot on a road in Kestria."),
            std::vector<std::string>{"KES/VAL/180"});
  EXPECT_EQ(Triples("Two Valdorian aid workers were shot on a road in Kestria.", /*universal=*/false),
            std::vector<std::string>{"-/VAL/180"});
  // Kestria is named in the clause "to attack Kestria", which has a verb of its own.
  EXPECT_EQ(Triples("Valdoria was urged to attack Kestria."), std::vector<std::string>{"-/VAL/020"});
}

TEST(CoderPhraseReading, ACompoundSubjectWarningTogetherDoesNotWarnItself) {
  EXPECT_EQ(Triples("Valdoria and Kestria warned that the drought would harm the whole region."),
            (std::vector<std::string>{"VAL/-/130", "KES/-/130"}));
  // Meeting without a named partner is meeting each other.
  EXPECT_EQ(Triples("Valdoria and Kestria met on Monday."), (std::vector<std::string>{"VAL/KES/040", "KES/VAL/040"}));
}

TEST(CoderPhraseReading, APreVerbPrepositionalPhraseIsNotTheVerbsOwnTo) {
  // "to" marks the infinitive "to settle": no phrase "(TO)" before the verb.
  EXPECT_EQ(Triples("Valdoria hopes to settle with Kestria before winter."), std::vector<std::string>{"VAL/KES/013"});
}


TEST(CoderPhraseReading, AdverbsBetweenBeAndAParticipleLeaveItPassive) {
  // The parse takes "sharply" for the predicate of "was" and hangs "criticized" on it as a
  // conjunct: still a passive, whose doer the phrases after it name.
  EXPECT_EQ(Triples("Kestria was sharply and unfairly criticized for its trade deal with Valdoria."),
            std::vector<std::string>{"VAL/KES/111"});
  EXPECT_EQ(Triples("Kestria was sharply and unfairly criticized by Valdoria."), std::vector<std::string>{"VAL/KES/111"});
}

TEST(CoderPhraseReading, ARaisingPassiveReportsItsInfinitivesAct) {
  // No one is named seeing: the event is Kestria's attack.
  EXPECT_EQ(Triples("Kestria was seen to attack Valdoria on Sunday."), std::vector<std::string>{"KES/VAL/190"});
  EXPECT_EQ(Triples("Kestria was seen to attack Valdoria on Sunday.", /*universal=*/false),
            std::vector<std::string>{"KES/VAL/190"});
}

TEST(CoderPhraseReading, AGerundAfterAPrepositionInheritsNoSubjectInUniversalPetrarchsReading) {
  // UniversalPetrarch takes a verb's subject from the verb's own dependents or a verb it
  // complements: "after attacking Andor" has none, and codes nothing for want of a source.
  auto has = [](const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  const std::vector<std::string> after = Triples("Valdoria praised Kestria after attacking Andor.");
  EXPECT_TRUE(has(after, "VAL/KES/051"));
  EXPECT_FALSE(has(after, "VAL/AND/190"));
  // A news reader's reading, with any other dictionaries: Valdoria attacked Andor.
  EXPECT_TRUE(has(Triples("Valdoria praised Kestria after attacking Andor.", /*universal=*/false), "VAL/AND/190"));
  // A bare participle clause shares its governor's subject in both readings.
  EXPECT_TRUE(has(Triples("Valdoria attacked Andor on Monday, praising Kestria."), "VAL/KES/051"));
}

TEST(CoderPhraseReading, AVerbChainIsReadFromAComplementAPatternCodesInUniversalPetrarchsReading) {
  // The complement's own pattern codes the chain: the ratification with Kestria, not the invitation.
  EXPECT_EQ(Triples("Valdoria formally invited Andor to ratify the charter with Kestria."),
            std::vector<std::string>{"VAL/KES/017"});
  // A complement coded by its verb's code alone leaves the chain to the verb it complements.
  EXPECT_EQ(Triples("Valdoria formally invited Andor to ratify."),
            (std::vector<std::string>{"VAL/AND/043", "AND/VAL/042"}));
  // Other dictionaries keep the governing verb's event.
  const std::vector<std::string> other =
      Triples("Valdoria formally invited Andor to ratify the charter with Kestria.", /*universal=*/false);
  EXPECT_NE(std::find(other.begin(), other.end(), "VAL/AND/043"), other.end());
}

TEST(CoderPhraseReading, ASkipPassesOverTheNextNounPhraseBeyondTheWordsBeforeIt) {
  // "^" skips the noun phrase after "beside", not the word "beside" alone: the target is the next actor.
  for (bool universal : {true, false})
    EXPECT_EQ(Triples("Valdoria ratified the accord beside Andor in Kestria.", universal),
              std::vector<std::string>{"VAL/KES/017"});
}

TEST(CoderPhraseReading, ASkipPassesOverNoVerbBeforeANounPhrase) {
  // "drafted" opens no noun phrase: '^' passes over nothing there, so the '+' is Andor.
  for (bool universal : {true, false})
    EXPECT_EQ(Triples("Valdoria ratified the accord drafted by Andor for Kestria.", universal),
              std::vector<std::string>{"VAL/AND/017"});
}

TEST(CoderPhraseReading, AnActorAfterASkippedAgentIsNamedAlone) {
  // "^" passes over "the government"; the '+' after it is Kestria itself, not its government.
  for (bool universal : {true, false})
    EXPECT_EQ(Triples("Valdoria ratified the accord beside the government of Kestria.", universal),
              std::vector<std::string>{"VAL/KES/017"});
}

TEST(CoderPhraseReading, ASourceAfterTheVerbMakesTheSubjectTheTarget) {
  // "- * ARMISTICE $": the actor after the verb is the source, the subject the one it acts with.
  for (bool universal : {true, false})
    EXPECT_EQ(Triples("Valdoria ratified the armistice alongside Kestria.", universal),
              std::vector<std::string>{"KES/VAL/017"});
}

TEST(CoderPhraseReading, AListNamingTheSourceAmongOthersTargetsTheOthers) {
  for (bool universal : {true, false})
    EXPECT_EQ(Triples("Valdoria criticized the pact between Kestria and Valdoria.", universal),
              std::vector<std::string>{"VAL/KES/111"});
}

}  // namespace
}  // namespace tidings
