// OrderedOutcomes: hands items finished out of order by worker threads to one
// consumer in sequence order (0, 1, 2...). Producers Put(seq, item) without
// blocking; the caller bounds how many sequence numbers are in flight.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>

namespace tidings::store {

template <typename T>
class OrderedOutcomes {
 public:
  enum class Wait { kItem, kTimeout, kDone };

  void Put(std::uint64_t seq, T item) {
    std::lock_guard lock(mutex_);
    items_.emplace(seq, std::move(item));
    if (seq == next_) ready_.notify_one();
  }

  // Waits up to `timeout` for the next item in sequence; kDone once Close()
  // was called and it will never come.
  Wait Next(std::chrono::milliseconds timeout, T& out) {
    std::unique_lock lock(mutex_);
    const bool arrived = ready_.wait_for(lock, timeout, [&] { return Front() || closed_; });
    if (!arrived) return Wait::kTimeout;
    if (!Front()) return Wait::kDone;
    auto it = items_.begin();
    out = std::move(it->second);
    items_.erase(it);
    ++next_;
    return Wait::kItem;
  }

  void Close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    ready_.notify_all();
  }

 private:
  bool Front() const { return !items_.empty() && items_.begin()->first == next_; }

  std::mutex mutex_;
  std::condition_variable ready_;
  std::map<std::uint64_t, T> items_;
  std::uint64_t next_ = 0;
  bool closed_ = false;
};

}  // namespace tidings::store
