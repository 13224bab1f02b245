// Speed of `tidings annotate` on real articles, one thread, warm start.
//
// Articles: the trafilatura evaluation pages (../shared, read at bench time),
// extracted once before timing. Each pass annotates every article with the
// Pipeline the CLI uses, the event coder switched off: segmentation, tagging,
// parsing, lemmas, times, actors and quotes. Items are sentences; bytes are
// the articles' cleaned text.
//
//   BM_Annotate        the reading layer on every article
//   BM_LoadKnowledge   Pipeline::Load without the coder: what a cold start
//                      pays once before the first article (actors, cues,
//                      syntax models)
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "eval/eval_pages.h"
#include "tidings/extract.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

PipelineOptions ReadingOnly() {
  PipelineOptions options;
  options.code_events = false;
  return options;
}

const std::vector<Article>& Articles() {
  static const std::vector<Article> articles = [] {
    std::vector<Article> out;
    for (const std::string& file : TrafilaturaPageFiles(TIDINGS_SHARED_DIR)) {
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
