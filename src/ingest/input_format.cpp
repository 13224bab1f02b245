#include "ingest/input_format.h"

#include <algorithm>
#include <array>
#include <string>

#include "ingest/ascii.h"
#include "ingest/gzip.h"

namespace tidings {
namespace {

// Text has few control characters; more than one in this many bytes is not text.
constexpr std::size_t kControlCharsPerBinaryByte = 16;

bool HasUtf16Bom(std::string_view head) {
  if (head.size() < 2) return false;
  const auto b0 = static_cast<unsigned char>(head[0]), b1 = static_cast<unsigned char>(head[1]);
  return (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF);
}

bool LooksBinary(std::string_view head) {
  static constexpr std::array<std::string_view, 6> kBinaryMagic = {
      "%PDF-", "\x89PNG", "GIF8", "\xFF\xD8\xFF", "PK\x03\x04", "\x7F" "ELF"};
  for (std::string_view magic : kBinaryMagic)
    if (head.starts_with(magic)) return true;
  if (HasUtf16Bom(head)) return false;
  std::size_t control = 0;
  for (char c : head) {
    const auto b = static_cast<unsigned char>(c);
    if (b == 0) return true;
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) ++control;
  }
  return control * kControlCharsPerBinaryByte > head.size();
}

std::string_view SkipBomAndSpace(std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  const std::size_t first = s.find_first_not_of(" \t\r\n\f");
  return first == std::string_view::npos ? std::string_view() : s.substr(first);
}

bool LooksHtml(std::string_view head) {
  static constexpr std::array<std::string_view, 9> kOpeningTags = {
      "<!doctype", "<html", "<head", "<body", "<div", "<p", "<meta", "<title", "<!--"};
  const std::string start = AsciiLower(SkipBomAndSpace(head).substr(0, 1024));
  if (start.starts_with("<?xml")) return start.find("<html") != std::string::npos;
  for (std::string_view tag : kOpeningTags) {
    const std::size_t at = start.find(tag);
    if (at == std::string::npos) continue;
    const std::size_t after = at + tag.size();
    // "<p" must be a tag, not the start of "<pre>" prose or "<price>"
    if (tag == "<p" && after < start.size() && start[after] != '>' && start[after] != ' ') continue;
    return true;
  }
  return false;
}

// JSON Lines put a whole object on the first line; a pretty-printed .json
// document opens with a lone "{" and is not a stream of records.
bool FirstLineIsJsonObject(std::string_view head) {
  std::string_view line = SkipBomAndSpace(head);
  const std::size_t newline = line.find('\n');
  // A record longer than the sniffed head (a whole page in "html") is
  // judged by its opening: an object starting with a key.
  if (newline == std::string_view::npos) return line.starts_with("{\"");
  line = line.substr(0, newline);
  const std::size_t last = line.find_last_not_of(" \t\r");
  return line.starts_with("{") && last != std::string_view::npos && last > 0 && line[last] == '}';
}

}  // namespace

std::string_view StripGzipSuffix(std::string_view name) {
  if (EndsWithNoCase(name, ".gz")) name.remove_suffix(3);
  return name;
}

InputFormat SniffFormat(std::string_view name, std::string_view head) {
  if (head.empty()) return InputFormat::kEmpty;
  if (LooksGzipped(head)) return InputFormat::kGzip;
  const std::string_view base = StripGzipSuffix(name);
  if (head.starts_with("WARC/1.") || EndsWithNoCase(base, ".warc")) return InputFormat::kWarc;
  if (LooksBinary(head)) return InputFormat::kBinary;
  if (EndsWithNoCase(base, ".jsonl") || EndsWithNoCase(base, ".ndjson")) return InputFormat::kJsonl;
  if (EndsWithNoCase(base, ".html") || EndsWithNoCase(base, ".htm") || EndsWithNoCase(base, ".xhtml"))
    return InputFormat::kHtml;
  if (EndsWithNoCase(base, ".txt")) return InputFormat::kText;
  if (FirstLineIsJsonObject(head)) return InputFormat::kJsonl;
  return LooksHtml(head) ? InputFormat::kHtml : InputFormat::kText;
}

}  // namespace tidings
