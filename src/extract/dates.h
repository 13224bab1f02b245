// Dates in news pages: parsing the many ways a publication date is written
// (ISO 8601, RFC 2822, "31.12.2024", "December 31, 2024", "31 décembre
// 2024", "2024/12/31", ...) into ISO 8601, and plausibility bounds.
//
// Shared by the HTML metadata reader and the scraped-text cleaner.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tidings {

struct ParsedDate {
  std::string iso;       // "2024-12-31" or "2024-12-31T10:05:00+03:00"
  int year = 0, month = 0, day = 0;
};

// Parses a string that is (essentially) one date or date-time, in any common
// numeric or textual form, in the main European languages. Returns nothing
// when the string is not a date or the date is impossible.
std::optional<ParsedDate> ParseDate(std::string_view text);

// Finds the first date written anywhere inside free text (a date line,
// "Published 5 December 2024, 05:06 GMT"). Returns nothing when none.
std::optional<ParsedDate> FindDateInText(std::string_view text);

// True when a publication date is believable: not before 1995-01-01 and not
// after `latest` ("YYYY-MM-DD"; when empty, today's date).
bool PlausiblePublicationDate(const ParsedDate& date, std::string_view latest = {});

}  // namespace tidings
