// Quoted stretches: the text between paired double quotation marks
// ("…", “…”, «…», „…“, and ''…'' as some wires type them) in a Document.
//
// Marks pair within a paragraph. Newspaper style lets a quotation run over
// several paragraphs by leaving each one open and re-opening the next (with
// the same kind of mark, straight or curly); such a quotation is one region.
// A mark left open at a paragraph end is dropped (a stray or lost mark)
// unless it opened the paragraph, when the region ends with the paragraph.
// Straight marks (") open after a space (a no-break space too), the
// paragraph start or an opening bracket or dash, and close elsewhere, or
// after a space too when a quotation is open and no word follows the mark
// ("… the word 'reform,' " she said). Single quotation marks are not read:
// they cannot be told from apostrophes.
// Regions are what is quoted, not yet quotations: scare quotes and titles
// are regions too; the quote finder decides. Thread-safe, no state.
#pragma once

#include <vector>

#include "tidings/document.h"

namespace tidings {

// A quoted stretch is never followed across more paragraphs than this: an
// unbalanced mark in hostile text must not swallow the article.
inline constexpr std::uint32_t kMaxQuotedParagraphs = 12;

struct QuotedRegion {
  Span inner;  // between the marks
  Span outer;  // with the marks
};

// Regions of doc.text() in text order, never overlapping.
std::vector<QuotedRegion> FindQuotedRegions(const Document& doc);

}  // namespace tidings
