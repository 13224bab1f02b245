// Speaker phrases: the noun phrase that names who said something ("Xi
// Jinping", "the Chinese leader", "he", "a spokesman for the ministry"),
// found from the tokens beside a reporting cue without a parser, and its
// link to an entity of the article through Document::mentions.
//
// The phrase is bounded by punctuation, clause words ("that", "who") and
// auxiliaries ("has", "would"); it never holds more than kMaxSpeakerWords
// tokens, so a clause mistaken for a subject is rejected rather than read
// as a name. Thread-safe, no state.
#pragma once

#include "annotate/quote_words.h"

namespace tidings {

// Longest speaker phrase, in tokens. Real subjects are shorter ("A spokesman
// for the Ministry of Foreign Affairs of China" is 10); a longer run is a
// clause, not a name.
inline constexpr std::uint32_t kMaxSpeakerWords = 14;

// Longest bracketed aside kept inside a speaker phrase: "(D-Wis.)", "(R-IN)".
inline constexpr std::uint32_t kMaxBracketWords = 8;

// The phrase ending right before token `end`, starting no earlier than
// `floor`; empty when there is none.
TokenRange PhraseBefore(const QuoteWords& words, std::uint32_t floor, std::uint32_t end);

// The phrase starting at token `begin`, ending before `limit`. A `strict`
// phrase must open with a capital, a determiner or a pronoun ("said Xi",
// "said the minister"); otherwise any word but a clause word may open it
// ("according to state media").
TokenRange PhraseAfter(const QuoteWords& words, std::uint32_t begin, std::uint32_t limit, bool strict);

// The entity named by the mentions overlapping `span`, -1 when none. People
// and titles outrank organisations and media, which outrank states and
// places ("Russian President Vladimir Putin" is Putin, not Russia); among
// equals, the longest mention wins.
std::int32_t EntityOf(const Document& doc, Span span);

// Kind of the mention that EntityOf would pick, or of the first mention
// overlapping `span` when none is linked; false when no mention overlaps.
bool MentionKindOf(const Document& doc, Span span, MentionKind* kind);

}  // namespace tidings
