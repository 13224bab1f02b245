#include "annotate/knowledge_model.h"

namespace tidings {

Day ParseIsoDay(std::string_view text) {
  if (!text.empty() && text.back() == '~') text.remove_suffix(1);
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return -1;
  Day day = 0;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return -1;
    day = day * 10 + (text[i] - '0');
  }
  const int month = day / 100 % 100, dom = day % 100;
  return (month >= 1 && month <= 12 && dom >= 1 && dom <= 31) ? day : -1;
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace tidings
