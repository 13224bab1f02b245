// The pipeline with the bundled knowledge, loaded once per test binary for
// the tests that run whole articles through it.
#pragma once

#include <gtest/gtest.h>

#include "tidings/pipeline.h"

namespace tidings::testing {

inline const Pipeline& BundledPipeline() {
  static const Result<Pipeline> pipeline = Pipeline::Load();
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  return *pipeline;
}

}  // namespace tidings::testing
