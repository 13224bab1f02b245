#include "extract/html_content.h"

#include <algorithm>
#include <string>

#include "extract/content_blocks.h"
#include "extract/content_boilerplate.h"

namespace tidings {
namespace {

// Blocks shorter than this (bytes) are too short to say whether they are prose.
constexpr std::size_t kMinScoredBlockBytes = 25;
// A block with more of its text in links than this is navigation, not prose.
constexpr double kMaxBlockLinkDensity = 0.35;
// How many ancestors of a paragraph share its score (halved, thirded, ...):
// deep, so that an article cut into many small boxes (recipe steps, CMS
// content elements) still adds up in their common ancestor.
constexpr int kScoredAncestors = 12;
// An element whose names say boilerplate is still kept when it holds more
// than this share of the page's text: it is then the page's wrapper
// ("has-sidebar", "with-comments"), not a widget.
constexpr double kMaxBoilerplateShare = 0.8;
// Elements named or tagged as the article protect their ancestors from
// boilerplate names once they hold this much text (bytes).
constexpr std::uint32_t kMinArticleBytes = 200;
// A container named like article content scores this share more, one
// named like boilerplate this share less (at 1, nothing: its parent may
// still win); relative, so that a small box named "article-teaser-text"
// cannot outweigh a long unnamed article.
constexpr double kNameBonus = 1.0;
// Prose inside elements named as boilerplate counts this much when scoring.
constexpr double kNamedBoilerplateWeight = 0.3;
// Siblings of the best container join it when they score this share of it.
constexpr double kSiblingScoreShare = 0.1;
constexpr double kMinSiblingScore = 4;
// The best container is widened by at most this many ancestors, each adding
// at most this many times the text it already holds, with at most this
// share of links.
constexpr int kMaxClimb = 8;
constexpr double kMaxAddedTextRatio = 3;
constexpr double kMaxAddedLinkDensity = 0.2;
// A paragraph this long (bytes) is prose, not a teaser's blurb.
constexpr std::size_t kMinProseBytes = 250;
// A lead is looked for this many ancestors above the article's container,
// in elements named as a lead up to this many levels above its text, and
// must be this long (bytes).
constexpr int kLeadSearchLevels = 4;
constexpr int kLeadNameLevels = 4;
constexpr std::size_t kMinLeadBytes = 30;
// A line ending in a colon up to this long (bytes) labels what follows it.
constexpr std::size_t kMaxLabelBytes = 40;

struct PageIndex {
  std::vector<NodeId> subtree_end;     // one past the last node below each node
  std::vector<std::uint32_t> text_bytes;  // visible text bytes below each node
  std::vector<bool> skip;              // boilerplate by tag or visibility: never read
  // The innermost element at or above each node whose names say boilerplate
  // (kNoNode if none). Such text counts little when choosing the article's
  // container and is dropped inside it; but the container itself may carry
  // such a name (class="blog_teaser_text" id="blog_detail").
  std::vector<NodeId> named_boilerplate;
  std::vector<std::int8_t> name_weight;  // NameWeight of each element
};

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

std::uint32_t NonSpaceBytes(std::string_view text) {
  std::uint32_t n = 0;
  for (char c : text) n += !IsSpace(c);
  return n;
}

// Marks the ancestors of `id` as wrappers of article content; stops at the
// first one already marked, so the whole pass stays linear.
void ProtectAncestors(const Dom& dom, NodeId id, std::vector<bool>& wrapper) {
  for (NodeId p = dom.node(id).parent; p != kNoNode && !wrapper[p]; p = dom.node(p).parent) wrapper[p] = true;
}

bool IsArticleElement(const Dom& dom, NodeId id, int name_weight) {
  const Tag tag = dom.tag(id);
  return tag == Tag::kArticle || tag == Tag::kMain || name_weight > 0 || dom.attr(id, "itemprop") == "articleBody";
}

PageIndex IndexPage(const Dom& dom) {
  const NodeId n = static_cast<NodeId>(dom.size());
  PageIndex index{SubtreeEnds(dom), std::vector<std::uint32_t>(n, 0), std::vector<bool>(n, false),
                  std::vector<NodeId>(n, kNoNode), std::vector<std::int8_t>(n, 0)};
  for (NodeId i = n; i-- > 1;) {
    const DomNode& node = dom.node(i);
    const Tag parent = dom.tag(node.parent);
    if (node.tag == Tag::kText && parent != Tag::kScript && parent != Tag::kStyle) index.text_bytes[i] = NonSpaceBytes(node.text);
    index.text_bytes[node.parent] += index.text_bytes[i];
  }
  // Names mark boilerplate only below the page's wrappers: a Blogger post
  // sits inside class="widget Blog", a WordPress one inside "has-sidebar".
  std::vector<bool> wrapper(n, false);
  for (NodeId i = 1; i < n; ++i) {
    const Tag tag = dom.tag(i);
    if (tag == Tag::kText || tag == Tag::kComment) continue;
    index.name_weight[i] = static_cast<std::int8_t>(NameWeight(dom, i));
    if (index.text_bytes[i] >= kMinArticleBytes && IsArticleElement(dom, i, index.name_weight[i]))
      ProtectAncestors(dom, i, wrapper);
  }
  const double page_text = std::max<std::uint32_t>(1, index.text_bytes[0]);
  for (NodeId i = 1; i < n; ++i) {
    const Tag tag = dom.tag(i);
    index.named_boilerplate[i] = index.named_boilerplate[dom.node(i).parent];
    if (tag == Tag::kText || tag == Tag::kComment) continue;
    if (IsBoilerplateTag(dom, i) || IsHidden(dom, i)) {
      index.skip[i] = true;
    } else if ((index.name_weight[i] < 0 || IsBoilerplateSection(dom, i)) && !wrapper[i] && tag != Tag::kBody && tag != Tag::kHtml &&
               index.text_bytes[i] / page_text <= kMaxBoilerplateShare) {
      index.named_boilerplate[i] = i;
    }
  }
  return index;
}

double LinkDensity(const ContentBlock& b) { return b.text.empty() ? 1 : double(b.link_bytes) / b.text.size(); }

bool IsParagraphElement(Tag t) {
  switch (t) {
    case Tag::kP: case Tag::kPre: case Tag::kLi: case Tag::kDd: case Tag::kDt: case Tag::kTd: case Tag::kTh:
    case Tag::kBlockquote: case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
      return true;
    default:
      return false;
  }
}

// How much a block looks like article prose: longer text and more commas
// (counted in any script's comma) score higher.
double ProseScore(const ContentBlock& b) {
  double commas = 0;
  for (size_t i = 0; i < b.text.size(); ++i) {
    const char c = b.text[i];
    if (c == ',') ++commas;
    // Tested on the lead byte first: this loop reads every byte of the page's prose.
    else if ((c == '\xEF' && b.text.compare(i, 3, "\xEF\xBC\x8C") == 0) ||
             (c == '\xE3' && b.text.compare(i, 3, "\xE3\x80\x81") == 0))
      ++commas;
  }
  return 1 + commas + std::min(3.0, b.text.size() / 100.0);
}

// A starting score for a container by its tag, as readability weighs them:
// divs usually hold prose, lists and forms usually do not.
double TagPrior(Tag t) {
  switch (t) {
    case Tag::kDiv: case Tag::kArticle: case Tag::kMain: case Tag::kSection: return 5;
    case Tag::kPre: case Tag::kTd: case Tag::kBlockquote: return 3;
    case Tag::kUl: case Tag::kOl: case Tag::kDl: case Tag::kDd: case Tag::kDt: case Tag::kLi: case Tag::kForm: return -3;
    default: return 0;
  }
}

// Text and link totals of the blocks whose element lies below a node: blocks
// are in document order, so a subtree's blocks are one contiguous run.
class BlockTotals {
 public:
  BlockTotals(const std::vector<ContentBlock>& blocks) : blocks_(blocks), text_(blocks.size() + 1), links_(blocks.size() + 1) {
    for (size_t i = 0; i < blocks.size(); ++i) {
      text_[i + 1] = text_[i] + blocks[i].text.size();
      links_[i + 1] = links_[i] + blocks[i].link_bytes;
    }
  }
  // Indexes [first, last) of the blocks inside [begin, end).
  std::pair<size_t, size_t> Range(NodeId begin, NodeId end) const {
    auto by_element = [](const ContentBlock& b, NodeId id) { return b.first_text < id; };
    const size_t first = std::lower_bound(blocks_.begin(), blocks_.end(), begin, by_element) - blocks_.begin();
    const size_t last = std::lower_bound(blocks_.begin() + first, blocks_.end(), end, by_element) - blocks_.begin();
    return {first, last};
  }
  double TextBytes(std::pair<size_t, size_t> r) const { return text_[r.second] - text_[r.first]; }
  double LinkDensity(std::pair<size_t, size_t> r) const {
    const double text = TextBytes(r);
    return text > 0 ? (links_[r.second] - links_[r.first]) / text : 1;
  }

