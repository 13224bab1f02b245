// In-memory near-duplicate index: LSH buckets for candidates, Similarity()
// to confirm them, union-find for clusters.
#include <algorithm>
#include <map>

#include "tidings/near_duplicates.h"

namespace tidings {

std::size_t NearDuplicateIndex::Root(std::size_t entry) const {
  while (parent_[entry] != entry) entry = parent_[entry];
  return entry;
}

std::vector<std::uint64_t> NearDuplicateIndex::Add(std::uint64_t id, const Signature& signature) {
  const auto entry = static_cast<std::uint32_t>(ids_.size());
  const std::vector<std::uint64_t> keys = BandKeys(signature);
  std::vector<std::uint32_t> candidates;
  for (std::uint64_t key : keys) {
    auto bucket = buckets_.find(key);
    if (bucket != buckets_.end()) candidates.insert(candidates.end(), bucket->second.begin(), bucket->second.end());
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  ids_.push_back(id);
  signatures_.push_back(signature);
  parent_.push_back(entry);
  std::vector<std::uint64_t> matches;
  for (std::uint32_t candidate : candidates) {
    if (!AreNearDuplicates(signatures_[candidate], signature)) continue;
    matches.push_back(ids_[candidate]);
    // Linking the new entry's root under the older root keeps each tree's
    // root its earliest entry; path halving keeps trees shallow.
    std::size_t old_root = Root(candidate), new_root = Root(entry);
    if (old_root != new_root) parent_[std::max(old_root, new_root)] = std::min(old_root, new_root);
    for (std::size_t e = candidate; parent_[e] != e; e = parent_[e]) parent_[e] = parent_[parent_[e]];
  }
  for (std::uint64_t key : keys) buckets_[key].push_back(entry);
  return matches;
}

std::vector<std::vector<std::uint64_t>> NearDuplicateIndex::Clusters() const {
  std::map<std::size_t, std::vector<std::uint64_t>> by_root;  // the root is the group's earliest entry
  for (std::size_t entry = 0; entry < ids_.size(); ++entry) by_root[Root(entry)].push_back(ids_[entry]);
  std::vector<std::vector<std::uint64_t>> clusters;
  for (auto& [root, members] : by_root) {
    if (members.size() > 1) clusters.push_back(std::move(members));
  }
  return clusters;
}

}  // namespace tidings
