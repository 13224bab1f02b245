// The event coder with small PETRARCH dictionaries of our own (verbs, actors,
// agents): the rules PETRARCH's pattern and noun phrase conventions define,
// each on sentences written for the test.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tidings/pipeline.h"
#include "support/article.h"
#include "support/scratch.h"

namespace tidings {
namespace {

const Pipeline& PetrarchPipeline() {
  static const Pipeline* pipeline = [] {
    const std::filesystem::path dir = testing::ScratchPath("coder_petrarch_test");
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "actors.txt") << "VALDORIA [VAL]\nKESTRIA [KES]\nTREE [TRE]\nDORN [TRE]\n";
    std::ofstream(dir / "agents.txt") << "MINISTER [~GOV]\nPRESIDENT [~GOV]\n";
    std::ofstream(dir / "verbs.txt") << "--- PRAISE [051] ---\nPRAISE\n- RECENTLY_* [052]\n\n"
                                        "--- SHUT [190] ---\nSHUT\n- *_DOWN [192]\n";
    PipelineOptions options;
    options.petrarch.actors = {(dir / "actors.txt").string()};
    options.petrarch.agents = {(dir / "agents.txt").string()};
    options.petrarch.verbs = {(dir / "verbs.txt").string()};
    Result<Pipeline> loaded = Pipeline::Load(options);
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return new Pipeline(std::move(loaded).value());
  }();
  return *pipeline;
}

// "source/target/code" per event, actors joined by '+', "---" for none (PETRARCH's null actor).
std::vector<std::string> Triples(const std::string& text) {
  auto codes = [](const std::vector<EventActor>& actors) {
    std::string joined;
    for (const EventActor& a : actors) joined += (joined.empty() ? "" : "+") + a.actor;
    return joined.empty() ? std::string("---") : joined;
  };
  std::vector<std::string> out;
  for (const Event& e : PetrarchPipeline().Annotate(testing::OneParagraphArticle(text)).events)
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

}  // namespace
}  // namespace tidings
