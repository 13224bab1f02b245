// The published benchmarks as regression floors: each figure must stay a
// little under what the extractor reaches today (README lists the figures).
#include <gtest/gtest.h>

#include <filesystem>

#include "eval/extraction_eval.h"

namespace tidings {
namespace {

const std::string kExtractionDir = TIDINGS_SHARED_DIR "/data/extraction";

TEST(ExtractionEval, TrafilaturaSetF1StaysAboveItsFloor) {
  if (!std::filesystem::exists(kExtractionDir + "/trafilatura-eval")) GTEST_SKIP() << kExtractionDir << " absent";
  Result<SuiteResult> result = EvalTrafilatura(kExtractionDir);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  std::printf("%s\n", result->report.c_str());
  EXPECT_EQ(result->figure("pages"), 990);
  EXPECT_GE(result->figure("f1"), 0.92);
  EXPECT_GE(result->figure("precision"), 0.91);
  EXPECT_GE(result->figure("recall"), 0.93);
}

TEST(ExtractionEval, ReadabilityPagesBodySimilarityStaysAboveItsFloor) {
  if (!std::filesystem::exists(kExtractionDir + "/mozilla-readability-test-pages")) GTEST_SKIP() << kExtractionDir << " absent";
  Result<SuiteResult> result = EvalReadability(kExtractionDir);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  std::printf("%s\n", result->report.c_str());
  EXPECT_EQ(result->figure("pages"), 130);
  EXPECT_GE(result->figure("body_f1"), 0.91);
  EXPECT_GE(result->figure("body_precision"), 0.92);
  EXPECT_GE(result->figure("body_recall"), 0.90);
}

}  // namespace
}  // namespace tidings
