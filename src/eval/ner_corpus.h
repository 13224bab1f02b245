// Gold name corpora read into one shape: documents of tokenised sentences,
// each with its person, organization and location names as token spans.
//
// MEANTIME (CAT XML, CC BY 4.0) is what the shipped name tagger learns from
// (annotate/ner_tagger.h); CoNLL-2003 style files (CoNLL++) are what it is
// scored on. MEANTIME marks entity mentions of every syntactic kind ("the
// company", "it", "Airbus"); a mention counts as a name when the corpus
// calls it one (NAM, or PRE.NAM for a name used as a modifier) or, left
// untyped, when it is written as one (capitalised words, possibly joined by
// "of", "and", "&"). A leading "the" and a trailing "'s" are not part of a
// name. Its entity types PER, ORG and LOC are kept; products and financial
// entities are not names here. Only the first sentences of a MEANTIME
// article are annotated, so a document ends with its last annotated
// sentence. In CoNLL files (IOB1 tags) MISC is dropped. Pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "annotate/ner_tagger.h"
#include "tidings/status.h"

namespace tidings {

// Every *.xml file under `dir` (recursively, in path order).
Result<std::vector<NameDocument>> ReadMeantimeNames(const std::string& dir);

// One MEANTIME CAT file.
Result<NameDocument> ReadMeantimeFile(const std::string& path);

// A CoNLL-2003 style file: "word POS chunk tag" lines, blank lines between
// sentences, -DOCSTART- between documents.
Result<std::vector<NameDocument>> ReadConllNames(const std::string& path);

}  // namespace tidings
