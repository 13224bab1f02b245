// Teaser blocks in scraped news text: the links to other articles a page
// places inside or around its body, which a scraper saves as a run of lines
// (an image caption ending in a credit and a timestamp, a section label, the
// teaser's headline, its time line).
//
// The anchors of a teaser are the lines a body never consists of: captions
// with a credit, and timestamps standing alone. Short unfinished lines just
// before a timestamp belong to the same teaser. Pure functions; safe from any
// thread.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extract/scraped_lines.h"

namespace tidings {

// At most this many short lines (section label, headline) just before a
// teaser's time line are taken as part of the teaser.
constexpr int kMaxTeaserHeadLines = 3;
// A credit names the site when its captions repeat it this often.
constexpr int kMinCreditRepeats = 2;

// Flags the lines that belong to teaser blocks. `date_line` is the index of
// the article's own date line, which is no teaser (npos when none).
std::vector<bool> FindTeaserLines(const std::vector<ScrapedLine>& lines, size_t date_line);

// The source credited by at least kMinCreditRepeats captions (the most
// often credited one), or empty: a page credits its own site on its images.
std::string RecurringCredit(const std::vector<ScrapedLine>& lines);

}  // namespace tidings
