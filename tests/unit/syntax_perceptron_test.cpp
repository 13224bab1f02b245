// The perceptron's frozen model sums weights exactly, whichever way it adds
// them (16-bit runs of dense rows, sparse pairs, inline slots); the
// arc-eager state the parser shifts from without scoring allows nothing else.
// (Staged feature keys that differed from the trained ones would show in the
// treebank's scores, whose floors tests/e2e/syntax_eval_test.cpp keeps.)
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "syntax/arc_eager.h"
#include "syntax/features.h"
#include "syntax/perceptron.h"

namespace tidings::syntax {
namespace {

TEST(SyntaxPerceptron, ScoresOfAKeySetAreTheSumsOfEachKeysScores) {
  // Keys updated for many classes get dense rows; the ones updated most
  // hold large weights (the largest is the quantisation's limit, 32767), so
  // that two of them overflow a 16-bit lane and the model must add them
  // apart, while the small ones share a run.
  constexpr int kClasses = 40;
  PerceptronTrainer trainer(kClasses);
  std::vector<std::uint64_t> keys;
  for (int r = 0; r < 14; ++r) keys.push_back(FeatureKey(900, static_cast<std::uint64_t>(r)));
  for (int r = 0; r < 14; ++r) {
    const int repeats = r < 4 ? 400 : (r < 10 ? 20 : 1);
    const int spread = r < 12 ? kClasses : 3;  // the last two stay sparse
    for (int rep = 0; rep < repeats; ++rep)
      for (int step = 0; step < spread; ++step) {
        const int shift = r < 4 ? 0 : r;  // the big rows alike: their weights add up, not cancel
        const int truth = (shift * 7 + step) % kClasses, guess = (shift * 3 + step * 5 + 1) % kClasses;
        trainer.Update({&keys[r], 1}, truth, guess);
        trainer.Tick();
      }
  }
  const PerceptronModel model = trainer.Finish(0.0f);
  std::vector<std::int32_t> all(kClasses), one(kClasses), sum(kClasses, 0);
  model.Score(keys, all.data());
  for (const std::uint64_t& key : keys) {
    model.Score({&key, 1}, one.data());
    for (int c = 0; c < kClasses; ++c) sum[c] += one[c];
  }
  EXPECT_EQ(all, sum);
  std::int32_t largest = 0;
  for (std::int32_t s : sum) largest = std::max(largest, s < 0 ? -s : s);
  EXPECT_GT(largest, 32767);  // the test does reach past a 16-bit lane
}

TEST(SyntaxArcEager, TheRootWithItsDependentOnTopAllowsOnlyShift) {
  // The parser shifts without scoring there (Parser::Parse).
  constexpr int kLabels = 5, kRoot = 2;
  bool allowed[kAllowedKinds * (2 + 2 * kLabels)];
  AllowedOfEachKind(kLabels, kRoot, allowed);
  for (int a = 0; a < ActionCount(kLabels); ++a)
    EXPECT_EQ(allowed[kRootTakenKind * ActionCount(kLabels) + a], a == kShift) << a;
  ArcEagerState state(3, kRoot);
  state.Apply(RightArc(kRoot));
  state.Apply(kReduce);
  EXPECT_EQ(state.AllowedKind(), kRootTakenKind);
}

}  // namespace
}  // namespace tidings::syntax
