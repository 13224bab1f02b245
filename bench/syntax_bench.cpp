// Speed of the syntax stage over UD English EWT dev (gold tokenization),
// one thread: tagging alone, tagging and parsing, and the whole TagAndParse
// (lemmas included). Items are sentences; the model is the bundled one
// (data/models), loaded once before timing.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/syntax_model.h"

namespace tidings {
namespace {

const std::string kDev = TIDINGS_SHARED_DIR "/data/syntax/UD_English-EWT/en_ewt-ud-dev.conllu";

const std::vector<syntax::TreebankSentence>& Sentences() {
  static const std::vector<syntax::TreebankSentence> sentences = [] {
    Result<std::vector<syntax::TreebankSentence>> read = syntax::ReadConllu(kDev);
    return read.ok() ? std::move(*read) : std::vector<syntax::TreebankSentence>();
  }();
  return sentences;
}

const Result<SyntaxModel>& Model() {
  static const Result<SyntaxModel> model = LoadSyntaxModel(TIDINGS_DATA_DIR "/models");
  return model;
}

bool Ready(benchmark::State& state) {
  if (Sentences().empty()) {
    state.SkipWithError("UD English EWT dev not found under " TIDINGS_SHARED_DIR "/data/syntax");
    return false;
  }
  if (!Model().ok()) {
    state.SkipWithError(Model().status().ToString().c_str());
    return false;
  }
  return true;
}

std::vector<std::vector<syntax::WordKeys>> Keys() {
  std::vector<std::vector<syntax::WordKeys>> keys;
  for (const syntax::TreebankSentence& s : Sentences()) {
    keys.emplace_back();
    for (const std::string& w : s.words) keys.back().push_back(syntax::MakeWordKeys(w));
  }
  return keys;
}

void Count(benchmark::State& state) {
  long words = 0;
  for (const syntax::TreebankSentence& s : Sentences()) words += static_cast<long>(s.size());
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Sentences().size()));
  state.counters["words/s"] = benchmark::Counter(double(state.iterations()) * words, benchmark::Counter::kIsRate);
}

void BM_Tag(benchmark::State& state) {
  if (!Ready(state)) return;
  const auto keys = Keys();
  std::vector<int> tags(1024);
  for (auto _ : state)
    for (const auto& sentence : keys) {
      Model()->tagger.Tag(sentence, {tags.data(), sentence.size()});
      benchmark::DoNotOptimize(tags.data());
    }
  Count(state);
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_TagAndParseKeys(benchmark::State& state) {
  if (!Ready(state)) return;
  const auto keys = Keys();
  std::vector<int> tags(1024), heads(1024), labels(1024);
  for (auto _ : state)
    for (const auto& sentence : keys) {
      const std::size_t n = sentence.size();
      Model()->tagger.Tag(sentence, {tags.data(), n});
      Model()->parser.Parse(sentence, {tags.data(), n}, {heads.data(), n}, {labels.data(), n});
      benchmark::DoNotOptimize(heads.data());
    }
  Count(state);
}
BENCHMARK(BM_TagAndParseKeys)->Unit(benchmark::kMillisecond);

void BM_TagAndParse(benchmark::State& state) {
  if (!Ready(state)) return;
  std::vector<std::vector<std::string_view>> words;
  for (const syntax::TreebankSentence& s : Sentences()) words.emplace_back(s.words.begin(), s.words.end());
  for (auto _ : state)
    for (const auto& sentence : words) benchmark::DoNotOptimize(TagAndParse(*Model(), sentence));
  Count(state);
}
BENCHMARK(BM_TagAndParse)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tidings
BENCHMARK_MAIN();
