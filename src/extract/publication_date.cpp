#include "extract/publication_date.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <vector>

namespace tidings {
namespace {

// <meta> names and properties that carry the original publication date,
// most trusted first. Compared lower-cased.
constexpr std::array<std::string_view, 40> kPublishedMetaNames = {
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "article.published", "published_time", "published-date", "published_date", "publish-date",
    "publish_date", "publishdate", "publication_date", "pubdate", "datepublished", "date_published",
    "datecreated", "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created",
    "dcterms.issued", "dcterms.date", "dc.created", "citation_publication_date", "citation_date",
    "citation_online_date", "sailthru.date", "parsely-pub-date", "article_date_original",
    "originalpublicationdate", "original-publish-date", "rnews:datepublished", "displaydate",
    "pub_date", "creation_date", "date_created", "og:pubdate", "release_date", "created"};

// <meta> names and properties that carry the last modification date.
constexpr std::array<std::string_view, 5> kModifiedMetaNames = {
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified"};

// Class, id or itemprop words that mark an element as holding a date.
constexpr std::array<std::string_view, 12> kDateHints = {
    "date", "time", "posted", "publish", "datum", "fecha", "byline", "meta", "dateline",
    "timestamp", "submitted", "entry-info"};
// Words that mark a date as something other than the original publication.
constexpr std::array<std::string_view, 7> kOtherDateHints = {
    "update", "modif", "comment", "edited", "revised", "expir", "reply"};
// Words that mark a <time> as the publication time.
constexpr std::array<std::string_view, 6> kPublishedTimeHints = {
    "publish", "entry-date", "post-date", "pubdate", "created", "posted"};

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
  return out;
}

bool ContainsAny(std::string_view text, const auto& words) {
  for (std::string_view word : words)
    if (text.find(word) != std::string_view::npos) return true;
  return false;
}

// The class, id and itemprop of an element, lower-cased, as one string.
std::string Markers(const Dom& dom, NodeId id) {
  std::string markers = LowerAscii(dom.attr(id, "class"));
  markers += ' ';
  markers += LowerAscii(dom.attr(id, "id"));
  markers += ' ';
  markers += LowerAscii(dom.attr(id, "itemprop"));
  return markers;
}

// The last day a publication date may fall on: the crawl date + 1 day, or
// today + 1 day when the crawl date is unknown (clocks and zones differ).
std::string LatestPlausibleDay(std::string_view fetched) {
  using namespace std::chrono;
  std::optional<ParsedDate> crawl = fetched.empty() ? std::nullopt : ParseDate(fetched);
  sys_days day = crawl ? sys_days(year{crawl->year} / crawl->month / crawl->day)
                       : floor<days>(system_clock::now());
  const year_month_day next{day + days{1}};
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(next.year()),
                static_cast<unsigned>(next.month()), static_cast<unsigned>(next.day()));
  return buffer;
}

// The day of `date` with its month and day swapped ("2021-11-01" for
// "2021-01-11"), as ISO text.
std::string SwappedDay(const ParsedDate& date) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.day, date.month);
  return buffer;
}

// The node after the last one below `id` (a subtree is a contiguous range).
NodeId SubtreeEnd(const Dom& dom, NodeId id) {
  NodeId end = id + 1;
  while (end < dom.size() && dom.node(end).depth > dom.node(id).depth) ++end;
  return end;
}

// The text of nodes [begin, end), text nodes joined by spaces, scripts and
// styles skipped; stops after `limit` bytes.
std::string VisibleText(const Dom& dom, NodeId begin, NodeId end, std::size_t limit) {
  std::string out;
  for (NodeId i = begin; i < end && out.size() < limit; ++i) {
    const Tag tag = dom.tag(i);
    if (tag == Tag::kScript || tag == Tag::kStyle || tag == Tag::kTemplate || tag == Tag::kNoscript) {
      i = SubtreeEnd(dom, i) - 1;
      continue;
    }
    if (tag != Tag::kText) continue;
    // Indentation between tags would eat the byte budget.
    std::string_view text = dom.node(i).text;
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) continue;
    text = text.substr(first, text.find_last_not_of(" \t\r\n") + 1 - first);
    out += text;
    out += ' ';
  }
  return out;
}

std::string VisibleText(const Dom& dom, NodeId id, std::size_t limit) {
  return VisibleText(dom, id + 1, SubtreeEnd(dom, id), limit);
}

