// Page metadata: title, publication date, author, site name, language,
// description, read from an HTML page in a fixed order of trust.
//
// Order of trust for each field (first found wins):
//   title:       JSON-LD headline, og:title, twitter:title, <h1> agreeing with
//                <title>, <title> with the site suffix removed
//   published:   the URL path date, JSON-LD datePublished, meta
//                (article:published_time, date, dc.date, ...), <time
//                datetime> / itemprop, date-classed elements, the text; a
//                markup date the page never shows gives way to the date it
//                shows. Each bounded by plausibility (not before 1995, not
//                after the crawl date + 1 day); see publication_date.h
//   author:      JSON-LD author, meta author / article:author, rel=author, byline classes
//   site_name:   og:site_name, JSON-LD publisher, application-name, the host
//   language:    <html lang>, content-language meta, og:locale, JSON-LD inLanguage
//   description: meta description, og:description, JSON-LD description
#pragma once

#include <string>
#include <string_view>

#include "extract/dom.h"

namespace tidings {

struct PageMetadata {
  std::string title;
  std::string published;       // ISO 8601 date or date-time
  std::string published_from;  // json-ld, meta, time-element, url, text
  std::string author;
  std::string site_name;
  std::string language;        // as declared by the page (BCP 47), may be empty
  std::string description;
};

// `url` may be empty; `fetched` (ISO 8601, may be empty) bounds plausible dates.
PageMetadata ExtractMetadata(const Dom& dom, std::string_view url, std::string_view fetched);

}  // namespace tidings
