// Document: one article and every annotation later stages add to it.
//
// The cleaned text (Article::text()) is owned once by the Document; every
// annotation is a span of byte offsets into it plus a payload, kept in flat
// arrays in text order, the way spaCy's Doc works. Stages append to their own
// array and never re-tokenise or copy the text. Offsets inside are UTF-8 byte
// offsets; JSON output converts them once to Unicode code points so that
// Python's text[start:end] gives the span. A Document is a plain value: one
// thread works on it at a time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tidings/article.h"

namespace tidings {

// Half-open byte range [begin, end) into Document::text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t size() const { return end - begin; }
  bool contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
};

struct Sentence {
  Span span;
  std::uint32_t first_token = 0;  // index into Document::tokens
  std::uint32_t token_count = 0;
  std::uint32_t paragraph = 0;    // index into Article::paragraphs
};

struct Token {
  Span span;
};

// A TimeML TIMEX3 expression resolved against the publication date.
struct TimeExpression {
  enum class Type { kDate, kTime, kDuration, kSet };
  Span span;
  Type type = Type::kDate;
  std::string value;  // "2024-12-31", "2025", "2024-W52", "PXD", "P3D", "XXXX-12-25"...
};

std::string_view TimeTypeName(TimeExpression::Type type);

class Document {
 public:
  explicit Document(Article article)
      : article_(std::move(article)), text_(article_.text()) {}

  const Article& article() const { return article_; }
  std::string_view text() const { return text_; }
  std::string_view text(const Span& span) const { return std::string_view(text_).substr(span.begin, span.size()); }

  // Byte offset -> code-point offset, for output.
  std::uint32_t CodePointOffset(std::uint32_t byte_offset) const;

  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<TimeExpression> times;

 private:
  Article article_;
  std::string text_;
  mutable std::vector<std::uint32_t> code_points_;  // built on first use
};

}  // namespace tidings
