#include "eval/temporal_eval.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include <fmt/format.h>

#include "eval/error_report.h"
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

// A value's shape, digits written as 9: "2024-W52" -> "9999-W99", so that
// errors of one kind group together whatever the date.
std::string ShapeOf(std::string_view value) {
  std::string shape(value);
  for (char& c : shape)
    if (c >= '0' && c <= '9') c = '9';
  return shape;
}

// How a system extent differs from the gold one it overlaps.
std::string_view BoundaryKind(const Span& gold, const Span& system) {
  if (system.begin <= gold.begin && system.end >= gold.end) return "too long";
  if (system.begin >= gold.begin && system.end <= gold.end) return "too short";
  return "shifted";
}

// One line per missed and spurious expression, and per wrong type, extent
// or value of a matched one, keyed by its kind so that sorting groups them.
void ListErrors(const TemporalDoc& doc, const std::vector<TimeExpression>& system, std::vector<ErrorLine>& out) {
  const auto text_of = [&](const Span& s) { return doc.text.substr(s.begin, s.size()); };
  // The words around an expression, on one line.
  const auto context_of = [&](const Span& s) {
    constexpr std::uint32_t kReach = 70;
    const std::uint32_t from = s.begin > kReach ? s.begin - kReach : 0;
    std::string around = doc.text.substr(from, std::min<std::size_t>(s.end + kReach, doc.text.size()) - from);
    std::replace(around.begin(), around.end(), '\n', ' ');
    return around;
  };
  const std::string name = std::filesystem::path(doc.name).filename().string();
  std::vector<bool> matched(system.size(), false);
  for (const TimexMatch& m : MatchTimexes(doc.timexes, system)) {
    const GoldTimex& g = doc.timexes[m.gold];
    if (m.system < 0) {
      out.push_back({fmt::format("missed {} {}", g.type, ShapeOf(g.value)),
                     fmt::format("{}: \"{}\" {} (dct {}) | {}", name, text_of(g.span), g.value, doc.dct,
                                 context_of(g.span))});
      continue;
    }
    matched[m.system] = true;
    const TimeExpression& s = system[m.system];
    const std::string_view type = TimeTypeName(s.type);
    if (type != g.type)
      out.push_back({fmt::format("type {} <- {}", g.type, type),
                     fmt::format("{}: \"{}\" / \"{}\" gold {} got {}", name, text_of(g.span), text_of(s.span),
                                 g.value, s.value)});
    if (s.span.begin != g.span.begin || s.span.end != g.span.end)
      out.push_back({fmt::format("boundary {}", BoundaryKind(g.span, s.span)),
                     fmt::format("{}: gold \"{}\" got \"{}\"", name, text_of(g.span), text_of(s.span))});
    if (s.value == g.value) continue;
    out.push_back({fmt::format("value {} {} <- {}", g.type, ShapeOf(g.value), ShapeOf(s.value)),
                   fmt::format("{}: \"{}\" / \"{}\" gold {} got {} (dct {}) | {}", name, text_of(g.span),
                               text_of(s.span), g.value, s.value, doc.dct, context_of(g.span))});
  }
  for (std::size_t i = 0; i < system.size(); ++i)
    if (!matched[i])
      out.push_back({fmt::format("spurious {} {}", TimeTypeName(system[i].type), ShapeOf(system[i].value)),
                     fmt::format("{}: \"{}\" {} | {}", name, text_of(system[i].span), system[i].value,
                                 context_of(system[i].span))});
}

Result<SuiteResult> RunSuite(const std::string& suite, const std::vector<std::string>& files, Reader read) {
  if (files.empty()) return Status::NotFound(suite + ": no corpus files found");
  Result<SyntaxModel> syntax = LoadSyntaxModel(std::string(TIDINGS_DATA_DIR) + "/models");
  if (!syntax.ok()) return syntax.status();
  const auto start = std::chrono::steady_clock::now();
  TimexCounts total;
  std::vector<ErrorLine> errors;
  for (const std::string& file : files) {
    Result<TemporalDoc> doc = read(file);
    if (!doc.ok()) return doc.status();
    const std::vector<TimeExpression> system = Tag(*doc, *syntax);
    total.Add(ScoreTimexes(doc->timexes, system));
    ListErrors(*doc, system, errors);
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
  result.details = ErrorReport(std::move(errors));
  return result;
}

}  // namespace

void TimexCounts::Add(const TimexCounts& o) {
  gold += o.gold, system += o.system;
  strict += o.strict, relaxed += o.relaxed, type += o.type, value += o.value;
}

std::vector<TimexMatch> MatchTimexes(const std::vector<GoldTimex>& gold, const std::vector<TimeExpression>& system) {
  // One-to-one: each gold takes the first free overlapping system expression,
  // preferring an exact one.
  std::vector<TimexMatch> matches;
  std::vector<bool> taken(system.size(), false);
  for (std::size_t g = 0; g < gold.size(); ++g) {
    std::size_t pick = system.size();
    for (std::size_t s = 0; s < system.size(); ++s) {
      if (taken[s] || !system[s].span.overlaps(gold[g].span)) continue;
      const bool exact = system[s].span.begin == gold[g].span.begin && system[s].span.end == gold[g].span.end;
      if (pick == system.size() || exact) pick = s;
      if (exact) break;
    }
    if (pick < system.size()) taken[pick] = true;
    matches.push_back({g, pick < system.size() ? static_cast<int>(pick) : -1});
  }
  return matches;
}

TimexCounts ScoreTimexes(const std::vector<GoldTimex>& gold, const std::vector<TimeExpression>& system) {
  TimexCounts counts;
  counts.gold = static_cast<long>(gold.size());
  counts.system = static_cast<long>(system.size());
  for (const TimexMatch& m : MatchTimexes(gold, system)) {
    if (m.system < 0) continue;
    const GoldTimex& g = gold[m.gold];
    const TimeExpression& s = system[m.system];
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