class DateSearch {
 public:
  DateSearch(const Dom& dom, const PublicationDateEvidence& evidence)
      : dom_(dom),
        evidence_(evidence),
        latest_(LatestPlausibleDay(evidence.fetched)),
        url_month_(FindYearMonthInUrl(evidence.url)) {
    context_.month_first = evidence.month_first;
    // Machine-written values (meta content, datetime attributes) that use
    // slashes follow the US order whatever the page's language.
    attribute_context_.month_first = true;
  }

  std::optional<PublicationDate> Run() {
    if (auto date = FromUrl()) return date;
    if (auto date = Parsed(evidence_.json_ld_published, "json-ld")) return PreferDisplayed(std::move(date));
    if (auto date = Parsed(evidence_.json_ld_created, "json-ld")) return PreferDisplayed(std::move(date));
    if (auto date = FromMeta()) return PreferDisplayed(std::move(date));
    if (auto date = FromMarkedElements()) return date;
    if (auto date = FromHintedElements()) return date;
    return FromText();
  }

 private:
  // A URL filed by month ("/2019/10/") rules out dates of other months.
  std::optional<PublicationDate> Accept(std::optional<ParsedDate> date, const char* source) const {
    if (!date || !PlausiblePublicationDate(*date, latest_)) return std::nullopt;
    if (url_month_ && (date->year != url_month_->year || date->month != url_month_->month)) return std::nullopt;
    return PublicationDate{std::move(*date), source};
  }

  std::optional<PublicationDate> Parsed(std::string_view text, const char* source) const {
    return Accept(ParseDate(text, attribute_context_), source);
  }

  // The modification date the markup declares, if any.
  std::optional<PublicationDate> Modified() const {
    if (auto date = Parsed(evidence_.json_ld_modified, "json-ld")) return date;
    return FromMetaNames(kModifiedMetaNames);
  }

  // Whether the visible text shows a date on the same day as `date`. The
  // text is read for dates only as far as needed: a page usually shows its
  // date near the top, and most pages are asked about that one.
  bool Displayed(const ParsedDate& date) const {
    if (!displayed_) {
      displayed_.emplace();
      const NodeId body = dom_.first(Tag::kBody);
      if (body == kNoNode) displayed_->done = true;
      else displayed_->text = VisibleText(dom_, body, kMaxDateTextScanBytes);
    }
    DisplayedDays& shown = *displayed_;
    const std::string day = date.iso.substr(0, 10);
    if (std::find(shown.days.begin(), shown.days.end(), day) != shown.days.end()) return true;
    while (!shown.done) {
      // Both readings of "11/01/2021": pages do not always follow the
      // convention of their language. The reading changes no match's
      // extent, so one scan finds the dates of both.
      std::optional<DateMatch> match =
          shown.found < kMaxDatesInText ? FindDateFrom(shown.text, shown.pos, {}) : std::nullopt;
      if (!match) {
        shown.done = true;
        break;
      }
      ++shown.found;
      shown.pos = match->end;
      const std::size_t first_new = shown.days.size();
      shown.days.push_back(match->date.iso.substr(0, 10));
      if (match->order_from_context) shown.days.push_back(SwappedDay(match->date));
      if (std::find(shown.days.begin() + first_new, shown.days.end(), day) != shown.days.end()) return true;
    }
    return false;
  }

  std::optional<PublicationDate> PreferDisplayed(std::optional<PublicationDate> published) const {
    std::optional<PublicationDate> modified = Modified();
    if (modified && modified->date.iso.compare(0, 10, published->date.iso, 0, 10) != 0 &&
        Displayed(modified->date) && !Displayed(published->date)) {
      modified->source = published->source;
      return modified;
    }
    if (!Displayed(published->date))
      if (auto shown = FromHintedElements()) return shown;
    return published;
  }

  std::optional<PublicationDate> FromMeta() const { return FromMetaNames(kPublishedMetaNames); }

