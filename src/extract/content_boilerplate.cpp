#include "extract/content_boilerplate.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <span>
#include <string_view>
#include <vector>

#include "ingest/ascii.h"

namespace tidings {
namespace {

// Words that name boilerplate when they are a whole word of a class or id.
// Short or ambiguous words must match exactly ("ad" must not hit "add").
constexpr std::string_view kBoilerplateWords[] = {
    "ad",      "ads",     "adv",      "author",    "autor",    "credit",  "credits",  "date",   "dateline",
    "datum",   "follow",  "login",     "meta",     "modal",   "nav",      "navi",   "overlay",
    "pager",   "paging",  "rating",    "register", "reply",   "respond",  "signup", "skip",
    "slider",  "sr",       "ticker",   "time",    "timestamp", "tools", "visuallyhidden",
    "social",  "related", "sharing",  "abonnieren", "weitere", "next", "prev", "previous", "readmore", "cta",
    "paywall", "donate", "donation", "spende", "spenden", "abo", "bio", "poll", "survey", "contact", "kontakt",
    "mehr", "lesetipp", "lesetipps",
};

// Word beginnings that name boilerplate ("comment" covers "comments",
// "commentlist"; "empfehl" covers German "Empfehlungen").
constexpr std::string_view kBoilerplatePrefixes[] = {
    "advert",  "anzeige",    "banner",    "breadcrumb", "byline",   "caption",   "carousel", "comment",
    "consent", "cookie",     "copyright", "disclaimer", "disqus",   "empfehl",   "footer",   "kommentar",
    "masthead", "menu",      "navbar",    "navigation", "newsletter", "outbrain", "pagination", "popup",
    "promo",   "recommend",  "share",     "sidebar",    "sponsor",  "subscri",   "taboola",
    "toolbar", "verwandt",   "werbung",
};

// Words that sites use for the element holding the article.
constexpr std::string_view kContentWords[] = {
    "article", "artikel", "beitrag", "blog", "content", "entry", "inhalt", "main", "post", "story",
};
constexpr std::string_view kContentPrefixes[] = {"article", "artikel", "content"};

// Words that name an article's lead, intro or subtitle, in the languages of
// the pages tidings reads most.
constexpr std::string_view kLeadWords[] = {
    "lead", "lede", "intro", "teaser", "excerpt", "subtitle", "subheadline", "subline", "summary", "standfirst",
    "deck", "abstract", "bajada", "chapo", "chapeau", "entradilla", "copete", "sumario", "vorspann", "introduction",
    "kicker", "dek",
};
constexpr std::string_view kLeadPrefixes[] = {"intro", "teaser", "subhead", "subtitle", "lead"};

// Openings of the lines that title teaser lists, lower case, in the
// languages of the pages tidings reads most.
constexpr std::string_view kTeaserSectionOpenings[] = {
    "related", "read also", "also read", "more from", "more on ", "more stories", "you may also like",
    "you might also like", "recommended", "see also", "explore further", "das könnte sie auch", "auch interessant",
    "weitere artikel", "weitere beiträge", "weitere meldungen", "weitere nachrichten", "ähnliche", "verwandte",
    "mehr zum thema", "mehr aus ", "mehr von ", "mehr zu ", "lesen sie auch", "zum weiterlesen",
    "schon gelesen", "das interessiert", "zobacz także", "zobacz też", "czytaj także", "czytaj też",
    "czytaj również", "zobacz również", "veja também", "leia também", "das thema könnte", "te puede interesar", "también te puede", "noticias relacionadas", "lee también",
    "lire aussi", "à lire aussi", "sur le même sujet", "leggi anche", "articoli correlati",
};

// Openings of widget labels, lower case.
constexpr std::string_view kWidgetLabelOpenings[] = {
    "read more", "weiterlesen", "mehr lesen", "lesen sie mehr", "share", "teilen", "mit freunden teilen", "diesen artikel teilen", "artikel teilen", "kommentare", "kommentar schreiben",
    "comments", "leave a reply", "leave a comment", "post a comment", "schreibe einen kommentar", "drucken",
    "print", "e-mail", "newsletter", "abonnieren", "subscribe", "follow us", "folgen sie uns", "wird geladen",
    "loading", "anzeige", "werbung", "advertisement", "bild anzeigen", "beitragsbild", "foto:", "photo:", "bild:",
    "quelle:", "source:", "źródło:", "\xC5\xB9ródło:", "fuente:", "themen:", "themen in diesem", "themen im artikel", "schlagworte",
    "schlagwörter", "tags:", "kategorie:", "kategorien:", "category:", "categories:", "posted in", "filed under",
    "this entry was posted", "veröffentlicht in", "abgelegt unter", "lade weitere", "load more", "mehr laden",
};

// Words found in picture credits and copyright lines, lower case.
constexpr std::string_view kCreditWords[] = {
    "\xC2\xA9", "foto:", "fotos:", "photo:", "photos:", "bild:", "credit:", "credits:", "crédits", "copyright",
    "(foto", "(photo", "(bild", "getty images", "picture alliance", "picture-alliance", "imago", "dpa/", "/dpa",
    "afp/", "/afp", "reuters/", "(quelle", "titelbild", "symbolbild", "all rights reserved", "alle rechte vorbehalten",
    "wszelkie prawa zastrzeżone", "todos los derechos reservados",
};

// Words of calls to action, lower case.
constexpr std::string_view kCallToActionWords[] = {
    "subscribe", "subscription", "newsletter", "sign up", "abonnier", "suscrib", "síguenos", "siguenos",
    "follow us", "follow the", "folgen sie", "folge uns", "telegram", "whatsapp", "unterstützen sie",
    "support our", "your support", "zapraszamy", "written permission", "all rights reserved", "alle rechte",
    "letter to the editor", "hazte miembro", "loading...", "wird geladen", "\xC2\xA9", "powered by", "theme by",
    "theme based on", "suggested citation", "zitiervorschlag", "cite this", "affiliate", "partnerlink",
    "provision vom", "tel.:", "e-mail:",
};

// A credit, date or call to action longer than this (bytes) is article text.
constexpr std::size_t kMaxCreditBytes = 160;
constexpr std::size_t kMaxDateLineBytes = 50;
constexpr std::size_t kMaxRelativeTimeBytes = 30;
// What follows the ellipsis of a teaser's blurb: the "more" link (bytes).
constexpr std::size_t kMaxBlurbTailBytes = 30;
constexpr std::size_t kMaxCookieNoticeBytes = 400;
constexpr std::size_t kMaxCallToActionBytes = 300;

bool ContainsAny(std::string_view lower, const std::string_view* first, const std::string_view* last) {
  return std::any_of(first, last, [&](std::string_view w) { return lower.find(w) != std::string_view::npos; });
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A four-digit year from 1900 to 2099, or a clock time such as 5:28 or 05.28.
bool HasYearOrClockTime(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    const bool starts_number = IsDigit(s[i]) && (i == 0 || !IsDigit(s[i - 1]));
    if (!starts_number) continue;
    const bool year = (s.compare(i, 2, "19") == 0 || s.compare(i, 2, "20") == 0) && IsDigit(s[i + 2]) &&
                      IsDigit(s[i + 3]) && (i + 4 == s.size() || !IsDigit(s[i + 4]));
    const size_t sep = IsDigit(s[i + 1]) ? i + 2 : i + 1;
    const bool clock = sep + 2 < s.size() + 0 && (s[sep] == ':') && IsDigit(s[sep + 1]) && IsDigit(s[sep + 2]);
    if (year || clock) return true;
  }
  return false;
}

// A line longer than this (bytes) is text, whatever it opens with.
constexpr std::size_t kMaxLabelBytes = 60;

// Lower-cases ASCII letters and the few upper-case letters of the openings above.
std::string LowerForMatch(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (c == '\xC3' && i + 1 < s.size() && (s[i + 1] == '\x84' || s[i + 1] == '\x80')) {
      out += c;  // Ä -> ä, À -> à
      out += static_cast<char>(s[i + 1] + 0x20);
      ++i;
    } else {
      out += c;
    }
  }
  return out;
}

bool OpensWithAny(std::string_view line, const std::string_view* first, const std::string_view* last) {
  if (line.size() > kMaxLabelBytes) return false;
  const std::string lower = LowerForMatch(line);
  return std::any_of(first, last, [&](std::string_view opening) { return lower.starts_with(opening); });
}

// A name of more words than this is a slug made from a heading
// ("sharing-with-a-single-developer"), which says nothing about the element.
constexpr size_t kMaxWordsPerName = 4;

// What a word of a class or id name says about the element, as bits.
enum WordMeaning : std::uint8_t { kBoilerplateMeaning = 1, kContentMeaning = 2, kLeadMeaning = 4 };

// The meaning of every known word and word beginning in one trie over
// [a-z0-9]: class names are read for every element of every page, and one
// walk along a word finds its exact meaning and those of all its beginnings.
class WordMeanings {
 public:
  WordMeanings() {
    Add(kBoilerplateWords, kBoilerplatePrefixes, kBoilerplateMeaning);
    Add(kContentWords, kContentPrefixes, kContentMeaning);
    Add(kLeadWords, kLeadPrefixes, kLeadMeaning);
  }
  // The meaning of `word`, read with ASCII case folded.
  std::uint8_t Of(std::string_view word) const {
    std::uint8_t bits = 0;
    std::uint32_t node = 0;
    for (char c : word) {
      const int slot = Slot(c);
      if (slot < 0 || nodes_[node].next[slot] == 0) return bits;
      node = nodes_[node].next[slot];
      bits |= nodes_[node].prefix;
    }
    return bits | nodes_[node].exact;
  }

