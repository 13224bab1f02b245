// TagTimes: finds the time expressions of English news text and resolves them
// as TimeML TIMEX3 (type DATE, TIME, DURATION or SET, and a value) against
// the publication date.
//
// Input is the Document's cleaned text and the reference date in ISO 8601
// ("2024-12-31"; a date-time is cut to its day). Relative expressions
// ("yesterday", "last March", "the third quarter") count from it. A bare
// weekday follows the tense of the verb it depends on when the Document is
// parsed (ParseSyntax: "met Monday" past, "will meet Monday" or "plans to
// leave Monday" future), else the sentence's ("will", "scheduled"); without
// either it is past, as news usually is. A bare month or month and day is the
// nearest one, unless that is months away and the parsed verb points the
// other way. A clock time takes the day its sentence names. Tokens are
// optional: on plain text the regular-expression cues alone decide.
// An empty or unreadable reference date leaves relative values with X
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
