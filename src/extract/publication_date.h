// Publication date of an HTML page: the date the article was first
// published, not when it was updated or crawled.
//
// Evidence is tried in order of trust, first plausible date wins:
//   1. the URL path ("/2024/12/31/", "20241231"): written once, when the
//      article was published, in the publisher's local time, where markup
//      often gives UTC and so the next or previous day
//   2. JSON-LD datePublished, then dateCreated (read by the caller)
//   3. <meta> publication names (article:published_time, date, dc.date,
//      sailthru.date, parsely-pub-date, citation_publication_date, ...)
//   4. itemprop="datePublished" elements, <time> marked as the publication
//      time, <abbr class="published">, else the first <time>
//   5. short elements whose class or id speaks of a date (date, time,
//      posted, published, datum, fecha, byline, meta)
//   6. the first plausible date in the visible text
// Names and classes mentioning updates or modifications are skipped, with
// one exception: when the markup gives a publication date and a different
// modification date, and the page shows readers only the modification date,
// the page presents itself as of that date and it is taken.
// Plausible means not before 1995 and not after the crawl date + 1 day.
// Pure function of its inputs; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extract/dates.h"
#include "extract/dom.h"

namespace tidings {

// Elements with date-like classes whose text is longer than this are
// containers, not date lines.
inline constexpr std::size_t kMaxDateElementText = 300;
// At most this many date-hinted elements are read per page.
inline constexpr std::size_t kMaxDateHintedElements = 200;
// At most this many bytes of visible text are searched for a date.
inline constexpr std::size_t kMaxDateTextScanBytes = 64 * 1024;
// At most this many dates are read from that text.
inline constexpr std::size_t kMaxDatesInText = 1000;

struct PublicationDate {
  ParsedDate date;
  std::string source;  // json-ld, meta, time-element, url, text
};

struct PublicationDateEvidence {
  std::string_view json_ld_published;  // JSON-LD datePublished as written
  std::string_view json_ld_created;    // JSON-LD dateCreated as written
  std::string_view json_ld_modified;   // JSON-LD dateModified as written
  std::string_view url;
  std::string_view fetched;            // ISO 8601 crawl date, may be empty
  bool month_first = false;            // the page writes "12/31/2024"
};

std::optional<PublicationDate> FindPublicationDate(const Dom& dom, const PublicationDateEvidence& evidence);

}  // namespace tidings
