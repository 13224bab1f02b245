#include "annotate/actor_gazetteer.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace tidings {
namespace {

UChar32 FirstCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  std::int32_t i = 0;
  UChar32 c;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, static_cast<std::int32_t>(s.size()), c);
  return c;
}


bool IsOpening(char c) { return c == '"' || c == '\'' || c == '(' || c == '['; }
bool IsClosing(char c) { return c == '"' || c == '\'' || c == ')' || c == ']' || c == ',' || c == ';' || c == ':'; }

// Words a name written in capitals leaves lowercase in running text.
bool IsFunctionWord(std::string_view folded) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "of", "the", "and", "for", "de", "la", "el", "du", "des", "in", "on", "al", "bin", "van", "von", "der"};
  return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

// At least two letters and none lowercase: "US", "KCNA", "U.S.".
bool IsAllCapitals(std::string_view phrase) {
  int letters = 0;
  for (char c : phrase) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

std::string Join(const std::vector<std::string>& words) {
  std::string key;
  for (const std::string& w : words) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

}  // namespace

bool StartsWithCapital(std::string_view token) { return u_isupper(FirstCodePoint(token)); }

std::string FoldCase(std::string_view token) {
  std::string folded(token);
  bool ascii = true;
  for (char& c : folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  }
  if (ascii) return folded;
  folded.clear();
  icu::UnicodeString::fromUTF8(icu::StringPiece(token.data(), static_cast<std::int32_t>(token.size())))
      .foldCase()
      .toUTF8String(folded);
  return folded;
}

void TokenView::Add(std::string_view token) {
  text.push_back(token);
  folded.push_back(FoldCase(token));
}

std::vector<std::string_view> PhraseTokens(std::string_view phrase) {
  std::vector<std::string_view> tokens;
  while (!phrase.empty()) {
    const std::size_t space = phrase.find(' ');
    std::string_view chunk = phrase.substr(0, space);
    phrase.remove_prefix(space == std::string_view::npos ? phrase.size() : space + 1);
    while (!chunk.empty() && IsOpening(chunk.front())) {
      tokens.push_back(chunk.substr(0, 1));
      chunk.remove_prefix(1);
    }
    std::size_t closing = 0;
    while (closing < chunk.size() && IsClosing(chunk[chunk.size() - 1 - closing])) ++closing;
    std::string_view word = chunk.substr(0, chunk.size() - closing);
    for (std::string_view clitic : {"'s", "\u2019s"}) {
      if (word.size() > clitic.size() && word.ends_with(clitic)) {
        tokens.push_back(word.substr(0, word.size() - clitic.size()));
        word = word.substr(word.size() - clitic.size());
        break;
      }
    }
    if (!word.empty()) tokens.push_back(word);
    for (std::size_t i = chunk.size() - closing; i < chunk.size(); ++i) tokens.push_back(chunk.substr(i, 1));
  }
  return tokens;
}

void ActorGazetteer::Add(std::string_view phrase, std::uint32_t payload, CaseRule rule) {
  const std::vector<std::string_view> tokens = PhraseTokens(phrase);
  if (tokens.empty() || tokens.size() > 32) return;
  std::vector<std::string> folded;
  Phrase entry;
  entry.payload = payload;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    folded.push_back(FoldCase(tokens[i]));
    const bool capital = rule == CaseRule::kAsWritten ? StartsWithCapital(tokens[i])
                                                      : u_isalpha(FirstCodePoint(tokens[i])) && !IsFunctionWord(folded[i]);
    if (capital) entry.capitalised |= 1u << i;
  }
  if (rule == CaseRule::kAsWritten && IsAllCapitals(phrase)) {
    entry.exact = true;
    entry.text = Join(std::vector<std::string>(tokens.begin(), tokens.end()));
  }
  if (first_words_.empty()) first_words_.assign(kFirstWordBits / 64, 0);
  const std::size_t bit = std::hash<std::string_view>{}(folded[0]) % kFirstWordBits;
  first_words_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  std::string key;
  for (std::size_t i = 0; i + 1 < folded.size(); ++i) {
    if (i > 0) key += ' ';
    key += folded[i];
    phrases_.try_emplace(key);
  }
  std::vector<Phrase>& same = phrases_[Join(folded)];
  const bool duplicate = std::any_of(same.begin(), same.end(), [&](const Phrase& p) {
    return p.payload == payload && p.exact == entry.exact && p.capitalised == entry.capitalised;
  });
  if (!duplicate) same.push_back(std::move(entry));
}

void ActorGazetteer::Collect(const TokenView& tokens, const std::vector<std::uint32_t>& indices,
                             const std::vector<Phrase>& same, std::vector<std::uint32_t>* payloads) const {
  for (const Phrase& phrase : same) {
    bool fits = true;
    if (phrase.exact) {
      std::string text;
      for (std::uint32_t i : indices) {
        if (!text.empty()) text += ' ';
        text += tokens.text[i];
      }
      fits = text == phrase.text;
    } else {
      for (std::size_t k = 0; k < indices.size() && fits; ++k)
        if ((phrase.capitalised >> k & 1u) && !StartsWithCapital(tokens.text[indices[k]])) fits = false;
    }
    if (fits && std::find(payloads->begin(), payloads->end(), phrase.payload) == payloads->end())
      payloads->push_back(phrase.payload);
  }
}

bool ActorGazetteer::MayBegin(std::string_view folded) const {
  if (first_words_.empty()) return false;
  const std::size_t bit = std::hash<std::string_view>{}(folded) % kFirstWordBits;
  return first_words_[bit / 64] >> (bit % 64) & 1u;
}

std::uint32_t ActorGazetteer::LongestMatch(const TokenView& tokens, std::uint32_t first, std::uint32_t limit,
                                           std::vector<std::uint32_t>* payloads) const {
  payloads->clear();
  if (first >= limit || !MayBegin(tokens.folded[first])) return 0;
  std::vector<const std::vector<Phrase>*> runs;  // runs[n-1]: the phrases of the first n tokens
  std::string key;
  for (std::uint32_t n = 1; first + n <= limit; ++n) {
    if (n > 1) key += ' ';
    key += tokens.folded[first + n - 1];
    const auto it = phrases_.find(key);
    if (it == phrases_.end()) break;
    runs.push_back(&it->second);
  }
  std::vector<std::uint32_t> indices;
  for (auto n = static_cast<std::uint32_t>(runs.size()); n >= 1; --n) {
    if (runs[n - 1]->empty()) continue;
    indices.resize(n);
    for (std::uint32_t k = 0; k < n; ++k) indices[k] = first + k;
    Collect(tokens, indices, *runs[n - 1], payloads);
    if (!payloads->empty()) return n;
  }
  return 0;
}

void ActorGazetteer::Lookup(const TokenView& tokens, const std::vector<std::uint32_t>& indices,
                            std::vector<std::uint32_t>* payloads) const {
  payloads->clear();
  std::vector<std::string> words;
  for (std::uint32_t i : indices) words.push_back(tokens.folded[i]);
  const auto it = phrases_.find(Join(words));
  if (it != phrases_.end()) Collect(tokens, indices, it->second, payloads);
}

}  // namespace tidings
