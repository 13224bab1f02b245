// Speed of `tidings code` from raw sentences, analysis included, one thread.
//
// Sentences: the PLOVER gold dev records (real news, 161 sentences, read
// from ../shared at bench time). Each sentence becomes an Article of one
// paragraph dated by its record, as `tidings eval coding` does, and runs
// through every stage: segmentation, tagging, parsing, lemmas, times,
// actors, quotes and the coder. Items are sentences.
//
//   BM_Code/bundled    the Pipeline with the bundled knowledge (data/)
//   BM_Code/phoenix    the same stages with the Phoenix dictionaries of
//                      PETRARCH-2 (actors, agents, CAMEO.2.0 verbs)
//   BM_Stage/<stage>   CPU time of one stage alone (the thread's CPU clock
//                      read around it while the whole chain runs; reported
//                      as manual time), bundled knowledge
//   BM_Load*           loading the dictionaries and models
#include <benchmark/benchmark.h>

#include <ctime>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "annotate/actor_annotator.h"
#include "annotate/quote_finder.h"
#include "annotate/time_tagger.h"
#include "code/cameo_ontology.h"
#include "code/coder.h"
#include "code/validation_records.h"
#include "code/verb_dictionary_petrarch2.h"
#include "syntax/syntax_model.h"
#include "text/segmenter.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

const std::string kEvents = TIDINGS_SHARED_DIR "/data/events";
const std::string kPhoenix = kEvents + "/petrarch2";

// Everything the stages read, loaded once.
struct Knowledge {
  ActorKnowledge actors;
  CueLexicon cues;
  SyntaxModel syntax;
  VerbDictionary verbs;
  CameoOntology cameo;
};

std::vector<Article> LoadArticles() {
  std::vector<Article> articles;
  Result<ValidationSuite> suite = ReadPloverGold(kEvents + "/PLOVER/PLOVER_GSR_CAMEO.dev.json");
  if (!suite.ok()) return articles;
  for (const ValidationRecord& record : suite->records)
    if (!record.text.empty()) articles.push_back(RecordArticle(record));
  return articles;
}

const std::vector<Article>& Articles() {
  static const std::vector<Article> articles = LoadArticles();
  return articles;
}

Result<Knowledge> LoadBundled() {
  Result<ActorKnowledge> actors = LoadActorKnowledge();
  if (!actors.ok()) return actors.status();
  Result<SyntaxModel> syntax = LoadSyntaxModel(TIDINGS_DATA_DIR "/models");
  if (!syntax.ok()) return syntax.status();
  Result<VerbDictionary> verbs = LoadBundledVerbDictionary();
  if (!verbs.ok()) return verbs.status();
  Result<CameoOntology> cameo = LoadCameoOntology();
  if (!cameo.ok()) return cameo.status();
  return Knowledge{std::move(*actors), CueLexicon::Default(), std::move(*syntax), std::move(*verbs),
                   std::move(*cameo)};
}

Result<Knowledge> LoadPhoenix() {
  KnowledgeModel model;
  for (const char* file : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                           "Phoenix.MilNonState.actors.txt"})
    if (Status s = LoadActorDictionary(kPhoenix + "/" + file, DictionaryFormat::kPetrarchActors, model); !s.ok())
      return s;
  if (Status s = LoadActorDictionary(kPhoenix + "/Phoenix.agents.txt", DictionaryFormat::kPetrarchAgents, model);
      !s.ok())
    return s;
  Result<SyntaxModel> syntax = LoadSyntaxModel(TIDINGS_DATA_DIR "/models");
  if (!syntax.ok()) return syntax.status();
  Result<VerbDictionary> verbs = LoadPetrarch2VerbDictionary({kPhoenix + "/CAMEO.2.0.txt"});
  if (!verbs.ok()) return verbs.status();
  Result<CameoOntology> cameo = LoadCameoOntology();
  if (!cameo.ok()) return cameo.status();
  return Knowledge{ActorKnowledge(std::move(model)), CueLexicon::Default(), std::move(*syntax), std::move(*verbs),
                   std::move(*cameo)};
}

const Result<Knowledge>& Bundled() {
  static const Result<Knowledge> knowledge = LoadBundled();
  return knowledge;
}

const Result<Knowledge>& Phoenix() {
  static const Result<Knowledge> knowledge = LoadPhoenix();
  return knowledge;
}

bool HaveSentences(benchmark::State& state) {
  if (!Articles().empty()) return true;
  state.SkipWithError("PLOVER gold dev not found under " TIDINGS_SHARED_DIR "/data/events");
  return false;
}

bool Ready(benchmark::State& state, const Result<Knowledge>& knowledge) {
  if (!HaveSentences(state)) return false;
  if (knowledge.ok()) return true;
  state.SkipWithError(knowledge.status().ToString().c_str());
  return false;
}

