#include "syntax/model_io.h"

#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <xxhash.h>

namespace tidings::syntax {
namespace {

constexpr std::string_view kMagic = "TIDINGS-SYNTAX\n";
constexpr std::uint32_t kFormatVersion = 1;

}  // namespace

Status WriteModelFile(const std::string& path, std::string_view kind, std::string_view payload) {
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
  std::string payload = bytes.substr(header_size);
  if (XXH64(payload.data(), payload.size(), 0) != checksum)
    return Status::Corruption(fmt::format("{}: checksum mismatch, the file is damaged", path));
  return payload;
}

}  // namespace tidings::syntax
