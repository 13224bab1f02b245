#include "ingest/charset.h"

#include <simdjson.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <optional>

#include "ingest/ascii.h"

namespace tidings {
namespace {

// ICU's detector needs a few KiB to be confident; reading more only costs time.
constexpr std::size_t kDetectionSampleBytes = 64 * 1024;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsSpace(s.front()) || s.front() == '"' || s.front() == '\'')) s.remove_prefix(1);
  while (!s.empty() && (IsSpace(s.back()) || s.back() == '"' || s.back() == '\'')) s.remove_suffix(1);
  return s;
}

// Position of `needle` (lower-case) in `hay`, ignoring ASCII case.
std::size_t FindNoCase(std::string_view hay, std::string_view needle, std::size_t from = 0) {
  if (needle.size() > hay.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && AsciiLower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// Resolves a label the way browsers do: the Latin-1 family and ASCII are
// windows-1252 in practice, and GB2312 pages are written in GBK.
std::string CanonicalLabel(std::string_view label) {
  std::string l = AsciiLower(Trim(label));
  if (l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "latin-1" || l == "l1" ||
      l == "ascii" || l == "us-ascii" || l == "iso_8859-1" || l == "cp1252" || l == "x-cp1252")
    return "windows-1252";
  if (l == "utf8" || l == "unicode-1-1-utf-8") return "utf-8";
  if (l == "gb2312" || l == "x-gbk") return "gbk";
  return l;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr OpenConverter(const std::string& label) {
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(label.c_str(), &err));
  if (U_FAILURE(err)) return nullptr;
  return cnv;
}

// A short, standard name for what ICU opened ("windows-1252", "shift_jis").
std::string StandardName(UConverter* cnv, const std::string& fallback) {
  UErrorCode err = U_ZERO_ERROR;
  const char* internal = ucnv_getName(cnv, &err);
  if (U_FAILURE(err)) return fallback;
  for (const char* standard : {"MIME", "IANA", "WINDOWS"}) {
    err = U_ZERO_ERROR;
    const char* name = ucnv_getStandardName(internal, standard, &err);
    if (U_SUCCESS(err) && name != nullptr) return AsciiLower(name);
  }
  return fallback;
}

// Converts with ICU; malformed sequences become U+FFFD.
Result<std::string> Convert(std::string_view bytes, const std::string& label, std::string* used) {
  ConverterPtr cnv = OpenConverter(label);
  if (!cnv) return Status::Unsupported("no converter for charset '" + label + "'");
  // Every supported charset needs at most 3 UTF-8 bytes per input byte.
  if (bytes.size() > (INT32_MAX - 16) / 3)
    return Status::TooLarge("payload too large to convert from " + label);
  std::string out(bytes.size() * 3 + 16, '\0');
  UErrorCode err = U_ZERO_ERROR;
  const int32_t n = ucnv_toAlgorithmic(UCNV_UTF8, cnv.get(), out.data(), static_cast<int32_t>(out.size()),
                                       bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err)) return Status::InvalidInput("cannot convert from " + label + ": " + u_errorName(err));
  out.resize(n);
  *used = StandardName(cnv.get(), label);
  return out;
}

// ICU's statistical guess, or empty when it has none.
std::string Detect(std::string_view bytes, bool is_html) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&err);
  if (U_FAILURE(err)) return "";
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> guard(det, ucsdet_close);
  const std::size_t n = std::min(bytes.size(), kDetectionSampleBytes);
  ucsdet_enableInputFilter(det, is_html);
  ucsdet_setText(det, bytes.data(), static_cast<int32_t>(n), &err);
  const UCharsetMatch* match = ucsdet_detect(det, &err);
  if (U_FAILURE(err) || match == nullptr) return "";
  const char* name = ucsdet_getName(match, &err);
  return U_SUCCESS(err) && name != nullptr ? CanonicalLabel(name) : "";
}

