// Corpus queries and exports: read-only questions to a database written by
// `tidings ingest` (schema: src/store/schema.cpp).
//
// A query selects rows of one view — events (each with its mentions, their
// actors and the evidence that coded them), articles, or quotations by
// speaker with who relayed them — through filters that are validated before
// any SQL runs: an actor code of the wrong shape, an impossible date, a
// malformed CAMEO code, an unknown field or a full-text query SQLite cannot
// parse is an InvalidInput status naming the input and the reason. Every
// value a user types is bound as an SQL parameter, never spliced into SQL.
//
// An export writes whole tables: GDELT 2.0 events (61 columns) and mentions
// (16 columns), tab-separated in GDELT's column order, columns tidings cannot
// fill left empty; PLOVER JSON; the project's JSONL (one event per line with
// its mentions); CSV. Output is streamed: memory does not grow with the
// corpus. Both open the database read-only and are safe to run while an
// ingest writes to it (they see the last committed batch).
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "tidings/status.h"

namespace tidings {

enum class CorpusView { kEvents, kArticles, kQuotes };

struct CorpusQuery {
  CorpusView view = CorpusView::kEvents;
  // Actor code; matches itself and the codes it begins ("RUS" matches
  // "RUSGOV"). Events: either side; articles: any entity; quotes: the speaker.
  std::string actor{};
  // "SOURCE,TARGET": events from the first actor to the second (prefixes as above).
  std::string dyad{};
  // CAMEO event code or its start: "03" (root), "036", "0361".
  std::string code{};
  int quad_class = 0;  // 1..4; 0 for any
  // Inclusive bounds on the event date (articles and quotes: publication
  // date), in any form a news page writes a date; empty for none.
  std::string since{}, until{};
  // SQLite FTS5 query over article titles and texts ("sanctions", "\"new year\"",
  // "putin AND xi").
  std::string text{};
  // Publisher: URL host without "www." ("reuters.com") or site name.
  std::string source_site{};
  // Quotes: a part of the speaker's name, case-insensitive.
  std::string speaker{};
  // Output fields, in order; empty for the view's default fields.
  std::vector<std::string> fields{};
  // A field to order by, "-field" for descending; empty for the view's order
  // (events: by date; articles: by publication; quotes: by speaker).
  std::string sort{};
  // Rows at most; 0 for no limit. Untrusted output size is bounded by default.
  std::size_t limit = 50;
  // Events: mentions listed per event (table and JSON); 0 for all.
  std::size_t mentions_per_event = 3;
};

enum class QueryFormat { kTable, kJson, kCsv };

// Runs `query` on the database at `db_path` and writes its rows to `out`.
Status QueryCorpus(const std::string& db_path, const CorpusQuery& query, QueryFormat format, std::ostream& out);

// The fields a view offers, in their default order.
std::vector<std::string> CorpusFields(CorpusView view);

enum class ExportFormat { kGdeltEvents, kGdeltMentions, kPlover, kJsonl, kCsv };

struct ExportOptions {
  // GDELT tables: a first line with the column names (GDELT's own files have none).
  bool header = false;
};

// Writes every event the filters of `filter` select (its view, fields, sort
// and limit are ignored) to `out` in `format`.
Status ExportCorpus(const std::string& db_path, const CorpusQuery& filter, ExportFormat format, std::ostream& out,
                    const ExportOptions& options = {});

// GDELT 2.0 column names, in order (61 and 16).
std::vector<std::string> GdeltEventColumns();
std::vector<std::string> GdeltMentionColumns();

}  // namespace tidings
