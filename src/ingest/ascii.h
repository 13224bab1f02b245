// ASCII helpers for protocol text (HTTP and WARC headers, charset labels),
// where case-insensitivity is defined on ASCII only.
#pragma once

#include <string>
#include <string_view>

namespace tidings {

inline char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// Whether `s` ends with `suffix` (lower case), the ASCII letters of `s` in
// any case: ".HTML" ends with ".html", "Said" with "said".
inline bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const std::string_view tail = s.substr(s.size() - suffix.size());
  for (std::size_t i = 0; i < tail.size(); ++i)
    if (AsciiLower(tail[i]) != suffix[i]) return false;
  return true;
}

// Drops spaces, tabs and a stray CR around a header value.
inline std::string_view TrimHeaderValue(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace tidings
