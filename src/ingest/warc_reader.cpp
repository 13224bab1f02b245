#include "ingest/warc_reader.h"

#include <algorithm>
#include <charconv>
#include <optional>

#include "ingest/ascii.h"
#include "ingest/charset.h"
#include "ingest/http_response.h"
#include "ingest/input_format.h"
#include "ingest/payload.h"

namespace tidings {
namespace {

constexpr std::string_view kRecordTerminator = "\r\n\r\n";
constexpr std::string_view kVersionPrefix = "WARC/1.";

struct WarcHeader {
  std::string type;  // lower-cased WARC-Type
  std::string target_uri;
  std::string date;
  std::string content_type;
  std::uint64_t content_length = 0;
};

// WARC 1.0 wrote target URIs in angle brackets; 1.1 does not.
std::string_view StripAngleBrackets(std::string_view uri) {
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') return uri.substr(1, uri.size() - 2);
  return uri;
}

Result<WarcHeader> ParseHeader(std::string_view text) {
  const std::size_t first_eol = std::min(text.find("\r\n"), text.size());
  const std::string_view version = TrimHeaderValue(text.substr(0, first_eol));
  if (version != "WARC/1.0" && version != "WARC/1.1")
    return Status::InvalidInput("not a WARC/1.0 or WARC/1.1 record header");
  WarcHeader header;
  bool has_length = false;
  std::string_view rest = text.substr(std::min(first_eol + 2, text.size()));
  while (!rest.empty()) {
    const std::size_t eol = std::min(rest.find("\r\n"), rest.size());
    const std::string_view line = rest.substr(0, eol);
    rest.remove_prefix(std::min(eol + 2, rest.size()));
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string name = AsciiLower(TrimHeaderValue(line.substr(0, colon)));
    const std::string_view value = TrimHeaderValue(line.substr(colon + 1));
    if (name == "warc-type") {
      header.type = AsciiLower(value);
    } else if (name == "warc-target-uri") {
      header.target_uri = StripAngleBrackets(value);
    } else if (name == "warc-date") {
      header.date = value;
    } else if (name == "content-type") {
      header.content_type = value;
    } else if (name == "content-length") {
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), header.content_length);
      if (ec != std::errc() || end != value.data() + value.size() || value.empty())
        return Status::InvalidInput("bad WARC Content-Length '" + std::string(value.substr(0, 40)) + "'");
      has_length = true;
    }
  }
  if (!has_length) return Status::InvalidInput("WARC record without Content-Length");
  return header;
}

bool IsHtmlMediaType(std::string_view media) {
  return media == "text/html" || media == "application/xhtml+xml";
}

class WarcReader {
 public:
  WarcReader(const RecordSink& sink, StreamReader& stream) : sink_(sink), options_(sink.options), stream_(stream) {}

  void Run() {
    for (;;) {
      SkipLineEnds();
      if (!stream_.Fill(1)) {
        if (ReportDamage()) continue;
        return;
      }
      ReadRecord();
    }
  }

 private:
  // Reports damage in the underlying stream (a corrupt gzip member); true if
  // there was some, so reading may resume after it.
  bool ReportDamage() {
    Status damage = stream_.TakeError();
    if (damage.ok()) return false;
    sink_.Reject(stream_.InputOffset(stream_.position()), damage.message());
    return true;
  }

  // Writers separate records by CRLFCRLF; tolerate extra line ends.
  void SkipLineEnds() {
    while (stream_.Fill(1) && (stream_.View()[0] == '\r' || stream_.View()[0] == '\n')) stream_.Consume(1);
  }

  void ReadRecord() {
    const std::uint64_t offset = stream_.InputOffset(stream_.position());
    Result<WarcHeader> header = ReadHeader();
    if (!header.ok()) {
      sink_.Reject(offset, header.status().message());
      stream_.Consume(1);
      Resync();
      return;
    }
    const std::uint64_t length = header->content_length;
    if (length > options_.max_record_bytes + kMaxHttpHeaderBytes) {
      sink_.Reject(offset, "WARC record of " + std::to_string(length) + " bytes exceeds max_record_bytes (" +
                         std::to_string(options_.max_record_bytes) + ")");
      if (!stream_.Skip(length)) ReportDamage();
      return;
    }
    const std::size_t block_size = static_cast<std::size_t>(length);
    if (!stream_.Fill(block_size + kRecordTerminator.size())) {
      Status damage = stream_.TakeError();
      sink_.Reject(offset, damage.ok() ? "WARC record length runs past end of file" : damage.message());
      Resync();
      return;
    }
    if (stream_.View().substr(block_size, kRecordTerminator.size()) != kRecordTerminator) {
      sink_.Reject(offset, "missing record terminator after " + std::to_string(length) +
                         "-byte block (Content-Length is wrong)");
      Resync();
      return;
    }
    HandleRecord(*header, stream_.View().substr(0, block_size), offset);
    stream_.Consume(block_size + kRecordTerminator.size());
  }

