#include "ingest/http_response.h"

#include <algorithm>
#include <charconv>

#include "ingest/ascii.h"
#include "ingest/gzip.h"

namespace tidings {
namespace {

// Where the header block ends and the body begins; servers and crawlers
// sometimes use bare LF line ends.
bool SplitHead(std::string_view message, std::string_view* head, std::string_view* body) {
  const std::size_t limit = std::min(message.size(), kMaxHttpHeaderBytes);
  const std::string_view window = message.substr(0, limit);
  std::size_t crlf = window.find("\r\n\r\n");
  std::size_t lf = window.find("\n\n");
  if (crlf == std::string_view::npos && lf == std::string_view::npos) return false;
  if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf < lf)) {
    *head = message.substr(0, crlf);
    *body = message.substr(crlf + 4);
  } else {
    *head = message.substr(0, lf);
    *body = message.substr(lf + 2);
  }
  return true;
}

Result<int> ParseStatusLine(std::string_view line) {
  if (!line.starts_with("HTTP/")) return Status::InvalidInput("HTTP response without a status line");
  const std::size_t space = line.find(' ');
  if (space == std::string_view::npos) return Status::InvalidInput("HTTP status line without a code");
  const std::string_view code = line.substr(space + 1, 3);
  int status = 0;
  auto [end, ec] = std::from_chars(code.data(), code.data() + code.size(), status);
  if (ec != std::errc() || end != code.data() + code.size() || status < 100 || status > 999)
    return Status::InvalidInput("bad HTTP status line '" + std::string(line.substr(0, 80)) + "'");
  return status;
}

// Decodes a chunked body: hex size line, data, CRLF, until a zero-size chunk.
Result<std::string> Dechunk(std::string_view body, std::uint64_t max_bytes) {
  std::string out;
  for (;;) {
    const std::size_t eol = body.find('\n');
    if (eol == std::string_view::npos) return Status::Corruption("chunked body ends inside a chunk size line");
    std::string_view size_text = TrimHeaderValue(body.substr(0, body.find_first_of(";\r\n")));
    std::uint64_t size = 0;
    auto [end, ec] = std::from_chars(size_text.data(), size_text.data() + size_text.size(), size, 16);
    if (ec != std::errc() || end != size_text.data() + size_text.size())
      return Status::Corruption("bad chunk size line");
    body.remove_prefix(eol + 1);
    if (size == 0) return out;
    if (size > body.size()) return Status::Corruption("chunk runs past the end of the body");
    if (out.size() + size > max_bytes)
      return Status::TooLarge("body exceeds " + std::to_string(max_bytes) + " bytes");
    out.append(body.substr(0, size));
    body.remove_prefix(size);
    if (body.starts_with("\r\n")) body.remove_prefix(2);
    else if (body.starts_with("\n")) body.remove_prefix(1);
  }
}

Result<std::string> DecodeContent(const std::string& encoding, std::string_view body, std::uint64_t max_bytes) {
  if (encoding == "gzip" || encoding == "x-gzip") return Gunzip(body, max_bytes);
  if (encoding == "deflate") return Inflate(body, max_bytes);
  return Status::Unsupported("unsupported Content-Encoding " + encoding);
}

}  // namespace

std::string MediaType(std::string_view content_type) {
  return AsciiLower(TrimHeaderValue(content_type.substr(0, content_type.find(';'))));
}

Result<HttpResponse> ParseHttpResponse(std::string_view message, std::uint64_t max_body_bytes) {
  std::string_view head, body;
  if (!SplitHead(message, &head, &body))
    return Status::InvalidInput("HTTP headers do not end within " + std::to_string(kMaxHttpHeaderBytes) + " bytes");
  HttpResponse response;
  const std::size_t first_eol = std::min(head.find('\n'), head.size());
  Result<int> status = ParseStatusLine(TrimHeaderValue(head.substr(0, first_eol)));
  if (!status.ok()) return status.status();
  response.status = *status;
  bool chunked = false;
  std::string_view rest = head.substr(std::min(first_eol + 1, head.size()));
  while (!rest.empty()) {
    const std::size_t eol = std::min(rest.find('\n'), rest.size());
    const std::string_view line = rest.substr(0, eol);
    rest.remove_prefix(std::min(eol + 1, rest.size()));
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string name = AsciiLower(TrimHeaderValue(line.substr(0, colon)));
    const std::string_view value = TrimHeaderValue(line.substr(colon + 1));
    if (name == "content-type") response.content_type = std::string(value);
    else if (name == "content-encoding") response.content_encoding = AsciiLower(value);
    else if (name == "transfer-encoding") chunked = AsciiLower(value).find("chunked") != std::string::npos;
  }
  response.raw_body = body;
  if (chunked) {
    Result<std::string> dechunked = Dechunk(body, max_body_bytes);
    if (dechunked.ok()) response.decoded = std::move(*dechunked);
    else if (dechunked.status().code() == Status::Code::kTooLarge) return dechunked.status();
    else response.warnings.push_back("Transfer-Encoding: chunked but body is not chunked; kept as is");
  }
  if (!response.content_encoding.empty() && response.content_encoding != "identity") {
    Result<std::string> inflated = DecodeContent(response.content_encoding, response.body(), max_body_bytes);
    if (inflated.ok()) response.decoded = std::move(*inflated);
    else if (inflated.status().code() == Status::Code::kTooLarge) return inflated.status();
    else if (LooksGzipped(response.body()) || response.content_encoding != "gzip") return inflated.status();
    else response.warnings.push_back("Content-Encoding: gzip but body is not compressed; kept as is");
  }
  if (response.body().size() > max_body_bytes)
    return Status::TooLarge("body exceeds " + std::to_string(max_body_bytes) + " bytes");
  return response;
}

}  // namespace tidings
