// TagTimes: finds the time expressions of English news text and resolves them
// as TimeML TIMEX3 (type DATE, TIME, DURATION or SET, and a value) against
// the publication date.
//
// Input is the Document's raw cleaned text (no sentences or tokens needed)
// and the reference date in ISO 8601 ("2024-12-31"; a date-time is cut to its
// day). Relative expressions ("yesterday", "last March", "the third quarter")
// count from it; bare weekdays, months and days are taken as past unless the
// sentence speaks of the future ("will", "next", "scheduled"), as news usually
// does. An empty or unreadable reference date leaves relative values with X
// placeholders ("XXXX-12-25"). Output: Document::times, replaced, in text
// order, never overlapping; when candidates overlap the longest wins.
// Patterns are compiled once; TagTimes is thread-safe for distinct Documents.
#pragma once

#include <string_view>

#include "tidings/document.h"

namespace tidings {

void TagTimes(Document& doc, std::string_view reference_date);

// The same on plain text: the expressions, spans as byte offsets into `text`.
std::vector<TimeExpression> FindTimes(std::string_view text, std::string_view reference_date);

}  // namespace tidings
