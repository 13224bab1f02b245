#include "extract/html_content.h"

namespace tidings {

// First version: every <p> with text. Replaced by the scoring extractor.
std::vector<Paragraph> ExtractMainContent(const Dom& dom, const ContentHints& hints) {
  std::vector<Paragraph> out;
  for (NodeId p : dom.all(Tag::kP)) {
    std::string text = dom.text_content(p);
    if (!text.empty()) out.push_back({std::move(text), ParagraphKind::kParagraph});
  }
  return out;
}

}  // namespace tidings
