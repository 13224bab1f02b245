// htmldate's evaluation sets: 1,000 pages with their original publication
// date at day granularity (eval_default.json, 800 pages, and
// eval_mediacloud_2020.json, 200). Scored as htmldate's tests/evaluation.py
// does: the output is cut to YYYY-MM-DD; an exact match is a true positive,
// another date a false positive, no date a false negative.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "eval/eval_pages.h"
#include "eval/extraction_eval.h"
#include "extract/dom.h"
#include "extract/metadata.h"
#include "ingest/gzip.h"
#include "tidings/extract.h"

namespace tidings {
namespace {

struct DateCounts {
  long tp = 0, fp = 0, fn = 0, tn = 0, pages = 0;
  double seconds = 0;           // whole extraction
  double metadata_seconds = 0;  // ExtractMetadata alone, on an already parsed page

  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double f1() const { return double(2 * tp) / std::max(1L, 2 * tp + fp + fn); }
  double accuracy() const { return pages ? double(tp) / pages : 0; }
  void Add(const DateCounts& other) {
    tp += other.tp, fp += other.fp, fn += other.fn, tn += other.tn, pages += other.pages, seconds += other.seconds;
    metadata_seconds += other.metadata_seconds;
  }
};

// The mediacloud set was written by Python and marks pages without a known
// date as `NaN`, which is not JSON; they become null. Such a page scores as
// a true negative when no date is found and a false positive otherwise.
std::string WithoutNaN(std::string text) {
  for (std::size_t at = text.find(": NaN"); at != std::string::npos; at = text.find(": NaN", at))
    text.replace(at, 5, ": null");
  return text;
}

// The file names in the JSON sometimes carry ".html" and sometimes not, and
// the pages sit in one of three folders.
Result<std::string> LoadPage(const std::string& tests_dir, const std::string& file) {
  for (const char* sub : {"/eval/", "/test_set/", "/cache/"}) {
    for (const char* suffix : {".gz", ".html.gz"}) {
      const std::string path = tests_dir + sub + file + suffix;
      if (!std::filesystem::exists(path)) continue;
      return LoadGzippedPage(path);
    }
  }
  return Status::NotFound(file + " in " + tests_dir + "/eval, /test_set or /cache");
}

Result<DateCounts> ScoreSet(const std::string& tests_dir, const std::string& set_file, std::ofstream* misses) {
  Result<std::string> text = ReadFile(tests_dir + "/" + set_file, kMaxEvalPageBytes);
  if (!text.ok()) return text.status();
  nlohmann::json data = nlohmann::json::parse(WithoutNaN(*text), nullptr, false);
  if (data.is_discarded() || !data.is_object()) return Status::InvalidInput(tests_dir + "/" + set_file + ": not a JSON object");
  DateCounts counts;
  for (auto& [url, entry] : data.items()) {
    const std::string expected = entry["date"].is_string() ? entry["date"].get<std::string>() : std::string();
    Record record;
    record.url = url;
    Result<std::string> html = LoadPage(tests_dir, entry.value("file", ""));
    if (html.ok()) record.payload = std::move(*html);  // a missing page scores as no output
    const auto start = std::chrono::steady_clock::now();
    Result<Article> article = Extract(record);
    counts.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (Result<Dom> dom = Dom::Parse(record.payload); dom.ok()) {
      const auto metadata_start = std::chrono::steady_clock::now();
      ExtractMetadata(*dom, record.url, record.fetched);
      counts.metadata_seconds +=
          std::chrono::duration<double>(std::chrono::steady_clock::now() - metadata_start).count();
    }
    const std::string found = article.ok() ? article->published.substr(0, 10) : std::string();
    ++counts.pages;
    if (found.empty() && expected.empty()) ++counts.tn;
    else if (found.empty()) ++counts.fn;
    else if (found == expected) ++counts.tp;
    else ++counts.fp;
    if (misses && found != expected)
      *misses << fmt::format("{}\t{}\t{}\t{}\t{}\n", expected, found.empty() ? "-" : found,
                             article.ok() ? article->published_from : "error", entry.value("file", ""), url);
  }
  return counts;
}

std::string Line(const std::string& name, const DateCounts& c) {
  return fmt::format("{} ({} pages): precision {:.3f} recall {:.3f} F1 {:.3f} accuracy {:.3f} (tp {} fp {} fn {} tn {})",
                     name, c.pages, c.precision(), c.recall(), c.f1(), c.accuracy(), c.tp, c.fp, c.fn, c.tn);
}

}  // namespace

Result<SuiteResult> EvalHtmldate(const std::string& extraction_dir) {
  const std::string tests_dir = extraction_dir + "/htmldate-eval/tests";
  // TIDINGS_HTMLDATE_MISSES names a file that receives one line per page
  // scored wrong (expected, found, evidence, file, url), for studying failures.
  const char* misses_path = std::getenv("TIDINGS_HTMLDATE_MISSES");
  std::ofstream misses_file;
  if (misses_path) misses_file.open(misses_path);
  std::ofstream* misses = misses_path ? &misses_file : nullptr;

  SuiteResult result;
  result.suite = "htmldate";
  DateCounts all;
  for (const char* set : {"eval_default.json", "eval_mediacloud_2020.json"}) {
    Result<DateCounts> counts = ScoreSet(tests_dir, set, misses);
    if (!counts.ok()) return counts.status();
    result.report += "  " + Line(set, *counts) + "\n";
    all.Add(*counts);
  }
  result.report = Line("htmldate sets", all) +
                  fmt::format(" | {:.2f} ms per page extracting, {:.3f} ms of it metadata\n",
                              all.pages ? 1000 * all.seconds / all.pages : 0,
                              all.pages ? 1000 * all.metadata_seconds / all.pages : 0) +
                  result.report;
  result.figures = {{"precision", all.precision()}, {"recall", all.recall()}, {"f1", all.f1()},
                    {"accuracy", all.accuracy()},   {"pages", double(all.pages)}};
  return result;
}

}  // namespace tidings
