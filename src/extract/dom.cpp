#include "extract/dom.h"

#include <myhtml/api.h>

#include <cstring>
#include <memory>
#include <unordered_map>
#include <utility>

namespace tidings {
namespace {

const std::unordered_map<std::string_view, Tag>& TagsByName() {
  static const std::unordered_map<std::string_view, Tag> kTags = {
      {"html", Tag::kHtml}, {"head", Tag::kHead}, {"body", Tag::kBody}, {"title", Tag::kTitle},
      {"meta", Tag::kMeta}, {"link", Tag::kLink}, {"script", Tag::kScript}, {"style", Tag::kStyle},
      {"noscript", Tag::kNoscript}, {"template", Tag::kTemplate}, {"article", Tag::kArticle},
      {"main", Tag::kMain}, {"section", Tag::kSection}, {"div", Tag::kDiv}, {"span", Tag::kSpan},
      {"p", Tag::kP}, {"br", Tag::kBr}, {"hr", Tag::kHr}, {"a", Tag::kA}, {"img", Tag::kImg},
      {"figure", Tag::kFigure}, {"figcaption", Tag::kFigcaption}, {"h1", Tag::kH1},
      {"h2", Tag::kH2}, {"h3", Tag::kH3}, {"h4", Tag::kH4}, {"h5", Tag::kH5}, {"h6", Tag::kH6},
      {"blockquote", Tag::kBlockquote}, {"pre", Tag::kPre}, {"code", Tag::kCode}, {"q", Tag::kQ},
      {"cite", Tag::kCite}, {"ul", Tag::kUl}, {"ol", Tag::kOl}, {"li", Tag::kLi}, {"dl", Tag::kDl},
      {"dt", Tag::kDt}, {"dd", Tag::kDd}, {"table", Tag::kTable}, {"thead", Tag::kThead},
      {"tbody", Tag::kTbody}, {"tr", Tag::kTr}, {"td", Tag::kTd}, {"th", Tag::kTh},
      {"caption", Tag::kCaption}, {"nav", Tag::kNav}, {"header", Tag::kHeader},
      {"footer", Tag::kFooter}, {"aside", Tag::kAside}, {"form", Tag::kForm},
      {"input", Tag::kInput}, {"button", Tag::kButton}, {"select", Tag::kSelect},
      {"option", Tag::kOption}, {"textarea", Tag::kTextarea}, {"label", Tag::kLabel},
      {"iframe", Tag::kIframe}, {"object", Tag::kObject}, {"embed", Tag::kEmbed},
      {"svg", Tag::kSvg}, {"canvas", Tag::kCanvas}, {"video", Tag::kVideo},
      {"audio", Tag::kAudio}, {"picture", Tag::kPicture}, {"source", Tag::kSource},
      {"time", Tag::kTime}, {"abbr", Tag::kAbbr}, {"b", Tag::kB}, {"strong", Tag::kStrong},
      {"i", Tag::kI}, {"em", Tag::kEm}, {"u", Tag::kU}, {"small", Tag::kSmall},
      {"sub", Tag::kSub}, {"sup", Tag::kSup}, {"mark", Tag::kMark}, {"address", Tag::kAddress},
      {"details", Tag::kDetails}, {"summary", Tag::kSummary}, {"font", Tag::kFont},
      {"center", Tag::kCenter}, {"menu", Tag::kMenu}, {"dialog", Tag::kDialog},
  };
  return kTags;
}

// One myhtml instance and tree per thread, reused across pages: creating
// them costs more than parsing a small page.
class ThreadParser {
 public:
  ThreadParser() {
    myhtml_ = myhtml_create();
    myhtml_init(myhtml_, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0);
    tree_ = myhtml_tree_create();
    myhtml_tree_init(tree_, myhtml_);
  }
  ~ThreadParser() {
    myhtml_tree_destroy(tree_);
    myhtml_destroy(myhtml_);
  }
  myhtml_tree_t* Parse(std::string_view html) {
    myhtml_tree_clean(tree_);
    myhtml_parse(tree_, MyENCODING_UTF_8, html.data(), html.size());
    return tree_;
  }

