#include "annotate/quote_marks.h"

#include <unicode/utf8.h>

namespace tidings {
namespace {

enum class Mark { kNone, kOpen, kClose, kStraight };

struct MarkAt {
  Mark mark = Mark::kNone;
  std::uint32_t end = 0;  // byte after the mark
};

MarkAt ReadMark(std::string_view text, std::uint32_t i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(text.data(), pos, static_cast<int32_t>(text.size()), c);
  const std::uint32_t end = static_cast<std::uint32_t>(pos);
  switch (c) {
    case 0x201C:  // “
    case 0x00AB:  // «
    case 0x201E:  // „
      return {Mark::kOpen, end};
    case 0x201D:  // ”
    case 0x00BB:  // »
      return {Mark::kClose, end};
    case '"':
      return {Mark::kStraight, end};
    case '\'':  // two apostrophes stand for a straight double mark in some wires
      if (end < text.size() && text[end] == '\'') return {Mark::kStraight, end + 1};
      return {Mark::kNone, end};
    default:
      return {Mark::kNone, end};
  }
}

// A straight mark opens when what precedes it cannot end a word.
bool StraightOpens(std::string_view text, std::uint32_t i, std::uint32_t paragraph_begin) {
  if (i == paragraph_begin) return true;
  const unsigned char before = static_cast<unsigned char>(text[i - 1]);
  if (before == ' ' || before == '\n' || before == '\t' || before == '(' || before == '[') return true;
  // A no-break space (U+00A0: C2 A0) is a space too.
  if (i >= 2 + paragraph_begin && before == 0xA0 && static_cast<unsigned char>(text[i - 2]) == 0xC2) return true;
  // An em or en dash (U+2014, U+2013) ends in 0x94 or 0x93 after E2 80.
  return i >= 3 + paragraph_begin && static_cast<unsigned char>(text[i - 3]) == 0xE2 &&
         static_cast<unsigned char>(text[i - 2]) == 0x80 && (before == 0x94 || before == 0x93);
}

// A straight mark closes an open quotation when no word follows it, even
// after a space: "… the term 'outreach,' " he said.
bool StraightEndsWord(std::string_view text, std::uint32_t end, std::uint32_t paragraph_end) {
  if (end >= paragraph_end) return true;
  const char after = text[end];
  return after == ' ' || after == ',' || after == '.' || after == ';' || after == ':' || after == '?' ||
         after == '!' || after == ')';
}

struct ParagraphSpan {
  std::uint32_t begin, end;
};

// Paragraph spans in doc.text(), following Article::text()'s joining.
std::vector<ParagraphSpan> Paragraphs(const Document& doc) {
  std::vector<ParagraphSpan> out;
  std::uint32_t offset = 0;
  for (const Paragraph& p : doc.article().paragraphs) {
    if (offset > 0) offset += 2;  // the blank line between paragraphs
    out.push_back({offset, offset + static_cast<std::uint32_t>(p.text.size())});
    offset += static_cast<std::uint32_t>(p.text.size());
  }
  return out;
}

}  // namespace

std::vector<QuotedRegion> FindQuotedRegions(const Document& doc) {
  const std::string_view text = doc.text();
  const std::vector<ParagraphSpan> paragraphs = Paragraphs(doc);
  std::vector<QuotedRegion> regions;
  bool open = false;
  Mark open_mark = Mark::kNone;  // kStraight or kOpen: a paragraph re-opens with the same kind
  std::uint32_t open_at = 0, inner_begin = 0, open_paragraph = 0;
  for (std::uint32_t p = 0; p < paragraphs.size(); ++p) {
    const ParagraphSpan para = paragraphs[p];
    if (para.end > text.size()) break;
    for (std::uint32_t i = para.begin; i < para.end;) {
      const MarkAt m = ReadMark(text, i);
      const bool opens = m.mark == Mark::kOpen ||
                         (m.mark == Mark::kStraight && StraightOpens(text, i, para.begin) &&
                          !(open && StraightEndsWord(text, m.end, para.end)));
      const bool closes = m.mark == Mark::kClose || (m.mark == Mark::kStraight && !opens);
      if (open && i == para.begin && opens && p > open_paragraph) {
        // The re-opening mark of a quotation continued from the paragraph before.
      } else if (!open && opens) {
        open = true, open_at = i, inner_begin = m.end, open_paragraph = p, open_mark = m.mark;
      } else if (open && closes) {
        regions.push_back({{inner_begin, i}, {open_at, m.end}});
        open = false;
      } else if (open && opens) {
        open_at = i, inner_begin = m.end, open_paragraph = p, open_mark = m.mark;  // the earlier mark was stray
      }
      i = m.end;
    }
    if (!open) continue;
    const bool continues = p + 1 < paragraphs.size() && p + 1 - open_paragraph < kMaxQuotedParagraphs &&
                           paragraphs[p + 1].end > paragraphs[p + 1].begin &&
                           ReadMark(text, paragraphs[p + 1].begin).mark == open_mark;
    if (continues) continue;
    if (open_at == paragraphs[open_paragraph].begin) regions.push_back({{inner_begin, para.end}, {open_at, para.end}});
    open = false;
  }
  return regions;
}

}  // namespace tidings
