// Readers for PETRARCH/TABARI actor and agent dictionaries (the formats of
// Phoenix.Countries.actors.txt and Phoenix.agents.txt; specification in
// ../shared/docs/reference/event-coders.md §3), so users can bring their own.
//
// Actors: a phrase with words joined by "_" and an optional [CODE], synonyms
// on "+PHRASE" lines, date restrictions on indented lines: [CODE >YYMMDD]
// (from), [CODE <YYMMDD] (until), [CODE YYMMDD-YYMMDD], bounds inclusive,
// six- or eight-digit dates, two-digit years below 30 read as 20xx. A code
// is three or more letters or digits, several joined by '/' for a compound
// actor ([FRO/BIL/SAM]), or "---" (no code); XML comment lines are skipped.
// Several bracket groups may share a line; an entry whose phrase reappears
// is merged.
// The kind is read from the codes: a bare country code is a state, a code
// ending in MED media, IGO/NGO/MNC codes organizations, dated codes a person.
// Agents: PHRASE {PLURAL} [~CODE] or [CODE~], substitution sets !NAME! = A, B.
// Unreadable lines are reported as "file:line: reason" and skipped.
#pragma once

#include <string>
#include <string_view>

#include "annotate/knowledge_model.h"

namespace tidings {

// Parses `text` (the contents of `path`, used in warnings) in kPetrarchActors
// or kPetrarchAgents format and appends what it reads to `model`.
void ParsePetrarchDictionary(std::string_view text, const std::string& path, DictionaryFormat format,
                             KnowledgeModel& model);

}  // namespace tidings
