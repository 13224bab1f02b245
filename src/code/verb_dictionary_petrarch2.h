// Reader for verb dictionaries in the PETRARCH-2 format: the Phoenix
// CAMEO.2.0.txt, UniversalPetrarch's PETR_Validate_verbs_2_02.txt and the
// project's own data/verbs/*.txt (conventions in data/verbs/synsets.txt).
//
// Lines: '#' comment to end of line; "&NAME" starts a synonym set and
// "+MEMBER" lines fill it; "---  NAME  [code]  ---" starts a verb block;
// "VERB {FORMS} [code]" lines are its verbs; "- pattern [code]" its patterns;
// "~ ..." transformations. Every line that cannot be read is reported as
// "file:line: reason" and skipped; a bad block header skips its block.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "code/verb_dictionary.h"
#include "tidings/status.h"

namespace tidings {

// Parses `text` (the contents of `path`, named in warnings) into `builder`.
void ParsePetrarch2Verbs(std::string_view text, const std::string& path, VerbDictionaryBuilder& builder);

// Reads `paths` in order into one dictionary.
Result<VerbDictionary> LoadPetrarch2VerbDictionary(const std::vector<std::string>& paths,
                                                   const VerbDictionaryLimits& limits = {});

// The bundled patterns: synsets.txt, then every other *.txt of `dir` in name
// order except issue files (issue_list.h), which the coder reads apart.
Result<VerbDictionary> LoadBundledVerbDictionary(const std::string& dir = TIDINGS_DATA_DIR "/verbs");

}  // namespace tidings
