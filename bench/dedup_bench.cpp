// Speed of near-duplicate signing, one thread, over the documents of the
// generated near-duplicate corpus (`tidings eval dedup`): SignText alone
// (normalization, shingles, MinHash), and signing plus LSH band keys. Items
// are documents; bytes are their UTF-8 text. The corpus is built once,
// before timing.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "eval/dedup_eval.h"
#include "tidings/near_duplicates.h"

namespace tidings {
namespace {

const std::vector<CorpusDocument>& Documents() {
  static const std::vector<CorpusDocument> documents = [] {
    Result<std::vector<SourceArticle>> sources = LoadDedupSources(TIDINGS_SHARED_DIR "/data/extraction");
    if (!sources.ok()) return std::vector<CorpusDocument>();
    return GenerateDedupCorpus(DistinctSources(std::move(*sources)), kDedupCorpusSeed);
  }();
  return documents;
}

template <typename Work>
void RunOverCorpus(benchmark::State& state, Work work) {
  if (Documents().empty()) {
    state.SkipWithError("no extraction pages under " TIDINGS_SHARED_DIR "/data/extraction");
    return;
  }
  std::int64_t documents = 0, bytes = 0;
  for (auto _ : state) {
    for (const CorpusDocument& document : Documents()) {
      work(document.text);
      bytes += static_cast<std::int64_t>(document.text.size());
    }
    documents += static_cast<std::int64_t>(Documents().size());
  }
  state.SetItemsProcessed(documents);
  state.SetBytesProcessed(bytes);
}

void BM_SignText(benchmark::State& state) {
  RunOverCorpus(state, [](const std::string& text) { benchmark::DoNotOptimize(SignText(text)); });
}
BENCHMARK(BM_SignText)->Unit(benchmark::kMillisecond);

void BM_SignTextAndBandKeys(benchmark::State& state) {
  RunOverCorpus(state, [](const std::string& text) { benchmark::DoNotOptimize(BandKeys(SignText(text))); });
}
BENCHMARK(BM_SignTextAndBandKeys)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tidings

BENCHMARK_MAIN();
