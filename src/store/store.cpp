#include "tidings/store.h"

#include <algorithm>
#include <array>
#include <set>

#include <fmt/format.h>

#include "store/article_rows.h"
#include "store/content_hash.h"
#include "store/duplicate_clusters.h"
#include "store/event_merge.h"
#include "store/schema.h"
#include "store/sqlite.h"

namespace tidings {

using store::Connection;
using store::Statement;

struct PreparedArticle {
  store::TextDigest digest;
};

void PrepareForWrite(RecordOutcome& outcome) {
  if (outcome.document && !outcome.prepared)
    outcome.prepared = std::make_shared<const PreparedArticle>(store::DigestText(outcome.document->text()));
}

struct Store::Impl {
  Connection db;
  int version = 0;
  store::BandKeyFilter band_keys;
};

namespace {

// Tables `Counts()` reports, in schema order.
constexpr std::array<std::string_view, 11> kTables = {"records",  "articles", "paragraphs",    "sentences",
                                                      "mentions", "entities", "quotes",        "times",
                                                      "events",   "event_mentions", "band_keys"};

Status Migrate(Connection& db, int from) {
  const auto migrations = store::Migrations();
  for (int v = from; v < static_cast<int>(migrations.size()); ++v) {
    Status s = store::InTransaction(db, [&] {
      if (Status kept = store::CheckMigrationKeepsEveryRow(db, v + 1); !kept.ok()) return kept;
      if (Status applied = db.Execute(migrations[v]); !applied.ok()) return applied;
      return db.Execute(fmt::format("PRAGMA user_version = {}", v + 1));
    });
    if (!s.ok()) return Status::IoError(fmt::format("migrating {} to schema {}: {}", db.path(), v + 1, s.message()));
  }
  return Status::Ok();
}

// Stores one outcome unless its record is already stored; counts new articles.
Status WriteOutcome(Connection& db, const RecordOutcome& o, store::BandKeyFilter& band_keys,
                    std::set<std::string>& touched, std::size_t& articles) {
  const std::string article_id = o.document ? o.document->article().id : std::string();
  Result<Statement*> record = db.Prepare(
      "INSERT OR IGNORE INTO records (key, source, byte_offset, uri, status, reason, article_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!record.ok()) return record.status();
  (*record)->Bind(1, o.key).Bind(2, o.source).Bind(3, static_cast<std::int64_t>(o.offset)).BindOptional(4, o.uri);
  (*record)->Bind(5, o.document ? "processed" : "rejected").BindOptional(6, o.reason).BindOptional(7, article_id);
  if (Status s = (*record)->Run(); !s.ok()) return s;
  if (db.Changes() == 0 || !o.document) return Status::Ok();

  Result<Statement*> known = db.Prepare("SELECT 1 FROM articles WHERE id = ?");
  if (!known.ok()) return known.status();
  Result<bool> exists = (*known)->Bind(1, article_id).Step();
  (*known)->Reset();
  if (!exists.ok()) return exists.status();
  if (*exists) return Status::Ok();

  const Document& doc = *o.document;
  std::optional<store::TextDigest> computed;
  if (!o.prepared) computed = store::DigestText(doc.text());
  const store::TextDigest& digest = o.prepared ? o.prepared->digest : *computed;
  Result<std::int64_t> seq = store::InsertArticleRows(db, doc, digest);
  if (!seq.ok()) return seq.status();
  if (Status s = store::JoinDuplicateClusters(db, article_id, *seq, digest, band_keys); !s.ok()) return s;
  if (Status s = store::InsertEventMentions(db, doc, touched); !s.ok()) return s;
  ++articles;
  return Status::Ok();
}

// Adds the articles inserted after `last_seq` to the full-text index in one
// statement, the transaction's last (see schema version 2 for why).
Status IndexForFullText(Connection& db, std::int64_t last_seq) {
  Result<Statement*> st =
      db.Prepare("INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE seq > ?");
  if (!st.ok()) return st.status();
  return (*st)->Bind(1, last_seq).Run();
}

}  // namespace

std::string RecordKey(const Record& record) {
  return store::ContentHash(
      {record.input, std::to_string(record.offset), record.url, record.id, record.published, record.payload});
}

std::string RecordKey(const Rejection& rejection) {
  return store::ContentHash({rejection.input, std::to_string(rejection.offset), "rejected", rejection.reason});
}

Result<Store> Store::Open(const std::string& path, const StoreOptions& options) {
  Result<Connection> db = Connection::Open(path, options.read_only);
  if (!db.ok()) return db.status();
  Result<std::int64_t> version = db->QueryInt("PRAGMA user_version");
  if (!version.ok()) return Status::InvalidInput(fmt::format("{} is not a tidings database: {}", path, db->ErrorMessage()));
  if (*version > store::SchemaVersion())
    return Status::Unsupported(fmt::format("{} has schema version {}, newer than this build's {}", path, *version,
                                           store::SchemaVersion()));
  if (!options.read_only) {
    // WAL: readers never block the writer; NORMAL sync keeps every committed
    // transaction through a process crash (only power loss may lose the last).
    // Ingest inserts rows keyed by article ids, which are hashes (articles'
    // id index, quotes, times, event_mentions, events), so every batch
    // touches pages all over those indexes: a 32 MiB page cache keeps
    // them from being read back from the file again and again, and
    // checkpointing every 32 MiB of WAL instead of SQLite's 4 MiB copies a
    // page rewritten by several batches to the database file once. Both are
    // fixed bounds whatever the corpus size. A new database gets 8 KiB pages
    // (an existing one keeps its own): an article's text and its full-text
    // segment span half as many pages, which costs the writer ~10% less CPU.
    if (Status s = db->Execute(
            "PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
            "PRAGMA cache_size = -32768");
        !s.ok())
      return s;
    Result<std::int64_t> page_size = db->QueryInt("PRAGMA page_size");
    if (!page_size.ok()) return page_size.status();
    const std::int64_t checkpoint_pages = (32 << 20) / std::max<std::int64_t>(512, *page_size);
    if (Status s = db->Execute(fmt::format("PRAGMA wal_autocheckpoint = {}", checkpoint_pages)); !s.ok()) return s;
    if (Status s = Migrate(*db, static_cast<int>(*version)); !s.ok()) return s;
  } else if (*version < store::SchemaVersion()) {
    return Status::Unsupported(
        fmt::format("{} has schema version {}; open it for writing once to migrate it", path, *version));
  }
  auto impl = std::make_unique<Impl>(Impl{std::move(db).value(), store::SchemaVersion(), {}});
  return Store(std::move(impl));
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

int Store::schema_version() const { return impl_->version; }

Result<std::optional<StoredStatus>> Store::Find(const std::string& record_key) {
  Result<Statement*> st = impl_->db.Prepare("SELECT status, reason FROM records WHERE key = ?");
  if (!st.ok()) return st.status();
  Result<bool> row = (*st)->Bind(1, record_key).Step();
  if (!row.ok()) return row.status();
  std::optional<StoredStatus> stored;
  if (*row) stored = StoredStatus{(*st)->Text(0) == "processed", (*st)->Text(1)};
  (*st)->Reset();  // a reader must not pin an old snapshot of the database
  return stored;
}

Result<std::size_t> Store::Write(std::span<RecordOutcome> outcomes) {
  Connection& db = impl_->db;
  std::size_t articles = 0;
  Status s = store::InTransaction(db, [&] {
    Result<std::int64_t> last_seq = db.QueryInt("SELECT COALESCE(MAX(seq), 0) FROM articles");
    if (!last_seq.ok()) return last_seq.status();
    if (Status synced = impl_->band_keys.Sync(db); !synced.ok()) return synced;
    std::set<std::string> touched;
    for (const RecordOutcome& o : outcomes) {
      if (Status written = WriteOutcome(db, o, impl_->band_keys, touched, articles); !written.ok()) return written;
    }
    if (Status refreshed = store::RefreshEvents(db, touched); !refreshed.ok()) return refreshed;
    return IndexForFullText(db, *last_seq);
  });
  if (!s.ok()) return s;
  return articles;
}

Result<std::vector<TableCount>> Store::Counts() {
  std::vector<TableCount> counts;
  for (std::string_view table : kTables) {
    // Table names come from kTables, never from input.
    Result<std::int64_t> rows = impl_->db.QueryInt(fmt::format("SELECT COUNT(*) FROM {}", table));
    if (!rows.ok()) return rows.status();
    counts.push_back({std::string(table), *rows});
  }
  return counts;
}

Result<std::vector<EventSummary>> Store::TopEvents(std::size_t limit) {
  Result<Statement*> st = impl_->db.Prepare(
      "SELECT e.id, e.date, e.source_actor, e.target_actor, e.cameo, e.cameo_name, e.quad_class, e.goldstein, "
      "e.num_mentions, e.num_sources, e.num_articles, e.first_article_id, a.title FROM events e "
      "LEFT JOIN articles a ON a.id = e.first_article_id "
      "ORDER BY e.num_articles DESC, (e.source_actor NOT IN ('') AND e.source_actor NOT LIKE '---%') + "
      "(e.target_actor NOT IN ('') AND e.target_actor NOT LIKE '---%') DESC, e.num_mentions DESC, "
      "e.date IS NULL, e.date, e.id LIMIT ?");
  if (!st.ok()) return st.status();
  (*st)->Bind(1, static_cast<std::int64_t>(limit));
  std::vector<EventSummary> events;
  for (;;) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    const Statement& r = **st;
    events.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), static_cast<int>(r.Int(6)),
                      r.Real(7), r.Int(8), r.Int(9), r.Int(10), r.Text(11), r.Text(12)});
  }
  return events;
}

}  // namespace tidings
