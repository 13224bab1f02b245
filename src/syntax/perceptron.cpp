#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "syntax/features.h"

namespace tidings::syntax {
namespace {

constexpr std::uint32_t kEmpty = 0xffffffffu;
// Features with more weights than this get a dense row (perceptron.h).
constexpr int kSparseWeights = 16;

// Slot count for `n` keys at a load under one half.
std::uint64_t SlotCount(std::size_t n) {
  std::uint64_t size = 16;
  while (size < 2 * n + 1) size *= 2;
  return size;
}

}  // namespace

void PerceptronModel::BuildIndex() {
  slots_.assign(SlotCount(keys_.size()), Slot());
  mask_ = slots_.size() - 1;
  row_width_ = (static_cast<std::size_t>(classes_) + kVectorWidth - 1) / kVectorWidth * kVectorWidth;
  rows_.clear();
  for (std::uint32_t row = 0; row < keys_.size(); ++row) Place(row);
}

void PerceptronModel::Place(std::uint32_t row) {
  std::uint64_t at = Home(keys_[row]);
  while (slots_[at].check != 0) at = (at + 1) & mask_;
  Slot& slot = slots_[at];
  slot.check = Check(keys_[row]);
  const std::uint32_t first = starts_[row], count = starts_[row + 1] - first;
  if (count <= kInlineWeights) {
    for (std::uint32_t e = 0; e < count; ++e) {
      slot.cls[e] = entries_[first + e].cls;
      slot.weight[e] = entries_[first + e].weight;
    }
    return;
  }
  slot.cls[0] = kOutOfLine;
  slot.far.count = count;
  slot.far.begin = first;
  if (count <= kSparseWeights) return;
  slot.far.begin = static_cast<std::uint32_t>(rows_.size());
  rows_.resize(rows_.size() + row_width_, 0);
  int bound = 0;
  for (std::uint32_t e = first; e < first + count; ++e) {
    rows_[slot.far.begin + entries_[e].cls] = entries_[e].weight;
    bound = std::max(bound, std::abs(static_cast<int>(entries_[e].weight)));
  }
  slot.far.bound = static_cast<std::uint16_t>(bound);  // at most 32768
}

const PerceptronModel::Slot& PerceptronModel::Find(std::uint64_t key) const {
  const std::uint32_t check = Check(key);
  std::uint64_t at = Home(key);
  while (slots_[at].check != check && slots_[at].check != 0) at = (at + 1) & mask_;
  return slots_[at];
}

void PerceptronModel::Prefetch(std::span<const std::uint64_t> keys) const {
  if (slots_.empty()) return;
  for (std::uint64_t key : keys) __builtin_prefetch(&slots_[Home(key)]);
}

void PerceptronModel::Score(std::span<const std::uint64_t> keys, std::int32_t* scores) const {
  Prefetch(keys.first(std::min(keys.size(), kMaxKeysPerExample)));
  Pending pending;
  Start(keys, pending);
  const std::int32_t* sums = Finish(pending);
  std::copy(sums, sums + classes_, scores);
}

void PerceptronModel::Start(std::span<const std::uint64_t> keys, Pending& pending) const {
  std::fill(pending.sums, pending.sums + row_width_, 0);
  pending.sparse_n = pending.dense_n = 0;
  keys = keys.first(std::min(keys.size(), kMaxKeysPerExample));
  if (keys_.empty()) keys = {};
  for (std::uint64_t key : keys) {
    const Slot& slot = Find(key);
    if (slot.cls[0] != kOutOfLine) {
      for (int e = 0; e < kInlineWeights; ++e) pending.sums[slot.cls[e]] += slot.weight[e];
    } else if (slot.far.count <= kSparseWeights) {
      // Every cache line of the pairs: up to kSparseWeights of them span two.
      const char* first = reinterpret_cast<const char*>(&entries_[slot.far.begin]);
      const char* last = reinterpret_cast<const char*>(&entries_[slot.far.begin + slot.far.count - 1]);
      for (const char* line = first; line <= last; line += 64) __builtin_prefetch(line);
      __builtin_prefetch(last);  // the steps from an unaligned first may end a line short
      pending.sparse[pending.sparse_n++] = &slot;
    } else {
      const std::int16_t* row = &rows_[slot.far.begin];
      for (std::size_t at = 0; at < row_width_; at += 32) __builtin_prefetch(row + at);
      pending.bound[pending.dense_n] = slot.far.bound;
      pending.dense[pending.dense_n++] = row;
    }
  }
}

std::int32_t* PerceptronModel::Finish(Pending& pending) const {
  std::int32_t* sums = pending.sums;
  for (std::size_t f = 0; f < pending.sparse_n; ++f) {
    const Entry* entry = &entries_[pending.sparse[f]->far.begin];
    const Entry* const last = entry + pending.sparse[f]->far.count;
    for (; entry != last; ++entry) sums[entry->cls] += entry->weight;
  }
  AddRows(pending.dense, pending.bound, pending.dense_n, sums);
  return sums;
}

// Dense rows are summed in 16-bit lanes, sixteen weights an AVX2
// instruction with nothing to widen, and widened into the 32-bit sums once
// per run of rows: a run is at most kRunRows rows whose largest weights
// (Slot::far.bound) add up to at most INT16_MAX, so that no partial sum can
// overflow and the sums are the same integers as adding row by row. Most
// rows are a few thousand units (in the bundled parser, nine in ten dense
// rows stay under 4,500; a row reaching 32767 is a run of its own), so a
// run is most often the whole set of a key set's dense rows. Against 32-bit
// adds of four rows at a time (each row widened), the parser's Finish takes
// 23% fewer instructions. Cloned for AVX2, chosen when the program loads on
// a CPU that has it; the default clone does the same in SSE2 halves.
namespace {

using Lanes16 = std::int16_t __attribute__((vector_size(32)));
using Half16 = std::int16_t __attribute__((vector_size(16)));
using Lanes32 = std::int32_t __attribute__((vector_size(32)));
constexpr std::size_t kRunRows = 8;

// sums[0, width) += rows[0..K) in 16-bit lanes; width a multiple of 16.
template <std::size_t K>
[[gnu::always_inline]] inline void AddRun(const std::int16_t* const* rows, std::size_t width, std::int32_t* sums) {
  const std::int16_t* r[K];
  for (std::size_t k = 0; k < K; ++k) r[k] = rows[k];
  for (std::size_t c = 0; c < width; c += 16) {
    Lanes16 acc, row;
    std::memcpy(&acc, r[0] + c, sizeof acc);
    for (std::size_t k = 1; k < K; ++k) {
      std::memcpy(&row, r[k] + c, sizeof row);
      acc += row;
    }
    const Half16 low = __builtin_shufflevector(acc, acc, 0, 1, 2, 3, 4, 5, 6, 7);
    const Half16 high = __builtin_shufflevector(acc, acc, 8, 9, 10, 11, 12, 13, 14, 15);
    Lanes32 s0, s1;
    std::memcpy(&s0, sums + c, sizeof s0);
    std::memcpy(&s1, sums + c + 8, sizeof s1);
    s0 += __builtin_convertvector(low, Lanes32);
    s1 += __builtin_convertvector(high, Lanes32);
    std::memcpy(sums + c, &s0, sizeof s0);
    std::memcpy(sums + c + 8, &s1, sizeof s1);
  }
}

__attribute__((target_clones("avx2", "default"))) void AddRowsTo(const std::int16_t* const* rows,
                                                                 const std::uint16_t* bounds, std::size_t n,
                                                                 std::size_t width, std::int32_t* sums) {
  std::size_t r = 0;
  while (r < n) {
    int bound = bounds[r];
    std::size_t end = r + 1;
    while (end < n && end - r < kRunRows && bound + bounds[end] <= INT16_MAX) bound += bounds[end++];
    switch (end - r) {
      case 1: AddRun<1>(rows + r, width, sums); break;
      case 2: AddRun<2>(rows + r, width, sums); break;
      case 3: AddRun<3>(rows + r, width, sums); break;
      case 4: AddRun<4>(rows + r, width, sums); break;
      case 5: AddRun<5>(rows + r, width, sums); break;
      case 6: AddRun<6>(rows + r, width, sums); break;
      case 7: AddRun<7>(rows + r, width, sums); break;
      default: AddRun<8>(rows + r, width, sums); break;
    }
    r = end;
  }
}

}  // namespace

void PerceptronModel::AddRows(const std::int16_t* const* rows, const std::uint16_t* bounds, std::size_t n,
                              std::int32_t* sums) const {
  AddRowsTo(rows, bounds, n, row_width_, sums);
}

void PerceptronModel::Write(ByteWriter& out) const {
  out.Put<std::uint32_t>(classes_);
  out.Put<float>(scale_);
  out.PutArray(keys_);
  // Entries per feature rather than offsets: fewer than 256, one byte each.
  std::vector<std::uint8_t> counts(keys_.size());
  for (std::size_t r = 0; r < keys_.size(); ++r) counts[r] = static_cast<std::uint8_t>(starts_[r + 1] - starts_[r]);
  out.PutArray(counts);
  std::vector<std::uint8_t> classes(entries_.size());
  std::vector<std::int16_t> weights(entries_.size());
  for (std::size_t e = 0; e < entries_.size(); ++e) {
    classes[e] = entries_[e].cls;
    weights[e] = entries_[e].weight;
  }
  out.PutArray(classes);
  out.PutArray(weights);
}

bool PerceptronModel::Read(ByteReader& in) {
  classes_ = static_cast<int>(in.Get<std::uint32_t>());
  scale_ = in.Get<float>();
  keys_ = in.GetArray<std::uint64_t>();
  const std::vector<std::uint8_t> counts = in.GetArray<std::uint8_t>();
  starts_.assign(1, 0);
  for (std::uint8_t count : counts) starts_.push_back(starts_.back() + count);
  const std::vector<std::uint8_t> classes = in.GetArray<std::uint8_t>();
  const std::vector<std::int16_t> weights = in.GetArray<std::int16_t>();
  if (!in.ok() || classes_ <= 0 || classes_ > kMaxClasses || !(scale_ > 0)) return false;
  if (starts_.size() != keys_.size() + 1 || classes.size() != weights.size() || starts_.back() != classes.size())
    return false;
  if (std::any_of(classes.begin(), classes.end(), [&](std::uint8_t c) { return c >= classes_; })) return false;
  entries_.resize(classes.size());
  for (std::size_t e = 0; e < entries_.size(); ++e) entries_[e] = {classes[e], weights[e]};
  BuildIndex();
  return true;
}

PerceptronTrainer::PerceptronTrainer(int classes) : classes_(classes) {
  slots_.assign(SlotCount(0), kEmpty);
  mask_ = slots_.size() - 1;
}

std::uint32_t PerceptronTrainer::Find(std::uint64_t key) const {
  for (std::uint64_t slot = Mix(key) & mask_;; slot = (slot + 1) & mask_) {
    const std::uint32_t row = slots_[slot];
    if (row == kEmpty || keys_[row] == key) return row;
  }
}

void PerceptronTrainer::Grow() {
  slots_.assign(SlotCount(keys_.size() * 2), kEmpty);
  mask_ = slots_.size() - 1;
  for (std::uint32_t row = 0; row < keys_.size(); ++row) {
    std::uint64_t slot = Mix(keys_[row]) & mask_;
    while (slots_[slot] != kEmpty) slot = (slot + 1) & mask_;
    slots_[slot] = row;
  }
}

std::uint32_t PerceptronTrainer::Insert(std::uint64_t key) {
  if (const std::uint32_t row = Find(key); row != kEmpty) return row;
  if (2 * (keys_.size() + 1) >= slots_.size()) Grow();
  std::uint64_t slot = Mix(key) & mask_;
  while (slots_[slot] != kEmpty) slot = (slot + 1) & mask_;
  slots_[slot] = static_cast<std::uint32_t>(keys_.size());
  keys_.push_back(key);
  rows_.emplace_back();
  return slots_[slot];
}

void PerceptronTrainer::Score(std::span<const std::uint64_t> keys, float* scores) const {
  std::fill(scores, scores + classes_, 0.0f);
  for (std::uint64_t key : keys) {
    const std::uint32_t row = Find(key);
    if (row == kEmpty) continue;
    for (const Param& p : rows_[row]) scores[p.cls] += p.weight;
  }
}

void PerceptronTrainer::Update(std::span<const std::uint64_t> keys, int truth, int guess) {
  if (truth == guess) return;
  for (std::uint64_t key : keys) {
    std::vector<Param>& row = rows_[Insert(key)];
    for (const auto& [cls, delta] : {std::pair{truth, 1.0f}, std::pair{guess, -1.0f}}) {
      const int wanted = cls;  // C++20 lambdas may not capture structured bindings under clang 14
      auto it = std::find_if(row.begin(), row.end(), [wanted](const Param& p) { return p.cls == wanted; });
      if (it == row.end()) it = row.insert(row.end(), Param{static_cast<std::uint8_t>(cls), 0, now_, 0});
      it->total += double(it->weight) * (now_ - it->stamp);
      it->stamp = now_;
      it->weight += delta;
    }
  }
}

PerceptronModel PerceptronTrainer::Finish(float min_weight) const {
  const double now = std::max<std::uint32_t>(now_, 1);
  struct Kept {
    std::uint8_t cls;
    float weight;
  };
  std::vector<std::vector<Kept>> kept(keys_.size());
  float largest = 0;
  for (std::size_t r = 0; r < keys_.size(); ++r)
    for (const Param& p : rows_[r]) {
      const float average = static_cast<float>((p.total + double(p.weight) * (now_ - p.stamp)) / now);
      if (std::fabs(average) < min_weight) continue;
      kept[r].push_back({p.cls, average});
      largest = std::max(largest, std::fabs(average));
    }
  PerceptronModel model;
  model.classes_ = classes_;
  model.scale_ = largest > 0 ? largest / 32767 : 1;
  model.starts_.push_back(0);
  for (std::size_t r = 0; r < keys_.size(); ++r) {
    bool any = false;
    for (const Kept& k : kept[r]) {
      const auto q = static_cast<std::int16_t>(std::lround(k.weight / model.scale_));
      if (q == 0) continue;
      model.entries_.push_back({k.cls, q});
      any = true;
    }
    if (!any) continue;
    std::sort(model.entries_.begin() + model.starts_.back(), model.entries_.end(),
              [](const auto& a, const auto& b) { return a.cls < b.cls; });
    model.keys_.push_back(keys_[r]);
    model.starts_.push_back(static_cast<std::uint32_t>(model.entries_.size()));
  }
  model.BuildIndex();
  return model;
}

}  // namespace tidings::syntax
