// GDELT 2.0 tables from a corpus: the events table (61 columns) and the
// mentions table (16 columns), tab-separated, one row per line, in GDELT's
// column order and value formats (dates YYYYMMDD, timestamps YYYYMMDDHHMMSS
// in UTC, CAMEO codes as strings with their leading zero).
//
// What tidings fills and from where:
// - GLOBALEVENTID: a 60-bit integer hashed from the event's id, so the same
//   event keeps its number across exports and databases.
// - Actor columns: the actor code split into country, known group, ethnic,
//   religion and type codes (actor_code.h); the name is the first report's
//   resolved entity name (else its words), upper-cased as in GDELT.
// - IsRootEvent: the first report codes it in its lead paragraph.
// - DATEADDED and the mentions' EventTimeDate: when the first report was
//   published (tidings records no wall-clock time; the first report is when
//   the event entered the record). MentionTimeDate: the mention's article.
//   A date without a time of day is read as 00:00:00 UTC.
// - Mentions: SentenceID is 1-based; char offsets count code points of the
//   cleaned text, an actor not found in the sentence's words is -1 (as in
//   GDELT); InRawText is 1 when every actor's words are in the sentence;
//   Confidence is the mention's confidence in percent.
// Left empty, because tidings has no such measurement: AvgTone,
// MentionDocTone, every geography column, translation info, Extras; dates of
// undated events.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "store/query_filter.h"

namespace tidings::store {

// The events `where` selects (conditions over `events e`), ordered by date.
Status WriteGdeltEvents(Connection& db, const SqlConditions& where, bool header, std::ostream& out);
// Every mention of those events.
Status WriteGdeltMentions(Connection& db, const SqlConditions& where, bool header, std::ostream& out);

std::int64_t GlobalEventId(std::string_view event_id);

// "2024-12-31T10:05:00+03:00" -> "20241231070500"; "2024-12-31" ->
// "20241231000000"; nothing when `iso` is not an ISO 8601 date.
std::optional<std::string> GdeltTimestamp(std::string_view iso);

}  // namespace tidings::store
