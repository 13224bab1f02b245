#include "eval/coding_eval.h"

#include <algorithm>

#include <fmt/format.h>

namespace tidings {
namespace {

// An event a partial record leaves unlisted: one more of the listed kind
// (same code), not an extra; any other code still is one.
bool Unlisted(const ValidationRecord& record, const std::vector<CodedEvent>& expected, const CodedEvent& e) {
  return record.partial &&
         std::any_of(expected.begin(), expected.end(), [&](const CodedEvent& x) { return x.code == e.code; });
}

}  // namespace

CodingScore Score(const std::vector<ValidationRecord>& records,
                  const std::function<std::vector<CodedEvent>(const ValidationRecord&)>& code) {
  CodingScore score;
  for (const ValidationRecord& record : records) {
    if (!record.evaluate) continue;
    RecordScore rs;
    rs.id = record.id;
    rs.category = record.category;
    rs.counts.records = 1;
    std::vector<CodedEvent> produced = code(record);
    // Sets: a triple coded twice counts once, as in UD-PETR.
    std::vector<CodedEvent> unique;
    for (CodedEvent& e : produced)
      if (std::find(unique.begin(), unique.end(), e) == unique.end()) unique.push_back(std::move(e));
    std::vector<CodedEvent> expected;
    for (const CodedEvent& e : record.expected)
      if (std::find(expected.begin(), expected.end(), e) == expected.end()) expected.push_back(e);
    if (expected.empty()) {
      rs.counts.expected = 1;
      rs.counts.correct = unique.empty() ? 1 : 0;
      // The "no event" expected was not what came out: missed, as UD-PETR counts it
      // (uncoded = expected - correct), so correct and missed add up to the expected.
      rs.counts.missed = 1 - rs.counts.correct;
      rs.counts.extra = static_cast<int>(unique.size());
      rs.extra = unique;
    } else {
      rs.counts.expected = static_cast<int>(expected.size());
      for (const CodedEvent& e : expected) {
        if (std::find(unique.begin(), unique.end(), e) != unique.end()) ++rs.counts.correct;
        else rs.missed.push_back(e);
      }
      for (const CodedEvent& e : unique)
        if (std::find(expected.begin(), expected.end(), e) == expected.end() && !Unlisted(record, expected, e))
          rs.extra.push_back(e);
      rs.counts.missed = static_cast<int>(rs.missed.size());
      rs.counts.extra = static_cast<int>(rs.extra.size());
    }
    for (CodingCounts* c : {&score.total, &score.by_category[record.category]}) {
      c->records += rs.counts.records;
      c->expected += rs.counts.expected;
      c->correct += rs.counts.correct;
      c->missed += rs.counts.missed;
      c->extra += rs.counts.extra;
    }
    score.records.push_back(std::move(rs));
  }
  return score;
}

std::string FormatCodingScore(const CodingScore& score) {
  std::string out = fmt::format("{:<12} {:>7} {:>8} {:>9} {:>8} {:>8}\n", "category", "records", "expected",
                                "correct%", "missed%", "extra%");
  auto row = [&](const std::string& name, const CodingCounts& c) {
    out += fmt::format("{:<12} {:>7} {:>8} {:>9.1f} {:>8.1f} {:>8.1f}\n", name, c.records, c.expected,
                       c.CorrectPercent(), c.MissedPercent(), c.ExtraPercent());
  };
  for (const auto& [category, counts] : score.by_category) row(category, counts);
  row("TOTAL", score.total);
  return out;
}

}  // namespace tidings
