// Scraped-text cleaning: from the plain text a scraper saved of a news page
// to the article's title, date and paragraphs.
//
// General rules for scraped news from any site: find the title line and the
// date line; drop a condensed or glued copy of the article when the full copy
// is also present; drop teaser blocks (image caption with credit and
// timestamp, section label, teaser headline, time line) wherever they
// interrupt the body; repair glued sentence boundaries ("said.He") and a
// heading glued to the next paragraph, without breaking abbreviations
// ("U.S.", "e.g."), numbers ("3.5%"), URLs or initials.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tidings/article.h"

namespace tidings {

struct ScrapedArticle {
  std::string title;
  std::string published;       // ISO 8601 date or date-time
  std::string site_name;
  std::vector<Paragraph> paragraphs;
  std::vector<std::string> warnings;
};

ScrapedArticle CleanScrapedText(std::string_view text);

// Inserts a space at glued sentence boundaries ("greetings.The North").
std::string RepairGluedSentences(std::string_view text);

}  // namespace tidings
