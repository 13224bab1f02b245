// Splitting a line of a tab-separated table (the project's data files and
// labels) into its fields, as views into the line.
#pragma once

#include <string_view>
#include <vector>

namespace tidings {

// Every field, empty ones included: "a\t\tb" is {"a", "", "b"}.
inline std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

}  // namespace tidings
