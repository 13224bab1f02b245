// Reading tab-separated output back in tests: lines split into fields, an
// empty field kept as "" (GDELT tables leave unknown columns empty).
#pragma once

#include <sstream>
#include <string>
#include <vector>

namespace tidings::testing {

inline std::vector<std::vector<std::string>> SplitTsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      fields.push_back(line.substr(start, tab - start));
    fields.push_back(line.substr(start));
    rows.push_back(std::move(fields));
  }
  return rows;
}

}  // namespace tidings::testing
