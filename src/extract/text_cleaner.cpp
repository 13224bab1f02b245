#include "extract/text_cleaner.h"

namespace tidings {

std::string RepairGluedSentences(std::string_view text) { return std::string(text); }

ScrapedArticle CleanScrapedText(std::string_view text) {
  ScrapedArticle out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty()) out.paragraphs.push_back({RepairGluedSentences(line), ParagraphKind::kParagraph});
    pos = end + 1;
  }
  return out;
}

}  // namespace tidings
