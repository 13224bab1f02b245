// QuoteWords: a Document's tokens as the quote finder reads them, lower-cased
// once, with the shape tests its patterns need (word, capitalised,
// punctuation, function word). A view over one Document; cheap to build,
// not shared between threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tidings/document.h"

namespace tidings {

// A run of tokens [begin, end) by index into Document::tokens.
struct TokenRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool empty() const { return begin >= end; }
};

class QuoteWords {
 public:
  explicit QuoteWords(const Document& doc);

  const Document& doc() const { return doc_; }
  std::uint32_t size() const { return static_cast<std::uint32_t>(lower_.size()); }
  const std::vector<std::string>& lower() const { return lower_; }
  const std::string& lower(std::uint32_t t) const { return lower_[t]; }
  std::string_view text(std::uint32_t t) const { return doc_.text(doc_.tokens[t].span); }
  // Byte span covered by tokens [range.begin, range.end).
  Span SpanOf(TokenRange range) const;

  // Holds a letter or digit.
  bool IsWord(std::uint32_t t) const;
  // Starts with an upper-case ASCII letter or a non-ASCII letter.
  bool IsCapitalised(std::uint32_t t) const;
  bool Is(std::uint32_t t, std::string_view lower) const { return lower_[t] == lower; }
  // Personal pronoun that can be a subject: "he", "she", "they", "we"...
  bool IsSubjectPronoun(std::uint32_t t) const;
  // Article, demonstrative or possessive that can open a noun phrase.
  bool IsDeterminer(std::uint32_t t) const;
  // Word that starts a clause or is an auxiliary verb, so cannot sit inside
  // a speaker's noun phrase ("that", "who", "would", "is"...).
  bool IsClauseWord(std::uint32_t t) const;
  // A lower-case word the tagger read as a finite verb or modal ("lacks",
  // "received", "might"): the predicate of a clause, never inside a speaker's
  // noun phrase. False before the tagger has run.
  bool IsFiniteVerb(std::uint32_t t) const;
  // A number, a month, a weekday or a time noun ("week", "morning"): the
  // head of a date, never what a cue is about. "addition" too, for "In
  // addition, officials said".
  bool IsCalendarWord(std::uint32_t t) const;
  // Preposition or time word that starts an adjunct after a cue ("in",
  // "on", "Tuesday", "yesterday").
  bool IsAdjunctStart(std::uint32_t t) const;

 private:
  const Document& doc_;
  std::vector<std::string> lower_;
};

}  // namespace tidings
