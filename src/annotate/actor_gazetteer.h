// ActorGazetteer: phrases (names, aliases, titles) matched over a Document's
// tokens, longest first, in one hash probe per candidate length.
//
// Phrases are cut into tokens the way the segmenter cuts text (punctuation
// and the clitic "'s" split off, hyphenated words kept whole) and keyed on
// their case-folded tokens. Case is then checked per phrase: an all-capital
// phrase ("US", "WHO", "KCNA") must match exactly, and every word the
// phrase capitalises must be capitalised in the text ("May" the surname,
// never "may"); lowercase words match any case. A phrase carries an opaque
// payload (the caller's index); several phrases may share a key. Lookups
// cost O(longest phrase in tokens) probes per position. Immutable after
// building; safe to share between threads.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/hash_index.h"

namespace tidings {

// Tokens of one stretch of text, with their case-folded forms.
struct TokenView {
  std::vector<std::string_view> text;
  std::vector<std::string> folded;

  void Add(std::string_view token);
};

// Lowercase: ASCII by hand, the rest with ICU full case folding.
std::string FoldCase(std::string_view token);

// True when the token's first character is an upper-case letter (any script).
bool StartsWithCapital(std::string_view token);

// Cuts a dictionary phrase into tokens as Segment would cut it in text.
std::vector<std::string_view> PhraseTokens(std::string_view phrase);

class ActorGazetteer {
 public:
  // How strictly a phrase's case is checked (see the header comment).
  enum class CaseRule {
    kAsWritten,       // all-capital phrases exact, capitalised words capitalised
    kProperName,      // a dictionary in capitals (PETRARCH): words other than
                      // "of", "the", "and"... must be capitalised in the text
  };

  void Add(std::string_view phrase, std::uint32_t payload, CaseRule rule = CaseRule::kAsWritten);

  // The longest phrase starting at token `first` and ending at or before
  // `limit`: its length in tokens (0 when none) and, in `payloads`, every
  // payload of that length whose case fits.
  std::uint32_t LongestMatch(const TokenView& tokens, std::uint32_t first, std::uint32_t limit,
                             std::vector<std::uint32_t>* payloads) const;

  // Payloads of the phrase made of exactly the tokens at `indices`.
  void Lookup(const TokenView& tokens, const std::vector<std::uint32_t>& indices,
              std::vector<std::uint32_t>* payloads) const;

 private:
  static constexpr std::uint32_t kMaxPhraseTokens = 32;  // a bit of Phrase::capitalised each

  struct Phrase {
    std::uint32_t payload = 0;
    bool exact = false;             // compare the original text
    std::uint32_t capitalised = 0;  // bit i: token i must start with a capital
    std::string text;               // tokens joined by ' ', for exact phrases
  };

  void Collect(const TokenView& tokens, std::span<const std::uint32_t> indices, const std::vector<Phrase>& same,
               std::vector<std::uint32_t>* payloads) const;

  // A key: folded tokens joined by ' ', and the phrases with that key.
  // Every key's leading tokens are keys too (with no phrases when only a
  // longer phrase starts so), so a match grows one token at a time and
  // stops at the first run no phrase begins with.
  struct Key {
    std::string text;
    std::vector<Phrase> phrases;
  };
  std::vector<Key> keys_;

  // The keys by a hash chained over their tokens (KeyHash), so that a match
  // one token longer costs one token's hash and no string is built; a hit
  // is confirmed against the key's text. Keys whose hashes collide are
  // stored under the next hash of the chain NextProbe() gives.
  syntax::HashIndex index_;
  // The key of the folded tokens `words` (of hash `hash`), or null.
  template <typename Words>
  const Key* FindKey(std::uint64_t hash, const Words& words, std::size_t n) const;
  Key& KeyFor(std::uint64_t hash, const std::vector<std::string>& words, std::size_t n);

  // Whether some phrase may begin with this folded word: a bit per hash of
  // every first word, small enough to stay in cache, so that most words of a
  // text (which begin no phrase) cost no probe of the large table.
  bool MayBegin(std::string_view folded) const;
  static constexpr std::size_t kFirstWordBits = std::size_t{1} << 18;
  std::vector<std::uint64_t> first_words_;
};

}  // namespace tidings
