#include "eval/extraction_eval.h"

namespace tidings {

Result<SuiteResult> EvalHtmldate(const std::string& extraction_dir) {
  return Status::Unsupported("htmldate suite not written yet");
}

}  // namespace tidings
