// trafilatura's evaluation set: 990 annotated pages, each with segments that
// must appear in the extracted body ("with") and segments that must not
// ("without"). Scored as trafilatura's tests/eval_common.py does: segments
// matched as substrings of the whitespace-normalised output, counts summed
// over the corpus, a failed extraction counting as empty output.
#include <chrono>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "eval/extraction_eval.h"
#include "eval/eval_pages.h"
#include "tidings/extract.h"

namespace tidings {
namespace {

struct EvalPage {
  std::string url;
  std::string html;
  std::vector<std::string> with;
  std::vector<std::string> without;
};

Result<std::string> LoadPage(const std::string& tests_dir, const std::string& file) {
  for (const char* sub : {"/cache/", "/eval/"}) {
    const std::string path = tests_dir + sub + file + ".gz";
    if (std::filesystem::exists(path)) return LoadGzippedPage(path);
  }
  return Status::NotFound(file + ".gz in " + tests_dir + "/cache or /eval");
}

struct Counts {
  long tp = 0, fp = 0, fn = 0, tn = 0;
};

void Score(const EvalPage& page, const std::string& output, Counts& c) {
  const std::string text = NormaliseSpace(output);
  for (const std::string& s : page.with) (text.find(NormaliseSpace(s)) != std::string::npos ? c.tp : c.fn)++;
  for (const std::string& s : page.without) (text.find(NormaliseSpace(s)) != std::string::npos ? c.fp : c.tn)++;
}

}  // namespace

Result<SuiteResult> EvalTrafilatura(const std::string& extraction_dir) {
  const std::string tests_dir = extraction_dir + "/trafilatura-eval/tests";
  std::ifstream in(tests_dir + "/evaldata.json");
  if (!in) return Status::NotFound(tests_dir + "/evaldata.json");
  nlohmann::json data = nlohmann::json::parse(in, nullptr, false);
  if (data.is_discarded() || !data.is_object()) return Status::InvalidInput(tests_dir + "/evaldata.json: not a JSON object");

  std::vector<EvalPage> pages;
  for (auto& [url, entry] : data.items()) {
    EvalPage page{url, {}, entry.value("with", std::vector<std::string>{}),
                  entry.value("without", std::vector<std::string>{})};
    Result<std::string> html = LoadPage(tests_dir, entry.value("file", ""));
    if (html.ok()) page.html = std::move(*html);  // a missing page scores as empty output
    pages.push_back(std::move(page));
  }

  Counts counts;
  double seconds = 0, bytes = 0;
  for (const EvalPage& page : pages) {
    Record record;
    record.payload = page.html;
    record.url = page.url;
    const auto start = std::chrono::steady_clock::now();
    Result<Article> article = Extract(record);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    bytes += page.html.size();
    Score(page, article.ok() ? article->text() : std::string(), counts);
  }

  const double precision = counts.tp + counts.fp ? double(counts.tp) / (counts.tp + counts.fp) : 0;
  const double recall = counts.tp + counts.fn ? double(counts.tp) / (counts.tp + counts.fn) : 0;
  const double f1 = double(2 * counts.tp) / std::max(1L, 2 * counts.tp + counts.fp + counts.fn);
  const double accuracy =
      double(counts.tp + counts.tn) / std::max(1L, counts.tp + counts.tn + counts.fp + counts.fn);
  const double pages_per_second = seconds > 0 ? pages.size() / seconds : 0;
  SuiteResult result;
  result.suite = "trafilatura";
  result.figures = {{"precision", precision}, {"recall", recall},          {"f1", f1},
                    {"accuracy", accuracy},   {"pages", double(pages.size())}, {"pages_per_second", pages_per_second}};
  result.report = fmt::format(
      "trafilatura eval set ({} pages): precision {:.3f} recall {:.3f} F1 {:.3f} accuracy {:.3f} | "
      "{:.0f} pages/s, {:.1f} MB/s (tp {} fp {} fn {} tn {})",
      pages.size(), precision, recall, f1, accuracy, pages_per_second, seconds > 0 ? bytes / seconds / 1e6 : 0,
      counts.tp, counts.fp, counts.fn, counts.tn);
  return result;
}

}  // namespace tidings
