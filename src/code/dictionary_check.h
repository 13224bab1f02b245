// Dictionary check: every dictionary file of a folder read by the
// project's own loaders, and every per-line diagnostic they report, as
// "file:line: reason" (what `tidings dict check DIR` prints).
//
// Files are recognised by name and content: verb files (PETRARCH-1/TABARI
// when named *verbpatterns* or *.verbs, else PETRARCH-2 when they hold a
// "--- NAME [code] ---" block header;
// the files of one format load together, synsets.txt first, then in name
// order, so a synonym set defined in one file serves the next), PETRARCH/
// TABARI actor and agent files, discard and issue files, and tidings' own
// data/actors files (states.txt, people.txt, organizations.txt, media.txt,
// agents.txt).
// Beyond what the loaders report, verb, block and pattern codes are checked
// against the CAMEO ontology ("unknown CAMEO code"). Files no loader reads
// (options, records, configuration) are listed as skipped.
#pragma once

#include <string>
#include <vector>

#include "code/cameo_ontology.h"
#include "tidings/status.h"

namespace tidings {

struct DictionaryCheck {
  struct File {
    std::string path;
    std::string kind;  // "verbs (PETRARCH-2)", "actors (PETRARCH/TABARI)", "skipped: no reader" ...
  };
  std::vector<File> files;              // every regular file of the folder, in name order
  std::vector<std::string> diagnostics; // "file:line: reason"
};

// Fails only when `dir` is not a readable folder or a file in it cannot be
// read; malformed content becomes diagnostics.
Result<DictionaryCheck> CheckDictionaries(const std::string& dir, const CameoOntology& cameo);

}  // namespace tidings
