// Reader for verb dictionaries in the PETRARCH-1 / TABARI format:
// CAMEO.verbpatterns.150430.txt (PETRARCH-1: "--- NAME [code] ---" blocks),
// CAMEO.091003.master.verbs and TABARI.Demo.verbs (TABARI: every
// "VERB [code]" line opens its own entry, its patterns follow).
//
// Differences from PETRARCH-2 (verb_dictionary_petrarch2.h): ';' also starts
// a comment; verbs are stems unless written with a trailing '_' or '='
// (VerbEntry::stem); '{ A | B }' in a pattern is a set of alternatives;
// "{ FORM FORM }" on its own line lists more forms of the verb above;
// <SYNSETS> sections hold synonym sets and <TIME> sections (time shifts)
// are skipped. Unreadable lines are reported as "file:line: reason" and
// skipped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "code/verb_dictionary.h"
#include "tidings/status.h"

namespace tidings {

// Parses `text` (the contents of `path`, named in warnings) into `builder`.
void ParseTabariVerbs(std::string_view text, const std::string& path, VerbDictionaryBuilder& builder);

// Reads `paths` in order into one dictionary.
Result<VerbDictionary> LoadTabariVerbDictionary(const std::vector<std::string>& paths,
                                                const VerbDictionaryLimits& limits = {});

}  // namespace tidings
