// PLOVER's reading of CAMEO events (src/code/coder.cpp) with the bundled
// dictionaries, from raw sentences: promised and future cooperation is AGREE,
// future or conditional sanctions and force are THREATEN, a statement that
// another actor must act is a demand on it, and cities and regions of
// data/actors/states.txt `places` stand for their state.
#include <gtest/gtest.h>

#include <string>

#include "tidings/pipeline.h"

namespace tidings {
namespace {

const Pipeline& Bundled() {
  static const Result<Pipeline> pipeline = Pipeline::Load();
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  return *pipeline;
}

std::vector<Event> Code(const std::string& sentence) {
  Article article;
  article.id = "plover";
  article.published = "2000-01-01";
  article.paragraphs.push_back({sentence});
  return Bundled().Annotate(std::move(article)).events;
}

// The first event whose PLOVER event is `plover`, or null.
const Event* Find(const std::vector<Event>& events, const std::string& plover) {
  for (const Event& e : events)
    if (e.plover_event == plover) return &e;
  return nullptr;
}

// The event has exactly one source and one target, with these actor codes.
void ExpectDyad(const Event& e, const std::string& source, const std::string& target) {
  ASSERT_EQ(e.sources.size(), 1u);
  EXPECT_EQ(e.sources[0].actor, source);
  ASSERT_EQ(e.targets.size(), 1u);
  EXPECT_EQ(e.targets[0].actor, target);
}

TEST(PloverCoding, FutureAidIsAnAgreement) {
  std::vector<Event> events = Code("Norway will give Kenya a grant of 40 million dollars.");
  const Event* e = Find(events, "AGREE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->root, "07");  // CAMEO keeps the aid; PLOVER reads the promise
  ExpectDyad(*e, "NOR", "KEN");
  EXPECT_EQ(Find(events, "AID"), nullptr);
}

TEST(PloverCoding, AnnouncedWithdrawalOfForcesIsAThreat) {
  std::vector<Event> events = Code("Nigeria announced that it will withdraw its peacekeeping force from Chad.");
  const Event* e = Find(events, "THREATEN");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, "future");
  ExpectDyad(*e, "NGA", "TCD");
}

TEST(PloverCoding, SayingAnotherMustActIsADemandOnIt) {
  const Event* e = nullptr;
  std::vector<Event> events = Code("Russia said on Tuesday that Sudan must return the helicopter.");
  for (const Event& x : events)
    if (x.cameo == "100") e = &x;
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->plover_event, "REQUEST");
  ExpectDyad(*e, "RUS", "SDN");
}

TEST(PloverCoding, ACityStandsForItsState) {
  std::vector<Event> events = Code("Iranian artillery shelled villages near Basra on Monday.");
  ASSERT_EQ(events.size(), 1u);
  ExpectDyad(events[0], "IRN", "IRQ");
}

}  // namespace
}  // namespace tidings
