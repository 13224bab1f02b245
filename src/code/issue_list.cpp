#include "code/issue_list.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <fmt/format.h>

#include "code/verb_dictionary.h"
#include "code/dictionary_files.h"

namespace tidings {
namespace {

// Every word sequence one written word stands for.
std::vector<std::vector<std::string>> WordVariants(std::string_view word) {
  std::vector<std::string> forms;
  if (word.starts_with("n:")) {
    const std::string noun = AsciiUpper(word.substr(2));
    forms = {noun, RegularPlural(noun)};
  } else if (word.starts_with("v:")) {
    const std::string verb = AsciiUpper(word.substr(2));
    forms = DeriveRegularForms(verb);
    forms.insert(forms.begin(), verb);
  } else {
    forms = {AsciiUpper(word)};
  }
  std::vector<std::vector<std::string>> out;
  for (const std::string& form : forms) {
    // "PRE+N:SCHOOL" after the prefix rules: "PRE SCHOOL", "PRE-SCHOOL", "PRESCHOOL".
    const std::size_t plus = form.find('+');
    if (plus == std::string::npos) {
      out.push_back({form});
      continue;
    }
    const std::string a = form.substr(0, plus), b = form.substr(plus + 1);
    out.push_back({a, b});
    out.push_back({a + "-" + b});
    out.push_back({a + b});
  }
  return out;
}

}  // namespace

void IssueList::Parse(std::string_view text, const std::string& path) {
  std::string category;
  bool in_block = false;
  std::uint32_t block_line = 0;
  auto warn = [&](std::uint32_t n, std::string_view reason) {
    warnings_.push_back(fmt::format("{}:{}: {}", path, n, reason));
  };
  ForEachDictionaryLine(text, [&](std::uint32_t n, std::string_view raw) {
    std::string_view line = StripDictionaryComment(raw);
    if (line.empty()) return;
    if (line.starts_with("<ISSUE")) {
      if (in_block) warn(block_line, "<ISSUE> block without </ISSUE>");
      const std::size_t q = line.find("CATEGORY=\"");
      const std::size_t end = q == std::string_view::npos ? q : line.find('"', q + 10);
      category = end == std::string_view::npos ? "" : std::string(line.substr(q + 10, end - q - 10));
      if (category.empty()) warn(n, "<ISSUE> without CATEGORY=\"..\"");
      in_block = true;
      block_line = n;
      return;
    }
    if (line.starts_with("</ISSUE")) {
      if (!in_block) warn(n, "</ISSUE> without <ISSUE>");
      in_block = false;
      return;
    }
    if (!in_block) return warn(n, "issue phrase outside an <ISSUE> block");
    IssuePhrase phrase;
    phrase.category = category;
    const bool ignore = line.front() == '~';
    while (!line.empty() && line.front() == '~') line.remove_prefix(1);
    if (!ignore) {
      const std::size_t open = line.rfind('[');
      if (open == std::string_view::npos || line.back() != ']') return warn(n, "issue phrase without [CODE]");
      phrase.code = std::string(line.substr(open + 1, line.size() - open - 2));
      line = line.substr(0, open);
      if (phrase.code.empty() || phrase.code.find_first_of(" []") != std::string::npos)
        return warn(n, "bad issue code");
    }
    // Expand every word's variants into whole phrases.
    std::vector<std::vector<std::string>> variants{{}};
    std::size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
      std::size_t j = i;
      while (j < line.size() && line[j] != ' ' && line[j] != '\t') ++j;
      if (j == i) break;
      std::vector<std::vector<std::string>> next;
      for (const std::vector<std::string>& head : variants)
        for (const std::vector<std::string>& tail : WordVariants(line.substr(i, j - i))) {
          next.push_back(head);
          next.back().insert(next.back().end(), tail.begin(), tail.end());
        }
      variants = std::move(next);
      i = j;
    }
    if (variants.front().empty()) return warn(n, "empty issue phrase");
    for (std::vector<std::string>& words : variants) {
      by_first_word_[words.front()].push_back(static_cast<std::uint32_t>(phrases_.size()));
      phrase.words = std::move(words);
      phrases_.push_back(phrase);
    }
  });
  if (in_block) warn(block_line, "<ISSUE> block without </ISSUE>");
}

std::vector<std::pair<std::string, int>> IssueList::Find(const std::vector<std::string>& words) const {
  auto at = [&](const IssuePhrase& p, std::size_t start) {
    if (start + p.words.size() > words.size()) return false;
    for (std::size_t k = 0; k < p.words.size(); ++k)
      if (words[start + k] != p.words[k]) return false;
    return true;
  };
  static const std::vector<std::uint32_t> kNone;
  // The phrases starting with each word, looked up once for both passes below.
  std::vector<const std::vector<std::uint32_t>*> first(words.size(), &kNone);
  for (std::size_t start = 0; start < words.size(); ++start)
    if (auto it = by_first_word_.find(words[start]); it != by_first_word_.end()) first[start] = &it->second;
  auto starting = [&](std::size_t start) -> const std::vector<std::uint32_t>& { return *first[start]; };
  std::vector<bool> ignored(words.size(), false);
  for (std::size_t start = 0; start < words.size(); ++start)
    for (std::uint32_t i : starting(start)) {
      const IssuePhrase& p = phrases_[i];
      if (p.code.empty() && at(p, start))
        for (std::size_t k = 0; k < p.words.size(); ++k) ignored[start + k] = true;
    }
  std::vector<std::pair<std::string, int>> out;
  for (std::size_t start = 0; start < words.size(); ++start) {
    if (ignored[start]) continue;
    for (std::uint32_t i : starting(start)) {
      const IssuePhrase& p = phrases_[i];
      if (p.code.empty() || !at(p, start)) continue;
      auto it = std::find_if(out.begin(), out.end(), [&](const auto& c) { return c.first == p.code; });
      if (it == out.end()) out.emplace_back(p.code, 1);
      else ++it->second;
      break;
    }
  }
  return out;
}

Result<IssueList> LoadIssueList(const std::vector<std::string>& paths) {
  return LoadDictionaryFiles<IssueList>(paths);
}

bool IsIssueFileName(std::string_view name) { return AsciiUpper(name).find("ISSUE") != std::string::npos; }

std::vector<std::string> IssueFilesIn(const std::string& dir) {
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.is_regular_file() && IsIssueFileName(entry.path().filename().string()))
      paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace tidings
