#include "extract/scraped_glue.h"

#include <algorithm>

#include "extract/scraped_chars.h"
#include "extract/scraped_lines.h"
#include "extract/text_cleaner.h"

namespace tidings {
namespace {

// A capitalised word this short before a period is taken for an
// abbreviated title ("Dr", "Mrs", "Gen"), not the end of a sentence.
constexpr int kMaxAbbreviationLetters = 3;

// Two glued words are short. A longer run without spaces is data (a URL, a
// hash, junk) rather than prose, and is left alone without being scanned
// again for every period in it.
constexpr size_t kMaxGluedTokenBytes = 256;

bool IsTerminal(char c) { return c == '.' || c == '?' || c == '!'; }

// The space-delimited token around byte `at`, or empty when it is longer
// than kMaxGluedTokenBytes.
std::string_view TokenAround(std::string_view text, size_t at) {
  size_t begin = at, end = at;
  while (begin > 0 && text[begin - 1] != ' ') {
    if (at - --begin > kMaxGluedTokenBytes) return {};
  }
  while (end < text.size() && text[end] != ' ') {
    if (++end - at > kMaxGluedTokenBytes) return {};
  }
  return text.substr(begin, end - begin);
}

// A web address, an e-mail address, a path or a query: its punctuation is
// not a sentence boundary.
bool LooksLikeAddress(std::string_view token) {
  return token.find("://") != std::string_view::npos || token.find('@') != std::string_view::npos ||
         token.find('/') != std::string_view::npos || token.find('=') != std::string_view::npos;
}

// Left of the punctuation: a word that can end a sentence. Abbreviations and
// initials ("U.S", "e.g", "J.R.R") carry an inner period, single letters are
// initials, and short capitalised words are titles ("Dr", "Mrs", "Gen"):
// those are left alone. Acronyms ("NTSB.It") are not abbreviated and do end
// sentences.
bool EndsSentenceWord(std::string_view word) {
  const CodePoint last = CodePointBefore(word, word.size());
  if (IsClosingMark(last.value) || IsDigit(last.value)) return true;
  if (word.size() < 2 || word.find('.') != std::string_view::npos) return false;
  int characters = 0, capitals = 0;
  for (size_t i = 0; i < word.size(); ++characters) {
    const CodePoint cp = CodePointAt(word, i);
    capitals += IsUpperLetter(cp.value);
    i += cp.length;
  }
  if (capitals == characters) return true;
  if (!IsLowerLetter(last.value)) return false;
  return capitals == 0 || characters > kMaxAbbreviationLetters;
}

// Right of the punctuation: a capitalised word ("He", "The", "I"), not a
// domain or file name ("Example.org") nor an all-capitals extension ("JPG").
bool StartsSentenceWord(std::string_view word) {
  const CodePoint first = CodePointAt(word, 0);
  if (!IsUpperLetter(first.value)) return false;
  if (first.length == word.size()) return true;
  if (IsUpperLetter(CodePointAt(word, first.length).value)) return false;
  while (!word.empty() && (IsTerminal(word.back()) || word.back() == ',' || word.back() == ';' ||
                           word.back() == ':' || IsClosingMark(static_cast<unsigned char>(word.back()))))
    word.remove_suffix(1);
  return word.find('.') == std::string_view::npos;
}

// A straight double quote closes a quotation when an odd number of them
// precede it; curly quotes say which they are.
bool QuoteCloses(int mark, size_t straight_quotes_before) {
  if (mark != '"') return IsClosingMark(mark) && !IsOpeningQuote(mark);
  return straight_quotes_before % 2 == 1;
}

// Where to insert a space in `right`, the rest of the token after a
// sentence-final punctuation run, or npos when no sentence starts there.
size_t GluePoint(std::string_view right, size_t straight_quotes_before) {
  if (StartsSentenceWord(right)) return 0;
  const CodePoint mark = CodePointAt(right, 0);
  if (!IsClosingMark(mark.value) && !IsOpeningQuote(mark.value)) return std::string_view::npos;
  if (!StartsSentenceWord(right.substr(std::min(mark.length, right.size())))) return std::string_view::npos;
  return QuoteCloses(mark.value, straight_quotes_before) ? mark.length : 0;
}

// Where a space belongs after the sentence-final punctuation run
// [punct, after), or npos when the sentence boundary there is not glued.
size_t SpaceNeededAfter(std::string_view text, size_t punct, size_t after, size_t straight_quotes_before) {
  const std::string_view token = TokenAround(text, punct);
  if (token.empty() || LooksLikeAddress(token)) return std::string_view::npos;
  const size_t token_begin = token.data() - text.data();
  const size_t token_end = token_begin + token.size();
  if (after >= token_end || !EndsSentenceWord(text.substr(token_begin, punct - token_begin)))
    return std::string_view::npos;
  const size_t glue = GluePoint(text.substr(after, token_end - after), straight_quotes_before);
  return glue == std::string_view::npos ? glue : after + glue;
}

}  // namespace

std::string RepairGluedSentences(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 64);
  size_t copied = 0, straight_quotes = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    straight_quotes += text[i] == '"';
    if (!IsTerminal(text[i]) || i == 0) continue;
    size_t after = i;
    while (after < text.size() && IsTerminal(text[after])) ++after;
    const size_t space = SpaceNeededAfter(text, i, after, straight_quotes);
    if (space != std::string_view::npos) {
      out.append(text.substr(copied, space - copied));
      out += ' ';
      copied = space;
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
