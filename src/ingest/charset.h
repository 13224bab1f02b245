// Character sets: find out how a page's bytes are encoded and turn them into
// UTF-8, the only encoding used inside tidings.
//
// The evidence is weighed in the order browsers use: a byte-order mark, then
// the charset the transport declared (HTTP Content-Type), then a <meta> in
// the first KiB of the document, then "is it valid UTF-8?", and last ICU's
// statistical detector. Labels are resolved as browsers resolve them, so
// "iso-8859-1", "latin1" and "ascii" mean windows-1252. A declaration the
// bytes contradict (declared UTF-8, invalid UTF-8) is overruled with a
// warning. Conversion uses ICU; functions are pure and thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tidings/status.h"

namespace tidings {

// How far into a document <meta charset> is looked for. The HTML standard
// says 1024 bytes; pages in the wild put it later, after long comments.
inline constexpr std::size_t kMetaCharsetScanBytes = 4096;

// The charset named by a Content-Type value ("text/html; charset=UTF-8"),
// lower-cased, or empty.
std::string CharsetFromContentType(std::string_view content_type);

// The charset declared by <meta charset> or <meta http-equiv=content-type>
// within the first kMetaCharsetScanBytes of `html`, lower-cased, or empty.
std::string CharsetFromMeta(std::string_view html);

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view bytes);

// Decodes `bytes` to UTF-8. `declared_charset` is what the transport said
// (HTTP header, JSONL field) or empty; for HTML the <meta> declaration is
// looked up here too (pass `is_html`). `used_charset` receives the canonical
// name of the charset the bytes were decoded from; `warnings` gets one line
// per contradiction found. Fails only when no converter can be opened.
Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view declared_charset,
                                 std::string* used_charset, std::vector<std::string>* warnings,
                                 bool is_html = true);

}  // namespace tidings
