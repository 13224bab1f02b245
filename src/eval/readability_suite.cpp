#include "eval/extraction_eval.h"

namespace tidings {

Result<SuiteResult> EvalReadability(const std::string& extraction_dir) {
  return Status::Unsupported("readability suite not written yet");
}

}  // namespace tidings
