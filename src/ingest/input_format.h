// Input formats: what a file holds, recognised from its name and its first
// bytes. Content wins where it is unambiguous (gzip and WARC magic, binary
// junk); the name decides between formats the content cannot tell apart.
#pragma once

#include <string_view>

namespace tidings {

enum class InputFormat {
  kEmpty,
  kGzip,    // compressed; sniff again after inflating
  kWarc,
  kJsonl,
  kHtml,
  kText,
  kBinary,  // NUL bytes, control characters, known binary magic
};

// How many leading bytes SniffFormat needs to decide.
inline constexpr std::size_t kSniffBytes = 4096;

// `name` is the file name (a trailing ".gz" is ignored), `head` the first
// kSniffBytes of content (after gunzip, when compressed).
InputFormat SniffFormat(std::string_view name, std::string_view head);

// Removes a trailing ".gz" (".warc.gz" -> ".warc").
std::string_view StripGzipSuffix(std::string_view name);

}  // namespace tidings
