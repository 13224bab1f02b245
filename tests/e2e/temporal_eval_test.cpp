// Floors for the time-expression suites, a little under the figures reached
// (TempEval-3 scoring; see src/eval/temporal_eval.h). Skipped when the shared
// data is absent.
#include <filesystem>

#include <gtest/gtest.h>

#include "eval/temporal_eval.h"

namespace tidings {
namespace {

const std::string kTemporalDir = std::string(TIDINGS_SHARED_DIR) + "/data/temporal";

TEST(TemporalEval, TimeBankAndAquaintStayAboveTheirFloors) {
  if (!std::filesystem::exists(kTemporalDir + "/TBAQ-cleaned")) GTEST_SKIP() << "no TBAQ data";
  Result<SuiteResult> result = EvalTimeBank(kTemporalDir);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  std::cout << result->report << "\n";
  EXPECT_GE(result->figure("strict_f1"), 0.87);
  EXPECT_GE(result->figure("relaxed_f1"), 0.94);
  EXPECT_GE(result->figure("type_f1"), 0.905);
  EXPECT_GE(result->figure("value_f1"), 0.815);
  EXPECT_LT(result->figure("seconds"), 30);
}

TEST(TemporalEval, MeantimeHeldOutStaysAboveItsFloors) {
  if (!std::filesystem::exists(kTemporalDir + "/meantime_newsreader_english_oct15")) GTEST_SKIP() << "no MEANTIME";
  Result<SuiteResult> result = EvalMeantime(kTemporalDir);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  std::cout << result->report << "\n";
  EXPECT_GE(result->figure("strict_f1"), 0.84);
  EXPECT_GE(result->figure("relaxed_f1"), 0.915);
  EXPECT_GE(result->figure("type_f1"), 0.856);
  EXPECT_GE(result->figure("value_f1"), 0.815);
}

TEST(TemporalEval, ScoringCountsStrictRelaxedAndAttributeMatchesOneToOne) {
  const std::vector<GoldTimex> gold = {{{0, 10}, "DATE", "2024-12-31"}, {{20, 30}, "DURATION", "P2Y"}};
  const std::vector<TimeExpression> system = {
      {{0, 10}, TimeExpression::Type::kDate, "2024-12-31"},   // exact, all right
      {{22, 30}, TimeExpression::Type::kDuration, "P3Y"},     // overlap, wrong value
      {{25, 28}, TimeExpression::Type::kDuration, "P2Y"},     // second overlap: unmatched
  };
  const TimexCounts counts = ScoreTimexes(gold, system);
  const std::vector<TimexMatch> matches = MatchTimexes(gold, system);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].system, 0);
  EXPECT_EQ(matches[1].system, 1);  // the first overlap, the other left unmatched
  EXPECT_EQ(counts.gold, 2);
  EXPECT_EQ(counts.system, 3);
  EXPECT_EQ(counts.strict, 1);
  EXPECT_EQ(counts.relaxed, 2);
  EXPECT_EQ(counts.type, 2);
  EXPECT_EQ(counts.value, 1);
}

}  // namespace
}  // namespace tidings
