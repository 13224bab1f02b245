#include "tidings/article.h"

namespace tidings {

std::string_view ParagraphKindName(ParagraphKind kind) {
  switch (kind) {
    case ParagraphKind::kHeading: return "heading";
    case ParagraphKind::kQuote: return "quote";
    case ParagraphKind::kListItem: return "list-item";
    case ParagraphKind::kParagraph: break;
  }
  return "paragraph";
}

std::string Article::text() const {
  std::string out;
  for (const Paragraph& p : paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += p.text;
  }
  return out;
}

}  // namespace tidings
