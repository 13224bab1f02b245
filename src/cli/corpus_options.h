// Options shared by the verbs that read a corpus database (query, export):
// the database and the filters of a CorpusQuery, and the exit code a failed
// corpus read maps to.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

#include <CLI/CLI.hpp>

#include "tidings/corpus_query.h"

namespace tidings::cli {

// --actor, --dyad, --code, --quad, --since, --until, --text, --source-site.
void AddCorpusFilterOptions(CLI::App* verb, CorpusQuery& query);

// Standard output for "-", else `file` opened on `path`; null (after saying
// so on stderr) when the file cannot be written.
std::ostream* OpenOutput(const char* verb, const std::string& path, std::ofstream& file);

// Prints `status` for `verb` and returns the exit code: 2 for a bad query or
// a missing or foreign database, 1 for a failure while reading or writing.
int ReportCorpusFailure(const char* verb, const Status& status);

}  // namespace tidings::cli