 private:
  myhtml_t* myhtml_ = nullptr;
  myhtml_tree_t* tree_ = nullptr;
};

}  // namespace

// Copies a myhtml tree into a Dom, iteratively (no recursion: depth is
// attacker-controlled).
class DomBuilder {
 public:
  DomBuilder(myhtml_tree_t* tree, const DomLimits& limits) : tree_(tree), limits_(limits) {}

  Result<Dom> Build() {
    Dom dom;
    dom.nodes_.reserve(1024);
    dom.nodes_.push_back(DomNode{Tag::kDocument, 0, kNoNode, kNoNode, kNoNode, 0, 0, "#document", {}});
    std::vector<NodeId> last_child(1, kNoNode);
    // Walks the tree in document order by its child, sibling and parent
    // links: `parent` is the Dom id of the current node's myhtml parent,
    // `open` those of its ancestors further up.
    myhtml_tree_node_t* const document = myhtml_tree_get_document(tree_);
    std::vector<NodeId> open;
    NodeId parent = 0;
    for (myhtml_tree_node_t* src = myhtml_node_child(document); src != nullptr;) {
      if (dom.nodes_.size() >= limits_.max_nodes)
        return Status::TooLarge("HTML has more than " + std::to_string(limits_.max_nodes) + " nodes");
      NodeId attach = parent;
      if (dom.nodes_[attach].depth >= limits_.max_depth) {
        attach = dom.nodes_[attach].parent;
        dom.depth_limited_ = true;
      }
      const NodeId id = static_cast<NodeId>(dom.nodes_.size());
      DomNode n = Convert(dom, src);
      n.parent = attach;
      n.depth = static_cast<std::uint16_t>(dom.nodes_[attach].depth + 1);
      dom.nodes_.push_back(n);
      last_child.push_back(kNoNode);
      if (last_child[attach] == kNoNode)
        dom.nodes_[attach].first_child = id;
      else
        dom.nodes_[last_child[attach]].next_sibling = id;
      last_child[attach] = id;
      if (myhtml_tree_node_t* child = myhtml_node_child(src)) {
        open.push_back(parent);
        parent = id;
        src = child;
        continue;
      }
      while (myhtml_node_next(src) == nullptr && !open.empty()) {
        src = myhtml_node_parent(src);
        parent = open.back();
        open.pop_back();
      }
      src = myhtml_node_next(src);
    }
    return dom;
  }

 private:
  // Room for `len` bytes in the Dom's arena: 64 KiB blocks, larger strings
  // alone. Left uninitialized: every caller writes all of it.
  char* Allocate(Dom& dom, size_t len) {
    constexpr size_t kBlock = 64 * 1024;
    if (len > kBlock / 4) {
      dom.arena_.push_back(std::make_unique_for_overwrite<char[]>(len));
      return dom.arena_.back().get();
    }
    if (dom.arena_free_ < len || dom.arena_.empty()) {
      dom.arena_.push_back(std::make_unique_for_overwrite<char[]>(kBlock));
      dom.arena_free_ = kBlock;
      block_ = dom.arena_.back().get();
    }
    char* dst = block_ + (kBlock - dom.arena_free_);
    dom.arena_free_ -= len;
    return dst;
  }

  // Copies bytes into the Dom's arena.
  std::string_view Intern(Dom& dom, const char* data, size_t len) {
    if (!data || len == 0) return {};
    char* dst = Allocate(dom, len);
    std::memcpy(dst, data, len);
    return {dst, len};
  }

  // Copies bytes into the Dom's arena with ASCII letters lower-cased.
  std::string_view InternLower(Dom& dom, const char* data, size_t len) {
    if (!data || len == 0) return {};
    char* dst = Allocate(dom, len);
    for (size_t i = 0; i < len; ++i)
      dst[i] = data[i] >= 'A' && data[i] <= 'Z' ? static_cast<char>(data[i] - 'A' + 'a') : data[i];
    return {dst, len};
  }

  // An element's lower-case name and Tag, looked up once per tag id and page.
  struct ElementName {
    std::string_view name;
    Tag tag = Tag::kOther;
    bool known = false;
  };

  const ElementName& NameOf(Dom& dom, myhtml_tag_id_t id) {
    if (id >= names_.size()) names_.resize(id + 1);
    ElementName& element = names_[id];
    if (element.known) return element;
    size_t len = 0;
    const char* name = myhtml_tag_name_by_id(tree_, id, &len);
    element.name = InternLower(dom, name, name ? len : 0);
    const auto& tags = TagsByName();
    auto tag = tags.find(element.name);
    element.tag = tag == tags.end() ? Tag::kOther : tag->second;
    element.known = true;
    return element;
  }

