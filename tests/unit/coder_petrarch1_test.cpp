// The event coder with dictionaries of plain-word patterns (PETRARCH-1,
// TABARI) against the same dictionaries with one PETRARCH-2 phrase pattern:
// the conventions that differ between the two kinds of coders, each on
// sentences written for the test.
#include <gtest/gtest.h>

#include "tidings/pipeline.h"
#include "support/article.h"
#include "support/dictionaries.h"

namespace tidings {
namespace {

// The dictionaries; with `phrase_patterns` the verbs hold a PETRARCH-2 noun phrase pattern.
testing::DictionaryTexts Dictionaries(bool phrase_patterns) {
  testing::DictionaryTexts texts;
  texts.actors = "VALDORIA [VAL]\nKESTRIA [KES]\nPORT_VALDOR [VAL]\n";
  texts.verbs = "--- CONDEMN [122] ---\nCONDEMN\n- HEAVILY * [121]\n- * BITTERLY [+++]\n\n"
                "--- LEFT [032:033] ---\nLEFT\n\n"
                "--- PRAISE [051] ---\nPRAISE\n- * PLEDGE [053]\n- NOTED + * [054]\n\n"
                "--- BANISH [172] ---\nBANISH\n- + WAS_ * [174]\n";
  if (phrase_patterns) texts.verbs += "- * {WARM WORDS} [052]\n";
  return texts;
}

const Pipeline& PlainOrPhrasePipeline(bool phrase_patterns) {
  static const Pipeline plain = testing::LoadWithDictionaries("coder_petrarch1_test_plain", Dictionaries(false));
  static const Pipeline phrases = testing::LoadWithDictionaries("coder_petrarch1_test_phrases", Dictionaries(true));
  return phrase_patterns ? phrases : plain;
}

// The plain dictionaries with a PETRARCH agent file.
const Pipeline& AgentPipeline() {
  static const Pipeline pipeline = [] {
    testing::DictionaryTexts texts = Dictionaries(false);
    texts.agents = "OFFICIAL [~GOV]\n";
    return testing::LoadWithDictionaries("coder_petrarch1_test_agents", texts);
  }();
  return pipeline;
}

std::vector<std::string> Triples(const std::string& text, bool phrase_patterns) {
  std::vector<std::string> out;
  for (const Event& e : PlainOrPhrasePipeline(phrase_patterns).Annotate(testing::OneParagraphArticle(text)).events)
    for (const EventActor& s : e.sources)
      for (const EventActor& t : e.targets) out.push_back(s.actor + "/" + t.actor + "/" + e.cameo);
  return out;
}

TEST(CoderPetrarch1, APassiveWithoutAgentCodesItsSubjectAsSourceWithPlainPatterns) {
  const std::string agentless = "Valdoria was condemned over its long quarrel with Kestria.";
  EXPECT_EQ(Triples(agentless, /*phrase_patterns=*/false), std::vector<std::string>{"VAL/KES/122"});
  EXPECT_EQ(Triples("Valdoria was heavily condemned over its long quarrel with Kestria.", false),
            std::vector<std::string>{"VAL/KES/121"});
  // A "by" phrase names the source whatever the dictionary.
  EXPECT_EQ(Triples("Valdoria was condemned by Kestria on Monday.", false), std::vector<std::string>{"KES/VAL/122"});
  EXPECT_EQ(Triples("Valdoria was condemned by Kestria on Monday.", true), std::vector<std::string>{"KES/VAL/122"});
  // A dictionary written for a parse-reading coder keeps the passive: Valdoria is no source.
  for (const std::string& triple : Triples(agentless, /*phrase_patterns=*/true))
    EXPECT_FALSE(triple.starts_with("VAL/")) << triple;
}

TEST(CoderPetrarch1, AVerbReadAsANounInASentenceWithoutVerbsFollowsAnActorsPhrase) {
  // The tagger reads "left" after "mayor" as a noun and finds no verb in the sentence.
  for (bool phrase_patterns : {false, true})
    EXPECT_EQ(Triples("Port Valdor's new mayor left yesterday for Kestria for meetings of the joint water board.",
                      phrase_patterns),
              (std::vector<std::string>{"VAL/KES/032", "KES/VAL/033"}));
}

TEST(CoderPetrarch1, AComplexCodePatternIsPassedOverNotADiscard) {
  // TABARI's "[+++]" (too complex to code): PETRARCH implements no complex coding.
  for (bool phrase_patterns : {false, true})
    EXPECT_EQ(Triples("Valdoria condemned Kestria bitterly on Monday.", phrase_patterns),
              std::vector<std::string>{"VAL/KES/122"});
}

TEST(CoderPetrarch1, ASourceNamedByAnAgentNounAloneIsCodedWithoutACountry) {
  // No actor on either side: the source is the agent noun's, as PETRARCH writes it ("---GOV").
  const Document doc = AgentPipeline().Annotate(testing::OneParagraphArticle("A senior official praised the plan on Friday."));
  EXPECT_EQ(testing::EventTriples(doc), std::vector<std::string>{"---GOV/-/051"});
}

TEST(CoderPetrarch1, OnceAVerbCodesTheClausesOfItsPhraseCodeNothingWithPlainPatterns) {
  // PETRARCH-1 codes one event per verb phrase; a parse-reading coder codes the infinitive too.
  const std::string text = "Kestria praised Valdoria on Monday to condemn the raids of Port Valdor.";
  EXPECT_EQ(Triples(text, /*phrase_patterns=*/false), std::vector<std::string>{"KES/VAL/051"});
  EXPECT_EQ(Triples(text, /*phrase_patterns=*/true), (std::vector<std::string>{"KES/VAL/051", "KES/VAL/122"}));
}

TEST(CoderPetrarch1, PlainPatternWordsMatchTheTextAsWritten) {
  // PETRARCH-1 compares words as written: "PLEDGE" is not "pledges". PETRARCH-2 reads lemmas.
  EXPECT_EQ(Triples("Valdoria praised the pledge of Kestria.", false), std::vector<std::string>{"VAL/KES/053"});
  EXPECT_EQ(Triples("Valdoria praised the pledges of Kestria.", false), std::vector<std::string>{"VAL/KES/051"});
  EXPECT_EQ(Triples("Valdoria praised the pledges of Kestria.", true), std::vector<std::string>{"VAL/KES/053"});
}

TEST(CoderPetrarch1, APlainTargetBeforeTheVerbActsOnTheActorNamedBeforeIt) {
  // "- NOTED + *": the verb's subject is the target, the source the actor named before it.
  EXPECT_EQ(Triples("Valdoria noted that Kestria praised the new plan.", false),
            std::vector<std::string>{"VAL/KES/054"});
}

TEST(CoderPetrarch1, AnAgentNounModifyingTheHeadOrTitlingAnUnknownNameCodesIt) {
  // PETRARCH reads every agent of the noun phrase: "official" in "official news agency" (a name
  // after the title, which the parse may hang apart, is what it describes).
  for (const std::string text : {"The official news agency praised the plan on Friday.",
                                 "The official news agency Kestel praised the plan on Friday."})
    EXPECT_EQ(testing::EventTriples(AgentPipeline().Annotate(testing::OneParagraphArticle(text))),
              std::vector<std::string>{"---GOV/-/051"})
        << text;
}

TEST(CoderPetrarch1, APlainPatternWordBeforeTheVerbIsTheOneNearestIt) {
  // PETRARCH-1 reads the words before the verb from the verb backwards: "+ WAS_ *" is Kestria.
  EXPECT_EQ(Triples("Valdoria said an envoy of Kestria was banished.", false),
            std::vector<std::string>{"VAL/KES/174"});
}

}  // namespace
}  // namespace tidings
