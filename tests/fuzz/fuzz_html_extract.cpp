// Fuzzes HTML extraction: arbitrary bytes, decoded to UTF-8 as the readers
// would, then Extract() on an HTML record.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/charset.h"
#include "tidings/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  tidings::Record record;
  record.input = "fuzz.html";
  tidings::Result<std::string> text = tidings::DecodeToUtf8(bytes, "", &record.charset, &record.warnings);
  if (!text.ok()) return 0;
  record.payload = std::move(*text);
  tidings::Extract(record);
  return 0;
}
