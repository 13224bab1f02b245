// ASCII case helpers for text whose case rules are defined on ASCII only:
// protocol text (HTTP and WARC headers, charset labels, file names) and the
// words of dictionaries and patterns (PETRARCH and TABARI files, time cues).
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

inline bool IsAsciiLetterOrDigit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Dictionary words are upper case (PETRARCH, TABARI): std::toupper's
// mapping in the "C" locale, inlined.
inline char AsciiUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

inline std::string AsciiUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiUpper(c);
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
