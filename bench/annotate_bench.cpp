// Speed of `tidings annotate` on real articles, one thread, warm start.
//
// Articles: the trafilatura evaluation pages (../shared, read at bench time),
// extracted once before timing. Each pass annotates every article with the
// Pipeline the CLI uses, the event coder switched off: segmentation, tagging,
// parsing, lemmas, times, actors and quotes. Items are sentences; bytes are
// the articles' cleaned text.
//
//   BM_Annotate        the reading layer on every article
//   BM_Actors          the actor stage alone (mentions, the name tagger,
//                      coreference) on every article segmented, parsed and
//                      time-tagged beforehand; CPU time of the thread
//                      around the stage, reported as manual time
//   BM_LoadKnowledge   Pipeline::Load without the coder: what a cold start
//                      pays once before the first article (actors, cues,
//                      syntax models)
#include <benchmark/benchmark.h>

#include <ctime>
#include <string>
#include <vector>

#include "annotate/actor_annotator.h"
#include "annotate/time_tagger.h"
#include "eval/eval_pages.h"
#include "syntax/syntax_model.h"
#include "text/segmenter.h"
#include "tidings/extract.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

// Every article is read whatever its language, as `tidings annotate
// --languages any` does: the figures stay the reading layer's speed over all
// of this text (two thirds of it German, which the CLI by default only
// splits into sentences).
PipelineOptions ReadingOnly() {
  PipelineOptions options;
  options.code_events = false;
  options.languages.clear();
  return options;
}

const std::vector<Article>& Articles() {
  static const std::vector<Article> articles = [] {
    std::vector<Article> out;
    for (const std::string& file : TrafilaturaPageFiles(TIDINGS_SHARED_DIR "/data/extraction")) {
      Result<std::string> html = LoadGzippedPage(file);
      if (!html.ok()) continue;
      Record record;
      record.input = file;
      record.payload = std::move(*html);
      Result<Article> article = Extract(record);
      if (article.ok()) out.push_back(std::move(*article));
    }
    return out;
  }();
  return articles;
}

void BM_Annotate(benchmark::State& state) {
  if (Articles().empty()) return state.SkipWithError("trafilatura pages not found under " TIDINGS_SHARED_DIR);
  Result<Pipeline> pipeline = Pipeline::Load(ReadingOnly());
  if (!pipeline.ok()) return state.SkipWithError(pipeline.status().ToString().c_str());
  std::int64_t sentences = 0, bytes = 0;
  for (auto _ : state) {
    for (const Article& article : Articles()) {
      Document doc = pipeline->Annotate(article);
      sentences += static_cast<std::int64_t>(doc.sentences.size());
      bytes += static_cast<std::int64_t>(doc.text().size());
      benchmark::DoNotOptimize(doc.quotes.data());
    }
  }
  state.SetItemsProcessed(sentences);
  state.SetBytesProcessed(bytes);
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(Articles().size() * state.iterations()),
                                                    benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Annotate)->Unit(benchmark::kMillisecond)->MinTime(3);

// CPU time of this thread: other work on the machine does not count.
double ThreadSeconds() {
  timespec now;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

void BM_Actors(benchmark::State& state) {
  if (Articles().empty()) return state.SkipWithError("trafilatura pages not found under " TIDINGS_SHARED_DIR);
  Result<ActorKnowledge> actors = LoadActorKnowledge();
  Result<SyntaxModel> syntax = LoadSyntaxModel(TIDINGS_DATA_DIR "/models");
  Result<NameTagger> names = NameTagger::Load(NameTaggerPath(TIDINGS_DATA_DIR "/models"));
  if (!actors.ok() || !syntax.ok() || !names.ok()) return state.SkipWithError("cannot load the knowledge");
  std::vector<Document> read;
  std::int64_t sentences = 0;
  for (const Article& article : Articles()) {
    Document doc(article);
    Segment(doc);
    ParseSyntax(doc, *syntax);
    TagTimes(doc, doc.article().published);
    sentences += static_cast<std::int64_t>(doc.sentences.size());
    read.push_back(std::move(doc));
  }
  for (auto _ : state) {
    double seconds = 0;
    for (const Document& prepared : read) {
      Document doc = prepared;
      const double start = ThreadSeconds();
      AnnotateActors(doc, *actors, &*names);
      seconds += ThreadSeconds() - start;
      benchmark::DoNotOptimize(doc.mentions.data());
    }
    state.SetIterationTime(seconds);
  }
  state.SetItemsProcessed(sentences * state.iterations());
}
BENCHMARK(BM_Actors)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_LoadKnowledge(benchmark::State& state) {
  for (auto _ : state) {
    Result<Pipeline> pipeline = Pipeline::Load(ReadingOnly());
    if (!pipeline.ok()) return state.SkipWithError(pipeline.status().ToString().c_str());
    benchmark::DoNotOptimize(&*pipeline);
  }
}
BENCHMARK(BM_LoadKnowledge)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tidings

BENCHMARK_MAIN();
