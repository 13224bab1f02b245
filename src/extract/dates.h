// Dates in news pages: parsing the many ways a publication date is written
// (ISO 8601, RFC 2822, "31.12.2024", "December 31, 2024", "31 décembre
// 2024", "2024/12/31", ...) into ISO 8601, and plausibility bounds.
//
// Textual months are known in English, German, French, Spanish, Italian,
// Portuguese, Dutch, Russian, Ukrainian, Polish, Turkish and Arabic. Numeric
// dates with a slash or dash and two small numbers ("03/04/2024") are read
// day first unless the context says the page is written month first (US
// usage); dotted dates are always day first, and only dotted dates may have
// a two-digit year ("28.09.19"). Parsing keeps no state and compiles
// nothing per call: all functions are thread-safe.
//
// Shared by the HTML metadata reader and the scraped-text cleaner.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tidings {

struct ParsedDate {
  std::string iso;       // "2024-12-31" or "2024-12-31T10:05:00+03:00"
  int year = 0, month = 0, day = 0;
};

// What a reader knows about the page a date was written on.
struct DateContext {
  // Year assumed for dates written without one ("5 December, 05:06 GMT");
  // 0 means such dates are not full dates and are ignored.
  int reference_year = 0;
  // Read ambiguous "03/04/2024" as March 4 (US usage) instead of 3 April.
  bool month_first = false;
};

// A date found inside a longer text, with its byte range.
struct DateMatch {
  ParsedDate date;
  std::size_t begin = 0, end = 0;
  // Numbers whose order the context decided ("03/04/2024": both could be
  // the month); the other reading swaps date.month and date.day.
  bool order_from_context = false;
};

// Parses a string that is (essentially) one date or date-time, in any common
// numeric or textual form, in the main European languages. Returns nothing
// when the string is not a date or the date is impossible.
std::optional<ParsedDate> ParseDate(std::string_view text);
std::optional<ParsedDate> ParseDate(std::string_view text, const DateContext& context);

// Finds the first date written anywhere inside free text (a date line,
// "Published 5 December 2024, 05:06 GMT"). Returns nothing when none.
std::optional<ParsedDate> FindDateInText(std::string_view text);
std::optional<ParsedDate> FindDateInText(std::string_view text, const DateContext& context);

// The first date written in `text` at or after byte `pos`: a reader that
// needs only some of the dates goes on from each match's end.
std::optional<DateMatch> FindDateFrom(std::string_view text, std::size_t pos, const DateContext& context);


// The date written in a URL path: "/2024/12/31/", "/2024-12-31-title",
// "_20241231_". Returns nothing when the path holds no full date.
std::optional<ParsedDate> FindDateInUrl(std::string_view url);

// The year and month of a URL path that files articles by month
// ("/2019/10/title"); `day` is 0 and `iso` is "2019-10". Nothing when the
// path holds no such pair.
std::optional<ParsedDate> FindYearMonthInUrl(std::string_view url);

// True when a publication date is believable: not before 1995-01-01 and not
// after `latest` ("YYYY-MM-DD"; when empty, today's date).
bool PlausiblePublicationDate(const ParsedDate& date, std::string_view latest = {});

}  // namespace tidings
