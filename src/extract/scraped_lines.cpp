#include "extract/scraped_lines.h"

#include <algorithm>
#include <array>

#include "extract/dates.h"
#include "extract/scraped_chars.h"

namespace tidings {
namespace {

// A date or time line may carry a few words ("Updated", "March", "UTC").
constexpr int kMaxTimestampLetterWords = 4;

// Function words that headlines in title case still write in lowercase
// ("Bridge Opens to Traffic", "Decade of Debate"); they do not count
// against a headline's capitalised share.
constexpr std::array<std::string_view, 38> kLowercaseHeadlineWords = {
    "a",   "an",  "and", "as",  "at",  "au",  "but", "by",   "da",  "de",
    "der", "des", "di",  "die", "du",  "e",   "el",  "en",   "et",  "for",
    "from", "in", "into", "la", "le",  "of",  "on",  "or",   "over", "per",
    "the", "to",  "und", "up",  "via", "von", "vs",  "with"};

bool IsSpaceAt(std::string_view text, size_t i, size_t* length) {
  const unsigned char c = text[i];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
    *length = 1;
    return true;
  }
  const CodePoint cp = CodePointAt(text, i);
  if (cp.value == 0x00A0 || cp.value == 0x202F || (cp.value >= 0x2000 && cp.value <= 0x200A)) {
    *length = cp.length;
    return true;
  }
  return false;
}

template <typename Visit>
void ForEachWord(std::string_view text, Visit visit) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) visit(text.substr(start, end - start));
    start = end + 1;
  }
}

bool AllOf(std::string_view word, bool (*predicate)(char)) {
  return !word.empty() && std::all_of(word.begin(), word.end(), predicate);
}
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsDateChar(char c) { return IsAsciiDigit(c) || c == '.' || c == '/' || c == '-'; }

// "14:20", "9:05:59".
bool IsClock(std::string_view word) {
  const size_t colon = word.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 2) return false;
  std::string_view rest = word.substr(colon + 1);
  return AllOf(word.substr(0, colon), IsAsciiDigit) && rest.size() >= 2 &&
         AllOf(rest.substr(0, 2), IsAsciiDigit) &&
         (rest.size() == 2 || (rest[2] == ':' && AllOf(rest.substr(3), IsAsciiDigit)));
}

// "05.12.2024", "2024-12-05", "12/5/24": digits and at least two separators.
bool IsNumericDate(std::string_view word) {
  const auto separators = std::count_if(word.begin(), word.end(), [](char c) { return !IsAsciiDigit(c); });
  return AllOf(word, IsDateChar) && separators >= 2 && IsAsciiDigit(word.front()) && IsAsciiDigit(word.back());
}

bool IsLetterWord(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    const CodePoint cp = CodePointAt(word, i);
    if (!IsLetter(cp.value) && cp.value != '.') return false;
    i += cp.length;
  }
  return !word.empty();
}

bool IsSeparatorWord(std::string_view word) {
  return word == "|" || word == "-" || word == "\u2013" || word == "\u2014" || word == "\u2022" || word == "/";
}

std::string_view StripTrailingPunctuation(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == ';' || word.back() == ':')) word.remove_suffix(1);
  return word;
}

// The source named in a trailing credit: "<caption> - <Source>, <timestamp>".
std::string CreditOf(std::string_view line) {
  static constexpr std::array<std::string_view, 4> kSeparators = {" - ", " \u2013 ", " \u2014 ", " | "};
  size_t best = std::string_view::npos, length = 0;
  for (std::string_view sep : kSeparators) {
    const size_t at = line.rfind(sep);
    if (at != std::string_view::npos && (best == std::string_view::npos || at > best)) best = at, length = sep.size();
  }
  if (best == std::string_view::npos || best == 0) return {};
  std::string_view tail = line.substr(best + length);
  const size_t comma = tail.find(',');
  if (comma == std::string_view::npos) return {};
  std::string_view source = tail.substr(0, comma);
  const int source_words = CountWords(source);
  if (source_words == 0 || source_words > kMaxCreditNameWords || !IsUpperLetter(CodePointAt(source, 0).value) ||
      std::any_of(source.begin(), source.end(), IsAsciiDigit))
    return {};
  if (!IsTimestamp(NormaliseWhitespace(tail.substr(comma + 1)))) return {};
  return std::string(source);
}

