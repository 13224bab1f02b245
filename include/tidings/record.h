// Record: one unit of input as the readers hand it to the extractor.
//
// A Record is one page or one text: a file, a WARC response, a JSONL line.
// Its payload is already UTF-8 (the reader decoded the character set) and
// bounded by IngestOptions::max_record_bytes. `input` and `offset` say where
// it came from, so every later error or output can point back to it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tidings {

enum class PayloadKind {
  kHtml,  // an HTML document
  kText,  // plain text, typically what a scraper saved of a page
  kArticle,  // an article tidings already extracted: the JSON object `tidings extract` writes
};

struct Record {
  std::string input;        // file path, "-" for stdin
  std::uint64_t offset = 0; // byte offset of the record inside `input`
  PayloadKind kind = PayloadKind::kHtml;
  std::string payload;      // UTF-8
  std::string url;          // WARC-Target-URI, JSONL "url", or empty
  std::string id;           // caller-supplied id (JSONL "id"), or empty
  std::string published;    // caller-known publication date (JSONL "published"); wins over extraction
  std::string fetched;      // WARC-Date, when the page was crawled
  std::string charset;      // the character set the payload was decoded from
  std::vector<std::string> warnings;  // recoverable oddities met while reading
};

// Where a record that could not be read came from, and why.
struct Rejection {
  std::string input;
  std::uint64_t offset = 0;
  std::string reason;
};

}  // namespace tidings
