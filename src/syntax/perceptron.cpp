#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "syntax/features.h"

namespace tidings::syntax {
namespace {

constexpr std::uint32_t kEmpty = 0xffffffffu;

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
  for (std::uint32_t e = first; e < first + count; ++e) rows_[slot.far.begin + entries_[e].cls] = entries_[e].weight;
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
  AddRows({pending.dense, pending.dense_n}, sums);
  return sums;
}

// Four rows at a time, then two, then one, so that each sum is loaded and
// stored once per four rows: a key set has about six dense rows, and with
// pairs the sums' loads and stores were a third of the work (four at a
// time: 11% fewer instructions here, tagging ~4% and tag+parse ~3% faster).
// Cloned for AVX2, chosen when the program loads on a CPU that has it: the
// compiler then widens eight weights per instruction (vpmovsxwd) where
// SSE2 needs compares and unpacks for four; the sums are the same integers.
static __attribute__((target_clones("avx2", "default"))) void AddRowsTo(const std::int16_t* const* rows,
                                                                         std::size_t n, std::size_t width,
                                                                         std::int32_t* sums) {
  std::size_t r = 0;
  for (; r + 4 <= n; r += 4) {
    const std::int16_t *r0 = rows[r], *r1 = rows[r + 1], *r2 = rows[r + 2], *r3 = rows[r + 3];
    for (std::size_t c = 0; c < width; ++c) sums[c] += (r0[c] + r1[c]) + (r2[c] + r3[c]);
  }
  if (r + 2 <= n) {
    const std::int16_t *r0 = rows[r], *r1 = rows[r + 1];
    for (std::size_t c = 0; c < width; ++c) sums[c] += r0[c] + r1[c];
    r += 2;
  }
  if (r < n)
    for (std::size_t c = 0; c < width; ++c) sums[c] += rows[r][c];
}

void PerceptronModel::AddRows(std::span<const std::int16_t* const> rows, std::int32_t* sums) const {
  AddRowsTo(rows.data(), rows.size(), row_width_, sums);
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
