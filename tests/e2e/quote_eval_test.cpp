// Floors for the quotation benchmark on PolNeAR dev, a little under the
// figures reached (see the report printed by the test).
#include <gtest/gtest.h>

#include <filesystem>

#include "eval/quote_eval.h"

namespace tidings {
namespace {

constexpr const char* kPolnearDev = TIDINGS_SHARED_DIR "/data/quotes/PolNeAR/dev";

TEST(QuoteEval, PolnearDevStaysAboveItsFloors) {
  if (!std::filesystem::exists(kPolnearDev)) GTEST_SKIP() << "PolNeAR not available";
  Result<SuiteResult> result = EvalPolnear(kPolnearDev);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  std::printf("%s\n", result->report.c_str());
  EXPECT_GE(result->figure("f1_03"), 0.743);
  EXPECT_GE(result->figure("f1_08"), 0.585);
  EXPECT_GE(result->figure("speaker_accuracy_03"), 0.910);
  EXPECT_GE(result->figure("cue_accuracy_03"), 0.93);
  EXPECT_GE(result->figure("direct_f1_03"), 0.70);
  EXPECT_GE(result->figure("recall_03"), 0.678);
  EXPECT_GE(result->figure("precision_03"), 0.82);
}

}  // namespace
}  // namespace tidings
