// How the event coder reads a verb's phrase with PETRARCH-2 style patterns
// (UniversalPetrarch): which words stand in the subject's phrase, which form
// one noun phrase, and whose subject a verb inherits. Small dictionaries of
// our own, sentences written for the test.
#include <gtest/gtest.h>

#include "support/article.h"
#include "support/dictionaries.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

const Pipeline& PhrasePipeline() {
  static const Pipeline* pipeline = nullptr;
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
                "--- SETTLE [013] ---\nSETTLE\n- (TO) * [073]\n\n";
  pipeline = new Pipeline(testing::LoadWithDictionaries("coder_phrase_reading_test", texts));
  return *pipeline;
}

std::vector<std::string> Triples(const std::string& text) {
  return testing::EventTriples(PhrasePipeline().Annotate(testing::OneParagraphArticle(text)));
}

TEST(CoderPhraseReading, ASubjectInheritedFromANounHasNoCoSubjects) {
  // "burned" modifies "crowds", which the parse makes the object of "said": the official who
  // speaks is no second source of the burning.
  EXPECT_EQ(Triples("Andor will improve ties with Valdoria, almost three years after Kestrian crowds burned "
                    "down its embassy, a senior Valdorian official said today."),
            std::vector<std::string>{"KES/-/180"});
}

TEST(CoderPhraseReading, PreVerbWordsOfAPhrasePatternStandInTheSubjectPhrase) {
  // "recently" modifies the verb; it is no word of the subject "Valdoria".
  EXPECT_EQ(Triples("Valdoria recently allowed Kestrian traders into the port."),
            std::vector<std::string>{"VAL/KES/080"});
  EXPECT_EQ(Triples("The Valdorian death toll has risen in the dispute with Kestria."),
            std::vector<std::string>{"VAL/KES/190"});
}

TEST(CoderPhraseReading, APassiveWithoutByIsDoneByTheActorItsPhrasesNameAfterIt) {
  EXPECT_EQ(Triples("A Valdorian was shot dead in Kestria."), std::vector<std::string>{"KES/VAL/180"});
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
  EXPECT_EQ(Triples("Valdoria is moving closer to settle with Kestria."), std::vector<std::string>{"VAL/KES/013"});
}

}  // namespace
}  // namespace tidings
