#include "text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string_view>

namespace tidings {
namespace {

// ---- characters ------------------------------------------------------------

UChar32 DecodeAt(std::string_view s, std::uint32_t i, std::uint32_t* next) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  *next = static_cast<std::uint32_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

UChar32 DecodeBefore(std::string_view s, std::uint32_t i, std::uint32_t* prev) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(i);
  U8_PREV(s.data(), 0, pos, c);
  *prev = static_cast<std::uint32_t>(pos);
  return c < 0 ? 0xFFFD : c;
}

bool IsOpeningPunct(UChar32 c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == 0x201C || c == 0x2018 ||
         c == 0xAB || c == 0x201E || c == 0x2039;
}

bool IsClosingPunct(UChar32 c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x201D || c == 0x2019 ||
         c == 0xBB || c == 0x203A || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
         c == '?' || c == '%' || c == 0x2026;
}

bool IsDash(UChar32 c) { return c == 0x2014 || c == 0x2013 || c == 0x2012; }

// True when `word` lowercased (ASCII letters only) equals `lower`, without
// building the lowercased copy: these checks run on every token.
bool LowersTo(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
    if (c != lower[i]) return false;
  }
  return true;
}

template <std::size_t N>
bool IsListed(std::string_view word, const std::array<std::string_view, N>& lowered) {
  return std::any_of(lowered.begin(), lowered.end(), [&](std::string_view w) { return LowersTo(word, w); });
}

// ---- abbreviations ---------------------------------------------------------

constexpr std::array<std::string_view, 64> kAbbreviations = {
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.",
    "gov.", "sen.", "rep.", "pres.", "st.", "jr.", "sr.", "rev.", "hon.", "amb.", "no.", "vs.",
    "etc.", "inc.", "corp.", "ltd.", "co.", "bros.", "dept.", "univ.", "assn.", "jan.", "feb.",
    "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "mon.",
    "tue.", "wed.", "thu.", "fri.", "sat.", "sun.", "a.m.", "p.m.", "e.g.", "i.e.", "al.", "approx.",
    "est.", "fig.", "vol.", "op.", "mt."};

bool IsAbbreviation(std::string_view word) {
  if (IsListed(word, kAbbreviations)) return true;
  // Letter-dot sequences: "U.S.", "U.N.", "J."
  if (word.size() < 2 || word.back() != '.') return false;
  for (std::size_t i = 0; i < word.size(); i += 2) {
    if (!((word[i] >= 'A' && word[i] <= 'Z') || (word[i] >= 'a' && word[i] <= 'z'))) return false;
    if (i + 1 >= word.size() || word[i + 1] != '.') return false;
  }
  return true;
}

// Abbreviations that precede a name or number and so never end a sentence.
constexpr std::array<std::string_view, 31> kTitleAbbreviations = {
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.",
    "adm.", "gov.", "sen.", "rep.", "pres.", "st.", "rev.", "hon.", "amb.", "no.", "vs.",
    "jan.", "feb.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "mt."};

std::string_view LastWord(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
  std::uint32_t start = end;
  while (start > begin && text[start - 1] != ' ' && text[start - 1] != '\n') --start;
  return text.substr(start, end - start);
}

bool EndsWithTitleAbbreviation(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  return IsListed(LastWord(text, begin, end), kTitleAbbreviations);
}

// ---- sentences -------------------------------------------------------------

// One ICU sentence iterator per thread: creating one loads rule data.
icu::BreakIterator* SentenceIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    return U_SUCCESS(status) ? std::move(bi) : nullptr;
  }();
  return it.get();
}

// True when the text before `end` finishes with a lone capital and a period,
// as in "J. Smith": ICU breaks there, a reader does not.
bool EndsWithInitial(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  std::uint32_t i = end;
  while (i > begin && (text[i - 1] == ' ' || text[i - 1] == '\n')) --i;
  if (i < begin + 2 || text[i - 1] != '.') return false;
  std::uint32_t p;
  const UChar32 letter = DecodeBefore(text, i - 1, &p);
  if (!u_isupper(letter)) return false;
  return p == begin || text[p - 1] == ' ' || text[p - 1] == '.';
}

