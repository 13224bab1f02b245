// Fuzzes the readers through a .warc input: WARC framing, HTTP parsing,
// gzip members, chunked bodies and charset decoding. Small limits make the
// size checks reachable.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tidings/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tidings::IngestOptions options;
  options.max_record_bytes = 1 << 20;
  options.max_jsonl_line_bytes = 1 << 20;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  tidings::ReadBuffer("fuzz.warc", bytes, options, [](tidings::Record&&) {}, [](tidings::Rejection&&) {});
  return 0;
}
