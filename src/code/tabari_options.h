// TABARI coding settings: the "SET:", "DEFAULT:" ... commands of a TABARI
// .options file, which the TABARI validation suite also changes between
// records ("{ OPTION: SET: CODE BY SENTENCE }"). They act on what the coder
// found, after coding:
//   SET: CODE BY SENTENCE / CODE BY CLAUSE / CODE ALL  - one event per
//        sentence (the first by position) or every event found;
//   DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER / DEFAULT: OFF - an event that
//        lacks its source or target takes X or Y. Without PRIOR, a source
//        need not precede the verb: the first target stands in for a missing
//        source. Without AFTER, a target need not follow it: the later
//        members of a compound source stand in for a missing target;
//   SET: MINIMUM WORDS = N - sentences of fewer words are not coded;
//   FORWARD: ... [OFF] - a story's sentences pass their source on.
// Other commands (labels, output, forwarding, comma limits) are accepted and
// change nothing here. Plain values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "tidings/document.h"

namespace tidings {

struct TabariSettings {
  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;  // TABARI's default: one event per clause
  std::string default_source, default_target;  // empty: no default actor
  bool default_prior = false, default_after = false;
  // TABARI's default: a record of fewer words is a headline or a fragment.
  std::size_t minimum_words = 8;
  // FORWARD: (until "FORWARD: .. OFF"): the records of one story pass the
  // source actor on to a later sentence whose event has none ("He asked ...").
  bool forward = false;
};

// The story a record belongs to under FORWARD: its id without the last
// "-NNN" part ("FRWD-001-002" -> "FRWD-001").
std::string_view TabariStory(std::string_view id);

// Gives the events of `doc` without a source the actor `code` (forwarded
// from an earlier sentence of the story); no change when `code` is empty.
void ForwardSource(const std::string& code, Document& doc);

// Applies one command ("SET: MINIMUM WORDS = 4", "DEFAULT: OFF"); false when
// the command is not one TABARI knows (the settings are then unchanged).
bool ApplyTabariOption(std::string_view command, TabariSettings* settings);

// Words of a record as TABARI counts them: blank-separated pieces.
std::size_t TabariWordCount(std::string_view text);

// Applies `settings` to the events the coder found in `doc`.
void ApplyTabariSettings(const TabariSettings& settings, Document& doc);

}  // namespace tidings
