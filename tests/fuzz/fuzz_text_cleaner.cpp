// Fuzzes the scraped-text cleaner on arbitrary text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/text_cleaner.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tidings::CleanScrapedText(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
