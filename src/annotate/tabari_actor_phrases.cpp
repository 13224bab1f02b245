#include "annotate/tabari_actor_phrases.h"

#include <cctype>

namespace tidings {

void TabariActorPhrases::Add(std::string_view written, std::uint32_t payload) {
  Phrase phrase;
  phrase.payload = payload;
  bool gap = false;
  std::size_t i = 0;
  while (i < written.size()) {
    if (written[i] == ' ' || written[i] == '\t') {
      gap = !phrase.words.empty();
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < written.size() && written[end] != '_' && written[end] != '=' && written[end] != ' ' &&
           written[end] != '\t')
      ++end;
    Word word;
    word.text = std::string(written.substr(i, end - i));
    for (char& c : word.text)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    word.gap_before = gap;
    phrase.gaps += gap;
    gap = false;
    if (end < written.size() && written[end] == '=') word.ending = Ending::kExact;
    if (end < written.size() && written[end] == '_') {
      // A '_' joins this word to the next, or ends the phrase: the word as written, a last one with a noun ending.
      std::size_t next = end;
      while (next < written.size() && (written[next] == '_' || written[next] == '=')) ++next;
      word.ending = next < written.size() ? Ending::kExact : Ending::kNoun;
    }
    i = end;
    while (i < written.size() && (written[i] == '_' || written[i] == '=')) ++i;
    if (!word.text.empty()) phrase.words.push_back(std::move(word));
  }
  if (phrase.words.empty()) return;
  by_first_[phrase.words.front().text].push_back(static_cast<std::uint32_t>(phrases_.size()));
  phrases_.push_back(std::move(phrase));
}

namespace {

// A blank in a phrase lets a few words come between ("Ithilen state-run
// television"), not a clause: the gap ends at punctuation or after this many.
constexpr std::uint32_t kMaxGapWords = 3;

bool IsPunctuation(std::string_view word) {
  return !word.empty() && std::ispunct(static_cast<unsigned char>(word.front())) &&
         std::ispunct(static_cast<unsigned char>(word.back()));
}

}  // namespace

bool TabariActorPhrases::Fits(const Word& word, std::string_view text) {
  if (!text.starts_with(word.text)) return false;
  const std::string_view rest = text.substr(word.text.size());
  switch (word.ending) {
    case Ending::kStem:
      return true;
    case Ending::kExact:
      return rest.empty();
    case Ending::kNoun:
      return rest.empty() || rest == "S" || rest == "ES" || rest == "'S" || rest == "S'" || rest == "'";
  }
  return false;
}

std::optional<TabariActorPhrases::Match> TabariActorPhrases::LongestAt(const std::vector<std::string>& words,
                                                                       std::uint32_t first) const {
  if (first >= words.size()) return std::nullopt;
  const std::string& text = words[first];
  std::optional<Match> best;
  std::size_t best_words = 0, best_gaps = 0;
  for (std::size_t k = 1; k <= text.size(); ++k) {
    const auto it = by_first_.find(text.substr(0, k));
    if (it == by_first_.end()) continue;
    for (std::uint32_t p : it->second) {
      const Phrase& phrase = phrases_[p];
      if (!Fits(phrase.words.front(), text)) continue;
      std::uint32_t at = first;
      bool matched = true;
      for (std::size_t i = 1; i < phrase.words.size() && matched; ++i) {
        std::uint32_t next = at + 1;
        if (phrase.words[i].gap_before)
          while (next < words.size() && next - at <= kMaxGapWords && !Fits(phrase.words[i], words[next]) &&
                 !IsPunctuation(words[next]))
            ++next;
        matched = next < words.size() && Fits(phrase.words[i], words[next]);
        at = next;
      }
      if (!matched) continue;
      const bool better = !best || phrase.words.size() > best_words ||
                          (phrase.words.size() == best_words &&
                           (at < best->last || (at == best->last && phrase.gaps < best_gaps)));
      if (!better) continue;
      best = Match{phrase.payload, first, at};
      best_words = phrase.words.size();
      best_gaps = phrase.gaps;
    }
  }
  return best;
}

}  // namespace tidings
