// JSON Lines input: one object per line holding a page ("html") or a text
// ("text"), with optional "url", "id" and "published" (a publication date
// known to the caller, which then wins over extraction).
//
// Blank lines are ignored. A line that is not valid JSON, not an object,
// lacks both "html" and "text", or exceeds max_jsonl_line_bytes is rejected
// with its line number; the offset is the line's byte offset in the
// (decompressed) input. Reading goes on with the next line.
#pragma once

#include <string>

#include "ingest/byte_source.h"
#include "ingest/record_sink.h"

namespace tidings {

void ReadJsonl(const RecordSink& sink, StreamReader& stream);

}  // namespace tidings
