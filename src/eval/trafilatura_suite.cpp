#include "eval/extraction_eval.h"

namespace tidings {

Result<SuiteResult> EvalTrafilatura(const std::string& extraction_dir) {
  return Status::Unsupported("trafilatura suite not written yet");
}

}  // namespace tidings