 private:
  const std::vector<ContentBlock>& blocks_;
  std::vector<double> text_, links_;
};

// Scores each container by the prose below it, readability-style: every
// prose block gives its score to its container and a share to the
// container's ancestors; the containers' own names and link density weigh in.
std::vector<double> ScoreContainers(const Dom& dom, const PageIndex& index, const std::vector<ContentBlock>& blocks,
                                    const BlockTotals& totals) {
  std::vector<double> score(dom.size(), 0);
  std::vector<bool> seen(dom.size(), false);
  std::vector<NodeId> scored;
  for (const ContentBlock& b : blocks) {
    if (b.element == kNoNode || b.kind == ParagraphKind::kHeading) continue;
    if (b.text.size() < kMinScoredBlockBytes || LinkDensity(b) > kMaxBlockLinkDensity) continue;
    NodeId container = IsParagraphElement(dom.tag(b.element)) ? dom.node(b.element).parent : b.element;
    const double s = ProseScore(b) * (index.named_boilerplate[b.first_text] == kNoNode ? 1 : kNamedBoilerplateWeight);
    for (int level = 0; level < kScoredAncestors && container != kNoNode && container != 0; ++level) {
      if (!seen[container]) {
        seen[container] = true;
        scored.push_back(container);
        score[container] += TagPrior(dom.tag(container));
      }
      score[container] += s / (level + 1);
      container = dom.node(container).parent;
    }
  }
  std::vector<double> final_score(dom.size(), 0);
  for (NodeId c : scored)
    final_score[c] = score[c] * (1 - totals.LinkDensity(totals.Range(c, index.subtree_end[c]))) *
                     (1 + kNameBonus * index.name_weight[c]);
  return final_score;
}

// Whether a sibling of the best container is article text too: it scores
// well, or it is itself a paragraph of prose (a <p>, or text and inline
// elements lying loose beside the container).
bool SiblingBelongs(const Dom& dom, NodeId sibling, double threshold, const std::vector<double>& score,
                    const PageIndex& index, const BlockTotals& totals) {
  if (score[sibling] >= threshold) return true;
  if (dom.tag(sibling) != Tag::kP && IsBlockTag(dom.tag(sibling))) return false;
  const auto range = totals.Range(sibling, index.subtree_end[sibling]);
  const double text = totals.TextBytes(range), links = totals.LinkDensity(range);
  return (text > 80 && links < 0.25) || (text > 0 && links == 0);
}

// True when `node` sits in an element named as boilerplate below `root`.
// An element holding most of the root's text is the article itself,
// whatever its name ("cuerpo-ad", "blog_teaser_text").
bool InsideNamedBoilerplate(const PageIndex& index, NodeId node, NodeId root) {
  const NodeId named = index.named_boilerplate[node];
  return named != kNoNode && named > root && index.text_bytes[named] * 2 < index.text_bytes[root];
}

// Widens the best container to an ancestor when what the ancestor adds
// reads as prose too: the lead and headline often sit beside the body's own
// container, in the article's header. What the ancestor adds must not be
// mostly links nor dwarf what the container already holds.
NodeId ClimbToArticle(const Dom& dom, const PageIndex& index, const std::vector<ContentBlock>& blocks,
                      const BlockTotals& totals, NodeId best) {
  NodeId current = best;
  for (int level = 0; level < kMaxClimb; ++level) {
    const NodeId parent = dom.node(current).parent;
    if (parent == kNoNode || parent == 0 || dom.tag(parent) == Tag::kBody) break;
    const auto inner = totals.Range(current, index.subtree_end[current]);
    const auto outer = totals.Range(parent, index.subtree_end[parent]);
    double added_text = 0, added_links = 0;
    for (size_t i = outer.first; i < outer.second; ++i) {
      if (i >= inner.first && i < inner.second) continue;
      if (InsideNamedBoilerplate(index, blocks[i].first_text, parent)) continue;
      added_text += blocks[i].text.size();
      added_links += blocks[i].link_bytes;
    }
    if (added_text > kMaxAddedTextRatio * totals.TextBytes(inner) || added_links > kMaxAddedLinkDensity * added_text) break;
    current = parent;
  }
  return current;
}

// True when `node` or one of its few nearest ancestors is named as a lead.
bool InLeadElement(const Dom& dom, NodeId node, NodeId stop) {
  for (int level = 0; level < kLeadNameLevels && node != kNoNode && node > stop; ++level, node = dom.node(node).parent)
    if (HasLeadName(dom, node)) return true;
  return false;
}

// Adds the lead or subtitle that sits before the article's container, in
// its header, when the page names it as a lead; teasers of other pages
// further up are out of reach, the search stopping a few ancestors up.
void AddLead(const Dom& dom, const PageIndex& index, const std::vector<ContentBlock>& blocks,
             std::vector<std::pair<NodeId, NodeId>>& ranges) {
  if (ranges.empty()) return;
  const NodeId start = ranges.front().first;
  NodeId anchor = start;
  for (int level = 0; level < kLeadSearchLevels && dom.node(anchor).parent != kNoNode; ++level) {
    const NodeId parent = dom.node(anchor).parent;
    if (parent == 0 || dom.tag(parent) == Tag::kBody) break;
    anchor = parent;
  }
  std::vector<std::pair<NodeId, NodeId>> leads;
  for (const ContentBlock& b : blocks) {
    if (b.first_text <= anchor) continue;
    if (b.first_text >= start) break;
    if (b.text.size() < kMinLeadBytes || LinkDensity(b) > kMaxBlockLinkDensity) continue;
    if (index.named_boilerplate[b.first_text] != kNoNode) continue;
    if (InLeadElement(dom, b.first_text, anchor)) leads.push_back({b.first_text, b.first_text + 1});
  }
  ranges.insert(ranges.begin(), leads.begin(), leads.end());
}

// The node ranges holding the article: the best container and the siblings that belong with it.
std::vector<std::pair<NodeId, NodeId>> ArticleRanges(const Dom& dom, const PageIndex& index,
                                                     const std::vector<ContentBlock>& blocks,
                                                     const std::vector<double>& score, const BlockTotals& totals) {
  const NodeId top = static_cast<NodeId>(std::max_element(score.begin(), score.end()) - score.begin());
  if (score[top] <= 0) return {};
  const NodeId best = ClimbToArticle(dom, index, blocks, totals, top);
  const NodeId parent = dom.node(best).parent;
  if (parent == kNoNode) return {{best, index.subtree_end[best]}};
  const double threshold = std::max(kMinSiblingScore, score[top] * kSiblingScoreShare);
  std::vector<std::pair<NodeId, NodeId>> ranges;
  for (NodeId s = dom.node(parent).first_child; s != kNoNode; s = dom.node(s).next_sibling) {
    if (index.skip[s] || (s != best && index.named_boilerplate[s] == s)) continue;
    if (s == best || SiblingBelongs(dom, s, threshold, score, index, totals))
      ranges.push_back({s, index.subtree_end[s]});
  }
  AddLead(dom, index, blocks, ranges);
  return ranges;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// True when a heading only repeats the page title (possibly the title without its site suffix).
bool RepeatsTitle(std::string_view heading, std::string_view title) {
  if (title.empty() || heading.empty()) return false;
  const std::string h = LowerAscii(heading), t = LowerAscii(title);
  return h == t || (t.find(h) != std::string::npos && h.size() * 2 >= t.size()) ||
         (h.find(t) != std::string::npos && t.size() * 2 >= h.size());
}

// True for a short line that labels what follows ("Weitere Informationen:", "TAGS:").
bool IsLabel(const Paragraph& p) {
  return p.text.size() <= kMaxLabelBytes && !p.text.empty() && p.text.back() == ':';
}

// Removes the page furniture that clings to the article's end: calls to
// action, labels and headings that title nothing after the last paragraph.
void TrimTail(std::vector<Paragraph>& out) {
  while (!out.empty() && (out.back().kind == ParagraphKind::kHeading || IsLabel(out.back()) ||
                          IsCallToAction(out.back().text) || IsDateLine(out.back().text)))
    out.pop_back();
}

// Pages often print the meta description as a lead above the article and
// again as its first paragraph: the first copy goes when it is repeated.
void DropRepeatedLead(std::vector<Paragraph>& out, std::string_view description) {
  if (out.size() < 2 || description.empty()) return;
  const std::string lead = LowerAscii(out[0].text);
  if (lead != LowerAscii(description)) return;
  for (size_t i = 1; i < out.size(); ++i)
    if (LowerAscii(out[i].text) == lead) {
      out.erase(out.begin());
      return;
    }
}

// The article's blocks as paragraphs: the blocks inside `ranges` minus
// boilerplate found inside them (named elements, link lists, widget labels,
// teaser sections, headings that title nothing, a repeated lead).
std::vector<Paragraph> ToParagraphs(std::vector<ContentBlock>& blocks, const std::vector<std::pair<NodeId, NodeId>>& ranges,
                                    const PageIndex& index, const ContentHints& hints) {
  std::vector<Paragraph> out;
  bool in_teasers = false;
  size_t r = 0;
  for (ContentBlock& b : blocks) {
    while (r < ranges.size() && b.first_text >= ranges[r].second) ++r;
    if (r == ranges.size()) break;
    if (b.first_text < ranges[r].first) continue;
    if (InsideNamedBoilerplate(index, b.first_text, ranges[r].first)) continue;
    // A teaser section ends at the next heading or at a paragraph too long to be a teaser.
    if (b.kind == ParagraphKind::kHeading || b.text.size() >= kMinProseBytes) in_teasers = OpensTeaserSection(b.text);
    if (in_teasers || OpensTeaserSection(b.text)) {
      in_teasers = true;
      continue;
    }
    if (LinkDensity(b) > kMaxBlockLinkDensity) {
      // A heading or label over a list of links titles a teaser list, not the article.
      if (!out.empty() && (out.back().kind == ParagraphKind::kHeading || IsLabel(out.back()))) out.pop_back();
      continue;
    }
    if (IsWidgetLabel(b.text) || IsCreditLine(b.text) || IsDateLine(b.text) || IsCookieNotice(b.text) ||
        IsTeaserBlurb(b.text))
      continue;
    if (out.empty() && b.kind == ParagraphKind::kHeading && RepeatsTitle(b.text, hints.title)) continue;
    out.push_back({std::move(b.text), b.kind});
  }
  TrimTail(out);
  DropRepeatedLead(out, hints.description);
  return out;
}

}  // namespace

std::vector<Paragraph> ExtractMainContent(const Dom& dom, const ContentHints& hints) {
  const PageIndex index = IndexPage(dom);
  std::vector<ContentBlock> blocks = BuildBlocks(dom, index.skip, index.subtree_end);
  const BlockTotals totals(blocks);
  const std::vector<double> score = ScoreContainers(dom, index, blocks, totals);
  std::vector<std::pair<NodeId, NodeId>> ranges = ArticleRanges(dom, index, blocks, score, totals);
  if (ranges.empty()) ranges.push_back({0, static_cast<NodeId>(dom.size())});
  return ToParagraphs(blocks, ranges, index, hints);
}

}  // namespace tidings
