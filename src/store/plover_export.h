// PLOVER JSON from a corpus: one record per event that PLOVER codes (CAMEO
// 01x statements have no PLOVER event and are left out), with the fields of
// the PLOVER gold-standard records — id, date, source and target as
// [{actorText, code, sector}] (code: country or IGO/NGO; sector: the role),
// event, mode, context (";"-joined), eventText (the words carrying the
// event), text (its sentence), language, publication — taken from the first
// report, plus a "tidings" object with the CAMEO code, the counts and the
// first report's URL. Written as a JSON array, one record per line.
#pragma once

#include <ostream>

#include "store/query_filter.h"

namespace tidings::store {

// The events `where` selects (conditions over `events e`), ordered by date.
Status WritePlover(Connection& db, const SqlConditions& where, std::ostream& out);

}  // namespace tidings::store
