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
// Two act while TABARI reads a sentence (tabari_matcher.h):
//   COMMA: MIN = a MAX = b EMIN = c EMAX = d BMIN = e BMAX = f / COMMA: OFF -
//        a clause set off by commas of a..b words (c..d at the sentence's
//        end, e..f at its start) is an aside and is not read;
//   SET: CONVERT AGENT = TRUE / FALSE - an agent standing without an actor
//        ("guerrillas", "security forces") is an actor of its own code;
//   COMPLEX: VERBS[n] CONJ[m] - a sentence with n verbs or m conjunctions
//        or more is too complex to code; each COMPLEX command replaces the
//        last (NOACTPRIOR, EXPLAIN and other words change nothing here).
// Other commands (labels, output, complexity limits) are accepted and change
// nothing here. Plain values.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tidings/document.h"

namespace tidings {

// Lengths in words of the comma-delimited clauses TABARI drops, inclusive;
// a range whose minimum exceeds its maximum drops nothing.
struct CommaLimits {
  std::size_t min = 2, max = 10;              // between two commas
  std::size_t end_min = 2, end_max = 10;      // from the last comma to the end
  std::size_t begin_min = 255, begin_max = 0;  // from the start to the first comma
};

// TABARI's COMPLEX: VERBS[n] CONJ[m]: a sentence with n verbs or m
// conjunctions or more is left uncoded; 0 sets no limit.
struct ComplexLimits {
  std::size_t verbs = 0, conjunctions = 0;
};

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
  CommaLimits comma;  // TABARI's defaults
  bool convert_agents = false;
  ComplexLimits complex;
};

// The commands of a TABARI .options file: its lines, less blank ones and
// comments ("//", "#"), up to a "~~~~" line.
std::vector<std::string> TabariOptionCommands(std::string_view text);

// The settings `commands` give, applied in order over TABARI's defaults;
// commands TABARI does not know are passed over.
TabariSettings TabariSettingsFrom(const std::vector<std::string>& commands);

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

// A PETRARCH-2 option line ("comma_max = 8", a <Config> command
// "require_dyad=false") split at its first '=' or ':' (PETR_config.ini is
// read by Python's configparser, which takes either), blanks trimmed; none
// without one.
struct PetrarchOption {
  std::string_view key, value;
};
std::optional<PetrarchOption> SplitPetrarchOption(std::string_view line);

// Why PETRARCH-2 option `line` cannot be used as written, or none when it
// can: a line without '=', an empty option name, a comma_* value that is no
// whole number (the option keeps its value), a require_dyad value neither
// True nor False (read as True, as PETRARCH does). Options this coder does
// not act on are not checked.
std::optional<std::string> PetrarchOptionProblem(std::string_view line);

// The option lines of a PETR_config.ini's text (comments, blank lines and
// section headers left out; a line without '=' too) and one warning
// "origin:N: reason" for each line PetrarchOptionProblem finds fault with.
struct PetrarchConfig {
  std::vector<std::string> lines;
  std::vector<std::string> warnings;
};
PetrarchConfig ParsePetrarchConfig(std::string_view text, std::string_view origin);

// Whether PETRARCH-2 option lines, applied in order (the last setting wins),
// make events lacking a source or a target actor dropped; so by default.
bool PetrarchRequiresDyad(const std::vector<std::string>& config);

// The comma limits PETRARCH-2 option lines give ("comma_min = 2", "comma_emax
// = 0"; the keys comma_min/max/bmin/bmax/emin/emax, applied in order over
// PETRARCH's defaults 2/8/0/0/2/8, a maximum of 0 turning a kind off); none
// when no line sets a comma option.
std::optional<CommaLimits> PetrarchCommaLimits(const std::vector<std::string>& config);

}  // namespace tidings
