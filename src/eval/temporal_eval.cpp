#include "eval/temporal_eval.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include <fmt/format.h>

#include "eval/scores.h"

#include "annotate/time_resolver.h"
#include "annotate/time_tagger.h"
#include "syntax/syntax_model.h"
#include "text/segmenter.h"

namespace tidings {
namespace {

// A few MEANTIME articles carry no creation time, or one not in ISO form
// ("03-02-2009", day or month first?); like a reader of the page, take the
// first full date written in the text (the dateline) instead.
std::string DatelineOf(std::string_view text) {
  for (const TimeExpression& t : FindTimes(text, ""))
    if (t.value.size() == 10 && t.value.find('X') == std::string::npos) return t.value;
  return {};
}

// Tags `doc.text` anchored at its DCT, after the stages the pipeline runs
// before it (segmentation, syntax: verb tense places weekdays and months);
// expressions overlapping a DCT written in the text are dropped, as the gold
// side drops the DCT.
std::vector<TimeExpression> Tag(const TemporalDoc& gold, const SyntaxModel& syntax) {
  const std::string reference = TimeResolver(gold.dct).anchored() ? gold.dct : DatelineOf(gold.text);
  Article article;
  article.published = reference;
  article.paragraphs.push_back({gold.text, ParagraphKind::kParagraph});
  Document doc(std::move(article));
  Segment(doc);
  ParseSyntax(doc, syntax);
  TagTimes(doc, reference);
  if (gold.dct_span.size() > 0)
    std::erase_if(doc.times, [&](const TimeExpression& t) { return t.span.overlaps(gold.dct_span); });
  return std::move(doc.times);
}

std::vector<std::string> CorpusFiles(const std::vector<std::string>& dirs, std::string_view extension) {
  std::vector<std::string> files;
  for (const std::string& dir : dirs) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
      if (entry.path().extension() == extension) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

using Reader = Result<TemporalDoc> (*)(const std::string&);

Result<SuiteResult> RunSuite(const std::string& suite, const std::vector<std::string>& files, Reader read) {
  if (files.empty()) return Status::NotFound(suite + ": no corpus files found");
  Result<SyntaxModel> syntax = LoadSyntaxModel(std::string(TIDINGS_DATA_DIR) + "/models");
  if (!syntax.ok()) return syntax.status();
  const auto start = std::chrono::steady_clock::now();
  TimexCounts total;
  for (const std::string& file : files) {
    Result<TemporalDoc> doc = read(file);
    if (!doc.ok()) return doc.status();
    total.Add(ScoreTimexes(doc->timexes, Tag(*doc, *syntax)));
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  const PrecisionRecall strict = ScoreCounts(total.strict, total.system, total.gold);
  const PrecisionRecall relaxed = ScoreCounts(total.relaxed, total.system, total.gold);
  const PrecisionRecall type = ScoreCounts(total.type, total.system, total.gold);
  const PrecisionRecall value = ScoreCounts(total.value, total.system, total.gold);
  SuiteResult result;
  result.suite = suite;
  result.figures = {{"strict_precision", strict.precision}, {"strict_recall", strict.recall}, {"strict_f1", strict.f1},
                    {"relaxed_precision", relaxed.precision}, {"relaxed_recall", relaxed.recall}, {"relaxed_f1", relaxed.f1},
                    {"type_precision", type.precision}, {"type_recall", type.recall}, {"type_f1", type.f1},
                    {"value_precision", value.precision}, {"value_recall", value.recall}, {"value_f1", value.f1},
                    {"seconds", seconds}};
  result.report = fmt::format(
      "{}: {} documents, {} gold TIMEX3, {} tagged, {:.2f} s\n"
      "  strict  span  P {:.3f}  R {:.3f}  F1 {:.3f}\n"
      "  relaxed span  P {:.3f}  R {:.3f}  F1 {:.3f}\n"
      "  type          P {:.3f}  R {:.3f}  F1 {:.3f}\n"
      "  value         P {:.3f}  R {:.3f}  F1 {:.3f}",
      suite, files.size(), total.gold, total.system, seconds, strict.precision, strict.recall, strict.f1, relaxed.precision, relaxed.recall,
      relaxed.f1, type.precision, type.recall, type.f1, value.precision, value.recall, value.f1);
  return result;
}

}  // namespace

void TimexCounts::Add(const TimexCounts& o) {
  gold += o.gold, system += o.system;
  strict += o.strict, relaxed += o.relaxed, type += o.type, value += o.value;
}

TimexCounts ScoreTimexes(const std::vector<GoldTimex>& gold, const std::vector<TimeExpression>& system) {
  TimexCounts counts;
  counts.gold = static_cast<long>(gold.size());
  counts.system = static_cast<long>(system.size());
  // One-to-one: each gold takes the first free overlapping system expression,
  // preferring an exact one.
  std::vector<bool> taken(system.size(), false);
  for (const GoldTimex& g : gold) {
    std::size_t pick = system.size();
    for (std::size_t s = 0; s < system.size(); ++s) {
      if (taken[s] || !system[s].span.overlaps(g.span)) continue;
      const bool exact = system[s].span.begin == g.span.begin && system[s].span.end == g.span.end;
      if (pick == system.size() || exact) pick = s;
      if (exact) break;
    }
    if (pick == system.size()) continue;
    taken[pick] = true;
    const TimeExpression& s = system[pick];
    ++counts.relaxed;
    if (s.span.begin == g.span.begin && s.span.end == g.span.end) ++counts.strict;
    if (TimeTypeName(s.type) == g.type) ++counts.type;
    if (s.value == g.value) ++counts.value;
  }
  return counts;
}

Result<SuiteResult> EvalTimeBank(const std::string& temporal_dir) {
  const std::string root = temporal_dir + "/TBAQ-cleaned";
  return RunSuite("TimeBank+AQUAINT", CorpusFiles({root + "/TimeBank", root + "/AQUAINT"}, ".tml"), ReadTimeMl);
}

Result<SuiteResult> EvalMeantime(const std::string& temporal_dir) {
  const std::string root = temporal_dir + "/meantime_newsreader_english_oct15/intra-doc_annotation";
  std::vector<std::string> dirs;
  for (const char* topic : {"airbus", "apple", "gm", "stock"}) dirs.push_back(root + "/corpus_" + topic);
  return RunSuite("MEANTIME", CorpusFiles(dirs, ".xml"), ReadCatTimexes);
}

}  // namespace tidings
