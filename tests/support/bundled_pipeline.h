// The pipeline with the bundled knowledge, loaded once per test binary for
// the tests that run whole articles through it (never destroyed: tests of
// any suite may still use it while others' statics are torn down).
#pragma once

#include <gtest/gtest.h>

#include "tidings/pipeline.h"

namespace tidings::testing {

inline const Pipeline& BundledPipeline() {
  static const Pipeline* pipeline = [] {
    Result<Pipeline> loaded = Pipeline::Load();
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return new Pipeline(std::move(loaded).value());
  }();
  return *pipeline;
}

}  // namespace tidings::testing
