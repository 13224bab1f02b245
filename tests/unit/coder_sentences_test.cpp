// The event coder on single sentences through the bundled pipeline: active
// and passive voice, negation, compound subjects with a future auxiliary,
// evidence, ontology fields, dates and event selection.
#include <gtest/gtest.h>

#include <map>

#include "code/coder.h"
#include "support/article.h"
#include "support/seed.h"

namespace tidings {
namespace {

Document Code(const std::string& text, const std::string& published = "2024-03-05") {
  return testing::BundledPipeline().Annotate(testing::OneParagraphArticle(text, published));
}

std::string Actors(const std::vector<EventActor>& actors) {
  std::string out;
  for (const EventActor& a : actors) out += (out.empty() ? "" : ";") + a.actor;
  return out;
}

TEST(CoderSentences, ActiveAndPassiveVoiceGiveTheSameDyad) {
  for (const char* text : {"Russia attacked Ukraine on Tuesday.", "Ukraine was attacked by Russia."}) {
    Document doc = Code(text);
    ASSERT_EQ(doc.events.size(), 1u) << text;
    const Event& e = doc.events[0];
    EXPECT_EQ(Actors(e.sources), "RUS") << text;
    EXPECT_EQ(Actors(e.targets), "UKR") << text;
    EXPECT_EQ(e.root, "19") << text;
    EXPECT_EQ(e.quad_class, 4) << text;
    EXPECT_EQ(e.modality, "asserted") << text;
    EXPECT_EQ(e.date, "2024-03-05") << text;
    EXPECT_FALSE(e.evidence_pattern.empty());
    EXPECT_GT(e.evidence_line, 0u);
  }
}

// A past participle joined to a passive verb is passive too: its subject is
// acted on, not the doer ("trained and equipped by Poland"; without "by",
// no doer, and no event kept by default).
TEST(CoderSentences, APassiveVerbsConjunctIsPassive) {
  const Document by = Code("Ukraine's army should be trained and equipped by Poland.");
  const Event* equipped = nullptr;
  for (const Event& e : by.events)
    if (by.text(e.span) == "equipped") equipped = &e;
  ASSERT_NE(equipped, nullptr);
  EXPECT_EQ(Actors(equipped->sources), "POL");
  EXPECT_EQ(Actors(equipped->targets), "UKRMIL");
  EXPECT_TRUE(Code("Ukraine's army should be trained and equipped to fight the rebels.").events.empty());
  // With an object of its own the conjunct is active.
  const Document active = Code("Russia's foreign minister was arrested and accused the government of a plot.");
  bool accused = false;
  for (const Event& e : active.events)
    if (active.text(e.span) == "accused") {
      accused = true;
      EXPECT_EQ(Actors(e.sources), "RUSGOV");
    }
  EXPECT_TRUE(accused);
}

// Verbs whose bare use is mostly no event code only through their patterns
// (data/verbs, [---]): "found" codes a verdict, not a discovery; "allowed"
// keeps its own code, so its infinitive is no act of the one allowing.
TEST(CoderSentences, BareVerbsOfManySensesCodeThroughPatterns) {
  EXPECT_TRUE(Code("Police found two Afghan migrants in a truck.").events.empty());
  const Document verdict = Code("A Russian court found Ukraine guilty of abuses.");
  ASSERT_EQ(verdict.events.size(), 1u);
  EXPECT_EQ(verdict.events[0].cameo, "116");
  EXPECT_EQ(Actors(verdict.events[0].targets), "UKR");
  const Document allowed = Code("Egypt allowed Israel to attack Hamas.");
  ASSERT_EQ(allowed.events.size(), 1u);
  EXPECT_EQ(allowed.events[0].cameo, "086");
  EXPECT_EQ(Actors(allowed.events[0].sources), "EGY");
  EXPECT_EQ(Actors(allowed.events[0].targets), "ISR");
}

// A dictionary verb the tagger read as a noun may still be the verb after an
// actor ("Gondor arms Arnor"), never after a possessive determiner: "recalled
// his visit to Beijing" reports no visit today.
TEST(CoderSentences, AWordAfterAPossessiveDeterminerIsNoVerb) {
  const Document doc = Code("Vladimir Putin recalled his visit to Beijing.");
  for (const Event& e : doc.events) EXPECT_NE(doc.text(e.span).substr(0, 5), "visit") << e.cameo;
}

// "Saudi-led", "Hamas-led": the group acts as the actor that leads it, not as
// an agent of the sentence's other country.
TEST(CoderSentences, AGroupLedByAnActorActsAsIt) {
  const Document coalition = Code("The Saudi-led coalition attacked Houthi rebels in Yemen.");
  ASSERT_EQ(coalition.events.size(), 1u);
  EXPECT_EQ(Actors(coalition.events[0].sources), "SAU");
  EXPECT_EQ(Actors(coalition.events[0].targets), "YEMREB");
  const Document militants = Code("Hamas-led militants stormed Israel on Saturday.");
  ASSERT_EQ(militants.events.size(), 1u);
  EXPECT_EQ(Actors(militants.events[0].sources), "PSEREB");
  EXPECT_EQ(Actors(militants.events[0].targets), "ISR");
}

TEST(CoderSentences, NegationAndFutureAreModalities) {
  Document negated = Code("Russia did not attack Ukraine.");
  ASSERT_EQ(negated.events.size(), 1u);
  EXPECT_EQ(negated.events[0].modality, "negated");

  Document future = Code("Russia and China will send aid to Iran.");
  ASSERT_EQ(future.events.size(), 1u);
  EXPECT_EQ(Actors(future.events[0].sources), "RUS;CHN");
  EXPECT_EQ(Actors(future.events[0].targets), "IRN");
  EXPECT_EQ(future.events[0].modality, "future");
  EXPECT_EQ(future.events[0].root, "07");
}

TEST(CoderSentences, SameInputSameEvents) {
  Document a = Code("Ukraine was attacked by Russia, and China sent aid to Iran.");
  Document b = Code("Ukraine was attacked by Russia, and China sent aid to Iran.");
  ASSERT_EQ(a.events.size(), b.events.size());
  for (std::size_t i = 0; i < a.events.size(); ++i) {
    EXPECT_EQ(a.events[i].cameo, b.events[i].cameo);
    EXPECT_EQ(a.events[i].evidence_line, b.events[i].evidence_line);
  }
}

TEST(CoderSentences, SelectionDropsMonadicEventsAndKeepsOnePerSentence) {
  Document doc = Code("Russia said it attacked Ukraine.");
  ASSERT_FALSE(doc.events.empty());
  SelectEvents(doc, {.require_dyad = true});
  ASSERT_FALSE(doc.events.empty());
  for (const Event& e : doc.events) EXPECT_FALSE(e.sources.empty() || e.targets.empty());
  Document one = Code("Russia attacked Ukraine and China sent aid to Iran.");
  SelectEvents(one, {.one_event_per_sentence = true});
  EXPECT_EQ(one.events.size(), 1u);
}

// Generic nouns name an organization only through its name: a county council,
// a farmers' alliance and a bloc of parties are not the UN, NATO or the EU.
TEST(CoderSentences, GenericCouncilAllianceAndBlocAreNoInternationalBody) {
  const Document doc = Code(
      "The county ordered the council to recount the ballots. An alliance of farmers marched, and the alliance "
      "blocked a road. The bloc of opposition parties walked out of parliament.");
  for (const Entity& e : doc.entities) EXPECT_FALSE(e.actor.starts_with("IGO")) << e.name << " " << e.actor;
  for (const Event& e : doc.events)
    for (const EventActor& a : e.targets) EXPECT_FALSE(a.actor.starts_with("IGO")) << a.actor;
}

// Once the article has named it, "the bloc" is the EU and "the alliance" NATO.
TEST(CoderSentences, DescriptionsReferBackToTheOrganizationNamed) {
  const Document doc = Code(
      "European Union ministers met on Monday, and the bloc agreed to new tariffs. NATO held drills; the alliance "
      "said they went well.");
  std::map<std::string, std::string> actor_of;
  for (const Mention& m : doc.mentions)
    if (m.entity >= 0) actor_of[std::string(doc.text(m.span))] = doc.entities[m.entity].actor;
  EXPECT_EQ(actor_of["the bloc"], "IGOEUREEC");
  EXPECT_EQ(actor_of["the alliance"], "IGOWSTNAT");
}

}  // namespace
}  // namespace tidings
