// Glued boundaries in scraped text: where a scraper dropped the whitespace
// between two sentences ("officials said.It") or between a heading and the
// paragraph after it ("A Long Wait EndsFerry crews cheered").
//
// Sentence glue is repaired by RepairGluedSentences (text_cleaner.h). Heading
// glue cannot be seen in a single string without risking camel-case names
// ("McDonald", "PetroChina"), so it is cut only where the heading also stands
// on its own line somewhere in the same input. Pure functions; safe from any
// thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tidings {

// A heading needs this many words before it is looked for inside other
// lines: one capitalised word matches too much by chance.
constexpr int kMinGluedHeadingWords = 2;

// Cuts `text` into pieces where one of `headings` (lines that stand alone
// elsewhere in the input) appears glued to the capitalised text after it.
// The heading becomes a piece of its own. Returns {text} when nothing is glued.
std::vector<std::string> SplitGluedHeadings(std::string_view text, const std::vector<std::string>& headings);

}  // namespace tidings
