#include "store/corpus_reader.h"

#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "store/schema.h"

namespace tidings::store {

Result<Connection> OpenCorpusForReading(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error))
    return Status::NotFound(fmt::format("no database at {} (create one with: tidings ingest --db {} INPUTS)", path, path));
  Result<Connection> db = Connection::Open(path, /*read_only=*/true);
  if (!db.ok()) return db.status();
  Result<std::int64_t> version = db->QueryInt("PRAGMA user_version");
  if (!version.ok()) return Status::InvalidInput(fmt::format("{} is not a tidings database: {}", path, db->ErrorMessage()));
  if (*version == 0) return Status::InvalidInput(fmt::format("{} is not a tidings database (no schema version)", path));
  if (*version != SchemaVersion())
    return Status::Unsupported(fmt::format("{} has schema version {}, this build reads version {}{}", path, *version,
                                           SchemaVersion(),
                                           *version < SchemaVersion() ? " (open it with tidings ingest to migrate it)" : ""));
  return db;
}

}  // namespace tidings::store
