#include "extract/scraped_glue.h"

#include <algorithm>

#include "extract/scraped_chars.h"
#include "extract/scraped_lines.h"
#include "extract/text_cleaner.h"

namespace tidings {
namespace {

bool IsTerminal(char c) { return c == '.' || c == '?' || c == '!'; }

// The whitespace-delimited token around byte `at`.
std::string_view TokenAround(std::string_view text, size_t at) {
  size_t begin = text.rfind(' ', at);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  size_t end = text.find(' ', at);
  if (end == std::string_view::npos) end = text.size();
  return text.substr(begin, end - begin);
}

// The token ends with a web address, an e-mail address, a path or a query:
// its punctuation is not a sentence boundary.
bool LooksLikeAddress(std::string_view token) {
  return token.find("://") != std::string_view::npos || token.find('@') != std::string_view::npos ||
         token.find('/') != std::string_view::npos || token.find('=') != std::string_view::npos;
}

// Left of the punctuation: a word that can end a sentence. Abbreviations and
// initials ("U.S", "e.g", "J.R.R") carry an inner period and are left alone;
// so are single letters and capitalised words ("No", "Dr"), except acronyms
// ("KCNA.He"), which are not abbreviated.
bool EndsSentenceWord(std::string_view text, size_t punct) {
  const CodePoint left = CodePointBefore(text, punct);
  if (IsClosingMark(left.value) || IsDigit(left.value)) return true;
  size_t begin = text.rfind(' ', punct);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  const std::string_view word = text.substr(begin, punct - begin);
  if (word.size() < 2 || word.find('.') != std::string_view::npos) return false;
  if (IsLowerLetter(left.value)) return true;
  for (size_t i = 0; i < word.size();) {
    const CodePoint cp = CodePointAt(word, i);
    if (!IsUpperLetter(cp.value)) return false;
    i += cp.length;
  }
  return true;
}

// Right of the punctuation: a capitalised word ("He", "The", "I"), not a
// domain or file name ("Example.org") nor an all-capitals extension ("JPG").
bool StartsSentenceWord(std::string_view text, size_t at) {
  const CodePoint first = CodePointAt(text, at);
  if (!IsUpperLetter(first.value)) return false;
  size_t end = text.find(' ', at);
  if (end == std::string_view::npos) end = text.size();
  std::string_view word = text.substr(at, end - at);
  while (!word.empty() && (IsTerminal(word.back()) || word.back() == ',' || word.back() == ';' ||
                           word.back() == ':' || IsClosingMark(static_cast<unsigned char>(word.back()))))
    word.remove_suffix(1);
  if (word.find('.') != std::string_view::npos) return false;
  const CodePoint second = CodePointAt(text, at + first.length);
  return at + first.length >= end || !IsUpperLetter(second.value);
}

// A straight double quote closes a quotation when an odd number of them
// precede it.
bool QuoteCloses(std::string_view text, size_t quote) {
  const CodePoint mark = CodePointAt(text, quote);
  if (mark.value != '"') return IsClosingMark(mark.value) && !IsOpeningQuote(mark.value);
  return std::count(text.begin(), text.begin() + quote, '"') % 2 == 1;
}

// Where to insert a space after the terminal punctuation run ending at
// `after`, or npos when the boundary is not glued.
size_t GluePoint(std::string_view text, size_t after) {
  if (StartsSentenceWord(text, after)) return after;
  const CodePoint mark = CodePointAt(text, after);
  if (!IsClosingMark(mark.value) && !IsOpeningQuote(mark.value)) return std::string_view::npos;
  if (!StartsSentenceWord(text, after + mark.length)) return std::string_view::npos;
  return QuoteCloses(text, after) ? after + mark.length : after;
}

}  // namespace

std::string RepairGluedSentences(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 64);
  size_t copied = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsTerminal(text[i]) || i == 0) continue;
    size_t after = i;
    while (after < text.size() && IsTerminal(text[after])) ++after;
    const size_t glue = GluePoint(text, after);
    if (glue != std::string_view::npos && EndsSentenceWord(text, i) && !LooksLikeAddress(TokenAround(text, i))) {
      out.append(text.substr(copied, glue - copied));
      out += ' ';
      copied = glue;
    }
    i = after - 1;
  }
  out.append(text.substr(copied));
  return out;
}

std::vector<std::string> SplitGluedHeadings(std::string_view text, const std::vector<std::string>& headings) {
  std::vector<size_t> cuts;
  for (const std::string& heading : headings) {
    if (CountWords(heading) < kMinGluedHeadingWords || heading.size() >= text.size()) continue;
    for (size_t at = text.find(heading); at != std::string_view::npos; at = text.find(heading, at + 1)) {
      const size_t end = at + heading.size();
      const bool starts_word = at == 0 || text[at - 1] == ' ';
      if (!starts_word || end >= text.size() || !IsUpperLetter(CodePointAt(text, end).value)) continue;
      cuts.push_back(at);
      cuts.push_back(end);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  std::vector<std::string> pieces;
  size_t begin = 0;
  for (size_t cut : cuts) {
    if (cut <= begin) continue;
    pieces.push_back(NormaliseWhitespace(text.substr(begin, cut - begin)));
    begin = cut;
  }
  pieces.push_back(NormaliseWhitespace(text.substr(begin)));
  return pieces;
}

}  // namespace tidings
