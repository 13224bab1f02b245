// Status and Result<T>: how every tidings function reports failure.
//
// A Status is either OK or carries a code and a message that names what
// failed, where (input, offset or file:line) and why. Result<T> holds a value
// or a non-OK Status. Neither throws; exceptions are kept for programming
// errors. Both are plain values and safe to pass between threads.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace tidings {

class Status {
 public:
  enum class Code {
    kOk,
    kInvalidInput,   // the input is malformed or not what it claims to be
    kTooLarge,       // the input exceeds a configured limit
    kUnsupported,    // well-formed, but not something tidings reads
    kNotFound,       // a file, key or field does not exist
    kIoError,        // the operating system refused a read or write
    kCorruption,     // a container (gzip, WARC) is truncated or lies about itself
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string m) { return {Code::kInvalidInput, std::move(m)}; }
  static Status TooLarge(std::string m) { return {Code::kTooLarge, std::move(m)}; }
  static Status Unsupported(std::string m) { return {Code::kUnsupported, std::move(m)}; }
  static Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {Code::kIoError, std::move(m)}; }
  static Status Corruption(std::string m) { return {Code::kCorruption, std::move(m)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid input: <message>", or "OK".
  std::string ToString() const;

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value of type T, or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Status status) : state_(std::move(status)) {}

  bool ok() const { return std::holds_alternative<T>(state_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(state_);
  }
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace tidings
