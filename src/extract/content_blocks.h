// Content blocks: a page cut into the runs of text a reader sees as separate
// paragraphs.
//
// A block ends wherever a block-level element (p, div, li, h1-h6, td, ...)
// opens or closes, and at a double <br>; inline elements (a, b, span, ...)
// join their text to the block around them, as a browser renders it. Each
// block keeps its whitespace-normalised text, its kind (heading, quote,
// list item or paragraph, from the innermost such element around it), the
// innermost block-level element holding it and how much of it is link text,
// which the scorer uses to tell prose from navigation. The walk is iterative.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/dom.h"
#include "tidings/article.h"

namespace tidings {

struct ContentBlock {
  std::string text;             // whitespace collapsed and trimmed, never empty
  ParagraphKind kind = ParagraphKind::kParagraph;
  NodeId element = kNoNode;     // innermost block-level element around the text
  NodeId first_text = kNoNode;  // the text node the block starts in: blocks are sorted by it
  std::uint32_t link_bytes = 0; // bytes of `text` that sit inside <a> elements
  bool in_table = false;        // inside a table cell
};

// The blocks of `dom` in document order. Subtrees whose root has `skip[id]`
// set are left out; `subtree_end[id]` is one past the last node below `id`.
std::vector<ContentBlock> BuildBlocks(const Dom& dom, const std::vector<bool>& skip,
                                      const std::vector<NodeId>& subtree_end);

// For each node, one past the last node of its subtree (subtrees are
// contiguous in document order).
std::vector<NodeId> SubtreeEnds(const Dom& dom);

// True when `tag` starts a new block.
bool IsBlockTag(Tag tag);

}  // namespace tidings
