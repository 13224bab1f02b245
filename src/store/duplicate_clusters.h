// Duplicate clusters: exact duplicates (the same normalized text: one story
// under two URLs, a page fetched twice with different markup) and near
// duplicates (wire copies with a changed headline, a trimmed or added
// paragraph, small edits: MinHash similarity at or above
// kNearDuplicateThreshold, include/tidings/near_duplicates.h) share
// articles.cluster_id, the smallest article id among them. Clusters are the
// connected components of the duplicate relation, so they do not depend on
// the order articles arrive in. Near-duplicate candidates come from the
// band_keys table; each article's signature is stored in articles.signature.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/sqlite.h"
#include "tidings/near_duplicates.h"

namespace tidings::store {

// Hash of the text with case folded (ASCII), and runs of anything but letters
// and digits read as one space: markup and spacing differences vanish.
// Empty for a text without letters or digits.
std::string NormalizedTextHash(std::string_view text);

// What duplicate detection needs of an article's text, computed once before
// its row is written (the signature is stored in that row). It needs no
// database, so ingest workers compute it and the one writer thread does not.
struct TextDigest {
  std::string text_hash;                 // NormalizedTextHash
  Signature signature;                   // SignText; shingles == 0 for a text without words
  std::string signature_bytes;           // SerializeSignature; empty without words
  std::vector<std::uint64_t> band_keys;  // BandKeys; empty without words
};

TextDigest DigestText(std::string_view text);

// Which (band, key) pairs the band_keys table may hold: one bit per hash
// value in a fixed-size set (8 MiB). Most band keys are shared with no other
// article, and the writer asks SQLite only about those whose bit is set: a
// false positive costs one query, and nothing is missed, as every stored key
// has its bit set. The set is read from the table at a write transaction's
// start when it is new or another connection has written since (PRAGMA
// data_version), and the writer adds the keys it stores.
class BandKeyFilter {
 public:
  // Call inside the write transaction, before the first lookup.
  Status Sync(Connection& db);
  bool MayHold(std::size_t band, std::uint64_t key) const;
  void Add(std::size_t band, std::uint64_t key);

 private:
  static std::size_t Bit(std::size_t band, std::uint64_t key);
  Status AddStoredKeys(Connection& db);

  std::vector<std::uint64_t> words_;  // empty until first read
  std::int64_t data_version_ = 0;
};

// The band_keys lookup of near-duplicate candidates: binds band, key and
// the most rows to read; yields article_seq, earliest stored first. A test checks SQLite reads it from
// the primary key in order, without sorting every article under the key.
std::string_view NearDuplicateCandidatesSql();

// Joins the stored article `article_id` (articles.seq `article_seq`) to the
// clusters of the articles sharing its text hash or near-duplicate of its
// text, and stores its band keys (adding them to `filter`, which must be in
// sync with `db`).
Status JoinDuplicateClusters(Connection& db, const std::string& article_id, std::int64_t article_seq,
                             const TextDigest& digest, BandKeyFilter& filter);

}  // namespace tidings::store
