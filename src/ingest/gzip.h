// gzip decompression with a size limit, for whole files and for the
// per-record gzip members of a .warc.gz.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "tidings/status.h"

namespace tidings {

inline bool LooksGzipped(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

// Decompresses every gzip member in `bytes` (concatenated members are one
// stream, as gzip(1) reads them). Fails on truncated or corrupt data and when
// the output would exceed `max_bytes`.
Result<std::string> Gunzip(std::string_view bytes, std::uint64_t max_bytes);

// Reads a whole file into memory; fails beyond `max_bytes`.
Result<std::string> ReadFile(const std::string& path, std::uint64_t max_bytes);

}  // namespace tidings
