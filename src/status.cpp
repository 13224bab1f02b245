#include "tidings/status.h"

namespace tidings {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code_) {
    case Code::kOk: return "OK";
    case Code::kInvalidInput: name = "invalid input"; break;
    case Code::kTooLarge: name = "too large"; break;
    case Code::kUnsupported: name = "unsupported"; break;
    case Code::kNotFound: name = "not found"; break;
    case Code::kIoError: name = "I/O error"; break;
    case Code::kCorruption: name = "corrupt"; break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace tidings
