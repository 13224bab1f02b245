// Opening a corpus database for reading: the file must exist and carry this
// build's schema version, so queries never create an empty database by a
// typo, nor read a schema they do not know.
#pragma once

#include <string>

#include "store/sqlite.h"

namespace tidings::store {

// A read-only connection to the database at `path`; NotFound when there is
// no file, Unsupported when its schema version differs from this build's.
Result<Connection> OpenCorpusForReading(const std::string& path);

}  // namespace tidings::store
