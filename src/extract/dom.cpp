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
    struct Frame {
      myhtml_tree_node_t* node;
      NodeId parent;
    };
    std::vector<Frame> stack;
    for (myhtml_tree_node_t* c = LastChild(myhtml_tree_get_document(tree_)); c; c = myhtml_node_prev(c))
      stack.push_back({c, 0});
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      if (dom.nodes_.size() >= limits_.max_nodes)
        return Status::TooLarge("HTML has more than " + std::to_string(limits_.max_nodes) + " nodes");
      NodeId parent = f.parent;
      if (dom.nodes_[parent].depth >= limits_.max_depth) {
        parent = dom.nodes_[parent].parent;
        dom.depth_limited_ = true;
      }
      const NodeId id = static_cast<NodeId>(dom.nodes_.size());
      DomNode n = Convert(dom, f.node);
      n.parent = parent;
      n.depth = static_cast<std::uint16_t>(dom.nodes_[parent].depth + 1);
      dom.nodes_.push_back(n);
      last_child.push_back(kNoNode);
      if (last_child[parent] == kNoNode)
        dom.nodes_[parent].first_child = id;
      else
        dom.nodes_[last_child[parent]].next_sibling = id;
      last_child[parent] = id;
      for (myhtml_tree_node_t* c = LastChild(f.node); c; c = myhtml_node_prev(c)) stack.push_back({c, id});
    }
    return dom;
  }

 private:
  static myhtml_tree_node_t* LastChild(myhtml_tree_node_t* node) { return myhtml_node_last_child(node); }

  // Copies bytes into the Dom's arena: 64 KiB blocks, larger strings alone.
  std::string_view Intern(Dom& dom, const char* data, size_t len) {
    if (!data || len == 0) return {};
    constexpr size_t kBlock = 64 * 1024;
    char* dst;
    if (len > kBlock / 4) {
      dom.arena_.push_back(std::make_unique<char[]>(len));
      dst = dom.arena_.back().get();
    } else {
      if (dom.arena_free_ < len || dom.arena_.empty()) {
        dom.arena_.push_back(std::make_unique<char[]>(kBlock));
        dom.arena_free_ = kBlock;
        block_ = dom.arena_.back().get();
      }
      dst = block_ + (kBlock - dom.arena_free_);
      dom.arena_free_ -= len;
    }
    std::memcpy(dst, data, len);
    return {dst, len};
  }

  static void Lower(std::string& s) {
    for (char& ch : s)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }

  // An element's lower-case name and Tag, looked up once per tag id and page.
  struct ElementName {
    std::string_view name;
    Tag tag;
  };

  const ElementName& NameOf(Dom& dom, myhtml_tag_id_t id) {
    auto it = names_.find(id);
    if (it != names_.end()) return it->second;
    size_t len = 0;
    const char* name = myhtml_tag_name_by_id(tree_, id, &len);
    std::string lower(name ? name : "", name ? len : 0);
    Lower(lower);
    const std::string_view interned = Intern(dom, lower.data(), lower.size());
    const auto& tags = TagsByName();
    auto tag = tags.find(interned);
    return names_.emplace(id, ElementName{interned, tag == tags.end() ? Tag::kOther : tag->second}).first->second;
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
      std::string lower_key(key, klen);
      Lower(lower_key);
      std::string_view k = Intern(dom, lower_key.data(), lower_key.size());
      dom.attrs_.push_back({k, Intern(dom, value, vlen)});
    }
    n.attr_count = static_cast<std::uint32_t>(dom.attrs_.size()) - n.attr_begin;
    return n;
  }

  myhtml_tree_t* tree_;
  DomLimits limits_;
  char* block_ = nullptr;
  std::unordered_map<myhtml_tag_id_t, ElementName> names_;
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
