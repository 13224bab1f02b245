// Extraction benchmarks, each scored the way its authors publish it
// (../shared/docs/reference/extraction.md):
//   trafilatura eval set: "with"/"without" segments as substrings, micro sums;
//   htmldate sets: publication date exact match at day granularity;
//   Mozilla Readability pages: title exact match, body token-shingle F1.
// Each suite reads the data under `extraction_dir` and returns its figures
// and a printable report.
#pragma once

#include <string>
#include <vector>

#include "tidings/status.h"

namespace tidings {

struct EvalFigure {
  std::string name;   // "precision", "recall", "f1", ...
  double value = 0;
};

struct SuiteResult {
  std::string suite;
  std::vector<EvalFigure> figures;
  std::string report;   // human-readable table, several lines
  std::string details;  // the individual errors behind the figures, when the suite lists them (eval --verbose)

  double figure(const std::string& name) const {
    for (const EvalFigure& f : figures)
      if (f.name == name) return f.value;
    return -1;
  }
};

Result<SuiteResult> EvalTrafilatura(const std::string& extraction_dir);
Result<SuiteResult> EvalHtmldate(const std::string& extraction_dir);
Result<SuiteResult> EvalReadability(const std::string& extraction_dir);

}  // namespace tidings
