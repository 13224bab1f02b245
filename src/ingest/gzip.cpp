#include "ingest/gzip.h"

#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace tidings {

Result<std::string> Gunzip(std::string_view bytes, std::uint64_t max_bytes) {
  std::string out;
  z_stream zs{};
  // 16 + MAX_WBITS: expect a gzip header and trailer.
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return Status::Corruption("cannot start inflate");
  std::unique_ptr<z_stream, void (*)(z_stream*)> guard(&zs, [](z_stream* z) { inflateEnd(z); });
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(bytes.size());
  char buf[64 * 1024];
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    const int rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
    if (out.size() > max_bytes)
      return Status::TooLarge("decompressed size exceeds " + std::to_string(max_bytes) + " bytes");
    if (rc == Z_STREAM_END) {
      // Another member may follow; skip trailing zero padding some tools add.
      while (zs.avail_in > 0 && *zs.next_in == 0) { ++zs.next_in; --zs.avail_in; }
      if (zs.avail_in == 0) return out;
      if (inflateReset(&zs) != Z_OK) return Status::Corruption("cannot reset inflate");
      continue;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0)
      return Status::Corruption("truncated gzip stream after " + std::to_string(zs.total_in) + " compressed bytes");
    if (rc != Z_OK)
      return Status::Corruption(std::string("bad gzip data: ") + (zs.msg ? zs.msg : "inflate failed"));
  }
}

Result<std::string> ReadFile(const std::string& path, std::uint64_t max_bytes) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), std::fclose);
  if (!f) return Status::IoError(path + ": " + std::strerror(errno));
  std::string out;
  char buf[64 * 1024];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) {
    out.append(buf, n);
    if (out.size() > max_bytes)
      return Status::TooLarge(path + ": larger than " + std::to_string(max_bytes) + " bytes");
  }
  if (std::ferror(f.get())) return Status::IoError(path + ": " + std::strerror(errno));
  return out;
}

}  // namespace tidings
