// MentionsByToken: which mentions of a page lie over each of its tokens.
//
// Passes that place or retype names ask "what mentions hold these words?"
// many times per page; scanning every mention for each question is
// quadratic on long pages. The index answers from the tokens instead. It
// holds mention numbers (indexes into the caller's list), in the order
// they were added, so a pass that wants the first mention found still
// gets it. Mentions are only ever appended to that list and their tokens
// never change once indexed, so the index never goes stale; a mention that
// is retyped keeps its place.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "annotate/actor_mentions.h"

namespace tidings {

class MentionsByToken {
 public:
  MentionsByToken() = default;
  explicit MentionsByToken(std::size_t token_count) : covering_(token_count) {}

  // Records that mention number k covers m's tokens.
  void Add(const FoundMention& m, std::size_t k) {
    for (std::uint32_t t = m.first; t < m.end && t < covering_.size(); ++t)
      covering_[t].push_back(static_cast<std::uint32_t>(k));
  }

  // Appends `mention` to `mentions` and records it.
  void Push(std::vector<FoundMention>& mentions, FoundMention mention) {
    Add(mention, mentions.size());
    mentions.push_back(std::move(mention));
  }

  // The mentions over token t, in the order they were added; none past
  // the page's last token.
  const std::vector<std::uint32_t>& At(std::uint32_t t) const { return t < covering_.size() ? covering_[t] : none_; }

 private:
  std::vector<std::vector<std::uint32_t>> covering_;  // token -> the mentions over it
  std::vector<std::uint32_t> none_;
};

}  // namespace tidings
