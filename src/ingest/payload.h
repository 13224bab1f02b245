// The last step every reader shares: raw page bytes become a Record's UTF-8
// payload, with the charset used and any warnings the decoding raised.
#pragma once

#include <string_view>

#include "tidings/record.h"
#include "tidings/status.h"

namespace tidings {

// Decodes `bytes` into `record->payload` using `declared_charset` (from the
// transport; may be empty) and, for HTML, the page's own <meta>. Sets
// `record->charset` and appends to `record->warnings`; `record->kind` must
// already be set.
Status DecodePayload(std::string_view bytes, std::string_view declared_charset, Record* record);

}  // namespace tidings
