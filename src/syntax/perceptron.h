// Averaged perceptron over hashed features: the classifier behind the tagger
// and the parser.
//
// A feature is a 64-bit key (syntax/features.h); each feature holds weights
// for the few classes it was ever updated for. PerceptronTrainer learns them
// with lazy averaging (each weight remembers when it last changed), and
// Finish() freezes the averaged weights into a PerceptronModel: features
// whose weights all round to zero are dropped, the rest quantised to 16 bits
// with one scale. Classes are at most kMaxClasses.
//
// PerceptronModel is immutable after construction and may be shared by
// threads; Score() touches only the caller's buffers. PerceptronTrainer is
// single-thread.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "syntax/features.h"
#include "syntax/huge_pages.h"
#include "syntax/model_io.h"
#include "tidings/status.h"

namespace tidings::syntax {

inline constexpr int kMaxClasses = 255;  // class ids and per-feature counts fit a byte
// Keys scored per example; the tagger and parser use fewer.
inline constexpr std::size_t kMaxKeysPerExample = 128;

class PerceptronModel {
 public:
  PerceptronModel() = default;

  int classes() const { return classes_; }
  std::size_t features() const { return keys_.size(); }
  std::size_t weights() const { return entries_.size(); }

  // scores[c] = sum of the weights of class c over the keys that are known
  // (the first kMaxKeysPerExample). `scores` holds classes() values. Weights are in units of scale().
  void Score(std::span<const std::uint64_t> keys, std::int32_t* scores) const;
  float scale() const { return scale_; }
  // Starts loading the table slots of `keys`, for a caller that scores
  // several key sets in a row: their cache misses then overlap.
  void Prefetch(std::span<const std::uint64_t> keys) const;

  // Score() in two halves, for a caller that scores several key sets at
  // once: Start() each set (its slots read, the weights stored outside them
  // requested from memory), then Finish() each, so that the second cache
  // miss of every set overlaps too. Same sums as Score(), left in `pending`
  // (classes() of them, padded to kMaxRowWidth) until its next Start(): a
  // caller that keeps them there copies nothing.
  class Pending;
  void Start(std::span<const std::uint64_t> keys, Pending& pending) const;
  std::int32_t* Finish(Pending& pending) const;

  void Write(ByteWriter& out) const;
  // Reads what Write wrote; false when the bytes are inconsistent.
  bool Read(ByteReader& in);

 private:
  friend class PerceptronTrainer;
  struct Entry {
    std::uint8_t cls;
    std::int16_t weight;
  };
  // Open addressing, linear probing over the low bits of the key (keys are
  // hashes already) from the first slot of their cache line (Home): at the
  // table's load under one half a probe rarely leaves the line, where
  // probing from the key's own slot crossed into an unfetched line more
  // often (tag+parse ~7% slower); a slot keeps the key's high half as a check, 0 marking
  // an empty slot. Features come in three sizes, each scored its cheapest
  // way. Most hold at most kInlineWeights weights (all of the parser's
  // transition features): those live in the slot itself, one cache miss.
  // Up to kSparseWeights (perceptron.cpp) weights sit in entries_ as (class, weight) pairs,
  // one scattered add each. Features with more (tags, tag pairs: the ones
  // met at nearly every step) get a dense row of every class's weight in
  // rows_, summed with vector instructions in 16-bit lanes (AddRows,
  // perceptron.cpp; each row's largest weight, far.bound, says how many
  // rows a lane can add before widening): from 17 weights on the row is
  // cheaper (parse ~10% faster than with rows from 41 weights on, when
  // rows were added in 32-bit lanes; below 12 the extra rows' cache misses
  // outweighed it).
  static constexpr int kInlineWeights = 4;
  static constexpr std::uint8_t kOutOfLine = 0xff;  // no class has this id (kMaxClasses)
  struct Slot {
    std::uint32_t check = 0;
    std::uint8_t cls[kInlineWeights] = {};  // cls[0] == kOutOfLine: weights elsewhere
    union {
      std::int16_t weight[kInlineWeights] = {};  // unused ones are 0
      struct {
        std::uint32_t begin;  // first entry (sparse) or first row weight (dense)
        std::uint16_t count;
        std::uint16_t bound;  // dense: the largest weight of the row in absolute value
      } far;
    };
  };
  static_assert(sizeof(Slot) == 16);
  static constexpr std::uint64_t kSlotsPerLine = 64 / sizeof(Slot);
  void AddRows(const std::int16_t* const* rows, const std::uint16_t* bounds, std::size_t n, std::int32_t* sums) const;
  static std::uint32_t Check(std::uint64_t key) { return static_cast<std::uint32_t>(key >> 32) | 1; }
  // Where the probe for `key` starts: the first slot of a 64-byte line, so
  // that a probe of up to four slots reads the one line prefetched.
  std::uint64_t Home(std::uint64_t key) const { return key & mask_ & ~std::uint64_t{kSlotsPerLine - 1}; }
  void BuildIndex();
  void Place(std::uint32_t row);
  // The slot holding `key`, or the empty slot that ends its probe.
  const Slot& Find(std::uint64_t key) const;


