#include "store/sqlite.h"

#include <sqlite3.h>

#include <fmt/format.h>

namespace tidings::store {

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::Check(int rc) {
  if (rc != SQLITE_OK && bind_error_.ok())
    bind_error_ = Status::IoError(fmt::format("cannot bind a value: {}", sqlite3_errmsg(sqlite3_db_handle(stmt_))));
  return *this;
}

// SQLITE_TRANSIENT makes SQLite copy bound text: callers pass views of
// temporaries that die before Step().
Statement& Statement::Bind(int index, std::string_view text) {
  return Check(sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
}

Statement& Statement::BindView(int index, std::string_view text) {
  return Check(sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8));
}

Statement& Statement::Bind(int index, std::int64_t value) { return Check(sqlite3_bind_int64(stmt_, index, value)); }

Statement& Statement::Bind(int index, double value) { return Check(sqlite3_bind_double(stmt_, index, value)); }

Statement& Statement::BindBlob(int index, std::string_view bytes) {
  return Check(sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
}

Statement& Statement::BindNull(int index) { return Check(sqlite3_bind_null(stmt_, index)); }

Statement& Statement::BindOptional(int index, std::string_view text) {
  return text.empty() ? BindNull(index) : Bind(index, text);
}

Statement& Statement::BindOptional(int index, std::int64_t value) {
  return value < 0 ? BindNull(index) : Bind(index, value);
}

Result<bool> Statement::Step() {
  if (!bind_error_.ok()) return bind_error_;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Status::IoError(fmt::format("{} (in {})", sqlite3_errmsg(sqlite3_db_handle(stmt_)), sqlite3_sql(stmt_)));
}

Status Statement::Run() {
  Result<bool> row = Step();
  return row.status();
}

std::int64_t Statement::Int(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::Real(int column) const { return sqlite3_column_double(stmt_, column); }
bool Statement::IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
int Statement::Columns() const { return sqlite3_column_count(stmt_); }
std::string Statement::ColumnName(int column) const { return sqlite3_column_name(stmt_, column); }

std::string Statement::Text(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string Statement::Blob(int column) const {
  const void* bytes = sqlite3_column_blob(stmt_, column);
  if (bytes == nullptr) return {};
  return std::string(static_cast<const char*>(bytes), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

void Statement::Reset() {
  ResetKeepingBindings();
  sqlite3_clear_bindings(stmt_);
}

void Statement::ResetKeepingBindings() {
  sqlite3_reset(stmt_);
  bind_error_ = Status::Ok();
}

namespace {

// SQLite counts every allocation it makes under a global mutex unless told
// not to; nothing here reads those counts, and the ingest writer, allocating
// for every row and page, spent ~9% of its instructions on them. The setting
// must come before SQLite initializes: the first connection's open does that.
void DisableMemoryStatistics() {
  static const bool disabled = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);  // SQLITE_MISUSE once initialized: then counting stays on
    return true;
  }();
  (void)disabled;
}

}  // namespace

Result<Connection> Connection::Open(const std::string& path, bool read_only) {
  DisableMemoryStatistics();
  sqlite3* db = nullptr;
  const int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::IoError(fmt::format("cannot open database {}: {}", path, message));
  }
  // A writer holds the lock for one batch; readers and a second writer wait for it.
  sqlite3_busy_timeout(db, 60000);
  return Connection(db, path);
}

Connection::Connection(Connection&& other) noexcept
    : db_(other.db_), path_(std::move(other.path_)), statements_(std::move(other.statements_)) {
  other.db_ = nullptr;
}

Connection& Connection::operator=(Connection&& other) noexcept {
  if (this != &other) {
    Close();
    db_ = other.db_;
    path_ = std::move(other.path_);
    statements_ = std::move(other.statements_);
    other.db_ = nullptr;
  }
  return *this;
}

Connection::~Connection() { Close(); }

void Connection::Close() {
  statements_.clear();  // statements must be finalized before the handle closes
  if (db_ != nullptr) sqlite3_close(db_);
  db_ = nullptr;
}

Status Connection::Execute(std::string_view sql) {
  char* error = nullptr;
  const std::string owned(sql);
  if (sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &error) == SQLITE_OK) return Status::Ok();
  Status s = Status::IoError(fmt::format("{}: {}", path_, error ? error : ErrorMessage()));
  sqlite3_free(error);
  return s;
}

Result<Statement*> Connection::Prepare(std::string_view sql) {
  Result<Statement*> st = Cached(sql);
  if (st.ok()) (*st)->Reset();
  return st;
}

Result<Statement*> Connection::PrepareToRebindAll(std::string_view sql) {
  Result<Statement*> st = Cached(sql);
  if (st.ok()) (*st)->ResetKeepingBindings();
  return st;
}

Result<Statement*> Connection::Cached(std::string_view sql) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) return it->second.get();
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
      SQLITE_OK)
    return Status::IoError(fmt::format("{}: {} (in {})", path_, ErrorMessage(), sql));
  auto [inserted, _] = statements_.emplace(std::string(sql), std::make_unique<Statement>(stmt));
  return inserted->second.get();
}

Result<std::int64_t> Connection::QueryInt(std::string_view sql) {
  Result<Statement*> stmt = Prepare(sql);
  if (!stmt.ok()) return stmt.status();
  Result<bool> row = (*stmt)->Step();
  if (!row.ok()) return row.status();
  const std::int64_t value = *row ? (*stmt)->Int(0) : 0;
  (*stmt)->Reset();  // ends the statement's read transaction
  return value;
}

std::int64_t Connection::Changes() const { return sqlite3_changes64(db_); }

std::int64_t Connection::LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }

std::string Connection::ErrorMessage() const { return db_ ? sqlite3_errmsg(db_) : "database is closed"; }

std::string MultiRowInsertSql(std::string_view head, int columns, std::size_t rows) {
  std::string row = "(?";
  for (int c = 1; c < columns; ++c) row += ", ?";
  row += ')';
  std::string sql(head);
  sql += " VALUES ";
  for (std::size_t r = 0; r < rows; ++r) {
    if (r > 0) sql += ", ";
    sql += row;
  }
  return sql;
}

}  // namespace tidings::store
