#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>

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
  for (std::uint32_t row = 0; row < keys_.size(); ++row) {
    std::uint64_t at = Home(keys_[row]);
    while (slots_[at].key != 0) at = (at + 1) & mask_;
    Slot& slot = slots_[at];
    slot.key = keys_[row];
    slot.count = static_cast<std::uint16_t>(starts_[row + 1] - starts_[row]);
    if (slot.count > kInlineWeights) {
      slot.begin = starts_[row];
      continue;
    }
    for (std::uint16_t e = 0; e < slot.count; ++e) {
      slot.inline_class[e] = entries_[starts_[row] + e].cls;
      slot.inline_weight[e] = entries_[starts_[row] + e].weight;
    }
  }
}

const PerceptronModel::Slot& PerceptronModel::Find(std::uint64_t key, std::uint64_t home) const {
  std::uint64_t at = home;
  while (slots_[at].key != key && slots_[at].key != 0) at = (at + 1) & mask_;
  return slots_[at];
}

void PerceptronModel::Score(std::span<const std::uint64_t> keys, std::int32_t* scores) const {
  std::fill(scores, scores + classes_, 0);
  if (keys_.empty()) return;
  keys = keys.first(std::min(keys.size(), kMaxKeysPerExample));
  // Start every load before using any, so that the cache misses overlap:
  // first the slots, then the weights the large features point to.
  std::uint64_t homes[kMaxKeysPerExample];
  for (std::size_t k = 0; k < keys.size(); ++k) {
    homes[k] = Home(keys[k]);
    __builtin_prefetch(&slots_[homes[k]]);
  }
  const Slot* large[kMaxKeysPerExample];
  std::size_t n = 0;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const Slot& slot = Find(keys[k], homes[k]);
    if (slot.count > kInlineWeights) {
      __builtin_prefetch(&entries_[slot.begin]);
      large[n++] = &slot;
      continue;
    }
    for (std::uint16_t e = 0; e < slot.count; ++e) scores[slot.inline_class[e]] += slot.inline_weight[e];
  }
  for (std::size_t f = 0; f < n; ++f) {
    const Entry* entry = &entries_[large[f]->begin];
    const Entry* const last = entry + large[f]->count;
    for (; entry != last; ++entry) scores[entry->cls] += entry->weight;
  }
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
