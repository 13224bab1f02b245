// HashIndex: a map from 64-bit keys that are already good hashes to 32-bit
// values (indices into the caller's arrays), stored in one flat array.
//
// Open addressing with linear probing over a power-of-two table at most
// half full: a lookup is a masked load or two, with none of the node
// pointers and integer division of std::unordered_map, which matters for
// tables probed several times per token. Keys are used as they are, so they
// must spread their low bits (XXH3 and Mix outputs do). Inserting a key
// again replaces its value. Immutable after building; safe to share
// between threads for lookups.
#pragma once

#include <cstdint>
#include <vector>

namespace tidings::syntax {

class HashIndex {
 public:
  // Sets the value of `key`, growing the table when it would pass half full.
  void Insert(std::uint64_t key, std::uint32_t value) {
    if (2 * (size_ + 1) > slots_.size()) Grow();
    Slot& slot = slots_[Position(key)];
    if (slot.value == kEmpty) ++size_;
    slot = {key, value};
  }

  // The value of `key`, or nullptr when absent.
  const std::uint32_t* Find(std::uint64_t key) const {
    if (slots_.empty()) return nullptr;
    const Slot& slot = slots_[Position(key)];
    return slot.value == kEmpty ? nullptr : &slot.value;
  }

  // Calls f(key, value) for every entry, in no particular order.
  template <typename F>
  void ForEach(F f) const {
    for (const Slot& slot : slots_)
      if (slot.value != kEmpty) f(slot.key, slot.value);
  }

  void clear() {
    slots_.clear();
    size_ = 0;
  }

 private:
  static constexpr std::uint32_t kEmpty = 0xffffffffu;
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = kEmpty;
  };

  // The slot holding `key`, else the empty slot where it would go.
  std::size_t Position(std::uint64_t key) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = key & mask;
    while (slots_[i].value != kEmpty && slots_[i].key != key) i = (i + 1) & mask;
    return i;
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : 2 * old.size(), Slot{});
    size_ = 0;
    for (const Slot& slot : old)
      if (slot.value != kEmpty) Insert(slot.key, slot.value);
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace tidings::syntax
