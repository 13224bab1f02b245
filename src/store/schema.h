// The database schema of the corpus store, as an ordered list of migrations.
//
// Migration i (1-based) moves a database from PRAGMA user_version i-1 to i.
// Opening a store applies, each in its own transaction, every migration the
// file has not seen yet; a file newer than this build is refused. Never edit
// a migration that has been released: append a new one.
#pragma once

#include <span>
#include <string_view>

#include "store/sqlite.h"

namespace tidings::store {

// The SQL scripts, oldest first; the schema version is their count.
std::span<const std::string_view> Migrations();

inline int SchemaVersion() { return static_cast<int>(Migrations().size()); }

// Refuses to apply migration `version` to `db` when the migration would
// drop rows: version 4 rekeys child rows by their article's seq, and a row
// naming an article_id that no articles row has has none (the writer never
// leaves such rows; a file edited by hand may hold them). Call inside the
// migration's transaction, before its script.
Status CheckMigrationKeepsEveryRow(Connection& db, int version);

}  // namespace tidings::store
