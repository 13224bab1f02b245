// Time-expression benchmarks scored the TempEval-3 way
// (../shared/docs/reference/nlp-evaluation.md §3):
//   strict span P/R/F1: exact extent;
//   relaxed span P/R/F1: any overlap, each gold and system expression matched
//   at most once;
//   type and value F1 over relaxed matches: a match counts only when the
//   attribute is equal; P = such matches / system count, R = / gold count.
// The document creation time is the anchor and is never scored.
// EvalTimeBank reads `temporal_dir`/TBAQ-cleaned/{TimeBank,AQUAINT}/*.tml (the
// tuning set), EvalMeantime `temporal_dir`/meantime_newsreader_english_oct15/
// intra-doc_annotation/corpus_*/*.xml (held out). Both return their figures
// (strict_f1, relaxed_f1, type_f1, value_f1 and the P/R behind them), a
// printable report and, as details, every missed and spurious expression and
// every wrong type, extent and value of a matched one, grouped by kind
// ("missed DURATION P9Y", "type DATE <- DURATION", "boundary too long",
// "value DATE 9999-99-99 <- 9999-99-99").
#pragma once

#include <string>
#include <vector>

#include "eval/extraction_eval.h"
#include "eval/timeml_reader.h"

namespace tidings {

struct TimexCounts {
  long gold = 0, system = 0;
  long strict = 0, relaxed = 0, type = 0, value = 0;  // matches of each kind

  void Add(const TimexCounts& o);
};

// Pairs each gold expression (index into gold) with the system expression
// (index into system) it overlaps, one-to-one, preferring an exact extent;
// system is -1 when the gold one was missed. In gold order.
struct TimexMatch {
  std::size_t gold;
  int system;
};
std::vector<TimexMatch> MatchTimexes(const std::vector<GoldTimex>& gold, const std::vector<TimeExpression>& system);

// Scores one document's system expressions against its gold ones.
TimexCounts ScoreTimexes(const std::vector<GoldTimex>& gold, const std::vector<TimeExpression>& system);

Result<SuiteResult> EvalTimeBank(const std::string& temporal_dir);
Result<SuiteResult> EvalMeantime(const std::string& temporal_dir);

}  // namespace tidings
