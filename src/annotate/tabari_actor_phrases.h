// TabariActorPhrases: actor phrases of a TABARI/PETRARCH dictionary read the
// way TABARI reads them on a sentence's upper-case words. A phrase is written
// in words joined by '_' (they must follow each other) or by a blank (any
// words may come between: "ITHILEN TELEVISION" in "Ithilen state-run
// television"). A word followed by '_' matches itself only, the phrase's last
// one also with a regular noun ending ("LIBYA_": "Libyas"); a word followed
// by '=' matches itself and nothing longer ("MOUSE=", not "Mouses"); any
// other word is a stem and matches every word it starts ("KUWAIT": "Kuwaiti").
// Immutable once built; safe to share between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tidings {

class TabariActorPhrases {
 public:
  // Where a phrase matched: the words [first, last] it spans, gaps included.
  struct Match {
    std::uint32_t payload = 0;
    std::uint32_t first = 0, last = 0;
  };

  // Adds `written` (as in the dictionary, upper case) with the caller's payload.
  void Add(std::string_view written, std::uint32_t payload);

  bool empty() const { return phrases_.empty(); }

  // The phrase starting at words[first], if any: the one of most phrase
  // words, then spanning the fewest words, then with the fewest gaps
  // ("AL_GORE" before "AL GORE" on "Al Gore"), then the first added.
  std::optional<Match> LongestAt(const std::vector<std::string>& words, std::uint32_t first) const;

 private:
  enum class Ending : std::uint8_t { kStem, kNoun, kExact };
  struct Word {
    std::string text;
    Ending ending = Ending::kStem;
    bool gap_before = false;  // a blank before it in the dictionary
  };
  struct Phrase {
    std::vector<Word> words;
    std::uint32_t payload = 0;
    std::uint32_t gaps = 0;
  };

  static bool Fits(const Word& word, std::string_view text);

  std::vector<Phrase> phrases_;
  // A phrase's first word -> the phrases starting with it; a text word looks
  // up each of its beginnings.
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_first_;
};

}  // namespace tidings