bool StartsLowercase(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  for (std::uint32_t i = begin; i < end;) {
    std::uint32_t next;
    const UChar32 c = DecodeAt(text, i, &next);
    if (u_isalpha(c)) return u_islower(c);
    if (u_isdigit(c)) return false;
    i = next;
  }
  return false;
}

std::vector<Span> ParagraphSentences(std::string_view text, Span paragraph) {
  std::vector<Span> out;
  icu::BreakIterator* it = SentenceIterator();
  if (!it) {
    out.push_back(paragraph);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  // Over UTF-8 text, the iterator's indices are byte offsets.
  UText* ut = utext_openUTF8(nullptr, text.data() + paragraph.begin, paragraph.size(), &status);
  it->setText(ut, status);
  std::uint32_t start = 0;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    const std::uint32_t end = static_cast<std::uint32_t>(b);
    out.push_back({paragraph.begin + start, paragraph.begin + end});
    start = end;
  }
  utext_close(ut);
  // Undo breaks after initials, after titles ("Gen. Allen") and before a
  // lowercase continuation ("Stop!" he said.).
  std::vector<Span> merged;
  for (const Span& s : out) {
    if (!merged.empty() && (EndsWithInitial(text, merged.back().begin, merged.back().end) ||
                            EndsWithTitleAbbreviation(text, merged.back().begin, merged.back().end) ||
                            StartsLowercase(text, s.begin, s.end))) {
      merged.back().end = s.end;
    } else {
      merged.push_back(s);
    }
  }
  // Trailing whitespace belongs to no sentence.
  for (Span& s : merged)
    while (s.end > s.begin && (text[s.end - 1] == ' ' || text[s.end - 1] == '\n' || text[s.end - 1] == '\t')) --s.end;
  std::erase_if(merged, [](const Span& s) { return s.size() == 0; });
  return merged;
}

// ---- tokens ----------------------------------------------------------------

// Length of a clitic suffix ("'s", "n't", "’ll") at the end of `word`, or 0.
std::uint32_t CliticLength(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kClitics = {
      "n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"};
  for (std::string_view c : kClitics)
    if (word.size() > c.size() && LowersTo(word.substr(word.size() - c.size()), c))
      return static_cast<std::uint32_t>(c.size());
  return 0;
}

void PushToken(std::vector<Token>& tokens, std::uint32_t begin, std::uint32_t end) {
  Token token;
  while (end - begin > kMaxTokenBytes) {
    token.span = {begin, begin + kMaxTokenBytes};
    tokens.push_back(token);
    begin += kMaxTokenBytes;
  }
  if (end <= begin) return;
  token.span = {begin, end};
  tokens.push_back(std::move(token));
}

// A name whose words are joined by underscores ("Dol_Amroth", "Buenos_Aires"),
// the way event-coder dictionaries and the texts written for them spell a
// name of several words: each word a token, the underscores between them in
// none (as a blank would be). Only capitalised words of letters qualify, so
// file names, identifiers and codes ("cover_letter.doc", "snake_case",
// "ENW_GCP") stay whole. False, pushing nothing, when [begin, end) is no such
// name.
bool PushJoinedName(std::string_view text, std::uint32_t begin, std::uint32_t end, std::vector<Token>& tokens) {
  std::vector<Span> words;
  std::uint32_t word_begin = begin;
  bool lowercase = false;  // the current word has a lowercase letter after its capital
  for (std::uint32_t i = begin; i <= end;) {
    if (i == end || text[i] == '_') {
      if (i == word_begin || !lowercase) return false;  // an empty or all-capital word
      words.push_back({word_begin, i});
      word_begin = ++i;
      lowercase = false;
      continue;
    }
    std::uint32_t next;
    const UChar32 c = DecodeAt(text, i, &next);
    if (!u_isalpha(c) || (i == word_begin && !u_isupper(c))) return false;
    lowercase |= u_islower(c);
    i = next;
  }
  if (words.size() < 2) return false;
  for (const Span& w : words) PushToken(tokens, w.begin, w.end);
  return true;
}

