// Readers: turn files, folders, WARC archives, JSONL and stdin into Records.
//
// ReadInputs walks each named input (folders recursively, in sorted order),
// recognises its format by content and name (HTML, gzip, WARC, JSONL, plain
// text), decodes character sets to UTF-8 and hands every record to `on_record`.
// A record that cannot be read goes to `on_reject` with the input, the offset
// and the reason, and reading goes on with the next one: every record ends in
// exactly one of the two callbacks. Limits protect against hostile input.
// Callbacks run on the calling thread, in input order.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "tidings/record.h"
#include "tidings/status.h"

namespace tidings {

struct IngestOptions {
  // Largest payload (after decompression) a record may have. Larger records
  // are rejected rather than truncated: a cut page would extract wrongly.
  std::uint64_t max_record_bytes = 32ull << 20;
  // Largest line a JSONL input may have; such a line holds a whole page.
  std::uint64_t max_jsonl_line_bytes = 64ull << 20;
  // Files a folder walk passes over unread: the ingesting store's own
  // database, journal and WAL, which may lie in a folder being ingested and
  // are no input records (read, each would be rejected as binary data).
  std::vector<std::string> skip_files;
};

using RecordCallback = std::function<void(Record&&)>;
using RejectCallback = std::function<void(Rejection&&)>;

// Reads every input; returns a non-OK Status only when an input cannot be
// opened at all (that input is also reported through `on_reject`).
Status ReadInputs(const std::vector<std::string>& inputs, const IngestOptions& options,
                  const RecordCallback& on_record, const RejectCallback& on_reject);

// Reads one in-memory buffer as if it were the file `name` (used for stdin,
// tests and fuzzing).
void ReadBuffer(const std::string& name, std::string_view bytes, const IngestOptions& options,
                const RecordCallback& on_record, const RejectCallback& on_reject);

}  // namespace tidings
