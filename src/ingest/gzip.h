// gzip and deflate decompression with size limits: whole buffers for HTTP
// Content-Encoding, and a streaming source that inflates a .warc.gz or
// .html.gz member by member without holding the whole file in memory.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/byte_source.h"
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

// Decompresses HTTP "deflate": zlib-wrapped as the RFC says, or raw deflate
// as many servers send it. Same failures as Gunzip.
Result<std::string> Inflate(std::string_view bytes, std::uint64_t max_bytes);

// Reads a whole file into memory; fails beyond `max_bytes`.
Result<std::string> ReadFile(const std::string& path, std::uint64_t max_bytes);

// Inflates the gzip members of `compressed` one after another as one stream.
// A truncated or corrupt member is reported once, naming its offset; reading
// then resumes at the next gzip member header, so one damaged record of a
// .warc.gz costs only that record.
class GzipSource : public ByteSource {
 public:
  explicit GzipSource(ByteSource& compressed);
  ~GzipSource() override;
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  Result<std::size_t> Read(char* out, std::size_t capacity) override;
  // The compressed offset of the member that produced stream position `pos`.
  std::uint64_t InputOffset(std::uint64_t pos) override;

 private:
  bool RefillInput();
  std::uint64_t CompressedOffset() const;
  bool StartMember();
  void SkipToNextMember();

  StreamReader in_;
  z_stream zs_{};
  bool member_open_ = false;
  std::uint64_t member_offset_ = 0;
  std::uint64_t out_position_ = 0;
  // (stream position where a member starts, its compressed offset), in order.
  std::vector<std::pair<std::uint64_t, std::uint64_t>> members_;
  Status pending_error_;
};

}  // namespace tidings
