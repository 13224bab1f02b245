// Speed of HTML parsing and of whole-page extraction over trafilatura's
// evaluation pages (../shared/data), loaded and decoded once before timing.
// Reports pages (items) and HTML bytes per second on one thread, for the
// parser alone, parser plus main content, and the whole Extract().
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "eval/eval_pages.h"
#include "extract/dom.h"
#include "extract/html_content.h"
#include "tidings/extract.h"

namespace tidings {
namespace {

const std::vector<std::string>& Pages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    for (const std::string& file : TrafilaturaPageFiles(TIDINGS_SHARED_DIR "/data/extraction")) {
      Result<std::string> html = LoadGzippedPage(file);
      if (html.ok()) out.push_back(std::move(*html));
    }
    return out;
  }();
  return pages;
}

bool HavePages(benchmark::State& state) {
  if (!Pages().empty()) return true;
  state.SkipWithError("trafilatura eval pages not found under " TIDINGS_SHARED_DIR "/data/extraction");
  return false;
}

void Count(benchmark::State& state, std::size_t bytes_per_pass) {
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Pages().size()));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes_per_pass));
}

std::size_t TotalBytes() {
  std::size_t bytes = 0;
  for (const std::string& page : Pages()) bytes += page.size();
  return bytes;
}

void BM_DomParse(benchmark::State& state) {
  if (!HavePages(state)) return;
  for (auto _ : state)
    for (const std::string& page : Pages()) {
      Result<Dom> dom = Dom::Parse(page);
      benchmark::DoNotOptimize(dom);
    }
  Count(state, TotalBytes());
}
BENCHMARK(BM_DomParse)->Unit(benchmark::kMillisecond);

// Parsing plus main-content extraction alone, without metadata and
// language detection: the difference to BM_DomParse is the content stage.
void BM_ParseAndMainContent(benchmark::State& state) {
  if (!HavePages(state)) return;
  for (auto _ : state)
    for (const std::string& page : Pages()) {
      Result<Dom> dom = Dom::Parse(page);
      if (!dom.ok()) continue;
      std::vector<Paragraph> paragraphs = ExtractMainContent(*dom, {});
      benchmark::DoNotOptimize(paragraphs);
    }
  Count(state, TotalBytes());
}
BENCHMARK(BM_ParseAndMainContent)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  if (!HavePages(state)) return;
  std::vector<Record> records(Pages().size());
  for (std::size_t i = 0; i < records.size(); ++i) records[i].payload = Pages()[i];
  for (auto _ : state)
    for (const Record& record : records) {
      Result<Article> article = Extract(record);
      benchmark::DoNotOptimize(article);
    }
  Count(state, TotalBytes());
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tidings

BENCHMARK_MAIN();
