// Binary model files of the syntax stage: a byte writer, a bounds-checked
// byte reader, and the envelope every model file shares.
//
// Envelope: the magic "TIDINGS-SYNTAX\n", the model kind ("tagger",
// "parser"), a format version, the payload length and an XXH64 checksum of
// the payload, which is zstd-compressed. A truncated, altered or foreign file is refused with an error
// naming the file and what is wrong, never read as garbage weights. Numbers
// are stored little-endian (the layout of the machines tidings runs on).
// Writers and readers are single-thread values.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "tidings/status.h"

namespace tidings::syntax {

class ByteWriter {
 public:
  template <typename T>
  void Put(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes_.append(reinterpret_cast<const char*>(&value), sizeof(T));
  }
  template <typename T>
  void PutArray(const std::vector<T>& values) {
    Put<std::uint64_t>(values.size());
    bytes_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
  void PutString(std::string_view s) {
    Put<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
    bytes_.append(s);
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
};

// Reads what ByteWriter wrote. The first read past the end (or an array
// longer than what is left) marks the reader failed; later reads return
// zeros, so callers check ok() once after a group of reads.
class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

  template <typename T>
  T Get() {
    T value{};
    if (!Take(&value, sizeof(T))) return T{};
    return value;
  }
  template <typename T>
  std::vector<T> GetArray() {
    const std::uint64_t n = Get<std::uint64_t>();
    if (!ok_ || n > (bytes_.size() - pos_) / sizeof(T)) {
      ok_ = false;
      return {};
    }
    std::vector<T> values(n);
    Take(values.data(), n * sizeof(T));
    return values;
  }
  std::string GetString() {
    const std::uint32_t n = Get<std::uint32_t>();
    if (!ok_ || n > bytes_.size() - pos_) {
      ok_ = false;
      return {};
    }
    std::string s(bytes_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == bytes_.size(); }

 private:
  bool Take(void* out, std::size_t n) {
    if (!ok_ || n > bytes_.size() - pos_) {
      ok_ = false;
      return false;
    }
    std::memcpy(out, bytes_.data() + pos_, n);
    pos_ += n;
    return true;
  }

  std::string_view bytes_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

// Writes `payload` in the envelope to `path`.
Status WriteModelFile(const std::string& path, std::string_view kind, std::string_view payload);

// Reads `path`, checks the envelope and returns the payload.
Result<std::string> ReadModelFile(const std::string& path, std::string_view kind);

}  // namespace tidings::syntax
