// Near-duplicate articles: a fixed-size MinHash signature of an article's
// text, LSH band keys to find candidates without comparing every pair, and an
// in-memory index that groups articles into clusters of copies.
//
// A near-duplicate here is a copy in the wire-service sense: the same text
// republished with a changed headline, an added or removed header, footer or
// paragraph, paragraphs moved, or a few words edited. Two articles on the same
// story written separately are not near-duplicates, nor are paraphrases.
//
// How a text is signed:
//   1. Normalization: Unicode case folding (ICU); every run of characters that
//      are not letters, marks or digits is one word break. So "U.S.-led" and
//      "U.S. led" agree, and markup leftovers and spacing do not matter.
//   2. Shingles: every run of kShingleWords consecutive words. Four words are
//      long enough that two separately written articles on one topic share
//      few shingles (names and set phrases repeat, four-word runs rarely do),
//      and short enough that one edited word only disturbs four shingles.
//   3. MinHash by one-permutation hashing: each shingle's 64-bit XXH3 hash
//      picks one of kSignatureSize bins by its top bits and the bin keeps the
//      smallest low 32 bits; empty bins borrow from a bin chosen by a fixed
//      probe sequence (optimal densification, Shrivastava 2017). One hash per
//      shingle, so signing costs O(words), not O(words x kSignatureSize).
//   4. Similarity: the fraction of equal positions estimates the Jaccard
//      similarity of the two shingle sets (standard error <= 0.045).
//   5. Band keys: kBands bands of kRowsPerBand values; articles sharing any
//      band key are candidates. 32 bands of 4 rows make a pair at Jaccard 0.6
//      a candidate with probability 0.99 and at 0.3 with 0.23, so candidates
//      are then checked with Similarity() against kNearDuplicateThreshold.
//
// `exact` hashes the normalized word sequence: equal texts up to case,
// punctuation and spacing have equal `exact`, and Similarity() is then 1.
//
// Everything here is deterministic across runs and machines (signatures are
// stored). Signatures and free functions are plain values, safe to share
// between threads; a NearDuplicateIndex needs external locking for writes.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tidings/status.h"

namespace tidings {

inline constexpr int kShingleWords = 4;
inline constexpr int kSignatureSize = 128;
inline constexpr int kBands = 32;
inline constexpr int kRowsPerBand = kSignatureSize / kBands;

// Estimated Jaccard similarity at or above which two articles are
// near-duplicates; chosen on the labelled set of `tidings eval dedup`.
inline constexpr double kNearDuplicateThreshold = 0.5;

struct Signature {
  std::uint64_t exact = 0;       // hash of the normalized word sequence
  std::uint32_t shingles = 0;    // number of shingles (0 for a text without words)
  std::array<std::uint32_t, kSignatureSize> mins{};

  bool operator==(const Signature&) const = default;
};

// The lowercase-folded words of `text` joined by single spaces: what the
// signature sees. Invalid UTF-8 bytes are word breaks.
std::string NormalizeForDuplicates(std::string_view text);

// Signs `text` (UTF-8). A text without words gets shingles == 0 and is only
// ever similar to another wordless text.
Signature SignText(std::string_view text);

// kBands keys, one per band, each mixing the band's index with its values so
// equal values in different bands never collide.
std::vector<std::uint64_t> BandKeys(const Signature& signature);

// Estimated Jaccard similarity of the two texts' shingle sets, in [0, 1].
double Similarity(const Signature& a, const Signature& b);

inline bool AreNearDuplicates(const Signature& a, const Signature& b) {
  return Similarity(a, b) >= kNearDuplicateThreshold;
}

// Fixed-size little-endian bytes (a version byte first), for a database BLOB.
inline constexpr std::size_t kSignatureBytes = 1 + 8 + 4 + 4 * kSignatureSize;
std::string SerializeSignature(const Signature& signature);
// Fails with InvalidInput naming the reason when `bytes` are not a signature
// of this version.
Result<Signature> ParseSignature(std::span<const std::uint8_t> bytes);
Result<Signature> ParseSignature(std::string_view bytes);

// Articles added one by one; each Add() returns the earlier articles it is a
// near-duplicate of. Clusters() groups every article linked by such a match
// (transitively). Memory: about kSignatureBytes + kBands map entries per article.
class NearDuplicateIndex {
 public:
  // Ids earlier added whose signature is similar to `signature` at or above
  // the threshold, in the order they were added. Adding an id twice keeps both.
  std::vector<std::uint64_t> Add(std::uint64_t id, const Signature& signature);

  // Every group of two or more ids linked by matches, each group in the order
  // its ids were added, groups ordered by their first id's addition.
  std::vector<std::vector<std::uint64_t>> Clusters() const;

  std::size_t size() const { return ids_.size(); }

 private:
  std::size_t Root(std::size_t entry) const;

  std::vector<std::uint64_t> ids_;
  std::vector<Signature> signatures_;
  std::vector<std::size_t> parent_;  // union-find over entries; a root is its tree's earliest entry
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> buckets_;  // band key -> entries
};

}  // namespace tidings
