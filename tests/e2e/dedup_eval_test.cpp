// The generated near-duplicate set as a regression floor: F1 must stay a
// little under what the signatures reach today (README lists the figures).
#include <gtest/gtest.h>

#include <filesystem>

#include "eval/dedup_eval.h"

namespace tidings {
namespace {

const std::string kExtractionDir = TIDINGS_SHARED_DIR "/data/extraction";

TEST(DedupEval, GeneratedNearDuplicatesF1StaysAboveItsFloor) {
  if (!std::filesystem::exists(kExtractionDir + "/trafilatura-eval")) GTEST_SKIP() << kExtractionDir << " absent";
  Result<SuiteResult> result = EvalDedupGenerated(kExtractionDir);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  std::printf("%s\n", result->report.c_str());
  EXPECT_GE(result->figure("documents"), 7000);
  EXPECT_GE(result->figure("f1"), 0.99);
  EXPECT_GE(result->figure("precision"), 0.995);
  EXPECT_GE(result->figure("recall"), 0.99);
}

TEST(DedupEval, FewMsrpSentencePairsAreFlaggedAsCopies) {
  const std::string msrp = TIDINGS_SHARED_DIR "/data/dedup/MSRP";
  if (!std::filesystem::exists(msrp + "/msr_paraphrase_test.txt")) GTEST_SKIP() << msrp << " absent";
  Result<SuiteResult> result = EvalDedupMsrp(msrp);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  std::printf("%s\n", result->report.c_str());
  EXPECT_EQ(result->figure("pairs"), 1725);
  EXPECT_LE(result->figure("non_paraphrases_flagged"), 0.05);
}

}  // namespace
}  // namespace tidings
