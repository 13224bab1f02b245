// CueLexicon: the words that introduce reported speech, and the words that
// mark who passed it on, read from a text file (data/lexicon/cues.txt).
//
// Each entry is a lower-case word or phrase ("said", "pointed out",
// "according to") with a class that tells the quote finder which sentence
// shapes the cue allows (see CueClass). Lookup is by the longest entry
// matching a run of tokens. A malformed line (no class, an unknown class, a
// cue listed twice with different classes) is reported with its file and
// line number and skipped; the rest loads. Immutable after loading and safe
// to share between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tidings/status.h"

namespace tidings {

enum class CueClass {
  kSay,     // takes a bare clause: "X said the talks failed"
  kReport,  // needs "that", a colon, a quotation or the sentence end
  kTell,    // may name its addressee first: "X told reporters (that) ..."
  kSource,  // names the speaker after it: "according to X"
  kRelay,   // names who passed the words on: "as quoted by X"
  kMedium,  // makes an addressee or relay a news medium: "Reuters", "agency"
  kStance,  // a verb whose object or infinitive is the content: "X criticized
            // the deal", "X called for talks", "X vowed to fight" (read from
            // the dependency parse only)
  kNoun,    // a noun announcing the clause after it: "the minister's claim
            // that …", "the union's decision to …" (read from the parse only)
  kSeem,    // a verb presenting its subject and complement as an impression,
            // no one's words: "the plan seems to falter", "she appeared
            // ready to quit" (read from the parse only)
  kClause,  // a verb that reports a clause, never its bare object: "the
            // survey found that …", "raised doubts about …" (not "found
            // work", "raised $3 million")
  kRecord,  // a document or survey that reports what a clause says when
            // "in" names it: "In a poll released Monday, …", "… in the
            // report" (read from the parse only)
};

// Entries longer than this many words are rejected: the matcher may try
// every length up to the longest entry at a token.
inline constexpr std::size_t kMaxCueWords = 4;

class CueLexicon {
 public:
  struct Match {
    std::uint32_t words = 0;  // 0: no match
    CueClass cue_class = CueClass::kSay;
  };

  // Parses lexicon text; `name` labels warnings ("cues.txt:12: ...").
  static CueLexicon Parse(std::string_view text, std::string_view name);
  // Reads and parses a lexicon file.
  static Result<CueLexicon> Load(const std::string& path);
  // TIDINGS_DATA_DIR/lexicon/cues.txt, loaded on first use; empty (and no
  // quotes found) when the file cannot be read.
  static const CueLexicon& Default();

  // Longest entry equal to words[first], words[first+1]... (lower case).
  Match MatchAt(const std::vector<std::string>& words, std::size_t first, std::size_t end) const;
  // Class of a single word, if it is an entry.
  const CueClass* Find(std::string_view word) const;
  // Class of a lemma, if it is an entry. A tagger's lemma of a verb ending
  // in "e" may lack it ("declined" -> "declin"): when the word `form` starts
  // with the lemma and an "e", that spelling is looked up too.
  const CueClass* FindLemma(std::string_view lemma, std::string_view form) const;

  std::size_t size() const { return entry_count_; }
  // Lines skipped while parsing, each with file and line number.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  // Every run of words an entry begins with, the entry included, marked
  // when it is an entry itself: MatchAt reads on only while its run is one,
  // so most tokens cost one probe, and a run costs one probe however it ends.
  struct Run {
    bool is_entry = false;
    CueClass cue_class = CueClass::kSay;
  };
  std::unordered_map<std::string, Run> runs_;
  std::size_t entry_count_ = 0;
  std::size_t max_words_ = 0;
  std::vector<std::string> warnings_;
};

}  // namespace tidings
