// Small helpers shared by the phrase-list readers (discard_list.h,
// issue_list.h) and the coder: reading a list's files in order, and the
// upper-case ASCII form dictionaries are written in.
#pragma once

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/ascii.h"
#include "ingest/gzip.h"
#include "tidings/status.h"

namespace tidings {

// Reads `paths` in order into a List (a type with Parse(text, path)); an
// unreadable file is an error, malformed lines are the List's warnings.
template <typename List>
Result<List> LoadDictionaryFiles(const std::vector<std::string>& paths) {
  constexpr std::uint64_t kMaxBytes = 16 << 20;  // real files are under 1 MB
  List list;
  for (const std::string& path : paths) {
    Result<std::string> text = ReadFile(path, kMaxBytes);
    if (!text.ok()) return text.status();
    list.Parse(*text, path);
  }
  return list;
}

}  // namespace tidings
