#include "store/duplicate_clusters.h"

#include <algorithm>
#include <vector>

#include "store/content_hash.h"

namespace tidings::store {
namespace {

// Candidates read per band key (earliest stored first). Only a flood of
// copies of one text fills a bucket, and those are already in one cluster,
// so checking the first few keeps a hot key from slowing every insert; past
// this many, which copies are compared can depend on arrival order. The
// lookup walks band_keys' primary key (band, key, article_seq) in order, so
// it reads at most this many rows however many articles share the key.
constexpr int kCandidatesPerBandKey = 32;

// ASCII tests by hand: the <cctype> ones consult the locale for every byte.
bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char FoldAscii(unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); }

// Merges the clusters named in `clusters` (and the article's own) into the
// one with the smallest id.
Status MergeClusters(Connection& db, const std::string& article_id, std::vector<std::string> clusters) {
  clusters.push_back(article_id);
  std::sort(clusters.begin(), clusters.end());
  clusters.erase(std::unique(clusters.begin(), clusters.end()), clusters.end());
  for (std::size_t i = 1; i < clusters.size(); ++i) {
    Result<Statement*> st = db.Prepare("UPDATE articles SET cluster_id = ? WHERE cluster_id = ?");
    if (!st.ok()) return st.status();
    if (Status s = (*st)->Bind(1, clusters[0]).Bind(2, clusters[i]).Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

// Clusters of the articles sharing the text hash.
Status ExactDuplicateClusters(Connection& db, const std::string& article_id, std::string_view text_hash,
                              std::vector<std::string>& clusters) {
  if (text_hash.empty()) return Status::Ok();  // no words: nothing to be a duplicate of
  Result<Statement*> st = db.Prepare("SELECT DISTINCT cluster_id FROM articles WHERE text_hash = ? AND id <> ?");
  if (!st.ok()) return st.status();
  (*st)->Bind(1, text_hash).Bind(2, article_id);
  for (;;) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    clusters.push_back((*st)->Text(0));
  }
}

Status StoreBandKeys(Connection& db, std::int64_t article_seq, const std::vector<std::uint64_t>& keys,
                     BandKeyFilter& filter) {
  for (std::size_t band = 0; band < keys.size(); ++band) filter.Add(band, keys[band]);
  return InsertRows(db, "INSERT OR IGNORE INTO band_keys (band, key, article_seq)", 3, keys.size(),
                    [&](Statement& key, int p, std::size_t band) {
                      key.Bind(p, static_cast<std::int64_t>(band)).Bind(p + 1, static_cast<std::int64_t>(keys[band]));
                      key.Bind(p + 2, article_seq);
                    });
}

// The articles (by seq) stored under one band key. The article looking is
// not among them: its own keys are stored after its lookups.
Status BandKeyCandidates(Connection& db, std::size_t band, std::uint64_t key, std::vector<std::int64_t>& candidates) {
  Result<Statement*> st = db.Prepare(NearDuplicateCandidatesSql());
  if (!st.ok()) return st.status();
  (*st)->Bind(1, static_cast<std::int64_t>(band)).Bind(2, static_cast<std::int64_t>(key));
  (*st)->Bind(3, std::int64_t{kCandidatesPerBandKey});
  for (;;) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    candidates.push_back((*st)->Int(0));
  }
}

// Adds the cluster of the stored article `candidate_seq` if it is a near
// duplicate of `signature`.
Status AddClusterIfNear(Connection& db, std::int64_t candidate_seq, const Signature& signature,
                        std::vector<std::string>& clusters) {
  Result<Statement*> st = db.Prepare("SELECT cluster_id, signature FROM articles WHERE seq = ?");
  if (!st.ok()) return st.status();
  Result<bool> row = (*st)->Bind(1, candidate_seq).Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Ok();
  Result<Signature> other = ParseSignature(std::string_view((*st)->Blob(1)));
  if (other.ok() && AreNearDuplicates(signature, *other)) clusters.push_back((*st)->Text(0));
  (*st)->Reset();
  return Status::Ok();
}

// Clusters of the earlier articles sharing a band key whose signature is
// similar enough. An article found under several band keys is compared once.
Status NearDuplicateClusters(Connection& db, const TextDigest& digest, const BandKeyFilter& filter,
                             std::vector<std::string>& clusters) {
  std::vector<std::int64_t> compared;
  std::vector<std::int64_t> candidates;
  for (std::size_t band = 0; band < digest.band_keys.size(); ++band) {
    if (!filter.MayHold(band, digest.band_keys[band])) continue;  // no article has this key
    candidates.clear();
    if (Status s = BandKeyCandidates(db, band, digest.band_keys[band], candidates); !s.ok()) return s;
    for (std::int64_t candidate : candidates) {
      if (std::find(compared.begin(), compared.end(), candidate) != compared.end()) continue;
      compared.push_back(candidate);
      if (Status s = AddClusterIfNear(db, candidate, digest.signature, clusters); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

}  // namespace

std::string_view NearDuplicateCandidatesSql() {
  return "SELECT article_seq FROM band_keys WHERE band = ? AND key = ? ORDER BY article_seq LIMIT ?";
}

std::string NormalizedTextHash(std::string_view text) {
  std::string normalized;
  normalized.reserve(text.size());
  bool gap = false;
  for (unsigned char c : text) {
    if (!IsWordByte(c)) {
      gap = !normalized.empty();
      continue;
    }
    if (gap) normalized += ' ';
    gap = false;
    normalized += FoldAscii(c);
  }
  return normalized.empty() ? std::string() : ContentHash({normalized});
}

TextDigest DigestText(std::string_view text) {
  TextDigest digest{NormalizedTextHash(text), SignText(text), {}, {}};
  if (digest.signature.shingles > 0) {
    digest.signature_bytes = SerializeSignature(digest.signature);
    digest.band_keys = BandKeys(digest.signature);
  }
  return digest;
}

constexpr int kBandKeyFilterBits = 26;  // 2^26 bits, 8 MiB

std::size_t BandKeyFilter::Bit(std::size_t band, std::uint64_t key) {
  // Band keys are hashes already; the band spreads equal keys of two bands.
  return static_cast<std::size_t>((key ^ (band * 0x9E3779B97F4A7C15ull)) >> (64 - kBandKeyFilterBits));
}

bool BandKeyFilter::MayHold(std::size_t band, std::uint64_t key) const {
  if (words_.empty()) return true;  // not read: every key may be stored
  const std::size_t bit = Bit(band, key);
  return (words_[bit / 64] >> (bit % 64)) & 1;
}

void BandKeyFilter::Add(std::size_t band, std::uint64_t key) {
  if (words_.empty()) return;
  const std::size_t bit = Bit(band, key);
  words_[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

Status BandKeyFilter::Sync(Connection& db) {
  // Changes only when another connection commits.
  Result<std::int64_t> version = db.QueryInt("PRAGMA data_version");
  if (!version.ok()) return version.status();
  if (!words_.empty() && *version == data_version_) return Status::Ok();
  // Filled in full or left empty: a half-read filter would hide stored keys
  // and so miss near-duplicates; an empty one is read again next time.
  words_.assign(std::size_t{1} << (kBandKeyFilterBits - 6), 0);
  Status read = AddStoredKeys(db);
  if (!read.ok()) {
    words_.clear();
    return read;
  }
  data_version_ = *version;
  return Status::Ok();
}

Status BandKeyFilter::AddStoredKeys(Connection& db) {
  Result<Statement*> st = db.Prepare("SELECT band, key FROM band_keys");
  if (!st.ok()) return st.status();
  for (;;) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    Add(static_cast<std::size_t>((*st)->Int(0)), static_cast<std::uint64_t>((*st)->Int(1)));
  }
}

Status JoinDuplicateClusters(Connection& db, const std::string& article_id, std::int64_t article_seq,
                             const TextDigest& digest, BandKeyFilter& filter) {
  std::vector<std::string> clusters;
  if (Status s = ExactDuplicateClusters(db, article_id, digest.text_hash, clusters); !s.ok()) return s;
  if (Status s = NearDuplicateClusters(db, digest, filter, clusters); !s.ok()) return s;
  if (Status s = StoreBandKeys(db, article_seq, digest.band_keys, filter); !s.ok()) return s;
  return MergeClusters(db, article_id, std::move(clusters));
}

}  // namespace tidings::store