 private:
  static constexpr int kSlots = 36;  // a-z, 0-9
  struct Node {
    std::array<std::uint32_t, kSlots> next{};  // 0: no child (the root is nobody's child)
    std::uint8_t exact = 0, prefix = 0;        // meanings of the word ending here, of words beginning so
  };

  static int Slot(char c) {
    if (c >= 'a' && c <= 'z') return c - 'a';
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= '0' && c <= '9') return 26 + (c - '0');
    return -1;
  }

  // The node of `word`, created as needed; nullopt for a word no class name
  // word can equal (it holds other characters).
  std::optional<std::uint32_t> NodeOf(std::string_view word) {
    std::uint32_t node = 0;
    for (char c : word) {
      const int slot = Slot(c);
      if (slot < 0) return std::nullopt;
      if (nodes_[node].next[slot] == 0) {
        nodes_[node].next[slot] = static_cast<std::uint32_t>(nodes_.size());
        nodes_.emplace_back();
      }
      node = nodes_[node].next[slot];
    }
    return node;
  }

  void Add(std::span<const std::string_view> exact, std::span<const std::string_view> prefixes, std::uint8_t bit) {
    for (std::string_view w : exact)
      if (std::optional<std::uint32_t> node = NodeOf(w)) nodes_[*node].exact |= bit;
    for (std::string_view p : prefixes)
      if (std::optional<std::uint32_t> node = NodeOf(p)) nodes_[*node].prefix |= bit;
  }

