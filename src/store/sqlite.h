// A thin RAII layer over the SQLite C API: a Connection owns one database
// handle and a cache of prepared statements keyed by their SQL text, so every
// statement is compiled once per connection and always bound, never built by
// string concatenation. A Connection is used by one thread at a time.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "tidings/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tidings::store {

// One prepared statement. Bind values by 1-based position, then Step() until
// it returns false (no more rows) or fails. A statement stopped before its
// last row keeps its read transaction open until Reset(): callers that read
// one row reset it. Connection::Prepare resets too.
class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& Bind(int index, std::string_view text);
  // Binds text SQLite reads in place instead of copying: for bytes that stay
  // alive and unchanged until the statement has run (views into a Document
  // being written, string literals). Rows repeat their article id and spans
  // of its text, so copying each cost the writer a few percent.
  Statement& BindView(int index, std::string_view text);
  Statement& Bind(int index, std::int64_t value);
  Statement& Bind(int index, double value);
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& BindNull(int index);
  // Empty text and negative integers become NULL (unknown / unresolved).
  Statement& BindOptional(int index, std::string_view text);
  Statement& BindOptional(int index, std::int64_t value);

  // Runs one step: true when a row is available, false when done.
  Result<bool> Step();
  // Runs a statement that returns no rows.
  Status Run();

  std::int64_t Int(int column) const;
  double Real(int column) const;
  std::string Text(int column) const;
  std::string Blob(int column) const;
  bool IsNull(int column) const;
  int Columns() const;
  std::string ColumnName(int column) const;

  void Reset();
  // Reset() without unbinding, for callers that bind every parameter again:
  // unbinding walks all of them, hundreds in a multi-row INSERT.
  void ResetKeepingBindings();

 private:
  // Remembers the first failed bind; Step() reports it.
  Statement& Check(int rc);

  sqlite3_stmt* stmt_;
  Status bind_error_;
};

class Connection {
 public:
  static Result<Connection> Open(const std::string& path, bool read_only);
  Connection(Connection&&) noexcept;
  Connection& operator=(Connection&&) noexcept;
  ~Connection();

  // Runs one or more statements without parameters (schema, pragmas).
  Status Execute(std::string_view sql);
  // The cached statement for `sql`, reset and unbound.
  Result<Statement*> Prepare(std::string_view sql);
  // The cached statement for `sql`, reset but still holding the previous
  // run's values: the caller binds every parameter before running it.
  Result<Statement*> PrepareToRebindAll(std::string_view sql);
  // Runs a query returning one integer (PRAGMA user_version, COUNT(*)).
  Result<std::int64_t> QueryInt(std::string_view sql);
  // Number of rows the last INSERT/UPDATE/DELETE changed.
  std::int64_t Changes() const;
  // The rowid of the last row inserted on this connection.
  std::int64_t LastInsertRowId() const;

  std::string ErrorMessage() const;
  const std::string& path() const { return path_; }

 private:
  Connection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  // The statement for `sql`, compiled on first use; not reset.
  Result<Statement*> Cached(std::string_view sql);
  void Close();

  sqlite3* db_ = nullptr;
  std::string path_;
  // Hashed, not ordered: a writer looks up a statement for each row batch,
  // and ordered lookups compare long SQL texts sharing their first words.
  struct SqlHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view sql) const { return std::hash<std::string_view>()(sql); }
  };
  std::unordered_map<std::string, std::unique_ptr<Statement>, SqlHash, std::equal_to<>> statements_;
};

// Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when it fails.
template <typename Body>
Status InTransaction(Connection& db, Body&& body) {
  if (Status s = db.Execute("BEGIN IMMEDIATE"); !s.ok()) return s;
  Status s = body();
  if (!s.ok()) {
    db.Execute("ROLLBACK");
    return s;
  }
  return db.Execute("COMMIT");
}

// The SQL of an INSERT of `rows` rows: `head` ("INSERT INTO t (a, b)")
// followed by `rows` groups of `columns` placeholders.
std::string MultiRowInsertSql(std::string_view head, int columns, std::size_t rows);

// Inserts `count` rows with few statements: one multi-row INSERT runs far
// faster in SQLite than as many single-row ones. Statements hold up to
// kMaxRowsPerInsert rows, in power-of-two sizes so that only a handful are
// ever prepared per table. `bind_row(statement, first, i)` binds row i's
// `columns` values from parameter `first` on, every one of them.
inline constexpr std::size_t kMaxRowsPerInsert = 32;

template <typename BindRow>
Status InsertRows(Connection& db, std::string_view head, int columns, std::size_t count, BindRow&& bind_row) {
  std::size_t done = 0;
  while (done < count) {
    std::size_t rows = kMaxRowsPerInsert;
    while (rows > count - done) rows /= 2;
    Result<Statement*> st = db.PrepareToRebindAll(MultiRowInsertSql(head, columns, rows));
    if (!st.ok()) return st.status();
    for (std::size_t r = 0; r < rows; ++r) bind_row(**st, static_cast<int>(r) * columns + 1, done + r);
    if (Status s = (*st)->Run(); !s.ok()) return s;
    done += rows;
  }
  return Status::Ok();
}

}  // namespace tidings::store
