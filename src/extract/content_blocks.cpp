#include "extract/content_blocks.h"

namespace tidings {
namespace {

bool IsHeadingTag(Tag t) {
  return t == Tag::kH1 || t == Tag::kH2 || t == Tag::kH3 || t == Tag::kH4 || t == Tag::kH5 || t == Tag::kH6;
}

// The paragraph kind an element gives the text inside it, if any.
bool KindOf(Tag t, ParagraphKind* kind) {
  if (IsHeadingTag(t)) *kind = ParagraphKind::kHeading;
  else if (t == Tag::kBlockquote) *kind = ParagraphKind::kQuote;
  else if (t == Tag::kLi || t == Tag::kDd || t == Tag::kDt) *kind = ParagraphKind::kListItem;
  else return false;
  return true;
}

// Accumulates the text of one block, collapsing whitespace as it goes.
class BlockWriter {
 public:
  explicit BlockWriter(std::vector<ContentBlock>* out) : out_(out) {}

  // Copies each run of visible bytes at once: pages are mostly words
  // separated by single spaces, and a byte at a time costs a capacity check
  // for every byte of the page.
  void Append(NodeId node, std::string_view text, bool in_link) {
    if (current_.text.empty()) current_.first_text = node;
    for (size_t i = 0; i < text.size();) {
      if (const size_t blank = BlankBytesAt(text, i)) {
        space_ = true;
        i += blank;
        continue;
      }
      size_t end = i + 1;
      while (end < text.size() && BlankBytesAt(text, end) == 0) ++end;
      if (space_ && !current_.text.empty()) AddBytes(" ", in_link);
      space_ = false;
      AddBytes(text.substr(i, end - i), in_link);
      line_breaks_ = 0;
      i = end;
    }
  }

  // A single <br> is a line break inside the paragraph; two in a row end it.
  void LineBreak(const ContentBlock& context) {
    if (++line_breaks_ >= 2) {
      Flush(context);
      return;
    }
    space_ = true;
  }

  void Flush(const ContentBlock& context) {
    line_breaks_ = 0;
    space_ = false;
    if (current_.text.empty()) return;
    current_.kind = context.kind;
    current_.element = context.element;
    current_.in_table = context.in_table;
    out_->push_back(std::move(current_));
    current_ = ContentBlock();
  }

 private:
  // How many bytes of whitespace (ASCII or a no-break space) start at `i`: 0 if none.
  static size_t BlankBytesAt(std::string_view text, size_t i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') return 1;
    return c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0 ? 2 : 0;
  }

  void AddBytes(std::string_view bytes, bool in_link) {
    current_.text += bytes;
    if (in_link) current_.link_bytes += static_cast<std::uint32_t>(bytes.size());
  }

  std::vector<ContentBlock>* out_;
  ContentBlock current_;
  bool space_ = false;
  int line_breaks_ = 0;
};

struct OpenElement {
  NodeId id;
  std::uint16_t depth;
  bool block;
  bool link;
  bool gives_kind;
  bool table_cell;
};

}  // namespace

bool IsBlockTag(Tag t) {
  switch (t) {
    case Tag::kHtml: case Tag::kBody: case Tag::kArticle: case Tag::kMain: case Tag::kSection:
    case Tag::kDiv: case Tag::kP: case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4:
    case Tag::kH5: case Tag::kH6: case Tag::kBlockquote: case Tag::kPre: case Tag::kUl: case Tag::kOl:
    case Tag::kLi: case Tag::kDl: case Tag::kDt: case Tag::kDd: case Tag::kTable: case Tag::kThead:
    case Tag::kTbody: case Tag::kTr: case Tag::kTd: case Tag::kTh: case Tag::kCaption:
    case Tag::kHeader: case Tag::kFooter: case Tag::kNav: case Tag::kAside: case Tag::kForm:
    case Tag::kFigure: case Tag::kFigcaption: case Tag::kAddress: case Tag::kDetails:
    case Tag::kSummary: case Tag::kCenter: case Tag::kHr: case Tag::kMenu: case Tag::kDialog:
      return true;
    default:
      return false;
  }
}

std::vector<NodeId> SubtreeEnds(const Dom& dom) {
  const NodeId n = static_cast<NodeId>(dom.size());
  std::vector<NodeId> end(n, n);
  std::vector<NodeId> open;
  for (NodeId i = 0; i < n; ++i) {
    while (!open.empty() && dom.node(open.back()).depth >= dom.node(i).depth) {
      end[open.back()] = i;
      open.pop_back();
    }
    open.push_back(i);
  }
  return end;
}

std::vector<ContentBlock> BuildBlocks(const Dom& dom, const std::vector<bool>& skip,
                                      const std::vector<NodeId>& subtree_end) {
  std::vector<ContentBlock> blocks;
  BlockWriter writer(&blocks);
  std::vector<OpenElement> open;
  ContentBlock context;  // kind, element and table flag of the text being written
  int links = 0;
  std::vector<ParagraphKind> kinds;
  std::vector<NodeId> block_elements;
  std::vector<bool> cells;

  auto refresh_context = [&] {
    context.kind = kinds.empty() ? ParagraphKind::kParagraph : kinds.back();
    context.element = block_elements.empty() ? kNoNode : block_elements.back();
    context.in_table = !cells.empty();
  };
  auto close = [&](const OpenElement& e) {
    if (e.block) writer.Flush(context);
    if (e.link) --links;
    if (e.gives_kind) kinds.pop_back();
    if (e.block) block_elements.pop_back();
    if (e.table_cell) cells.pop_back();
    refresh_context();
  };

  for (NodeId i = 1; i < dom.size();) {
    const DomNode& node = dom.node(i);
    while (!open.empty() && open.back().depth >= node.depth) {
      close(open.back());
      open.pop_back();
    }
    if (skip[i]) {
      i = subtree_end[i];
      continue;
    }
    if (node.tag == Tag::kText) {
      writer.Append(i, node.text, links > 0);
    } else if (node.tag == Tag::kBr) {
      writer.LineBreak(context);
    } else if (node.tag != Tag::kComment) {
      OpenElement e{i, node.depth, IsBlockTag(node.tag), node.tag == Tag::kA, false,
                    node.tag == Tag::kTd || node.tag == Tag::kTh};
      if (e.block) writer.Flush(context);
      ParagraphKind kind;
      if (KindOf(node.tag, &kind)) {
        kinds.push_back(kind);
        e.gives_kind = true;
      }
      if (e.link) ++links;
      if (e.block) block_elements.push_back(i);
      if (e.table_cell) cells.push_back(true);
      refresh_context();
      open.push_back(e);
    }
    ++i;
  }
  while (!open.empty()) {
    close(open.back());
    open.pop_back();
  }
  writer.Flush(context);
  return blocks;
}

}  // namespace tidings
