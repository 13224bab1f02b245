// Dom: a read-only HTML5 document tree in flat arrays.
//
// Parsed once with myhtml (HTML5 tree construction), then copied into a
// compact array of nodes so the extractor walks plain indices instead of the
// parser's pointers; the parser could be swapped without touching callers.
// Text and attribute values are decoded UTF-8 kept in one arena. Nesting
// beyond `max_depth` is flattened onto the deepest allowed ancestor, so every
// walk over the tree is bounded. A Dom is immutable and may be read from many
// threads; Parse itself uses one parser per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tidings/status.h"

namespace tidings {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;

// Tags the extractor reasons about; every other element is kOther.
enum class Tag : std::uint8_t {
  kText, kComment, kDocument, kOther,
  kHtml, kHead, kBody, kTitle, kMeta, kLink, kScript, kStyle, kNoscript, kTemplate,
  kArticle, kMain, kSection, kDiv, kSpan, kP, kBr, kHr, kA, kImg, kFigure, kFigcaption,
  kH1, kH2, kH3, kH4, kH5, kH6, kBlockquote, kPre, kCode, kQ, kCite,
  kUl, kOl, kLi, kDl, kDt, kDd, kTable, kThead, kTbody, kTr, kTd, kTh, kCaption,
  kNav, kHeader, kFooter, kAside, kForm, kInput, kButton, kSelect, kOption, kTextarea, kLabel,
  kIframe, kObject, kEmbed, kSvg, kCanvas, kVideo, kAudio, kPicture, kSource,
  kTime, kAbbr, kB, kStrong, kI, kEm, kU, kSmall, kSub, kSup, kMark, kAddress, kDetails, kSummary,
  kFont, kCenter, kMenu, kDialog,
};

struct DomAttribute {
  std::string_view name;   // lower case
  std::string_view value;
};

struct DomNode {
  Tag tag = Tag::kOther;
  std::uint16_t depth = 0;
  NodeId parent = kNoNode;
  NodeId first_child = kNoNode;
  NodeId next_sibling = kNoNode;
  std::uint32_t attr_begin = 0;   // index into the attribute array
  std::uint32_t attr_count = 0;
  std::string_view name;          // lower-case tag name ("#text" for text)
  std::string_view text;          // text and comment nodes only
};

struct DomLimits {
  std::uint32_t max_depth = 256;
  std::uint32_t max_nodes = 2'000'000;
};

class Dom {
 public:
  // Parses UTF-8 HTML. Fails only when the node limit is exceeded.
  static Result<Dom> Parse(std::string_view html, const DomLimits& limits = {});

  Dom(Dom&&) noexcept = default;
  Dom& operator=(Dom&&) noexcept = default;

  NodeId root() const { return 0; }
  std::size_t size() const { return nodes_.size(); }
  const DomNode& node(NodeId id) const { return nodes_[id]; }
  Tag tag(NodeId id) const { return nodes_[id].tag; }
  // True when flattening moved deeper elements onto this page's tree.
  bool depth_limited() const { return depth_limited_; }

  // Value of attribute `name` (lower case), or an empty view when absent.
  std::string_view attr(NodeId id, std::string_view name) const;
  bool has_attr(NodeId id, std::string_view name) const;
  std::vector<DomAttribute> attrs(NodeId id) const;

  // The first element with this tag in document order, or kNoNode.
  NodeId first(Tag tag) const;
  // All elements with this tag in document order.
  std::vector<NodeId> all(Tag tag) const;
  // All text below `id` concatenated in document order, skipping script,
  // style, template and comments; whitespace is kept as in the source.
  std::string text_content(NodeId id) const;

 private:
  Dom() = default;
  friend class DomBuilder;

  std::vector<DomNode> nodes_;
  std::vector<DomAttribute> attrs_;
  // Owns the bytes of every string_view above; blocks never move.
  std::vector<std::unique_ptr<char[]>> arena_;
  std::size_t arena_free_ = 0;
  bool depth_limited_ = false;
};

}  // namespace tidings
