// Hashed features shared by the tagger and the parser.
//
// A feature is a template number and up to three values (word hashes, tag
// ids, distances...) mixed into one 64-bit key; the perceptron looks keys up
// in its table, so no feature string is ever built. Words are hashed once
// per token into a WordKeys record. Everything here is a pure function.
#pragma once

#include <cstdint>
#include <string_view>

namespace tidings::syntax {

// The finaliser of MurmurHash3: spreads every input bit over the output.
inline std::uint64_t Mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// FeatureKey in its three steps, one value each, for a caller that keeps
// the first step (or two) of keys whose first values stay while the others
// change: FeatureKeyLast(FeatureKeyNext(FeatureKeyFirst(t, a), b), c) is
// FeatureKey(t, a, b, c).
inline std::uint64_t FeatureKeyFirst(std::uint32_t t, std::uint64_t a) { return Mix(t * 0x9e3779b97f4a7c15ULL + a); }
inline std::uint64_t FeatureKeyNext(std::uint64_t h, std::uint64_t b) { return Mix(h ^ (b + 0x632be59bd9b4e019ULL)); }
inline std::uint64_t FeatureKeyLast(std::uint64_t h, std::uint64_t c) {
  h = Mix(h ^ (c + 0x2545f4914f6cdd1dULL));
  return h | (h == 0);
}

// Key of template `t` over values a, b, c. Never 0: the perceptron's table
// uses 0 for an empty slot.
inline std::uint64_t FeatureKey(std::uint32_t t, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
  return FeatureKeyLast(FeatureKeyNext(FeatureKeyFirst(t, a), b), c);
}

// A string's hash, for word forms and their pieces.
std::uint64_t HashText(std::string_view text);

// What the tagger and parser know of a word, hashed once.
struct WordKeys {
  std::uint64_t form = 0;       // the form as written
  std::uint64_t lower = 0;      // lowercased form, digits folded to '0' (years, prices share weights)
  std::uint64_t prefix[3]{};    // first 1..3 bytes of the lowercased form
  std::uint64_t suffix[4]{};    // last 1..4 bytes
  std::uint64_t shape = 0;      // "Xxxx", "dd.d", "x-x": runs of a character class cut to two
  std::uint32_t flags = 0;      // kHasDigit | kHasHyphen | kHasUpper | kAllUpper | kTitle
};

inline constexpr std::uint32_t kHasDigit = 1, kHasHyphen = 2, kHasUpper = 4, kAllUpper = 8, kTitle = 16;

WordKeys MakeWordKeys(std::string_view word);

}  // namespace tidings::syntax