// The last code point before any closing quotes or brackets; negative when
// there is none.
int FinalMark(std::string_view text) {
  size_t end = text.size();
  while (end > 0) {
    const CodePoint cp = CodePointBefore(text, end);
    if (!IsClosingMark(cp.value)) return cp.value;
    end -= cp.length;
  }
  return -1;
}

double CapitalisedShare(std::string_view text) {
  int content = 0, capitalised = 0;
  ForEachWord(text, [&](std::string_view word) {
    size_t i = 0;
    CodePoint first = CodePointAt(word, i);
    while (first.value >= 0 && !IsLetter(first.value) && !IsDigit(first.value) && i + first.length < word.size()) {
      i += first.length;
      first = CodePointAt(word, i);
    }
    if (!IsLetter(first.value)) return;
    const bool function_word = std::find(kLowercaseHeadlineWords.begin(), kLowercaseHeadlineWords.end(),
                                         StripTrailingPunctuation(word)) != kLowercaseHeadlineWords.end();
    if (function_word) return;
    ++content;
    if (IsUpperLetter(first.value)) ++capitalised;
  });
  return content == 0 ? 0.0 : static_cast<double>(capitalised) / content;
}

}  // namespace

std::string NormaliseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    if (IsSpaceAt(text, i, &length)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out += text[i];
      length = 1;
    }
    i += length;
  }
  return out;
}

int CountWords(std::string_view text) {
  int words = 0;
  ForEachWord(text, [&](std::string_view) { ++words; });
  return words;
}

bool EndsSentence(std::string_view text) {
  const int mark = FinalMark(text);
  return mark == '.' || mark == '!' || mark == '?' || mark == 0x2026;
}

bool IsTimestamp(std::string_view text) {
  int words = 0, letter_words = 0;
  bool has_number = false, has_clock_or_date = false, other = false;
  ForEachWord(text, [&](std::string_view raw) {
    ++words;
    const std::string_view word = StripTrailingPunctuation(raw);
    if (IsClock(word) || IsNumericDate(word)) {
      has_clock_or_date = has_number = true;
    } else if (AllOf(word, IsAsciiDigit) || (word.size() > 1 && word.back() == '.' &&
                                             AllOf(word.substr(0, word.size() - 1), IsAsciiDigit))) {
      has_number = true;
    } else if (IsLetterWord(word)) {
      ++letter_words;
    } else if (!IsSeparatorWord(word)) {
      other = true;
    }
  });
  if (other || !has_number || words > kMaxTimestampWords || letter_words > kMaxTimestampLetterWords) return false;
  return has_clock_or_date || ParseDate(text).has_value() || FindDateInText(text).has_value();
}

bool IsHeadline(std::string_view text) {
  // Headlines may ask or exclaim ("What Comes Next?"), but never end with a
  // period or in the middle of a clause.
  const int mark = FinalMark(text);
  if (mark == '.' || mark == 0x2026 || mark == ',' || mark == ';' || mark == ':' || IsTimestamp(text)) return false;
  return CountWords(text) <= kMaxHeadlineWords && CapitalisedShare(text) >= kMinHeadlineCapitalisedShare;
}

ScrapedLine ClassifyLine(std::string_view raw) {
  ScrapedLine line;
  line.text = NormaliseWhitespace(raw);
  if (line.text.empty()) return line;
  line.credit = CreditOf(line.text);
  if (!line.credit.empty()) {
    line.kind = LineKind::kCaption;
  } else if (IsTimestamp(line.text)) {
    line.kind = LineKind::kTimestamp;
  } else if (IsHeadline(line.text)) {
    line.kind = LineKind::kHeadline;
  } else if (EndsSentence(line.text) || CountWords(line.text) > kMaxHeadlineWords) {
    line.kind = LineKind::kText;
  } else {
    line.kind = LineKind::kFragment;
  }
  return line;
}

}  // namespace tidings
