// Store: the corpus database, an embedded SQLite file holding everything the
// pipeline finds — one row per input record, articles with their sentences,
// mentions, entities, quotations and time expressions, duplicate clusters,
// and events merged across articles with one row per mention (the schema and
// its column meanings: src/store/schema.cpp).
//
// Writes are idempotent: a record already stored (same RecordKey) and an
// article already stored (same id) are skipped, so writing the same outcomes
// twice leaves the database unchanged. Each Write() is one transaction in WAL
// mode: a process killed at any moment leaves every earlier batch whole and
// nothing of the interrupted one. The schema carries its version (PRAGMA
// user_version) and is migrated on Open(). Content never depends on the order
// outcomes arrive in beyond SQLite's internal row numbers: event and cluster
// ids are derived from content.
//
// A Store is one connection: use it from one thread at a time. Several
// Stores (one writer, any number of readers) may share a file.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "tidings/document.h"
#include "tidings/record.h"
#include "tidings/status.h"

namespace tidings {

// The part of storing a document that needs no database (its text's
// duplicate digest: normalized hash, MinHash signature, band keys). Opaque.
struct PreparedArticle;

// What became of one input record: an annotated document, or a rejection.
struct RecordOutcome {
  std::string key;     // RecordKey() of the record or rejection
  std::string source;  // input file as named, "-" for stdin
  std::uint64_t offset = 0;
  std::string uri;
  std::optional<Document> document;  // set when processed
  std::string reason;                // set when rejected
  // Set by PrepareForWrite(); Store::Write() computes what is missing.
  std::shared_ptr<const PreparedArticle> prepared{};
};

// Does the database-free work of writing `outcome` ahead, on any thread:
// ingest workers call it so the single writer thread only writes.
void PrepareForWrite(RecordOutcome& outcome);

// A stable key for an input record: the same source, offset and payload
// always give the same key, so a rerun recognises what it already stored
// while new content read from the same place (stdin) is still new.
std::string RecordKey(const Record& record);
std::string RecordKey(const Rejection& rejection);

// How a stored record ended.
struct StoredStatus {
  bool processed = false;
  std::string reason;  // when rejected
};

struct TableCount {
  std::string table;
  std::int64_t rows = 0;
};

// One merged event with its counts, for listings.
struct EventSummary {
  std::string id;
  std::string date;  // empty when undated
  std::string source_actor, target_actor;
  std::string cameo, cameo_name;
  int quad_class = 0;
  double goldstein = 0.0;
  std::int64_t num_mentions = 0, num_sources = 0, num_articles = 0;
  std::string first_article_id;
  std::string first_title;  // the first report's title
};

struct StoreOptions {
  // Open an existing database for reading only (no migration, no writes).
  bool read_only = false;
};

class Store {
 public:
  // Opens or creates the database at `path` and migrates it to the current
  // schema. Fails on a file that is not a database or is newer than this build.
  static Result<Store> Open(const std::string& path, const StoreOptions& options = {});

  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;
  ~Store();

  int schema_version() const;

  // The stored status of a record key; nullopt when it is not stored.
  Result<std::optional<StoredStatus>> Find(const std::string& record_key);

  // Writes the outcomes in one transaction, skipping those already stored.
  // Returns how many new articles it stored.
  Result<std::size_t> Write(std::span<RecordOutcome> outcomes);

  // Rows per table, in schema order.
  Result<std::vector<TableCount>> Counts();

  // Events reported by the most articles first; among equals, those with
  // both actors known before those with one or none (what an analyst looks
  // for), then the most mentioned, the earliest, the smallest id.
  Result<std::vector<EventSummary>> TopEvents(std::size_t limit);

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tidings
