// Sentence and token segmentation of a Document's text.
//
// Sentences never cross paragraph boundaries. Within a paragraph, ICU's
// sentence rules with abbreviation suppression ("Mr.", "U.S.") give the
// candidate breaks; a break inside an open quotation or right after an
// initial ("J. Smith") is removed. Tokens follow Penn Treebank conventions,
// the ones the tagger and the event coder are trained and written for:
// punctuation split off, clitics separate ("Russia's" -> "Russia" "'s",
// "don't" -> "do" "n't"), numbers ("3.5%", "1,000") and abbreviations kept
// whole. Thread-safe: ICU iterators are cloned per thread.
#pragma once

#include "tidings/document.h"

namespace tidings {

// Longest token, in bytes; longer runs (URLs, junk) are cut into pieces so
// later stages see bounded input.
inline constexpr std::uint32_t kMaxTokenBytes = 256;

// Fills doc.sentences and doc.tokens (replacing any earlier content).
void Segment(Document& doc);

}  // namespace tidings
