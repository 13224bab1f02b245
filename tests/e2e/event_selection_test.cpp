// Which coded events the pipeline keeps (tidings/event_selection.h): by
// default those naming their source, agents of no known country included.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/article.h"
#include "support/bundled_pipeline.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

std::vector<Event> Code(const std::string& text, const EventSelection& selection = {}) {
  PipelineOptions options;
  options.events = selection;
  const Pipeline pipeline = testing::BundledPipeline().WithOptions(options);
  return pipeline.Annotate(testing::OneParagraphArticle(text, "2025-03-04")).events;
}

// "They agreed to meet" codes 036, but names no one an analyst could count.
TEST(EventSelection, EventsNamingNoActorAreDroppedUnlessKept) {
  const std::string text = "They agreed to meet again next week. Russia and China agreed to meet in Geneva.";
  const std::vector<Event> kept = Code(text, {.keep_actorless = true});
  const std::vector<Event> selected = Code(text);
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_TRUE(kept[0].sources.empty() && kept[0].targets.empty());
  ASSERT_EQ(selected.size(), 1u);
  EXPECT_EQ(selected[0].cameo, kept[1].cameo);
  EXPECT_EQ(selected[0].sentence, 1u);
}

// An agent noun in a story naming no state is an actor of no country, not none.
TEST(EventSelection, AnAgentOfNoKnownCountryIsKeptAsPetrarchCodesIt) {
  const std::vector<Event> events = Code("Police detained two journalists.");
  ASSERT_EQ(events.size(), 1u);
  ASSERT_EQ(events[0].sources.size(), 1u);
  EXPECT_EQ(events[0].sources[0].actor, "---COP");
  ASSERT_EQ(events[0].targets.size(), 1u);
  EXPECT_EQ(events[0].targets[0].actor, "---MED");
}

// The governing verb's event or none: "agreed to meet" names no actor, and the
// attack in its time clause does not stand in for it.
TEST(EventSelection, OneEventPerSentenceIsTheGoverningVerbsWhenKept) {
  const std::string text = "They agreed to meet after Russia attacked Ukraine.";
  const std::vector<Event> all = Code(text, {.keep_actorless = true});
  ASSERT_GE(all.size(), 2u);
  const std::vector<Event> governing = Code(text, {.keep_actorless = true, .one_event_per_sentence = true});
  ASSERT_EQ(governing.size(), 1u);
  EXPECT_EQ(governing[0].cameo, all[0].cameo);
  EXPECT_TRUE(Code(text, {.one_event_per_sentence = true}).empty());
}

// "He criticized U.S. dollars": a target but no doer is mostly a country word
// modifying a thing; kept only when asked for.
TEST(EventSelection, EventsNamingNoSourceAreDroppedUnlessKept) {
  const std::string text =
      "He criticized U.S. dollars. A British citizen was arrested abroad. Police detained two journalists.";
  const std::vector<Event> selected = Code(text);
  ASSERT_EQ(selected.size(), 1u);
  EXPECT_EQ(selected[0].sentence, 2u);
  const std::vector<Event> sourceless = Code(text, {.keep_sourceless = true});
  ASSERT_EQ(sourceless.size(), 3u);
  EXPECT_TRUE(sourceless[0].sources.empty());
  ASSERT_EQ(sourceless[1].targets.size(), 1u);
  EXPECT_EQ(sourceless[1].targets[0].actor, "GBRCVL");
  EXPECT_EQ(Code(text, {.keep_actorless = true}).size(), 3u);
}

TEST(EventSelection, RequireDyadKeepsOnlyEventsWithBothSides) {
  const std::string text = "Police detained two journalists. Rebels attacked a convoy near the border.";
  ASSERT_EQ(Code(text).size(), 2u);
  const std::vector<Event> dyads = Code(text, {.require_dyad = true});
  ASSERT_EQ(dyads.size(), 1u);
  EXPECT_EQ(dyads[0].sentence, 0u);
}

}  // namespace
}  // namespace tidings