  template <std::size_t N>
  std::optional<PublicationDate> FromMetaNames(const std::array<std::string_view, N>& names) const {
    std::optional<PublicationDate> best;
    std::size_t best_rank = names.size();
    for (NodeId meta : dom_.all(Tag::kMeta)) {
      for (std::string_view key_attr : {"property", "name", "itemprop", "http-equiv"}) {
        const std::string key = LowerAscii(dom_.attr(meta, key_attr));
        if (key.empty()) continue;
        for (std::size_t rank = 0; rank < best_rank; ++rank) {
          if (key != names[rank]) continue;
          if (auto date = Parsed(dom_.attr(meta, "content"), "meta")) {
            best = std::move(date);
            best_rank = rank;
          }
          break;
        }
      }
    }
    return best;
  }

  // The date an element states: its machine-readable attribute, else its text.
  std::optional<PublicationDate> ElementDate(NodeId id, const char* source) const {
    for (std::string_view attr : {"datetime", "content", "title"})
      if (auto date = Parsed(dom_.attr(id, attr), source)) return date;
    return Accept(FindDateInText(VisibleText(dom_, id, kMaxDateElementText), context_), source);
  }

  // itemprop="datePublished", <time> marked as the publication time,
  // <abbr class="published">; then the first unmarked <time>.
  std::optional<PublicationDate> FromMarkedElements() const {
    NodeId first_time = kNoNode;
    for (NodeId i = 0; i < dom_.size(); ++i) {
      const Tag tag = dom_.tag(i);
      if (tag != Tag::kTime && tag != Tag::kAbbr && !dom_.has_attr(i, "itemprop")) continue;
      const std::string markers = Markers(dom_, i);
      if (ContainsAny(markers, kOtherDateHints)) continue;
      const bool published = markers.find("datepublished") != std::string::npos ||
                             markers.find("datecreated") != std::string::npos ||
                             (tag == Tag::kTime && (dom_.has_attr(i, "pubdate") || ContainsAny(markers, kPublishedTimeHints))) ||
                             (tag == Tag::kAbbr && markers.find("published") != std::string::npos);
      if (published) {
        if (auto date = ElementDate(i, "time-element")) return date;
      } else if (tag == Tag::kTime && first_time == kNoNode) {
        first_time = i;
      }
    }
    if (first_time != kNoNode) return ElementDate(first_time, "time-element");
    return std::nullopt;
  }

  std::optional<PublicationDate> FromUrl() const { return Accept(FindDateInUrl(evidence_.url), "url"); }

  std::optional<PublicationDate> FromHintedElements() const {
    const NodeId body = dom_.first(Tag::kBody);
    std::size_t examined = 0;
    for (NodeId i = body == kNoNode ? 0 : body; i < dom_.size() && examined < kMaxDateHintedElements; ++i) {
      if (dom_.tag(i) == Tag::kText || dom_.tag(i) == Tag::kScript || dom_.tag(i) == Tag::kStyle) continue;
      if (dom_.node(i).attr_count == 0) continue;
      const std::string markers = Markers(dom_, i);
      if (!ContainsAny(markers, kDateHints) || ContainsAny(markers, kOtherDateHints)) continue;
      ++examined;
      if (auto date = ElementDate(i, "text")) return date;
    }
    return std::nullopt;
  }

  std::optional<PublicationDate> FromText() const {
    const NodeId body = dom_.first(Tag::kBody);
    if (body == kNoNode) return std::nullopt;
    const std::string text = VisibleText(dom_, body, kMaxDateTextScanBytes);
    std::size_t pos = 0;
    for (std::size_t found = 0; found < kMaxDatesInText; ++found) {
      std::optional<DateMatch> match = FindDateFrom(text, pos, context_);
      if (!match) break;
      pos = match->end;
      if (auto date = Accept(std::move(match->date), "text")) return date;
    }
    return std::nullopt;
  }

  const Dom& dom_;
  const PublicationDateEvidence& evidence_;
  const std::string latest_;
  const std::optional<ParsedDate> url_month_;
  DateContext context_;
  DateContext attribute_context_;
  // The visible text and the days of the dates read from it so far.
  struct DisplayedDays {
    std::string text;
    std::size_t pos = 0;    // where reading goes on
    std::size_t found = 0;  // dates read
    bool done = false;      // no more to read
    std::vector<std::string> days;
  };
  mutable std::optional<DisplayedDays> displayed_;
};

}  // namespace

std::optional<PublicationDate> FindPublicationDate(const Dom& dom, const PublicationDateEvidence& evidence) {
  return DateSearch(dom, evidence).Run();
}

}  // namespace tidings
