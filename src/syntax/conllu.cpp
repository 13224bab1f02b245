#include "syntax/conllu.h"

#include <charconv>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace tidings::syntax {
namespace {

// Splits a word line into its ten tab-separated columns; false when the
// count is wrong.
bool SplitColumns(std::string_view line, std::string_view (&columns)[10]) {
  int count = 0;
  std::size_t start = 0;
  while (count < 10) {
    const std::size_t tab = line.find('\t', start);
    columns[count++] = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
    if (tab == std::string_view::npos) return count == 10;
    start = tab + 1;
  }
  return false;
}

bool ParseIndex(std::string_view text, int* out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && end == text.data() + text.size();
}

// Checks every head points inside the sentence.
bool HeadsInRange(const TreebankSentence& s) {
  for (int head : s.heads)
    if (head < -1 || head >= static_cast<int>(s.size())) return false;
  return true;
}

}  // namespace

Result<std::vector<TreebankSentence>> ParseConllu(std::string_view text, std::string_view source) {
  std::vector<TreebankSentence> out;
  TreebankSentence current;
  std::size_t line_no = 0, sentence_line = 1;
  auto finish = [&]() -> Status {
    if (current.size() == 0) return Status::Ok();
    if (!HeadsInRange(current))
      return Status::InvalidInput(fmt::format("{}:{}: a head points outside its sentence", source, sentence_line));
    out.push_back(std::move(current));
    current = TreebankSentence();
    return Status::Ok();
  };
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (Status s = finish(); !s.ok()) return s;
      sentence_line = line_no + 1;
      continue;
    }
    if (line.front() == '#') continue;
    std::string_view col[10];
    if (!SplitColumns(line, col))
      return Status::InvalidInput(fmt::format("{}:{}: expected 10 tab-separated columns", source, line_no));
    if (col[0].find_first_of("-.") != std::string_view::npos) continue;  // multiword token or empty node
    int id = 0, head = 0;
    if (!ParseIndex(col[0], &id) || id != static_cast<int>(current.size()) + 1)
      return Status::InvalidInput(fmt::format("{}:{}: word id '{}' out of sequence", source, line_no, col[0]));
    if (!ParseIndex(col[6], &head))
      return Status::InvalidInput(fmt::format("{}:{}: head '{}' is not a number", source, line_no, col[6]));
    current.words.emplace_back(col[1]);
    current.lemmas.emplace_back(col[2]);
    current.upos.emplace_back(col[3]);
    current.xpos.emplace_back(col[4]);
    current.heads.push_back(head - 1);
    current.deprels.emplace_back(col[7]);
  }
  if (Status s = finish(); !s.ok()) return s;
  return out;
}

Result<std::vector<TreebankSentence>> ReadConllu(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open", path));
  std::ostringstream text;
  text << in.rdbuf();
  return ParseConllu(text.str(), path);
}

}  // namespace tidings::syntax
