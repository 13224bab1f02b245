// Main-content extraction: which blocks of an HTML page are the article.
//
// Walks the Dom, drops boilerplate (navigation, headers, footers, share and
// comment widgets, cookie banners, related-article teasers, captions and
// credits, ads), scores candidate containers and returns the article's
// blocks in reading order as paragraphs, headings, quotes and list items,
// each exactly once, whitespace normalised.
#pragma once

#include <string_view>
#include <vector>

#include "extract/dom.h"
#include "tidings/article.h"

namespace tidings {

struct ContentHints {
  std::string_view title;        // the page title, to drop its repetition at the top of the body
  std::string_view description;  // meta description, to drop a duplicated lead
  std::string_view url;
};

std::vector<Paragraph> ExtractMainContent(const Dom& dom, const ContentHints& hints);

}  // namespace tidings
