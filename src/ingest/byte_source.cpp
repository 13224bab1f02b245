#include "ingest/byte_source.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace tidings {
namespace {

// Large enough that syscalls are rare, small enough to stay in cache.
constexpr std::size_t kReadChunkBytes = 256 * 1024;

}  // namespace

FileSource::~FileSource() {
  if (owned_) std::fclose(file_);
}

Result<std::size_t> FileSource::Read(char* out, std::size_t capacity) {
  const std::size_t n = std::fread(out, 1, capacity, file_);
  if (n == 0 && std::ferror(file_)) return Status::IoError(std::strerror(errno));
  return n;
}

Result<std::size_t> MemorySource::Read(char* out, std::size_t capacity) {
  const std::size_t n = std::min(capacity, bytes_.size());
  std::memcpy(out, bytes_.data(), n);
  bytes_.remove_prefix(n);
  return n;
}

bool StreamReader::Fill(std::size_t n) {
  while (end_ - start_ < n && !ended_ && error_.ok()) {
    if (start_ > 0 && start_ >= end_ / 2) {
      std::memmove(buffer_.get(), buffer_.get() + start_, end_ - start_);
      end_ -= start_;
      start_ = 0;
    }
    // Grow one chunk at a time: asking for a 32 MiB page must not cost a
    // 32 MiB allocation when the page is 20 KiB.
    const std::size_t want = kReadChunkBytes;
    Reserve(end_ + want);
    Result<std::size_t> got = source_.Read(buffer_.get() + end_, want);
    end_ += got.ok() ? *got : 0;
    if (!got.ok()) error_ = got.status();
    else if (*got == 0) ended_ = true;
  }
  return end_ - start_ >= n;
}

void StreamReader::Reserve(std::size_t size) {
  if (capacity_ >= size) return;
  const std::size_t grown = std::max(size, 2 * capacity_);
  auto bigger = std::make_unique_for_overwrite<char[]>(grown);
  if (end_ > 0) std::memcpy(bigger.get(), buffer_.get(), end_);
  buffer_ = std::move(bigger);
  capacity_ = grown;
}

void StreamReader::Consume(std::size_t n) {
  n = std::min(n, end_ - start_);
  start_ += n;
  position_ += n;
  if (start_ == end_) start_ = end_ = 0;
}

bool StreamReader::Skip(std::uint64_t n) {
  while (n > 0) {
    if (View().empty() && !Fill(1)) return false;
    const std::size_t step = static_cast<std::size_t>(std::min<std::uint64_t>(n, View().size()));
    Consume(step);
    n -= step;
  }
  return true;
}

Status StreamReader::TakeError() {
  Status error = std::move(error_);
  error_ = Status::Ok();
  if (!error.ok()) Consume(View().size());
  return error;
}

Result<std::size_t> StreamReader::Read(char* out, std::size_t capacity) {
  if (View().empty() && !Fill(1)) {
    Status error = TakeError();
    if (!error.ok()) return error;
    return std::size_t{0};
  }
  const std::size_t n = std::min(capacity, View().size());
  std::memcpy(out, View().data(), n);
  Consume(n);
  return n;
}

}  // namespace tidings
