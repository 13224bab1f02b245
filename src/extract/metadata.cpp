#include "extract/metadata.h"

#include <array>
#include <unordered_map>

#include "extract/json_ld.h"
#include "extract/publication_date.h"
#include "extract/scraped_lines.h"

namespace tidings {
namespace {

// Bylines longer than this are paragraphs that happen to carry an author class.
constexpr std::size_t kMaxBylineBytes = 100;
// At most this many byline-classed elements are read per page.
constexpr std::size_t kMaxBylineElements = 50;

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
  return out;
}

// The page's <meta> values by lower-cased name or property, first one kept.
class MetaTags {
 public:
  explicit MetaTags(const Dom& dom) {
    for (NodeId meta : dom.all(Tag::kMeta)) {
      const std::string_view content = dom.attr(meta, "content");
      if (content.empty()) continue;
      for (std::string_view key_attr : {"property", "name", "http-equiv", "itemprop"}) {
        std::string_view key = dom.attr(meta, key_attr);
        if (!key.empty()) values_.try_emplace(LowerAscii(key), NormaliseWhitespace(content));
      }
    }
  }

  std::string Get(std::string_view key) const {
    auto it = values_.find(std::string(key));
    return it == values_.end() ? std::string() : it->second;
  }

 private:
  std::unordered_map<std::string, std::string> values_;
};

std::string FirstNonEmpty(std::initializer_list<std::string> values) {
  for (const std::string& value : values)
    if (!value.empty()) return value;
  return {};
}

std::string_view HostOf(std::string_view url) {
  std::size_t start = url.find("://");
  if (start == std::string_view::npos) return {};
  std::string_view host = url.substr(start + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  if (host.starts_with("www.")) host.remove_prefix(4);
  return host;
}

// Pages in US English write numeric dates month first. A page that declares
// plain "en" on a generic or US top-level domain is taken to be American.
bool WritesMonthFirst(std::string_view language, std::string_view host) {
  const std::string lang = LowerAscii(language);
  if (lang.starts_with("en-us") || lang.starts_with("en_us")) return true;
  if (lang != "en" && !lang.empty()) return false;
  static constexpr std::array<std::string_view, 6> kUsDomains = {".com", ".org", ".net", ".edu", ".gov", ".us"};
  for (std::string_view suffix : kUsDomains)
    if (host.ends_with(suffix)) return !lang.empty() || suffix == ".us" || suffix == ".gov" || suffix == ".edu";
  return false;
}

// Separators between a headline and the site name in <title>.
constexpr std::array<std::string_view, 8> kTitleSeparators = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "};

// "Headline | Site" → "Headline". The site part is the one naming the site,
// else the shorter end part.
std::string StripSiteFromTitle(const std::string& title, std::string_view site_name) {
  for (std::string_view separator : kTitleSeparators) {
    const std::size_t last = title.rfind(separator);
    if (last == std::string::npos) continue;
    const std::string head = title.substr(0, last), tail = title.substr(last + separator.size());
    const std::size_t first = title.find(separator);
    if (!site_name.empty() && title.substr(0, first) == site_name)
      return title.substr(first + separator.size());
    if (tail.size() < head.size()) return head;
  }
  return title;
}

std::string TitleFromHeadings(const Dom& dom, std::string_view site_name) {
  const NodeId title_node = dom.first(Tag::kTitle);
  const std::string title = title_node == kNoNode ? std::string() : NormaliseWhitespace(dom.text_content(title_node));
  const NodeId h1 = dom.first(Tag::kH1);
  if (h1 != kNoNode) {
    std::string heading = NormaliseWhitespace(dom.text_content(h1));
    if (!heading.empty() && title.find(heading) != std::string::npos) return heading;
  }
  return StripSiteFromTitle(title, site_name);
}

std::string CleanByline(std::string byline) {
  static constexpr std::array<std::string_view, 6> kPrefixes = {"By ", "by ", "BY ", "Von ", "Par ", "Por "};
  for (std::string_view prefix : kPrefixes)
    if (byline.starts_with(prefix)) return NormaliseWhitespace(byline.substr(prefix.size()));
  return byline;
}

bool LooksLikeUrl(std::string_view s) { return s.starts_with("http") || s.find("://") != std::string_view::npos; }

std::string AuthorFromMarkup(const Dom& dom) {
  std::size_t examined = 0;
  for (NodeId i = 0; i < dom.size() && examined < kMaxBylineElements; ++i) {
    const Tag tag = dom.tag(i);
    if (tag == Tag::kText || tag == Tag::kMeta || tag == Tag::kLink || tag == Tag::kScript) continue;
    const bool rel_author = tag == Tag::kA && LowerAscii(dom.attr(i, "rel")) == "author";
    const std::string classes = LowerAscii(dom.attr(i, "class"));
    if (!rel_author && classes.find("byline") == std::string::npos && classes.find("author") == std::string::npos)
      continue;
    ++examined;
    std::string text = NormaliseWhitespace(dom.text_content(i));
    if (!text.empty() && text.size() <= kMaxBylineBytes) return CleanByline(std::move(text));
  }
  return {};
}

std::string AuthorFromMeta(const MetaTags& meta) {
  for (std::string_view key : {"author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"}) {
    std::string value = meta.Get(key);
    if (!value.empty() && !LooksLikeUrl(value)) return CleanByline(std::move(value));
  }
  return {};
}

// "en_US" → "en-US".
std::string LocaleToLanguageTag(std::string locale) {
  for (char& c : locale)
    if (c == '_') c = '-';
  return locale;
}

}  // namespace

PageMetadata ExtractMetadata(const Dom& dom, std::string_view url, std::string_view fetched) {
  const JsonLdFacts json_ld = ReadJsonLd(dom);
  const MetaTags meta(dom);
  PageMetadata out;

  const NodeId html = dom.first(Tag::kHtml);
  out.language = FirstNonEmpty({html == kNoNode ? std::string() : NormaliseWhitespace(dom.attr(html, "lang")),
                                meta.Get("content-language"), LocaleToLanguageTag(meta.Get("og:locale")),
                                json_ld.language});
  out.site_name = FirstNonEmpty({meta.Get("og:site_name"), json_ld.publisher, meta.Get("application-name"),
                                 std::string(HostOf(url))});
  out.title = FirstNonEmpty({json_ld.headline, meta.Get("og:title"), meta.Get("twitter:title")});
  if (out.title.empty()) out.title = TitleFromHeadings(dom, out.site_name);
  out.author = FirstNonEmpty({json_ld.author, AuthorFromMeta(meta), AuthorFromMarkup(dom)});
  out.description = FirstNonEmpty({meta.Get("description"), meta.Get("og:description"), json_ld.description});

  PublicationDateEvidence evidence;
  evidence.json_ld_published = json_ld.date_published;
  evidence.json_ld_created = json_ld.date_created;
  evidence.json_ld_modified = json_ld.date_modified;
  evidence.url = url;
  evidence.fetched = fetched;
  evidence.month_first = WritesMonthFirst(out.language, HostOf(url));
  if (std::optional<PublicationDate> published = FindPublicationDate(dom, evidence)) {
    out.published = std::move(published->date.iso);
    out.published_from = std::move(published->source);
  }
  return out;
}

}  // namespace tidings