  std::vector<Node> nodes_{1};
};

std::uint8_t MeaningOf(std::string_view word) {
  static const WordMeanings kMeanings;
  return kMeanings.Of(word);
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// What the class and id names of an element say about it.
struct NameEvidence {
  bool boilerplate = false;  // some word names boilerplate
  bool content = false;      // some word names article content
  bool lead = false;         // some word names the article's lead
};

bool IsNameSeparator(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Adds the evidence of each space-separated name in `names`. Words are
// split at non-letters and camelCase humps and compared in lower case;
// slugs are skipped.
void AddEvidence(std::string_view names, NameEvidence& evidence) {
  size_t begin = 0;
  while (begin < names.size()) {
    size_t end = begin;
    while (end < names.size() && !IsNameSeparator(names[end])) ++end;
    const std::string_view name = names.substr(begin, end - begin);
    begin = end + 1;
    std::string_view words[kMaxWordsPerName];
    size_t count = 0;
    bool slug = false;
    for (size_t i = 0; i < name.size();) {
      while (i < name.size() && !IsAsciiLetterOrDigit(name[i])) ++i;
      if (i == name.size()) break;
      const size_t start = i++;
      while (i < name.size() && IsAsciiLetterOrDigit(name[i]) && !(IsUpper(name[i]) && IsLower(name[i - 1]))) ++i;
      if (count == kMaxWordsPerName) {
        slug = true;
        break;
      }
      words[count++] = name.substr(start, i - start);
    }
    if (slug) continue;
    for (size_t k = 0; k < count; ++k) {
      const std::uint8_t meaning = MeaningOf(words[k]);
      evidence.boilerplate = evidence.boilerplate || (meaning & kBoilerplateMeaning);
      evidence.content = evidence.content || (meaning & kContentMeaning);
      evidence.lead = evidence.lead || (meaning & kLeadMeaning);
    }
  }
}

// The evidence of an element's class and id together.
NameEvidence ElementEvidence(const Dom& dom, NodeId id) {
  NameEvidence evidence;
  AddEvidence(dom.attr(id, "class"), evidence);
  AddEvidence(dom.attr(id, "id"), evidence);
  return evidence;
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
    case Tag::kHead: case Tag::kScript: case Tag::kStyle: case Tag::kTemplate:
    case Tag::kMenu: case Tag::kDialog:
    case Tag::kButton: case Tag::kSelect: case Tag::kInput: case Tag::kTextarea: case Tag::kOption:
    case Tag::kIframe: case Tag::kObject: case Tag::kEmbed: case Tag::kSvg: case Tag::kCanvas:
    case Tag::kVideo: case Tag::kAudio: case Tag::kFigcaption:
      return true;
    default:
      return false;
  }
}

bool IsBoilerplateSection(const Dom& dom, NodeId id) {
  switch (dom.tag(id)) {
    case Tag::kNav: case Tag::kAside: case Tag::kFooter:
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

bool HasLeadName(const Dom& dom, NodeId id) {
  if (dom.node(id).attr_count == 0) return false;
  const NameEvidence evidence = ElementEvidence(dom, id);
  return evidence.lead && !evidence.boilerplate;
}

int NameWeight(const Dom& dom, NodeId id) {
  if (dom.node(id).attr_count == 0) return 0;
  const NameEvidence evidence = ElementEvidence(dom, id);
  return evidence.boilerplate ? -1 : evidence.content ? 1 : 0;
}

bool OpensTeaserSection(std::string_view line) {
  return OpensWithAny(line, std::begin(kTeaserSectionOpenings), std::end(kTeaserSectionOpenings));
}

bool IsCreditLine(std::string_view line) {
  if (line.size() > kMaxCreditBytes) return false;
  const std::string lower = LowerForMatch(line);
  return ContainsAny(lower, std::begin(kCreditWords), std::end(kCreditWords));
}

// "2 months ago", "vor 3 Tagen": a number and a unit of time relative to now.
bool IsRelativeTime(std::string_view line) {
  if (line.size() > kMaxRelativeTimeBytes) return false;
  const std::string lower = LowerForMatch(line);
  const bool number = std::any_of(lower.begin(), lower.end(), IsDigit);
  return number && (lower.ends_with(" ago") || lower.starts_with("vor ") || lower.starts_with("il y a ") ||
                    lower.starts_with("hace "));
}

bool IsDateLine(std::string_view line) {
  if (IsRelativeTime(line)) return true;
  if (line.size() > kMaxDateLineBytes || !HasYearOrClockTime(line)) return false;
  // Mostly digits and separators, few words: a stamp, not a sentence.
  size_t letters = 0;
  for (char c : line) letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80);
  return letters * 3 <= line.size() * 2;
}

bool IsTeaserBlurb(std::string_view line) {
  const size_t ellipsis = std::min(line.rfind("\xE2\x80\xA6"), line.rfind("..."));
  if (ellipsis == std::string_view::npos || line.size() - ellipsis > kMaxBlurbTailBytes) return false;
  const std::string tail = LowerForMatch(line.substr(ellipsis));
  for (std::string_view more : {"mehr", "more", "weiter", "suite", "más", "leggi", "czytaj"})
    if (tail.find(more) != std::string::npos) return true;
  return false;
}

bool IsCookieNotice(std::string_view line) {
  if (line.size() > kMaxCookieNoticeBytes) return false;
  const std::string lower = LowerForMatch(line);
  return lower.find("cookie") != std::string::npos || lower.find("datenschutzerkl") != std::string::npos ||
         lower.find("privacy policy") != std::string::npos;
}

bool IsCallToAction(std::string_view line) {
  if (line.size() > kMaxCallToActionBytes) return false;
  const std::string lower = LowerForMatch(line);
  return ContainsAny(lower, std::begin(kCallToActionWords), std::end(kCallToActionWords));
}

bool IsWidgetLabel(std::string_view line) {
  return OpensWithAny(line, std::begin(kWidgetLabelOpenings), std::end(kWidgetLabelOpenings));
}

}  // namespace tidings
