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

  void Write(ByteWriter& out) const;
  // Reads what Write wrote; false when the bytes are inconsistent.
  bool Read(ByteReader& in);

 private:
  friend class PerceptronTrainer;
  struct Entry {
    std::uint8_t cls;
    std::int16_t weight;
  };
  // Open addressing, linear probing; key 0 marks an empty slot. Most
  // features (three in five of the parser's) hold one or two weights: those
  // live in the slot itself, so that a lookup costs one cache miss; the
  // others point into entries_, a second miss.
  static constexpr std::uint16_t kInlineWeights = 2;
  struct Slot {
    std::uint64_t key = 0;
    std::uint16_t count = 0;  // weights of the feature
    std::uint8_t inline_class[kInlineWeights] = {};
    union {
      std::uint32_t begin = 0;  // first of `count` entries when count > kInlineWeights
      std::int16_t inline_weight[kInlineWeights];
    };
  };
  static_assert(sizeof(Slot) == 16);
  void BuildIndex();
  std::uint64_t Home(std::uint64_t key) const { return Mix(key) & mask_; }
  // The slot holding `key`, or the empty slot that ends its probe.
  const Slot& Find(std::uint64_t key, std::uint64_t home) const;

  int classes_ = 0;
  float scale_ = 1;
  std::vector<std::uint64_t> keys_;     // row r's key
  std::vector<std::uint32_t> starts_;   // row r's entries are [starts_[r], starts_[r+1])
  std::vector<Entry, HugePageAllocator<Entry>> entries_;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
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
