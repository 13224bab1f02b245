#include "annotate/quote_words.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace tidings {
namespace {

template <std::size_t N>
bool OneOf(const std::array<std::string_view, N>& set, std::string_view word) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

constexpr std::array<std::string_view, 11> kSubjectPronouns = {"he",   "she", "they", "we",   "i",  "it",
                                                                "you", "who", "this", "there", "one"};

constexpr std::array<std::string_view, 19> kDeterminers = {
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
    "their", "our", "my", "your", "some", "many", "most", "several", "both"};

constexpr std::array<std::string_view, 46> kClauseWords = {
    "that",   "which", "who",    "whom",   "whose",  "where",    "when",  "while", "because", "if",
    "although", "though", "since", "unless", "whether", "so",     "but",   "or",    "nor",     "yet",
    "than",   "is",    "are",    "was",    "were",   "be",       "been",  "being", "am",      "has",
    "have",   "had",   "do",     "does",   "did",    "will",     "would", "shall", "should",  "can",
    "could",  "may",   "might",  "must",   "not",    "n't"};

constexpr std::array<std::string_view, 40> kAdjunctStarts = {
    "in",        "on",       "at",       "during",  "after",    "before",   "to",        "from",
    "via",       "through",  "last",     "this",    "earlier",  "later",    "today",     "yesterday",
    "tonight",   "monday",   "tuesday",  "wednesday", "thursday", "friday", "saturday",  "sunday",
    "recently",  "again",    "previously", "repeatedly", "publicly", "privately", "separately", "also",
    "then",      "once",     "when",     "while",   "as",       "with",     "without",   "under"};

constexpr std::array<std::string_view, 28> kCalendarWords = {
    "january", "february", "march",   "april",    "june",      "july",     "august",   "september", "october",
    "november", "december", "monday",  "tuesday",  "wednesday", "thursday", "friday",   "saturday",  "sunday",
    "addition", "day",      "week",    "weekend",  "month",     "year",     "morning",  "afternoon", "evening",
    "night"};

}  // namespace

QuoteWords::QuoteWords(const Document& doc) : doc_(doc) {
  lower_.reserve(doc.tokens.size());
  for (const Token& token : doc.tokens) {
    const std::string_view source = doc.text(token.span);
    std::string word;
    word.reserve(source.size());
    for (std::size_t i = 0; i < source.size(); ++i) {
      // Curly apostrophes read as straight ones: "n’t", "’s".
      if (source.compare(i, 3, "\xE2\x80\x99") == 0) {
        word += '\'';
        i += 2;
        continue;
      }
      const char c = source[i];
      word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    lower_.push_back(std::move(word));
  }
}

Span QuoteWords::SpanOf(TokenRange range) const {
  if (range.empty()) return {};
  return {doc_.tokens[range.begin].span.begin, doc_.tokens[range.end - 1].span.end};
}

bool QuoteWords::IsWord(std::uint32_t t) const {
  const std::string_view word = text(t);
  for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
    UChar32 c;
    U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
    if (c >= 0 && u_isalnum(c)) return true;
  }
  return false;
}

bool QuoteWords::IsCapitalised(std::uint32_t t) const {
  const std::string_view word = text(t);
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
  return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool QuoteWords::IsSubjectPronoun(std::uint32_t t) const { return OneOf(kSubjectPronouns, lower_[t]); }
bool QuoteWords::IsDeterminer(std::uint32_t t) const { return OneOf(kDeterminers, lower_[t]); }
bool QuoteWords::IsClauseWord(std::uint32_t t) const { return OneOf(kClauseWords, lower_[t]); }
bool QuoteWords::IsFiniteVerb(std::uint32_t t) const {
  const std::string& tag = doc_.tokens[t].tag;
  return (tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD") && !IsCapitalised(t);
}
bool QuoteWords::IsCalendarWord(std::uint32_t t) const {
  const std::string& w = lower_[t];
  return (!w.empty() && w.front() >= '0' && w.front() <= '9') || OneOf(kCalendarWords, w);
}
bool QuoteWords::IsAdjunctStart(std::uint32_t t) const { return OneOf(kAdjunctStarts, lower_[t]); }

}  // namespace tidings
