// DiscardList: phrases that mark a sentence or a whole story as out of scope
// for event coding (sports, weather, entertainment), read from PETRARCH
// discard files (Phoenix.discards.txt, PETR.Validate.discards.txt;
// specification in ../shared/docs/reference/event-coders.md §3).
//
// Lines: one phrase; a leading '+' discards the whole story, otherwise the
// sentence; words are separated by blanks or '_'; a word written with a
// trailing '_' must match whole, any other word matches every word it
// starts ("BASEBALL" also matches "BASEBALLS"); case does not matter;
// '#' starts a comment, "<!-- -->" lines are comments. A line that cannot
// be read (a [code], unbalanced markup, nothing left after '+') is reported
// as "file:line: reason" and skipped. Immutable once loaded; safe to share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tidings/status.h"

namespace tidings {

struct DiscardPhrase {
  std::vector<std::string> words;  // upper case
  std::vector<bool> exact;         // per word: written with a trailing '_'
  bool story = false;              // '+': discard the whole story
  std::string where;               // "file:line", for evidence
};

class DiscardList {
 public:
  // Appends the phrases of `text` (the contents of `path`, named in warnings).
  void Parse(std::string_view text, const std::string& path);

  // The first phrase occurring in `words` (upper-case tokens in order), or null.
  const DiscardPhrase* Find(const std::vector<std::string>& words) const;

  bool empty() const { return phrases_.empty(); }
  const std::vector<DiscardPhrase>& phrases() const { return phrases_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  std::vector<DiscardPhrase> phrases_;
  std::vector<std::string> warnings_;
};

// Reads `paths` in order; an unreadable file is an error.
Result<DiscardList> LoadDiscardList(const std::vector<std::string>& paths);

}  // namespace tidings
