#include "syntax/model_io.h"

#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <xxhash.h>
#include <zstd.h>

namespace tidings::syntax {
namespace {

constexpr std::string_view kMagic = "TIDINGS-SYNTAX\n";
constexpr std::uint32_t kFormatVersion = 2;
// Hashed keys do not compress, but counts, classes and small weights do:
// zstd at a high level takes a third off the parser, and decompresses fast.
constexpr int kCompressionLevel = 19;
// A payload may not claim more than this when decompressed.
constexpr std::uint64_t kMaxPayloadBytes = std::uint64_t{1} << 30;

}  // namespace

Status WriteModelFile(const std::string& path, std::string_view kind, std::string_view raw) {
  std::string payload(ZSTD_compressBound(raw.size()), '\0');
  const std::size_t packed = ZSTD_compress(payload.data(), payload.size(), raw.data(), raw.size(), kCompressionLevel);
  if (ZSTD_isError(packed)) return Status::IoError(fmt::format("{}: cannot compress the {} model", path, kind));
  payload.resize(packed);
  ByteWriter header;
  header.PutString(kMagic);
  header.PutString(kind);
  header.Put<std::uint32_t>(kFormatVersion);
  header.Put<std::uint64_t>(payload.size());
  header.Put<std::uint64_t>(XXH64(payload.data(), payload.size(), 0));
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << header.bytes() << payload;
  out.close();
  if (!out) return Status::IoError(fmt::format("{}: cannot write the {} model", path, kind));
  return Status::Ok();
}

Result<std::string> ReadModelFile(const std::string& path, std::string_view kind) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open the {} model", path, kind));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string bytes = buffer.str();
  ByteReader reader(bytes);
  const std::string magic = reader.GetString();
  const std::string file_kind = reader.GetString();
  const auto version = reader.Get<std::uint32_t>();
  const auto size = reader.Get<std::uint64_t>();
  const auto checksum = reader.Get<std::uint64_t>();
  if (!reader.ok() || magic != kMagic)
    return Status::Corruption(fmt::format("{}: not a tidings syntax model file", path));
  if (file_kind != kind)
    return Status::InvalidInput(fmt::format("{}: holds a {} model, expected a {} model", path, file_kind, kind));
  if (version != kFormatVersion)
    return Status::Unsupported(fmt::format("{}: model format version {}, this build reads {}", path, version, kFormatVersion));
  const std::size_t header_size = bytes.size() - std::min<std::size_t>(bytes.size(), size);
  if (bytes.size() < size || header_size != kMagic.size() + kind.size() + 8 + 4 + 16)
    return Status::Corruption(fmt::format("{}: truncated: the header announces {} payload bytes", path, size));
  const std::string_view payload = std::string_view(bytes).substr(header_size);
  if (XXH64(payload.data(), payload.size(), 0) != checksum)
    return Status::Corruption(fmt::format("{}: checksum mismatch, the file is damaged", path));
  const unsigned long long raw_size = ZSTD_getFrameContentSize(payload.data(), payload.size());
  if (raw_size == ZSTD_CONTENTSIZE_ERROR || raw_size == ZSTD_CONTENTSIZE_UNKNOWN || raw_size > kMaxPayloadBytes)
    return Status::Corruption(fmt::format("{}: the payload is not a zstd frame of known size", path));
  std::string raw(raw_size, '\0');
  const std::size_t unpacked = ZSTD_decompress(raw.data(), raw.size(), payload.data(), payload.size());
  if (ZSTD_isError(unpacked) || unpacked != raw_size)
    return Status::Corruption(fmt::format("{}: the payload does not decompress", path));
  return raw;
}

}  // namespace tidings::syntax
