// Scoring of event coding against a validation suite, the UD-PETRARCH
// convention (../shared/docs/reference/event-coders.md §4): per evaluated
// record, the set of coded (source, target, code) triples against the
// expected set. Correct = coded triples that match an expected one; missed
// (UD-PETR "uncoded") = expected triples not produced; extra = produced
// triples not expected. A record expecting no events is correct when
// nothing is coded (it counts one expected "no event"); anything coded
// there is extra, and the "no event" missed. Correct + missed = expected. Totals per category and overall; percentages are of the
// expected count, so extra % may exceed 100.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "code/validation_records.h"

namespace tidings {

struct CodingCounts {
  int records = 0;
  int expected = 0;  // expected triples, plus one per record expecting no events
  int correct = 0;
  int missed = 0;
  int extra = 0;

  double CorrectPercent() const { return expected ? 100.0 * correct / expected : 0.0; }
  double MissedPercent() const { return expected ? 100.0 * missed / expected : 0.0; }
  double ExtraPercent() const { return expected ? 100.0 * extra / expected : 0.0; }
};

struct RecordScore {
  std::string id;
  std::string category;
  CodingCounts counts;
  std::vector<CodedEvent> missed, extra;  // for the error listing
};

struct CodingScore {
  CodingCounts total;
  std::map<std::string, CodingCounts> by_category;
  std::vector<RecordScore> records;  // evaluated records, in suite order
};

// Scores `code(record)` on every record with evaluate set.
CodingScore Score(const std::vector<ValidationRecord>& records,
                  const std::function<std::vector<CodedEvent>(const ValidationRecord&)>& code);

// The per-category table: category, records, expected, correct %, missed %, extra %.
std::string FormatCodingScore(const CodingScore& score);

}  // namespace tidings