  DomNode Convert(Dom& dom, myhtml_tree_node_t* src) {
    DomNode n;
    const myhtml_tag_id_t id = myhtml_node_tag_id(src);
    if (id == MyHTML_TAG__TEXT || id == MyHTML_TAG__COMMENT) {
      size_t len = 0;
      const char* text = myhtml_node_text(src, &len);
      n.tag = id == MyHTML_TAG__TEXT ? Tag::kText : Tag::kComment;
      n.name = id == MyHTML_TAG__TEXT ? "#text" : "#comment";
      n.text = Intern(dom, text, len);
      return n;
    }
    const ElementName& element = NameOf(dom, id);
    n.name = element.name;
    n.tag = element.tag;
    n.attr_begin = static_cast<std::uint32_t>(dom.attrs_.size());
    for (myhtml_tree_attr_t* a = myhtml_node_attribute_first(src); a; a = myhtml_attribute_next(a)) {
      size_t klen = 0, vlen = 0;
      const char* key = myhtml_attribute_key(a, &klen);
      const char* value = myhtml_attribute_value(a, &vlen);
      if (!key || klen == 0) continue;
      const std::string_view k = InternLower(dom, key, klen);
      dom.attrs_.push_back({k, Intern(dom, value, vlen)});
    }
    n.attr_count = static_cast<std::uint32_t>(dom.attrs_.size()) - n.attr_begin;
    return n;
  }

  myhtml_tree_t* tree_;
  DomLimits limits_;
  char* block_ = nullptr;
  // Indexed by myhtml tag id: the tree numbers a page's tags from 0 up.
  std::vector<ElementName> names_;
};

Result<Dom> Dom::Parse(std::string_view html, const DomLimits& limits) {
  thread_local ThreadParser parser;
  return DomBuilder(parser.Parse(html), limits).Build();
}

std::string_view Dom::attr(NodeId id, std::string_view name) const {
  const DomNode& n = nodes_[id];
  for (std::uint32_t i = n.attr_begin; i < n.attr_begin + n.attr_count; ++i)
    if (attrs_[i].name == name) return attrs_[i].value;
  return {};
}

bool Dom::has_attr(NodeId id, std::string_view name) const {
  const DomNode& n = nodes_[id];
  for (std::uint32_t i = n.attr_begin; i < n.attr_begin + n.attr_count; ++i)
    if (attrs_[i].name == name) return true;
  return false;
}

std::vector<DomAttribute> Dom::attrs(NodeId id) const {
  const DomNode& n = nodes_[id];
  return {attrs_.begin() + n.attr_begin, attrs_.begin() + n.attr_begin + n.attr_count};
}

NodeId Dom::first(Tag tag) const {
  for (NodeId i = 0; i < nodes_.size(); ++i)
    if (nodes_[i].tag == tag) return i;
  return kNoNode;
}

std::vector<NodeId> Dom::all(Tag tag) const {
  std::vector<NodeId> out;
  for (NodeId i = 0; i < nodes_.size(); ++i)
    if (nodes_[i].tag == tag) out.push_back(i);
  return out;
}

std::string Dom::text_content(NodeId id) const {
  // Nodes are stored in document order and a subtree is contiguous, so the
  // subtree of `id` is the index range up to the next node that is not below it.
  std::string out;
  const std::uint16_t depth = nodes_[id].depth;
  std::uint16_t skip_depth = UINT16_MAX;
  for (NodeId i = id + 1; i < nodes_.size() && nodes_[i].depth > depth; ++i) {
    const DomNode& n = nodes_[i];
    if (n.depth <= skip_depth) skip_depth = UINT16_MAX;
    if (skip_depth != UINT16_MAX) continue;
    if (n.tag == Tag::kScript || n.tag == Tag::kStyle || n.tag == Tag::kTemplate) {
      skip_depth = n.depth;
      continue;
    }
    if (n.tag == Tag::kText) out += n.text;
  }
  if (nodes_[id].tag == Tag::kText) out = nodes_[id].text;
  return out;
}

}  // namespace tidings
