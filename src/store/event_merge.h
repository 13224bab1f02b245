// Event merging: the coded events of each article become event_mentions rows,
// and mentions of the same real-world event across articles share one events
// row, as in GDELT.
//
// Two mentions are the same event when they have the same source actor code,
// target actor code and CAMEO code and their dates are at most one day apart
// (a report dated by publication often lands a day after the event; more than
// a day usually means a new meeting, call or strike). The relation is chained:
// an event is a run of mention dates with no gap over one day, so the events
// do not depend on the order articles arrive in. An event's id hashes its key
// and earliest date; when a new mention bridges or extends events, they are
// re-keyed. Undated mentions (no date in the sentence, no publication date)
// and mentions naming no actor of a known country (none, or only "---COP"
// and the like) are grouped only within their own article.
#pragma once

#include <set>
#include <string>

#include "store/sqlite.h"
#include "tidings/document.h"

namespace tidings::store {

// Inserts every coded event of `doc` (one row per source/target pair) and
// merges it into its events row; adds the ids of the events it changed to
// `touched`.
Status InsertEventMentions(Connection& db, const Document& doc, std::set<std::string>& touched);

// Recomputes num_mentions, num_sources, num_articles and the first report of
// the `touched` events.
Status RefreshEvents(Connection& db, const std::set<std::string>& touched);

}  // namespace tidings::store
