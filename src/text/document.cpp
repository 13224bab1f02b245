#include "tidings/document.h"

namespace tidings {

std::string_view TimeTypeName(TimeExpression::Type type) {
  switch (type) {
    case TimeExpression::Type::kTime: return "TIME";
    case TimeExpression::Type::kDuration: return "DURATION";
    case TimeExpression::Type::kSet: return "SET";
    case TimeExpression::Type::kDate: break;
  }
  return "DATE";
}

std::uint32_t Document::CodePointOffset(std::uint32_t byte_offset) const {
  if (code_points_.empty()) {
    // code_points_[b] = number of code points before byte b.
    code_points_.resize(text_.size() + 1);
    std::uint32_t count = 0;
    for (std::size_t b = 0; b < text_.size(); ++b) {
      code_points_[b] = count;
      if ((static_cast<unsigned char>(text_[b]) & 0xC0) != 0x80) ++count;
    }
    code_points_[text_.size()] = count;
  }
  return code_points_[byte_offset];
}

void Document::DeferDependencies(SentenceParser parser) {
  parser_ = std::move(parser);
  parsed_.assign(parser_ ? sentences.size() : 0, false);
  has_dependencies_ = true;
}

void Document::RequireDependencies(std::uint32_t sentence) {
  if (!parser_ || sentence >= parsed_.size() || parsed_[sentence]) return;
  parsed_[sentence] = true;
  parser_(*this, sentence);
}

void Document::RequireAllDependencies() {
  for (std::uint32_t s = 0; s < parsed_.size(); ++s) RequireDependencies(s);
}

}  // namespace tidings
