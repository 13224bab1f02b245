// Byte sources: the streams readers pull input from, one bounded chunk at a
// time, so that a multi-gigabyte WARC never has to sit in memory.
//
// A ByteSource yields bytes in order; a damaged source (a corrupt gzip
// member) reports the damage as a non-OK Result once and may then go on
// with what follows it. StreamReader adds a look-ahead buffer over a source.
// Objects here are not thread-safe; each reader owns its own.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "tidings/status.h"

namespace tidings {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `capacity` bytes into `out`; 0 means the end.
  virtual Result<std::size_t> Read(char* out, std::size_t capacity) = 0;
  // Offset in the underlying input of the byte at stream position `pos`:
  // `pos` itself, or for compressed input the start of its gzip member.
  // Positions are asked in increasing order.
  virtual std::uint64_t InputOffset(std::uint64_t pos) { return pos; }
};

// Reads an open FILE*; closes it on destruction when `owned`.
class FileSource : public ByteSource {
 public:
  FileSource(std::FILE* file, bool owned) : file_(file), owned_(owned) {}
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;
  Result<std::size_t> Read(char* out, std::size_t capacity) override;

 private:
  std::FILE* file_;
  bool owned_;
};

// Reads a buffer the caller keeps alive.
class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
  Result<std::size_t> Read(char* out, std::size_t capacity) override;

 private:
  std::string_view bytes_;
};

// A look-ahead buffer over a source: Fill() guarantees bytes are in view,
// Consume() moves past them. position() counts bytes consumed so far.
class StreamReader : public ByteSource {
 public:
  explicit StreamReader(ByteSource& source) : source_(source) {}

  // Tries to have at least `n` bytes in view. False at the end of input or
  // when the source reported damage (see TakeError).
  bool Fill(std::size_t n);
  std::string_view View() const { return std::string_view(buffer_.get() + start_, end_ - start_); }
  void Consume(std::size_t n);
  // Moves past `n` bytes without keeping them; false if the input ended first.
  bool Skip(std::uint64_t n);
  std::uint64_t position() const { return position_; }
  bool at_end() const { return ended_ && View().empty(); }
  // The damage the source reported, if any; clears it and drops the bytes in
  // view, which belong to the damaged part.
  Status TakeError();

  Result<std::size_t> Read(char* out, std::size_t capacity) override;
  std::uint64_t InputOffset(std::uint64_t pos) override { return source_.InputOffset(pos); }

 private:
  ByteSource& source_;
  // Makes room for `size` bytes, keeping the first end_.
  void Reserve(std::size_t size);

  // Bytes [start_, end_) are in view; the buffer past end_, up to capacity_,
  // is room to read into. Never zero-filled: every byte in view was read.
  // A folder of pages opens a reader per file, and clearing its buffer cost
  // more than reading a small page.
  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_ = 0;
  std::size_t start_ = 0;
  std::size_t end_ = 0;
  std::uint64_t position_ = 0;
  bool ended_ = false;
  Status error_;
};

}  // namespace tidings
