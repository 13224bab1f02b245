#include "code/pico_ontology.h"

#include <cctype>

#include <fmt/format.h>

#include "code/dictionary_files.h"
#include "code/verb_dictionary.h"

namespace tidings {
namespace {

constexpr std::int64_t kNot = 0xFFFF;

// "-0xFFFF+0x2040+0x300" -> its sum; false when the text is no such sum.
bool ParseHexSum(std::string_view text, std::int64_t* value) {
  std::int64_t sum = 0;
  std::size_t i = 0;
  bool any = false;
  while (i < text.size()) {
    int sign = 1;
    if (text[i] == '+' || text[i] == '-') {
      sign = text[i] == '-' ? -1 : 1;
      ++i;
    } else if (any) {
      return false;
    }
    if (i < text.size() && text[i] == '0' && (i + 1 == text.size() || text[i + 1] == '+' || text[i + 1] == '-')) {
      ++i;  // a plain 0 ("---:0", the null code)
      any = true;
      continue;
    }
    if (i + 2 > text.size() || text[i] != '0' || (text[i + 1] != 'x' && text[i + 1] != 'X')) return false;
    i += 2;
    std::int64_t term = 0;
    std::size_t digits = 0;
    for (; i < text.size() && std::isxdigit(static_cast<unsigned char>(text[i])) && digits < 8; ++i, ++digits) {
      const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      term = term * 16 + (c <= '9' ? c - '0' : c - 'a' + 10);
    }
    if (digits == 0) return false;
    sum += sign * term;
    any = true;
  }
  *value = sum;
  return any;
}

// Two to four digits, or "---", the null code.
bool IsCameoCode(std::string_view code) {
  if (code == "---") return true;
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

void PicoOntology::Parse(std::string_view text, const std::string& path) {
  ForEachDictionaryLine(text, [&](std::uint32_t n, std::string_view raw) {
    const std::string_view line = Trim(raw.substr(0, raw.find('#')));
    if (line.empty()) return;
    const std::size_t colon = line.find(':');
    std::int64_t value = 0;
    const std::string_view code = colon == std::string_view::npos ? line : Trim(line.substr(0, colon));
    if (colon == std::string_view::npos || !IsCameoCode(code)) {
      warnings_.push_back(fmt::format("{}:{}: expected 'CAMEO:0xVALUE'", path, n));
      return;
    }
    if (!ParseHexSum(Trim(line.substr(colon + 1)), &value)) {
      warnings_.push_back(fmt::format("{}:{}: value of {} is no sum of hex numbers", path, n, code));
      return;
    }
    value_of_[std::string(code)] = value;
    code_of_.emplace(value, std::string(code));
  });
}

std::string PicoOntology::Negated(const std::string& code) const {
  const auto it = value_of_.find(code);
  if (it == value_of_.end()) return "";
  for (const std::int64_t v : {it->second + kNot, it->second - kNot})
    if (const auto found = code_of_.find(v); found != code_of_.end()) return found->second;
  return "";
}

Result<PicoOntology> LoadPicoOntology(const std::vector<std::string>& paths) {
  return LoadDictionaryFiles<PicoOntology>(paths);
}

}  // namespace tidings
