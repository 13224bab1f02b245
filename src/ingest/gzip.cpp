#include "ingest/gzip.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <memory>

namespace tidings {
namespace {

// zlib's window bits: +16 expects a gzip wrapper, negative means raw deflate.
constexpr int kGzipWindowBits = 16 + MAX_WBITS;
constexpr int kZlibWindowBits = MAX_WBITS;
constexpr int kRawDeflateWindowBits = -MAX_WBITS;

Result<std::string> InflateBuffer(std::string_view bytes, std::uint64_t max_bytes, int window_bits) {
  std::string out;
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) return Status::Corruption("cannot start inflate");
  std::unique_ptr<z_stream, void (*)(z_stream*)> guard(&zs, [](z_stream* z) { inflateEnd(z); });
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  zs.avail_in = static_cast<uInt>(std::min<std::size_t>(bytes.size(), UINT_MAX));
  char buf[64 * 1024];
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    const int rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof buf - zs.avail_out);
    if (out.size() > max_bytes)
      return Status::TooLarge("decompressed size exceeds " + std::to_string(max_bytes) + " bytes");
    if (rc == Z_STREAM_END) {
      // Another gzip member may follow; skip the zero padding some tools add.
      while (zs.avail_in > 0 && *zs.next_in == 0) { ++zs.next_in; --zs.avail_in; }
      if (zs.avail_in == 0 || window_bits != kGzipWindowBits) return out;
      if (inflateReset(&zs) != Z_OK) return Status::Corruption("cannot reset inflate");
      continue;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0)
      return Status::Corruption("truncated compressed stream after " + std::to_string(zs.total_in) + " bytes");
    if (rc != Z_OK)
      return Status::Corruption(std::string("bad compressed data: ") + (zs.msg ? zs.msg : "inflate failed"));
  }
}

}  // namespace

Result<std::string> Gunzip(std::string_view bytes, std::uint64_t max_bytes) {
  return InflateBuffer(bytes, max_bytes, kGzipWindowBits);
}

Result<std::string> Inflate(std::string_view bytes, std::uint64_t max_bytes) {
  Result<std::string> wrapped = InflateBuffer(bytes, max_bytes, kZlibWindowBits);
  if (wrapped.ok() || wrapped.status().code() == Status::Code::kTooLarge) return wrapped;
  return InflateBuffer(bytes, max_bytes, kRawDeflateWindowBits);
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

GzipSource::GzipSource(ByteSource& compressed) : in_(compressed) {
  inflateInit2(&zs_, kGzipWindowBits);
}

GzipSource::~GzipSource() { inflateEnd(&zs_); }

bool GzipSource::StartMember() {
  for (;;) {  // zero padding between members is allowed
    if (!in_.Fill(1)) {
      in_.TakeError();
      return false;
    }
    const std::string_view view = in_.View();
    const std::size_t data = view.find_first_not_of('\0');
    if (data != std::string_view::npos) {
      in_.Consume(data);
      break;
    }
    in_.Consume(view.size());
  }
  if (!in_.Fill(2) || !LooksGzipped(in_.View())) {
    pending_error_ = Status::Corruption("not a gzip member at compressed offset " + std::to_string(in_.position()));
    SkipToNextMember();
    return false;
  }
  inflateReset2(&zs_, kGzipWindowBits);
  member_open_ = true;
  member_offset_ = in_.position();
  members_.emplace_back(out_position_, member_offset_);
  return true;
}

void GzipSource::SkipToNextMember() {
  static constexpr std::string_view kMemberMagic("\x1f\x8b\x08", 3);
  member_open_ = false;
  in_.Consume(1);
  while (in_.Fill(kMemberMagic.size())) {
    const std::string_view view = in_.View();
    const std::size_t at = view.find(kMemberMagic);
    if (at != std::string_view::npos) {
      in_.Consume(at);
      return;
    }
    in_.Consume(view.size() - (kMemberMagic.size() - 1));
  }
  in_.Consume(in_.View().size());
  in_.TakeError();
}

Result<std::size_t> GzipSource::Read(char* out, std::size_t capacity) {
  std::size_t produced = 0;
  while (produced < capacity && pending_error_.ok()) {
    if (!member_open_ && !StartMember()) break;
    if (!in_.Fill(1)) {
      Status cause = in_.TakeError();
      pending_error_ = Status::Corruption("truncated gzip member at compressed offset " +
                                          std::to_string(member_offset_) +
                                          (cause.ok() ? "" : " (" + cause.message() + ")"));
      member_open_ = false;
      break;
    }
    const std::string_view view = in_.View();
    const uInt in_before = static_cast<uInt>(std::min<std::size_t>(view.size(), UINT_MAX));
    const uInt out_before = static_cast<uInt>(std::min<std::size_t>(capacity - produced, UINT_MAX));
    zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(view.data()));
    zs_.avail_in = in_before;
    zs_.next_out = reinterpret_cast<Bytef*>(out + produced);
    zs_.avail_out = out_before;
    const int rc = inflate(&zs_, Z_NO_FLUSH);
    in_.Consume(in_before - zs_.avail_in);
    const std::size_t made = out_before - zs_.avail_out;
    produced += made;
    out_position_ += made;
    if (rc == Z_STREAM_END) {
      member_open_ = false;
    } else if (rc != Z_OK && !(rc == Z_BUF_ERROR && (made > 0 || zs_.avail_in != in_before))) {
      pending_error_ = Status::Corruption("corrupt gzip member at compressed offset " +
                                          std::to_string(member_offset_) + ": " +
                                          (zs_.msg ? zs_.msg : "inflate failed"));
      SkipToNextMember();
    }
  }
  if (produced > 0) return produced;
  if (!pending_error_.ok()) {
    Status error = std::move(pending_error_);
    pending_error_ = Status::Ok();
    return error;
  }
  return std::size_t{0};
}

std::uint64_t GzipSource::InputOffset(std::uint64_t pos) {
  auto after = std::upper_bound(members_.begin(), members_.end(), pos,
                                [](std::uint64_t p, const auto& member) { return p < member.first; });
  if (after == members_.begin()) return 0;
  const std::uint64_t offset = std::prev(after)->second;
  members_.erase(members_.begin(), std::prev(after));
  return offset;
}

}  // namespace tidings
