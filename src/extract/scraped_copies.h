// Duplicate copies in scraped text: the same article saved twice, once
// condensed (several paragraphs glued into one line, often before the title)
// and once in full; and paragraphs repeated verbatim.
//
// Paragraphs are compared sentence by sentence, on keys that ignore case,
// punctuation and spacing, so a condensed copy is recognised even though its
// paragraph breaks are gone. Pure functions; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tidings {

// A paragraph is a copy when at least this share of its sentences is found
// in other paragraphs.
constexpr double kMinCopiedSentenceShare = 0.6;

// The sentences of `paragraph`, each reduced to a comparison key (lowercase
// letters and digits separated by single spaces).
std::vector<std::string> SentenceKeys(std::string_view paragraph);

// Flags the paragraphs to drop as copies. Paragraphs before `first_body` come
// before the article's header (title and date line) and lose to the body:
// they are copies when most of their sentences are in the body. Inside the
// body a paragraph is a copy when it repeats an earlier one, or when it has
// several sentences and most of them are found in shorter paragraphs (a
// condensed copy of the paragraphs it glues together).
std::vector<bool> FindCopies(const std::vector<std::string>& paragraphs, size_t first_body);

}  // namespace tidings
