// Helpers for the ingest tests: run a reader over a buffer and keep what it
// delivers; build WARC records and gzip members in memory.
#pragma once

#include <zlib.h>

#include <string>
#include <string_view>
#include <vector>

#include "tidings/ingest.h"

namespace tidings::testing {

struct Delivered {
  std::vector<Record> records;
  std::vector<Rejection> rejections;
};

inline Delivered ReadAllOf(const std::string& name, std::string_view bytes, const IngestOptions& options = {}) {
  Delivered out;
  ReadBuffer(
      name, bytes, options, [&](Record&& r) { out.records.push_back(std::move(r)); },
      [&](Rejection&& r) { out.rejections.push_back(std::move(r)); });
  return out;
}

inline std::string WarcRecord(std::string_view type, std::string_view uri, std::string_view content_type,
                              std::string_view block) {
  std::string out = "WARC/1.1\r\nWARC-Type: " + std::string(type) + "\r\n";
  out += "WARC-Date: 2024-06-01T10:00:00Z\r\n";
  if (!uri.empty()) out += "WARC-Target-URI: " + std::string(uri) + "\r\n";
  if (!content_type.empty()) out += "Content-Type: " + std::string(content_type) + "\r\n";
  out += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  out += block;
  out += "\r\n\r\n";
  return out;
}

inline std::string HttpResponseBlock(std::string_view status_line, std::string_view headers, std::string_view body) {
  return "HTTP/1.1 " + std::string(status_line) + "\r\n" + std::string(headers) + "\r\n" + std::string(body);
}

inline std::string GzipMember(std::string_view data) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

}  // namespace tidings::testing
