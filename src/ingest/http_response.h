// HTTP responses as a WARC `response` record stores them: status line,
// headers and body, with the body de-chunked and decompressed so that it is
// the page the server meant to send.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tidings/status.h"

namespace tidings {

// The most header bytes one response may have; real servers send a few KiB.
inline constexpr std::size_t kMaxHttpHeaderBytes = 256 * 1024;

struct HttpResponse {
  int status = 0;
  std::string content_type;      // as sent, e.g. "text/html; charset=utf-8"
  std::string content_encoding;  // lower-cased, empty when identity
  // The body de-chunked and decoded: `decoded` when that changed it, else
  // `raw_body`, the message's own bytes (not copied: most pages are sent
  // plain, and a page is copied once more into its Record anyway).
  std::string_view body() const { return decoded ? std::string_view(*decoded) : raw_body; }
  std::string_view raw_body;
  std::optional<std::string> decoded;
  std::vector<std::string> warnings;
};

// Parses `message`, which must outlive the response; the body is decoded
// (chunked transfer, gzip or deflate content encoding) and bounded by
// `max_body_bytes`. A crawler that already decoded the body but kept the
// headers is tolerated with a warning.
Result<HttpResponse> ParseHttpResponse(std::string_view message, std::uint64_t max_body_bytes);

// The media type of a Content-Type value, lower-cased, without parameters.
std::string MediaType(std::string_view content_type);

}  // namespace tidings
