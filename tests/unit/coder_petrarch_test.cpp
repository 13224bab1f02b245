// The event coder with small PETRARCH dictionaries of our own (verbs, actors,
// agents): the rules PETRARCH's pattern and noun phrase conventions define,
// each on sentences written for the test.
#include <gtest/gtest.h>

#include "tidings/pipeline.h"
#include "support/article.h"
#include "support/dictionaries.h"

namespace tidings {
namespace {

// The dictionaries, with a PICO ontology (UniversalPetrarch) or without.
const Pipeline& PetrarchPipeline(bool with_pico = false) {
  static const Pipeline* pipelines[2] = {};
  const Pipeline*& pipeline = pipelines[with_pico];
  if (pipeline) return *pipeline;
  testing::DictionaryTexts texts;
  texts.actors = "VALDORIA [VAL]\n+VALDORIAN\nKESTRIA [KES]\n+KESTRIAN\nTREE [TRE]\nDORN [TRE]\nANDOR [AND]\n";
  texts.agents = "MINISTER [~GOV]\nPRESIDENT [~GOV]\nGOVERNMENT [~GOV]\nSOLDIERS [~MIL]\n"
                 "GUERRILLAS [~REB]\nMINISTRY_OF_FAIR_WEATHER [~GOV]\n";
  texts.verbs = "&NOTAUX\n+DID NOT\n\n"
                "--- PRAISE [051] ---\nPRAISE\n- RECENTLY_* [052]\n\n"
                "--- SHUT [190] ---\nSHUT\n- *_DOWN [192]\n\n"
                "--- SCOLD [110] ---\nSCOLD\n- &NOTAUX * OPENLY [112]\n\n"
                "--- RESTORE [064] ---\nRESTORE\n\n"
                "--- WOUND [183] ---\nWOUND\n\n"
                "--- CONDEMN [122] ---\nCONDEMN\n\n"
                "--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n\n"
                "--- WELCOME [050] ---\nWELCOME\n\n"
                "--- CONCEDE [080] ---\nCONCEDE\n- * TRULY_FAIR [024]\n\n"
                "--- ADMIT [080] ---\nADMIT\n- * {TRULY FAIR} [027]\n\n"
                "--- BELIEVE [012] ---\nBELIEVE\n\n"
                "--- VOW [170] ---\nVOW\n- * WAR [173]\n";
  if (with_pico) texts.pico = "050:0x0080\n051:0x0081\n110:0x1007F\n112:0x70A0\n190:0x00A0\n";
  pipeline = new Pipeline(testing::LoadWithDictionaries("coder_petrarch_test", texts));
  return *pipeline;
}

// "source/target/code" per event, actors joined by '+', "---" for none (PETRARCH's null actor).
std::vector<std::string> Triples(const std::string& text, bool with_pico = false) {
  auto codes = [](const std::vector<EventActor>& actors) {
    std::string joined;
    for (const EventActor& a : actors) joined += (joined.empty() ? "" : "+") + a.actor;
    return joined.empty() ? std::string("---") : joined;
  };
  std::vector<std::string> out;
  for (const Event& e : PetrarchPipeline(with_pico).Annotate(testing::OneParagraphArticle(text)).events)
    out.push_back(codes(e.sources) + "/" + codes(e.targets) + "/" + e.cameo);
  return out;
}

TEST(CoderPetrarch, AWordGluedToTheVerbMustStandRightBeforeIt) {
  EXPECT_EQ(Triples("Valdoria recently praised Kestria."), std::vector<std::string>{"VAL/KES/052"});
  // "did" stands between "recently" and the verb: the plain verb's code.
  EXPECT_EQ(Triples("Valdoria recently did praise Kestria."), std::vector<std::string>{"VAL/KES/051"});
}

TEST(CoderPetrarch, AWordTheVerbIsGluedToMustFollowItDirectly) {
  EXPECT_EQ(Triples("Valdoria has shut down the border with Kestria."), std::vector<std::string>{"VAL/KES/192"});
}

TEST(CoderPetrarch, ATitleBetweenAStateAndAPersonIsTheStatesAgent) {
  // The parse makes "Prime Minister Dorn" an apposition of "Tree": still one name.
  EXPECT_EQ(Triples("Tree Prime Minister Dorn most certainly praised Kestria."),
            std::vector<std::string>{"TREGOV/KES/051"});
  // After a comma an apposition is a phrase of its own.
  EXPECT_EQ(Triples("Kestria, a neighbour of Valdoria, has praised Tree."), std::vector<std::string>{"KES/TRE/051"});
}

TEST(CoderPetrarch, AConjunctNounPhraseKeepsItsOwnAgents) {
  EXPECT_EQ(Triples("Kestria and the government of Valdoria have praised Tree."),
            std::vector<std::string>{"KES+VALGOV/TRE/051"});
  // Conjoined actors inside one noun phrase share its agent.
  EXPECT_EQ(Triples("The soldiers of Kestria and Valdoria praised Tree."),
            std::vector<std::string>{"KESMIL+VALMIL/TRE/051"});
}

TEST(CoderPetrarch, ATitledNameWithAPossessorStateHoldsThatStatesOffice) {
  // DORN is written with the code TRE; as Kestria's minister he acts for Kestria.
  EXPECT_EQ(Triples("Kestria's minister Dorn praised Valdoria."), std::vector<std::string>{"KESGOV/VAL/051"});
  EXPECT_EQ(Triples("Minister Dorn praised Valdoria."), std::vector<std::string>{"TREGOV/VAL/051"});
}

TEST(CoderPetrarch, ACommaBetweenAdjectivesEndsNoClause) {
  EXPECT_EQ(Triples("Valdoria is about to restore complete, full diplomatic ties with Kestria."),
            std::vector<std::string>{"VAL/KES/064"});
  // A comma before another clause does end the first one's stretch of words.
  EXPECT_EQ(Triples("Valdoria restored ties, and Kestria praised Tree."),
            (std::vector<std::string>{"VAL/---/064", "KES/TRE/051"}));
}

TEST(CoderPetrarch, ADictionaryVerbAfterAnActorsAgentNounIsAVerb) {
  // The tagger reads "wounded" as an adjective of "soldiers"; after the agent noun ending an
  // actor's phrase it is the verb, and neither phrase reaches across it.
  EXPECT_EQ(Triples("Kestrian rebel guerrillas wounded two Valdorian soldiers on Monday."),
            std::vector<std::string>{"KESREB/VALMIL/183"});
}

TEST(CoderPetrarch, AnAgentOfSeveralWordsRunsOnPastASplitNounPhrase) {
  // The parse hangs "of Fair Weather" on the verb; the agent phrase is still read whole.
  EXPECT_EQ(Triples("The Kestria Ministry of Fair Weather condemned Valdoria."),
            std::vector<std::string>{"KESGOV/VAL/122"});
}

TEST(CoderPetrarch, ACompoundAfterTheVerbIsTheTargetOfASubjectThatNamesActors) {
  EXPECT_EQ(Triples("Valdoria agrees with Kestria and Tree that the dispute should end."),
            std::vector<std::string>{"VAL/KES+TRE/031"});
  // A subject naming no actor leaves the compound's members acting on each other.
  EXPECT_EQ(Triples("The council agrees with Kestria and Tree that the dispute should end."),
            (std::vector<std::string>{"KES/TRE/031", "TRE/KES/031"}));
}

TEST(CoderPetrarch, ASubjectSplitIntoSeveralFindsItsActorInALaterPart) {
  // Parsed as three subjects ("bankers", "evil", "Kestria"): the one naming an actor acts.
  EXPECT_EQ(Triples("The bankers and the evil proud Kestria welcomed a new treaty with Tree."),
            std::vector<std::string>{"KES/TRE/050"});
}

TEST(CoderPetrarch, WithAnOntologyANegatedVerbTakesTheCodeOfItsNegation) {
  // 110 is "not 050" in the ontology: not scolding is cooperating.
  EXPECT_EQ(Triples("Valdoria did not scold Kestria.", true), std::vector<std::string>{"VAL/KES/050"});
  EXPECT_EQ(Triples("Valdoria won't scold Kestria.", true), std::vector<std::string>{"VAL/KES/050"});
  // Only the negated verb itself: here "try" is negated, not "scold".
  EXPECT_EQ(Triples("Valdoria won't try to scold Kestria.", true), std::vector<std::string>{"VAL/KES/110"});
  // A pattern that spells the negation out keeps its own code.
  EXPECT_EQ(Triples("Valdoria did not scold Kestria openly.", true), std::vector<std::string>{"VAL/KES/112"});
  // A code without a negation in the ontology stays; without an ontology nothing changes.
  EXPECT_EQ(Triples("Valdoria did not shut Kestria's port.", true), std::vector<std::string>{"VAL/KES/190"});
  EXPECT_EQ(Triples("Valdoria did not scold Kestria."), std::vector<std::string>{"VAL/KES/110"});
}

TEST(CoderPetrarch, APlainPatternReadsOnIntoAComplementClauseWithoutAVerb) {
  // PETRARCH-1 patterns run along the text: past "that" into a clause stating how things are.
  EXPECT_EQ(Triples("Valdoria conceded that Kestria was truly fair."), std::vector<std::string>{"VAL/KES/024"});
  // A clause with a verb of its own is that verb's: the pattern does not reach into it.
  EXPECT_EQ(Triples("Valdoria conceded that Kestria acted in a truly fair way."),
            std::vector<std::string>{"VAL/KES/080"});
  // PETRARCH-2 phrase patterns stay inside the verb phrase.
  EXPECT_EQ(Triples("Valdoria admitted that Kestria was truly fair."), std::vector<std::string>{"VAL/KES/080"});
}

TEST(CoderPetrarch, ASideNamedByAgentNounsAloneHasNoCountry) {
  EXPECT_EQ(Triples("Valdorian soldiers wounded guerrillas."), std::vector<std::string>{"VALMIL/---REB/183"});
  // Each conjoined agent noun is an actor.
  EXPECT_EQ(Triples("Guerrillas and soldiers wounded Kestria."), std::vector<std::string>{"---REB+---MIL/KES/183"});
  // A phrase that only holds an agent noun further in is no such side: no target.
  EXPECT_EQ(Triples("Valdoria condemned the removal of the government."), std::vector<std::string>{"VAL/---/122"});
}

TEST(CoderPetrarch, AStatementWithoutATargetIsAboutItsComplementClausesSubject) {
  EXPECT_EQ(Triples("Valdoria believes Kestria can cope with the drought."), std::vector<std::string>{"VAL/KES/012"});
  // The subject of a passive clause too.
  EXPECT_EQ(Triples("Valdoria believes Kestria can be persuaded."), std::vector<std::string>{"VAL/KES/012"});
  // One that says the other must act is a demand on it.
  EXPECT_EQ(Triples("Valdoria believes Kestria must cope with the drought."), std::vector<std::string>{"VAL/KES/100"});
}

TEST(CoderPetrarch, AnInfinitiveAfterAVerbWithoutAnObjectIsReadWithItsPatterns) {
  // The parse may hang "to wage war" on the verb as an adverbial clause.
  EXPECT_EQ(Triples("Kestria's militia vowed late on Monday to start a war on Valdoria until it yielded."),
            std::vector<std::string>{"KES/VAL/173"});
}

TEST(CoderPetrarch, AStateRightBeforeATitledNameHoldsItsOffice) {
  // The tagger may take the state for a determiner of the name ("Andor" like "and"), or leave it
  // outside the name's phrase.
  EXPECT_EQ(Triples("Andor President Umbardacil has again condemned Valdoria."),
            std::vector<std::string>{"ANDGOV/VAL/122"});
  EXPECT_EQ(Triples("Kestria President Umbardacil has again condemned Valdoria."),
            std::vector<std::string>{"KESGOV/VAL/122"});
}

}  // namespace
}  // namespace tidings
