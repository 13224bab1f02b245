// Readers for tidings' own actor files (data/actors/README.md): block files
// for states, people, organizations and media ("Header" then indented
// "key: value" lines) and the one-line-per-entry agents file. A line that
// cannot be read (unknown key, bad code, bad date, a date range ending before
// it starts) is reported as "file:line: reason" in model.warnings and skipped;
// the rest of the file loads. Stateless functions.
#pragma once

#include <string>
#include <string_view>

#include "annotate/knowledge_model.h"
#include "tidings/status.h"

namespace tidings {

// Parses `text` (the contents of `path`, which is used in warnings) in one
// of the kTidings* formats and appends what it reads to `model`.
void ParseTidingsDictionary(std::string_view text, const std::string& path, DictionaryFormat format,
                            KnowledgeModel& model);

}  // namespace tidings
