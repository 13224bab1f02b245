// JSON-LD: the schema.org description a page gives of itself in
// <script type="application/ld+json"> blocks.
//
// Reads the facts metadata needs from the first article-like object
// (NewsArticle, Article, BlogPosting, ReportageNewsArticle, ...; a WebPage
// only when no article is described), looking inside arrays and "@graph".
// Broken JSON is skipped, not repaired beyond raw control characters inside
// strings. Strings come back with HTML entities decoded and whitespace
// collapsed. Pure function of the DOM; thread-safe.
#pragma once

#include <cstddef>
#include <string>

#include "extract/dom.h"

namespace tidings {

// JSON-LD blocks larger than this are skipped: a page's self-description is
// a few KiB, and parsing megabytes of embedded data would dominate the page.
inline constexpr std::size_t kMaxJsonLdBytes = 512 * 1024;

struct JsonLdFacts {
  std::string headline;
  std::string date_published;  // as written
  std::string date_created;    // as written
  std::string date_modified;   // as written
  std::string author;          // names joined by ", "
  std::string publisher;
  std::string description;
  std::string language;
};

JsonLdFacts ReadJsonLd(const Dom& dom);

}  // namespace tidings