  // Reads and consumes the header up to its blank line.
  Result<WarcHeader> ReadHeader() {
    stream_.Fill(kVersionPrefix.size());
    if (!stream_.View().starts_with(kVersionPrefix)) return Status::InvalidInput("not a WARC record header");
    std::size_t searched = 0;
    for (;;) {
      const std::string_view view = stream_.View();
      const std::string_view window = view.substr(0, kMaxWarcHeaderBytes);
      const std::size_t end = window.find(kRecordTerminator, searched > 3 ? searched - 3 : 0);
      if (end != std::string_view::npos) {
        Result<WarcHeader> header = ParseHeader(view.substr(0, end));
        if (header.ok()) stream_.Consume(end + kRecordTerminator.size());
        return header;
      }
      if (window.size() >= kMaxWarcHeaderBytes)
        return Status::InvalidInput("no WARC record header within " + std::to_string(kMaxWarcHeaderBytes) +
                                    " bytes");
      searched = window.size();
      if (!stream_.Fill(view.size() + 1)) {
        Status damage = stream_.TakeError();
        return damage.ok() ? Status::Corruption("WARC record header runs past end of file") : damage;
      }
    }
  }

  // Moves to the next "WARC/1." at a line start (or right here).
  void Resync() {
    for (;;) {
      if (!stream_.Fill(kVersionPrefix.size())) {
        if (ReportDamage()) continue;
        stream_.Consume(stream_.View().size());
        return;
      }
      const std::string_view view = stream_.View();
      if (view.starts_with(kVersionPrefix)) return;
      const std::size_t at = view.find("\nWARC/1.");
      if (at != std::string_view::npos) {
        stream_.Consume(at + 1);
        return;
      }
      // Keep the tail: a "\nWARC/1." may begin in it. Always move on.
      stream_.Consume(std::max<std::size_t>(1, view.size() - kVersionPrefix.size()));
    }
  }

  void HandleRecord(const WarcHeader& header, std::string_view block, std::uint64_t offset) {
    if (header.type != "response" && header.type != "resource") {
      sink_.Reject(offset, "skipped: " + (header.type.empty() ? std::string("untyped") : header.type) + " record");
      return;
    }
    Record record;
    record.input = sink_.input;
    record.offset = offset;
    record.url = header.target_uri;
    record.fetched = header.date;
    std::string content_type = header.content_type;
    std::string_view payload = block;
    std::optional<HttpResponse> http;  // holds the payload when decoding the body changed it
    if (header.type == "response" && MediaType(content_type) == "application/http") {
      Result<HttpResponse> parsed = ParseHttpResponse(block, options_.max_record_bytes);
      if (!parsed.ok()) return sink_.Reject(offset, parsed.status().message());
      if (parsed->status < 200 || parsed->status > 299)
        return sink_.Reject(offset, "skipped: HTTP status " + std::to_string(parsed->status));
      http = std::move(parsed).value();
      content_type = http->content_type;
      payload = http->body();
      record.warnings = std::move(http->warnings);
    }
    const std::string media = MediaType(content_type);
    const bool html = media.empty() ? SniffFormat("", payload.substr(0, kSniffBytes)) == InputFormat::kHtml
                                    : IsHtmlMediaType(media);
    if (!html) return sink_.Reject(offset, "skipped: non-HTML payload (" + (media.empty() ? "unknown" : media) + ")");
    if (payload.size() > options_.max_record_bytes)
      return sink_.Reject(offset, "payload of " + std::to_string(payload.size()) + " bytes exceeds max_record_bytes");
    record.kind = PayloadKind::kHtml;
    Status decoded = DecodePayload(payload, CharsetFromContentType(content_type), &record);
    if (!decoded.ok()) return sink_.Reject(offset, decoded.message());
    sink_.on_record(std::move(record));
  }

  const RecordSink& sink_;
  const IngestOptions& options_;
  StreamReader& stream_;
};

}  // namespace

void ReadWarc(const RecordSink& sink, StreamReader& stream) {
  WarcReader(sink, stream).Run();
}

}  // namespace tidings
