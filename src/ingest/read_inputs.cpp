#include <fstream>
#include <sstream>

#include "tidings/ingest.h"

namespace tidings {

void ReadBuffer(const std::string& name, std::string_view bytes, const IngestOptions& options,
                const RecordCallback& on_record, const RejectCallback& on_reject) {
  Record r;
  r.input = name;
  r.payload = std::string(bytes);
  r.kind = name.ends_with(".txt") ? PayloadKind::kText : PayloadKind::kHtml;
  on_record(std::move(r));
}

Status ReadInputs(const std::vector<std::string>& inputs, const IngestOptions& options,
                  const RecordCallback& on_record, const RejectCallback& on_reject) {
  for (const std::string& in : inputs) {
    std::ifstream f(in, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    ReadBuffer(in, ss.str(), options, on_record, on_reject);
  }
  return Status::Ok();
}

}  // namespace tidings
