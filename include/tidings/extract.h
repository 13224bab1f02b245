// Extraction: from a Record (HTML page or scraped text) to an Article.
//
// For HTML, the main content is separated from navigation, teasers, captions,
// widgets and ads, and metadata (title, date, author, site, language,
// description) is read from JSON-LD, OpenGraph and meta tags, <time>, the URL
// and the text. For scraped plain text, the title and date lines are found,
// duplicated copies and teaser blocks removed and glued sentences repaired.
// Extract is thread-safe: each thread keeps its own parser.
#pragma once

#include <cstdint>

#include "tidings/article.h"
#include "tidings/record.h"
#include "tidings/status.h"

namespace tidings {

struct ExtractOptions {
  // Elements nested deeper than this are treated as if they sat at this
  // depth; hostile pages nest tens of thousands of levels.
  std::uint32_t max_dom_depth = 256;
  // Pages with more elements than this are rejected.
  std::uint32_t max_dom_nodes = 2'000'000;
};

Result<Article> Extract(const Record& record, const ExtractOptions& options = {});

}  // namespace tidings
