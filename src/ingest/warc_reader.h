// WARC 1.0 and 1.1 archives (ISO 28500), read record by record from a
// stream so that archives of any size use bounded memory.
//
// `response` and `resource` records carrying HTML become Records with the
// WARC-Target-URI, WARC-Date and the record's offset (for .warc.gz, the
// offset of its gzip member). Everything else ends as a Rejection with its
// reason: other record types ("skipped: request record"), non-HTML payloads,
// HTTP errors, and damaged records. A record whose Content-Length lies is
// rejected and reading resynchronises on the next "WARC/1." line.
#pragma once

#include <string>

#include "ingest/byte_source.h"
#include "ingest/record_sink.h"

namespace tidings {

// A record header (version line and named fields) longer than this is not a
// WARC header; real ones are well under 2 KiB.
inline constexpr std::size_t kMaxWarcHeaderBytes = 64 * 1024;

// Reads every record in `stream`, an uncompressed WARC (wrap a .warc.gz in
// GzipSource first). `input` names the archive in records and rejections.
void ReadWarc(const RecordSink& sink, StreamReader& stream);

}  // namespace tidings
