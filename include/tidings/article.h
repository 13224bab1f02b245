// Article: what extraction recovers from a Record.
//
// Metadata fields are empty when unknown (written as null in JSON). The body
// is a list of paragraphs in reading order, each exactly once; text() joins
// them with a blank line, and that joined string is the cleaned text later
// stages annotate. Plain value type.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tidings {

enum class ParagraphKind { kParagraph, kHeading, kQuote, kListItem };

std::string_view ParagraphKindName(ParagraphKind kind);

struct Paragraph {
  std::string text;
  ParagraphKind kind = ParagraphKind::kParagraph;
};

struct Article {
  std::string id;              // stable hash of url + content
  std::string url;
  std::string input;           // file the record came from
  std::uint64_t offset = 0;    // record offset inside `input`
  std::string title;
  std::string published;       // ISO 8601 date or date-time
  std::string published_from;  // which evidence gave `published`: json-ld, meta, time-element, url, text, input
  std::string author;
  std::string site_name;
  std::string language;        // ISO 639-1 code
  std::string description;
  std::vector<Paragraph> paragraphs;
  std::vector<std::string> warnings;

  // The paragraph texts joined by a blank line.
  std::string text() const;
};

}  // namespace tidings
