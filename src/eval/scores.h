// Precision, recall and F1 from counts, as every suite reports them.
#pragma once

namespace tidings {

struct PrecisionRecall {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// `correct` system items out of `system` predicted and `gold` expected; an
// empty side scores 0 rather than dividing by zero.
inline PrecisionRecall ScoreCounts(long correct, long system, long gold) {
  PrecisionRecall out;
  out.precision = system ? double(correct) / system : 0;
  out.recall = gold ? double(correct) / gold : 0;
  const double sum = out.precision + out.recall;
  out.f1 = sum > 0 ? 2 * out.precision * out.recall / sum : 0;
  return out;
}

}  // namespace tidings
