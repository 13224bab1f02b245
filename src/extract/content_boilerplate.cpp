#include "extract/content_boilerplate.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

namespace tidings {
namespace {

// Words that name boilerplate when they are a whole word of a class or id.
// Short or ambiguous words must match exactly ("ad" must not hit "add").
constexpr std::string_view kBoilerplateWords[] = {
    "ad",      "ads",     "adv",      "author",    "autor",    "credit",  "credits",  "date",   "dateline",
    "datum",   "follow",  "hidden",   "login",     "meta",     "modal",   "nav",      "navi",   "overlay",
    "pager",   "paging",  "print",    "rating",    "register", "reply",   "respond",  "signup", "skip",
    "slider",  "sr",      "tag",      "tags",      "ticker",   "time",    "timestamp", "tools", "visuallyhidden",
    "social",  "related", "sharing",  "abonnieren", "weitere",
};

// Word beginnings that name boilerplate ("comment" covers "comments",
// "commentlist"; "empfehl" covers German "Empfehlungen").
constexpr std::string_view kBoilerplatePrefixes[] = {
    "advert",  "anzeige",    "banner",    "breadcrumb", "byline",   "caption",   "carousel", "comment",
    "consent", "cookie",     "copyright", "disclaimer", "disqus",   "empfehl",   "footer",   "kommentar",
    "masthead", "menu",      "navbar",    "navigation", "newsletter", "outbrain", "pagination", "popup",
    "promo",   "recommend",  "share",     "sidebar",    "sponsor",  "subscri",   "taboola",  "teaser",
    "toolbar", "verwandt",   "werbung",   "widget",
};

// Words that sites use for the element holding the article.
constexpr std::string_view kContentWords[] = {
    "article", "artikel", "beitrag", "blog", "body",  "content", "entry",
    "inhalt",  "main",    "post",    "story", "text",
};

bool IsAsciiLetterOrDigit(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Calls `visit(word)` for each lower-case word of a class or id value; stops
// and returns true as soon as `visit` does.
template <typename Visit>
bool AnyWord(std::string_view names, Visit visit) {
  std::string word;
  auto flush = [&] {
    bool hit = !word.empty() && visit(std::string_view(word));
    word.clear();
    return hit;
  };
  for (size_t i = 0; i < names.size(); ++i) {
    const char c = names[i];
    if (!IsAsciiLetterOrDigit(c)) {
      if (flush()) return true;
      continue;
    }
    const bool hump = c >= 'A' && c <= 'Z' && i > 0 && names[i - 1] >= 'a' && names[i - 1] <= 'z';
    if (hump && flush()) return true;
    word += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return flush();
}

bool IsBoilerplateWord(std::string_view word) {
  if (std::find(std::begin(kBoilerplateWords), std::end(kBoilerplateWords), word) != std::end(kBoilerplateWords)) return true;
  return std::any_of(std::begin(kBoilerplatePrefixes), std::end(kBoilerplatePrefixes),
                     [&](std::string_view p) { return word.starts_with(p); });
}

bool IsContentWord(std::string_view word) {
  return std::find(std::begin(kContentWords), std::end(kContentWords), word) != std::end(kContentWords) ||
         word.starts_with("article") || word.starts_with("artikel") || word.starts_with("content");
}

bool NamesMatch(const Dom& dom, NodeId id, bool (*is_word)(std::string_view)) {
  return AnyWord(dom.attr(id, "class"), is_word) || AnyWord(dom.attr(id, "id"), is_word);
}

bool HasAncestor(const Dom& dom, NodeId id, Tag a, Tag b) {
  for (NodeId p = dom.node(id).parent; p != kNoNode; p = dom.node(p).parent)
    if (dom.tag(p) == a || dom.tag(p) == b) return true;
  return false;
}

// Lower-cases and removes blanks, so "Display : None" reads "display:none".
std::string CompactStyle(std::string_view style) {
  std::string out;
  for (char c : style) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

}  // namespace

bool IsBoilerplateTag(const Dom& dom, NodeId id) {
  switch (dom.tag(id)) {
    case Tag::kScript: case Tag::kStyle: case Tag::kNoscript: case Tag::kTemplate:
    case Tag::kNav: case Tag::kAside: case Tag::kFooter: case Tag::kMenu: case Tag::kDialog:
    case Tag::kButton: case Tag::kSelect: case Tag::kInput: case Tag::kTextarea: case Tag::kOption:
    case Tag::kIframe: case Tag::kObject: case Tag::kEmbed: case Tag::kSvg: case Tag::kCanvas:
    case Tag::kVideo: case Tag::kAudio: case Tag::kFigcaption:
      return true;
    case Tag::kHeader:
      // A page's header is the site banner; an article's header holds its
      // title and sometimes the lead, so it stays.
      return !HasAncestor(dom, id, Tag::kArticle, Tag::kMain);
    default:
      return false;
  }
}

bool IsHidden(const Dom& dom, NodeId id) {
  if (dom.node(id).attr_count == 0) return false;
  if (dom.has_attr(id, "hidden")) return true;
  if (dom.attr(id, "aria-hidden") == "true") return true;
  const std::string_view style = dom.attr(id, "style");
  if (style.empty()) return false;
  const std::string compact = CompactStyle(style);
  return compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos;
}

int NameWeight(const Dom& dom, NodeId id) {
  if (dom.node(id).attr_count == 0) return 0;
  if (NamesMatch(dom, id, IsBoilerplateWord)) return -1;
  return NamesMatch(dom, id, IsContentWord) ? 1 : 0;
}

}  // namespace tidings