bool HasNonAscii(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// The encoding a byte-order mark announces, with the mark's length.
std::optional<std::pair<std::string, std::size_t>> CharsetFromBom(std::string_view b) {
  auto at = [&](std::size_t i) { return static_cast<unsigned char>(b[i]); };
  if (b.size() >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return {{"utf-8", 3}};
  if (b.size() >= 2 && at(0) == 0xFF && at(1) == 0xFE) return {{"utf-16le", 2}};
  if (b.size() >= 2 && at(0) == 0xFE && at(1) == 0xFF) return {{"utf-16be", 2}};
  return std::nullopt;
}

// Value of attribute `name` inside one tag's text (`<meta ...>`), or nullopt.
std::optional<std::string_view> TagAttribute(std::string_view tag, std::string_view name) {
  std::size_t i = 0;
  while (i < tag.size() && !IsSpace(tag[i])) ++i;  // skip "<meta"
  while (i < tag.size()) {
    while (i < tag.size() && (IsSpace(tag[i]) || tag[i] == '/')) ++i;
    const std::size_t name_begin = i;
    while (i < tag.size() && !IsSpace(tag[i]) && tag[i] != '=' && tag[i] != '>') ++i;
    const std::string attr = AsciiLower(tag.substr(name_begin, i - name_begin));
    if (attr.empty()) return std::nullopt;
    while (i < tag.size() && IsSpace(tag[i])) ++i;
    std::string_view value;
    if (i < tag.size() && tag[i] == '=') {
      ++i;
      while (i < tag.size() && IsSpace(tag[i])) ++i;
      if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
        const char quote = tag[i++];
        const std::size_t end = std::min(tag.find(quote, i), tag.size());
        value = tag.substr(i, end - i);
        i = end + 1;
      } else {
        const std::size_t begin = i;
        while (i < tag.size() && !IsSpace(tag[i]) && tag[i] != '>') ++i;
        value = tag.substr(begin, i - begin);
      }
    }
    if (attr == name) return value;
  }
  return std::nullopt;
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  const std::size_t at = FindNoCase(content_type, "charset");
  if (at == std::string_view::npos) return "";
  std::string_view rest = content_type.substr(at + 7);
  while (!rest.empty() && IsSpace(rest.front())) rest.remove_prefix(1);
  if (rest.empty() || rest.front() != '=') return "";
  rest.remove_prefix(1);
  rest = Trim(rest.substr(0, rest.find(';')));
  const std::size_t end = rest.find_first_of(" \t\"'");
  return AsciiLower(rest.substr(0, end));
}

std::string CharsetFromMeta(std::string_view html) {
  const std::string_view head = html.substr(0, std::min(html.size(), kMetaCharsetScanBytes));
  for (std::size_t at = FindNoCase(head, "<meta"); at != std::string_view::npos;
       at = FindNoCase(head, "<meta", at + 5)) {
    const std::size_t end = std::min(head.find('>', at), head.size());
    const std::string_view tag = head.substr(at, end - at);
    if (auto charset = TagAttribute(tag, "charset")) return AsciiLower(Trim(*charset));
    auto equiv = TagAttribute(tag, "http-equiv");
    auto content = TagAttribute(tag, "content");
    if (equiv && content && AsciiLower(Trim(*equiv)) == "content-type") {
      std::string charset = CharsetFromContentType(*content);
      if (!charset.empty()) return charset;
    }
  }
  return "";
}

bool IsValidUtf8(std::string_view bytes) { return simdjson::validate_utf8(bytes.data(), bytes.size()); }

Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view declared_charset,
                                 std::string* used_charset, std::vector<std::string>* warnings,
                                 bool is_html) {
  if (auto bom = CharsetFromBom(bytes)) {
    bytes.remove_prefix(bom->second);
    if (bom->first == "utf-8" && IsValidUtf8(bytes)) {
      *used_charset = "utf-8";
      return std::string(bytes);
    }
    return Convert(bytes, bom->first, used_charset);
  }
  std::string label = CanonicalLabel(declared_charset);
  if (label.empty() && is_html) label = CanonicalLabel(CharsetFromMeta(bytes));
  // A document that reached us as bytes cannot be UTF-16 without a BOM;
  // browsers read such a <meta> as UTF-8.
  if (label.starts_with("utf-16")) label = "utf-8";
  const bool valid_utf8 = IsValidUtf8(bytes);
  if (label == "utf-8" || label.empty()) {
    if (valid_utf8) {
      *used_charset = "utf-8";
      return std::string(bytes);
    }
    std::string guess = Detect(bytes, is_html);
    if (guess.empty() || guess == "utf-8") guess = "windows-1252";
    Result<std::string> out = Convert(bytes, guess, used_charset);
    if (out.ok() && label == "utf-8")
      warnings->push_back("declared utf-8 but bytes are not valid UTF-8; decoded as " + *used_charset);
    return out;
  }
  // Multi-byte UTF-8 almost never happens by chance in legacy encodings: a
  // page that is valid UTF-8 with non-ASCII bytes was saved as UTF-8 whatever
  // its header says.
  if (valid_utf8 && HasNonAscii(bytes)) {
    warnings->push_back("declared " + label + " but bytes are valid UTF-8; decoded as utf-8");
    *used_charset = "utf-8";
    return std::string(bytes);
  }
  Result<std::string> out = Convert(bytes, label, used_charset);
  if (out.ok() || out.status().code() != Status::Code::kUnsupported) return out;
  warnings->push_back("unknown charset label '" + label + "'; detected instead");
  std::string guess = Detect(bytes, is_html);
  return Convert(bytes, guess.empty() ? "windows-1252" : guess, used_charset);
}

}  // namespace tidings
