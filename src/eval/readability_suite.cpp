// Mozilla Readability's test pages: 130 cases, each a source page, the
// article HTML Readability extracts from it and its metadata. Titles are
// compared exactly after whitespace normalisation; bodies with the
// Scrapinghub benchmark's scorer: Unicode \w+ tokens, multisets of token
// 4-grams, per-page precision and recall averaged over pages, and F1 from
// the averaged precision and recall.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "eval/eval_pages.h"
#include "eval/extraction_eval.h"
#include "extract/content_blocks.h"
#include "extract/dom.h"
#include "tidings/extract.h"

namespace tidings {
namespace {

constexpr size_t kShingleTokens = 4;

// Runs of letters, digits and underscores, as Python's re `\w+` finds them.
std::vector<std::string> WordTokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string token;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c >= 0 && (u_isalnum(c) || c == '_')) {
      token.append(text.data() + start, i - start);
    } else if (!token.empty()) {
      tokens.push_back(std::move(token));
      token.clear();
    }
  }
  if (!token.empty()) tokens.push_back(std::move(token));
  return tokens;
}

// Multiset of the token n-grams starting at each position; a text shorter
// than n tokens is one shingle.
std::unordered_map<std::string, int> Shingles(std::string_view text) {
  const std::vector<std::string> tokens = WordTokens(text);
  std::unordered_map<std::string, int> out;
  const size_t n = std::min(kShingleTokens, tokens.size());
  for (size_t i = 0; n > 0 && i + n <= tokens.size(); ++i) {
    std::string shingle = tokens[i];
    for (size_t k = 1; k < n; ++k) shingle += ' ' + tokens[i + k];
    ++out[shingle];
  }
  return out;
}

struct PrecisionRecall {
  double precision = 0, recall = 0;
};

PrecisionRecall ScoreBody(std::string_view expected, std::string_view predicted) {
  const auto truth = Shingles(expected), pred = Shingles(predicted);
  double tp = 0, fp = 0, fn = 0;
  for (const auto& [shingle, count] : pred) {
    auto it = truth.find(shingle);
    const int true_count = it == truth.end() ? 0 : it->second;
    tp += std::min(count, true_count);
    fp += std::max(0, count - true_count);
  }
  for (const auto& [shingle, count] : truth) {
    auto it = pred.find(shingle);
    fn += std::max(0, count - (it == pred.end() ? 0 : it->second));
  }
  if (fp == 0 && fn == 0) return {1, 1};
  return {tp + fp > 0 ? tp / (tp + fp) : 0, tp + fn > 0 ? tp / (tp + fn) : 0};
}

// The visible text of an HTML fragment, one block per line.
std::string HtmlText(std::string_view html) {
  Result<Dom> dom = Dom::Parse(html);
  if (!dom.ok()) return {};
  std::string text;
  for (const ContentBlock& b : BuildBlocks(*dom, std::vector<bool>(dom->size(), false), SubtreeEnds(*dom))) {
    text += b.text;
    text += '\n';
  }
  return text;
}

}  // namespace

Result<SuiteResult> EvalReadability(const std::string& extraction_dir) {
  const std::string pages_dir = extraction_dir + "/mozilla-readability-test-pages/test/test-pages";
  if (!std::filesystem::is_directory(pages_dir)) return Status::NotFound(pages_dir);
  std::vector<std::filesystem::path> cases;
  for (const auto& entry : std::filesystem::directory_iterator(pages_dir))
    if (entry.is_directory()) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());

  int titles_equal = 0;
  double precision = 0, recall = 0;
  for (const std::filesystem::path& dir : cases) {
    std::ifstream in(dir / "expected-metadata.json");
    const nlohmann::json meta = nlohmann::json::parse(in, nullptr, false);
    Result<std::string> source = LoadGzippedPage((dir / "source.html.gz").string());
    Result<std::string> expected = LoadGzippedPage((dir / "expected.html.gz").string());
    Article article;
    if (source.ok()) {
      Record record;
      record.payload = std::move(*source);
      Result<Article> extracted = Extract(record);
      if (extracted.ok()) article = std::move(*extracted);  // a failure scores as an empty article
    }
    const std::string title = meta.is_object() && meta.value("title", nlohmann::json()).is_string()
                                  ? meta["title"].get<std::string>() : std::string();
    titles_equal += NormaliseSpace(title) == NormaliseSpace(article.title);
    const PrecisionRecall pr = ScoreBody(expected.ok() ? HtmlText(*expected) : std::string(), article.text());
    precision += pr.precision;
    recall += pr.recall;
  }

  const double n = std::max<size_t>(1, cases.size());
  precision /= n;
  recall /= n;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  const double title_exact = titles_equal / n;
  SuiteResult result;
  result.suite = "readability";
  result.figures = {{"title_exact", title_exact}, {"body_precision", precision}, {"body_recall", recall},
                    {"body_f1", f1}, {"pages", double(cases.size())}};
  result.report = fmt::format(
      "Mozilla Readability test pages ({} cases): title exact {:.3f} | body shingles precision {:.3f} "
      "recall {:.3f} F1 {:.3f}",
      cases.size(), title_exact, precision, recall, f1);
  return result;
}

}  // namespace tidings