void CountSentences(benchmark::State& state) {
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(Articles().size()));
}

// The stages in pipeline order, each timed into `seconds[stage]` when given.
enum Stage { kSegment, kSyntax, kTimes, kActors, kQuotes, kCode, kStages };
constexpr const char* kStageNames[kStages] = {"segment", "syntax", "times", "actors", "quotes", "code"};

// CPU time of this thread: other work on the machine does not count.
double ThreadSeconds() {
  timespec now;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

void RunStages(const Knowledge& k, Document& doc, double* seconds) {
  auto stage = [&](Stage s, auto&& run) {
    if (seconds == nullptr) return run();
    const double start = ThreadSeconds();
    run();
    seconds[s] += ThreadSeconds() - start;
  };
  stage(kSegment, [&] { Segment(doc); });
  stage(kSyntax, [&] { ParseSyntax(doc, k.syntax); });
  stage(kTimes, [&] { TagTimes(doc, doc.article().published); });
  stage(kActors, [&] { AnnotateActors(doc, k.actors); });
  stage(kQuotes, [&] { AnnotateQuotes(doc, k.cues); });
  stage(kCode, [&] { CodeEvents(doc, k.verbs, k.cameo); });
}

void BM_CodeBundledPipeline(benchmark::State& state) {
  static const Result<Pipeline> pipeline = Pipeline::Load();
  if (!HaveSentences(state)) return;
  if (!pipeline.ok()) return state.SkipWithError(pipeline.status().ToString().c_str());
  std::size_t events = 0;
  for (auto _ : state)
    for (const Article& article : Articles()) events += pipeline->Annotate(article).events.size();
  CountSentences(state);
  state.counters["events/sentence"] = double(events) / double(state.iterations() * Articles().size());
}
BENCHMARK(BM_CodeBundledPipeline)->Name("BM_Code/bundled")->Unit(benchmark::kMillisecond);

void BM_CodePhoenix(benchmark::State& state) {
  if (!std::filesystem::exists(kPhoenix + "/CAMEO.2.0.txt"))
    return state.SkipWithError("Phoenix dictionaries not found under " TIDINGS_SHARED_DIR "/data/events/petrarch2");
  if (!Ready(state, Phoenix())) return;
  std::size_t events = 0;
  for (auto _ : state)
    for (const Article& article : Articles()) {
      Document doc(article);
      RunStages(*Phoenix(), doc, nullptr);
      events += doc.events.size();
    }
  CountSentences(state);
  state.counters["events/sentence"] = double(events) / double(state.iterations() * Articles().size());
}
BENCHMARK(BM_CodePhoenix)->Name("BM_Code/phoenix")->Unit(benchmark::kMillisecond);

// One stage's time over all sentences per iteration (the others run untimed).
void BM_Stage(benchmark::State& state) {
  if (!Ready(state, Bundled())) return;
  const auto stage = static_cast<Stage>(state.range(0));
  for (auto _ : state) {
    double seconds[kStages] = {};
    for (const Article& article : Articles()) {
      Document doc(article);
      RunStages(*Bundled(), doc, seconds);
    }
    state.SetIterationTime(seconds[stage]);
  }
  state.SetLabel(kStageNames[stage]);
  CountSentences(state);
}
BENCHMARK(BM_Stage)->DenseRange(0, kStages - 1)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_LoadBundledKnowledge(benchmark::State& state) {
  for (auto _ : state) {
    Result<Knowledge> k = LoadBundled();
    if (!k.ok()) return state.SkipWithError(k.status().ToString().c_str());
  }
}
BENCHMARK(BM_LoadBundledKnowledge)->Unit(benchmark::kMillisecond);

void BM_LoadBundledVerbs(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(LoadBundledVerbDictionary());
}
BENCHMARK(BM_LoadBundledVerbs)->Unit(benchmark::kMillisecond);

void BM_LoadPhoenixKnowledge(benchmark::State& state) {
  if (!std::filesystem::exists(kPhoenix + "/CAMEO.2.0.txt"))
    return state.SkipWithError("Phoenix dictionaries not found under " TIDINGS_SHARED_DIR "/data/events/petrarch2");
  for (auto _ : state) {
    Result<Knowledge> k = LoadPhoenix();
    if (!k.ok()) return state.SkipWithError(k.status().ToString().c_str());
  }
}
BENCHMARK(BM_LoadPhoenixKnowledge)->Unit(benchmark::kMillisecond);

void BM_LoadSyntaxModel(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(LoadSyntaxModel(TIDINGS_DATA_DIR "/models"));
}
BENCHMARK(BM_LoadSyntaxModel)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tidings
BENCHMARK_MAIN();
