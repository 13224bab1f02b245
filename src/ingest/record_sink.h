// RecordSink: where a reader delivers what it read from one input, the
// records and the rejections, together with the options that bound it.
#pragma once

#include <string>

#include "tidings/ingest.h"

namespace tidings {

struct RecordSink {
  const std::string& input;  // names the input in every record and rejection
  const IngestOptions& options;
  const RecordCallback& on_record;
  const RejectCallback& on_reject;

  void Reject(std::uint64_t offset, std::string reason) const { on_reject({input, offset, std::move(reason)}); }
};

}  // namespace tidings
