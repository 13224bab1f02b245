#include "annotate/actor_gazetteer.h"

#include <algorithm>
#include <array>
#include <functional>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "syntax/features.h"

namespace tidings {
namespace {

// A key's hash, grown one token at a time: FNV-1a over the bytes of the
// tokens joined by ' ' (so it is the hash of the joined text however it was
// cut, as the key's text is compared), spread by Mix() when probed.
class KeyHash {
 public:
  void Add(std::string_view folded) {
    if (!empty_) Byte(' ');
    empty_ = false;
    for (char c : folded) Byte(static_cast<unsigned char>(c));
  }
  std::uint64_t value() const { return syntax::Mix(state_); }

 private:
  static constexpr std::uint64_t kBasis = 0xcbf29ce484222325ULL;
  void Byte(unsigned char c) { state_ = (state_ ^ c) * 0x100000001b3ULL; }
  std::uint64_t state_ = kBasis;
  bool empty_ = true;
};

// Whether `text` is the first n of `words` joined by ' '.
template <typename Words>
bool JoinedEquals(std::string_view text, const Words& words, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) {
      if (text.empty() || text[0] != ' ') return false;
      text.remove_prefix(1);
    }
    const std::string_view word = words[i];
    if (!text.starts_with(word)) return false;
    text.remove_prefix(word.size());
  }
  return text.empty();
}

// The first n folded tokens from `first` on, as JoinedEquals reads them.
struct FoldedRun {
  const TokenView& tokens;
  std::uint32_t first;
  std::string_view operator[](std::size_t i) const { return tokens.folded[first + i]; }
};
struct FoldedAt {
  const TokenView& tokens;
  std::span<const std::uint32_t> indices;
  std::string_view operator[](std::size_t i) const { return tokens.folded[indices[i]]; }
};

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

bool StartsWithCapital(std::string_view token) {
  // ASCII (most tokens) without ICU: its upper-case letters are A-Z.
  if (!token.empty() && static_cast<unsigned char>(token[0]) < 0x80) return token[0] >= 'A' && token[0] <= 'Z';
  return u_isupper(FirstCodePoint(token));
}

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
  if (tokens.empty() || tokens.size() > kMaxPhraseTokens) return;
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
  KeyHash hash;
  for (std::size_t i = 0; i + 1 < folded.size(); ++i) {
    hash.Add(folded[i]);
    KeyFor(hash.value(), folded, i + 1);
  }
  hash.Add(folded.back());
  std::vector<Phrase>& same = KeyFor(hash.value(), folded, folded.size()).phrases;
  const bool duplicate = std::any_of(same.begin(), same.end(), [&](const Phrase& p) {
    return p.payload == payload && p.exact == entry.exact && p.capitalised == entry.capitalised;
  });
  if (!duplicate) same.push_back(std::move(entry));
}

// Where a key goes when the hash before it is taken by another key's text.
static std::uint64_t NextProbe(std::uint64_t hash) { return syntax::Mix(hash + 1); }

template <typename Words>
const ActorGazetteer::Key* ActorGazetteer::FindKey(std::uint64_t hash, const Words& words, std::size_t n) const {
  for (const std::uint32_t* k; (k = index_.Find(hash)) != nullptr; hash = NextProbe(hash))
    if (JoinedEquals(keys_[*k].text, words, n)) return &keys_[*k];
  return nullptr;
}

ActorGazetteer::Key& ActorGazetteer::KeyFor(std::uint64_t hash, const std::vector<std::string>& words, std::size_t n) {
  if (const Key* key = FindKey(hash, words, n)) return const_cast<Key&>(*key);
  while (index_.Find(hash) != nullptr) hash = NextProbe(hash);
  index_.Insert(hash, static_cast<std::uint32_t>(keys_.size()));
  keys_.push_back({Join(std::vector<std::string>(words.begin(), words.begin() + n)), {}});
  return keys_.back();
}

void ActorGazetteer::Collect(const TokenView& tokens, std::span<const std::uint32_t> indices,
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
  // runs[n-1]: the phrases of the first n tokens; no key is longer than a phrase (kMaxPhraseTokens).
  const std::vector<Phrase>* runs[kMaxPhraseTokens];
  std::uint32_t found = 0;
  KeyHash hash;
  const FoldedRun words{tokens, first};
  for (std::uint32_t n = 1; first + n <= limit && n <= kMaxPhraseTokens; ++n) {
    hash.Add(words[n - 1]);
    const Key* key = FindKey(hash.value(), words, n);
    if (key == nullptr) break;
    runs[found++] = &key->phrases;
  }
  std::uint32_t indices[kMaxPhraseTokens];
  for (std::uint32_t k = 0; k < found; ++k) indices[k] = first + k;
  for (std::uint32_t n = found; n >= 1; --n) {
    if (runs[n - 1]->empty()) continue;
    Collect(tokens, std::span(indices, n), *runs[n - 1], payloads);
    if (!payloads->empty()) return n;
  }
  return 0;
}

void ActorGazetteer::Lookup(const TokenView& tokens, const std::vector<std::uint32_t>& indices,
                            std::vector<std::uint32_t>* payloads) const {
  payloads->clear();
  const FoldedAt words{tokens, indices};
  KeyHash hash;
  for (std::size_t i = 0; i < indices.size(); ++i) hash.Add(words[i]);
  if (const Key* key = FindKey(hash.value(), words, indices.size())) Collect(tokens, indices, key->phrases, payloads);
}

}  // namespace tidings
