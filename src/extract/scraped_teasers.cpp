#include "extract/scraped_teasers.h"

#include <map>

namespace tidings {

std::vector<bool> FindTeaserLines(const std::vector<ScrapedLine>& lines, size_t date_line) {
  std::vector<bool> teaser(lines.size(), false);
  for (size_t i = 0; i < lines.size(); ++i) {
    const LineKind kind = lines[i].kind;
    if (kind == LineKind::kCaption) teaser[i] = true;
    if (kind != LineKind::kTimestamp || i == date_line) continue;
    teaser[i] = true;
    // Walk back over the teaser's label and headline.
    int head_lines = 0;
    for (size_t j = i; j-- > 0;) {
      if (lines[j].kind == LineKind::kBlank) continue;
      if (!IsShortUnfinished(lines[j].kind) || j == date_line || ++head_lines > kMaxTeaserHeadLines) break;
      teaser[j] = true;
    }
  }
  return teaser;
}

std::string RecurringCredit(const std::vector<ScrapedLine>& lines) {
  std::map<std::string, int> counts;
  for (const ScrapedLine& line : lines)
    if (!line.credit.empty()) ++counts[line.credit];
  std::string best;
  int best_count = kMinCreditRepeats - 1;
  for (const auto& [credit, count] : counts)
    if (count > best_count) best = credit, best_count = count;
  return best;
}

}  // namespace tidings
