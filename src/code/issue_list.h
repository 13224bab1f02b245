// IssueList: phrases that tag a text with issue codes, read from PETRARCH
// issue files (Phoenix.IssueCoding.txt; specification in
// ../shared/docs/reference/event-coders.md §3).
//
// Lines sit inside <ISSUE CATEGORY=".." TYPE=".."> .. </ISSUE> blocks:
// "phrase [CODE]"; a word written "n:school" also matches its plural,
// "v:agree" its regular verb forms; "pre+k" matches "pre k", "pre-k" and
// "prek"; "~phrase" or "~~phrase" (no code) is an ignore phrase whose words
// code nothing ("~a head start" keeps "head start" from counting). '#'
// starts a comment. A line that cannot be read is reported as "file:line:
// reason" and skipped. Immutable once loaded; safe to share.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "tidings/status.h"

namespace tidings {

struct IssuePhrase {
  std::vector<std::string> words;  // upper case, one variant
  std::string code;                // empty for an ignore phrase
  std::string category;
};

class IssueList {
 public:
  // Appends the phrases of `text` (the contents of `path`, named in warnings).
  void Parse(std::string_view text, const std::string& path);

  // Issue codes found in `words` (upper-case tokens in order) with their
  // counts, in order of first occurrence.
  std::vector<std::pair<std::string, int>> Find(const std::vector<std::string>& words) const;

  const std::vector<IssuePhrase>& phrases() const { return phrases_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  std::vector<IssuePhrase> phrases_;
  // Phrase indexes by first word, in file order: Find tries only the phrases
  // that can start at a word (real files hold thousands).
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_first_word_;
  std::vector<std::string> warnings_;
};

// Reads `paths` in order; an unreadable file is an error.
Result<IssueList> LoadIssueList(const std::vector<std::string>& paths);

// Whether a dictionary file name names an issue file (holds "issue" in any
// case, as Phoenix.IssueCoding.txt does).
bool IsIssueFileName(std::string_view name);

// The issue files directly inside `dir`, in name order; none when `dir`
// cannot be read (the verb loader reports that folder).
std::vector<std::string> IssueFilesIn(const std::string& dir);

}  // namespace tidings
