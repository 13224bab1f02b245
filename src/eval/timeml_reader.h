// Readers for the gold temporal corpora: TimeML (.tml, TempEval-3's TBAQ)
// and MEANTIME's CAT XML.
//
// Both yield a TemporalDoc: the document's plain text, its creation time
// (DCT, the anchor for relative expressions) and the gold TIMEX3 spans as
// byte offsets into that text. TimeML text is the content of <TEXT> with every
// tag stripped and the five XML entities decoded; CAT text is the tokens
// joined by a space, sentences by a newline, so a gold span is the extent of
// its anchored tokens; MEANTIME annotates only an article's first sentences,
// so the text ends with the last sentence holding any markable. The DCT itself is never among the gold expressions; in
// CAT it is also in the text, and `dct_span` says where (empty when absent).
// The files are regular, machine-written XML: a tag scanner reads them, not a
// validating parser. Functions are pure and thread-safe.
#pragma once

#include <string>
#include <vector>

#include "tidings/document.h"
#include "tidings/status.h"

namespace tidings {

struct GoldTimex {
  Span span;
  std::string type;   // DATE, TIME, DURATION, SET
  std::string value;  // TIMEX3 value as annotated
};

struct TemporalDoc {
  std::string name;
  std::string text;
  std::string dct;   // ISO date of creation, "" when the file has none
  Span dct_span;     // where the DCT is written in `text` (CAT only)
  std::vector<GoldTimex> timexes;  // in text order, DCT excluded
};

// A TimeML file with <TEXT> and inline <TIMEX3 type value> tags.
Result<TemporalDoc> ReadTimeMl(const std::string& path);

// A MEANTIME CAT file: <token t_id> words, <TIMEX3> markables anchored to them.
Result<TemporalDoc> ReadCatTimexes(const std::string& path);

}  // namespace tidings
