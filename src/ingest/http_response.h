// HTTP responses as a WARC `response` record stores them: status line,
// headers and body, with the body de-chunked and decompressed so that it is
// the page the server meant to send.
#pragma once

#include <cstdint>
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
  std::string body;              // de-chunked and decoded
  std::vector<std::string> warnings;
};

// Parses `message`; the body is decoded (chunked transfer, gzip or deflate
// content encoding) and bounded by `max_body_bytes`. A crawler that already
// decoded the body but kept the headers is tolerated with a warning.
Result<HttpResponse> ParseHttpResponse(std::string_view message, std::uint64_t max_body_bytes);

// The media type of a Content-Type value, lower-cased, without parameters.
std::string MediaType(std::string_view content_type);

}  // namespace tidings