// Splits one whitespace-free chunk [begin, end) into tokens.
void TokenizeChunk(std::string_view text, std::uint32_t begin, std::uint32_t end, bool sentence_final,
                   std::vector<Token>& tokens) {
  // Leading punctuation and dashes, one token each.
  while (begin < end) {
    std::uint32_t next;
    const UChar32 c = DecodeAt(text, begin, &next);
    if (!IsOpeningPunct(c) && !IsDash(c)) break;
    PushToken(tokens, begin, next);
    begin = next;
  }
  // Trailing punctuation, collected right to left, emitted afterwards.
  std::vector<Span> trailing;
  while (end > begin) {
    std::uint32_t prev;
    const UChar32 c = DecodeBefore(text, end, &prev);
    if (!IsClosingPunct(c) && !IsDash(c)) break;
    if (c == '.' && IsAbbreviation(text.substr(begin, end - begin)) && !(sentence_final && trailing.empty() && end - begin > 4))
      break;
    trailing.push_back({prev, end});
    end = prev;
  }
  // Inner em dashes split words ("talks—and").
  std::uint32_t word_begin = begin;
  for (std::uint32_t i = begin; i < end;) {
    std::uint32_t next;
    const UChar32 c = DecodeAt(text, i, &next);
    if (IsDash(c)) {
      PushToken(tokens, word_begin, i);
      PushToken(tokens, i, next);
      word_begin = next;
    }
    i = next;
  }
  const std::uint32_t clitic = CliticLength(text.substr(word_begin, end - word_begin));
  if (!PushJoinedName(text, word_begin, end - clitic, tokens)) PushToken(tokens, word_begin, end - clitic);
  PushToken(tokens, end - clitic, end);
  for (auto it = trailing.rbegin(); it != trailing.rend(); ++it) PushToken(tokens, it->begin, it->end);
}

// ASCII first: U+0009..U+000D and U+0020 are its only White_Space characters.
bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c) || c == 0xA0;
}

void TokenizeSentence(std::string_view text, Sentence& sentence, std::vector<Token>& tokens) {
  sentence.first_token = static_cast<std::uint32_t>(tokens.size());
  std::uint32_t chunk = sentence.span.begin;
  for (std::uint32_t i = sentence.span.begin; i < sentence.span.end;) {
    std::uint32_t next;
    const UChar32 c = DecodeAt(text, i, &next);
    if (IsSpace(c)) {
      if (i > chunk) TokenizeChunk(text, chunk, i, false, tokens);
      chunk = next;
    }
    i = next;
  }
  if (sentence.span.end > chunk) TokenizeChunk(text, chunk, sentence.span.end, true, tokens);
  sentence.token_count = static_cast<std::uint32_t>(tokens.size()) - sentence.first_token;
}

}  // namespace

void Segment(Document& doc) {
  doc.sentences.clear();
  doc.tokens.clear();
  const std::string_view text = doc.text();
  std::uint32_t offset = 0;
  const auto& paragraphs = doc.article().paragraphs;
  for (std::uint32_t p = 0; p < paragraphs.size(); ++p) {
    const std::uint32_t size = static_cast<std::uint32_t>(paragraphs[p].text.size());
    for (const Span& s : ParagraphSentences(text, {offset, offset + size})) {
      Sentence sentence{s, 0, 0, p};
      TokenizeSentence(text, sentence, doc.tokens);
      doc.sentences.push_back(sentence);
    }
    offset += size + 2;  // paragraphs are joined by a blank line
  }
}

}  // namespace tidings