 public:
  // Dense rows are padded to whole vectors of kVectorWidth classes (16
  // 16-bit weights: one AVX2 register), so that the compiler sums them with
  // vector instructions and no tail.
  static constexpr std::size_t kVectorWidth = 16;
  static constexpr std::size_t kMaxRowWidth = (kMaxClasses + kVectorWidth - 1) / kVectorWidth * kVectorWidth;

  // One key set between Start() and Finish().
  class Pending {
   private:
    friend class PerceptronModel;
    alignas(64) std::int32_t sums[kMaxRowWidth];  // padded to whole rows: dense rows add without a tail
    const Slot* sparse[kMaxKeysPerExample];
    const std::int16_t* dense[kMaxKeysPerExample];
    std::uint16_t bound[kMaxKeysPerExample];  // of each dense row (Slot::far.bound)
    std::size_t sparse_n = 0, dense_n = 0;
  };

 private:
  int classes_ = 0;
  float scale_ = 1;
  std::vector<std::uint64_t> keys_;     // row r's key
  std::vector<std::uint32_t> starts_;   // row r's entries are [starts_[r], starts_[r+1])
  std::vector<Entry, HugePageAllocator<Entry>> entries_;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::vector<std::int16_t, HugePageAllocator<std::int16_t>> rows_;  // dense features, row_width_ each
  std::size_t row_width_ = 0;  // classes_ rounded up to whole vectors
  std::uint64_t mask_ = 0;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int classes);

  // Scores with the current (not averaged) weights; `scores` holds classes().
  void Score(std::span<const std::uint64_t> keys, float* scores) const;
  // Moves weight from class `guess` to class `truth` on every key.
  void Update(std::span<const std::uint64_t> keys, int truth, int guess);
  // One more training example seen (the clock of the averages).
  void Tick() { ++now_; }
  int classes() const { return classes_; }

  // Averaged weights, frozen; weights under `min_weight` in absolute value
  // are dropped.
  PerceptronModel Finish(float min_weight) const;

 private:
  struct Param {
    std::uint8_t cls;
    float weight = 0;
    std::uint32_t stamp = 0;
    double total = 0;  // weight integrated over time up to stamp
  };
  std::uint32_t Find(std::uint64_t key) const;
  std::uint32_t Insert(std::uint64_t key);
  void Grow();

  int classes_;
  std::uint32_t now_ = 0;
  std::vector<std::uint64_t> keys_;
  std::vector<std::vector<Param>> rows_;
  std::vector<std::uint32_t> slots_;
  std::uint64_t mask_ = 0;
};

// Index of the highest score among classes with allowed[c]; -1 if none.
template <typename T>
int BestAllowed(const T* scores, const bool* allowed, int classes) {
  int best = -1;
  for (int c = 0; c < classes; ++c)
    if (allowed[c] && (best < 0 || scores[c] > scores[best])) best = c;
  return best;
}

}  // namespace tidings::syntax
