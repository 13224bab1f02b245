#include "eval/error_report.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace tidings {

std::string ErrorReport(std::vector<ErrorLine> errors) {
  std::map<std::string, std::vector<std::string>> groups;
  for (ErrorLine& e : errors) groups[e.group].push_back(std::move(e.line));
  std::vector<std::pair<std::string, std::vector<std::string>>> sorted(groups.begin(), groups.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
  std::string out;
  for (const auto& [group, lines] : sorted) {
    out += fmt::format("\n[{}] {}\n", lines.size(), group);
    for (const std::string& line : lines) out += "    " + line + "\n";
  }
  return out;
}

}  // namespace tidings
