#include "ingest/payload.h"

#include "ingest/charset.h"

namespace tidings {

Status DecodePayload(std::string_view bytes, std::string_view declared_charset, Record* record) {
  Result<std::string> text = DecodeToUtf8(bytes, declared_charset, &record->charset, &record->warnings,
                                          record->kind == PayloadKind::kHtml);
  if (!text.ok()) return text.status();
  record->payload = std::move(*text);
  return Status::Ok();
}

}  // namespace tidings
