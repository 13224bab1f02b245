#include "extract/json_ld.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string_view>
#include <vector>

#include "extract/scraped_lines.h"

namespace tidings {
namespace {

using nlohmann::json;

// How deep into nested arrays, "@graph" and "mainEntity" objects are looked
// for; self-descriptions nest two or three levels.
constexpr int kMaxJsonLdDepth = 8;

enum class Rank { kNone, kPage, kArticle };

bool TypeIsOneOf(std::string_view type, const auto& names) {
  for (std::string_view name : names)
    if (type == name) return true;
  return false;
}

Rank RankOfType(std::string_view type) {
  static constexpr std::array<std::string_view, 12> kArticles = {
      "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
      "OpinionNewsArticle", "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "Report",
      "SocialMediaPosting", "BackgroundNewsArticle"};
  static constexpr std::array<std::string_view, 3> kPages = {"WebPage", "ItemPage", "VideoObject"};
  if (TypeIsOneOf(type, kArticles)) return Rank::kArticle;
  if (TypeIsOneOf(type, kPages)) return Rank::kPage;
  return Rank::kNone;
}

Rank RankOf(const json& object) {
  auto it = object.find("@type");
  if (it == object.end()) return Rank::kNone;
  Rank best = Rank::kNone;
  if (it->is_string()) return RankOfType(it->get_ref<const std::string&>());
  if (it->is_array())
    for (const json& type : *it)
      if (type.is_string() && RankOfType(type.get_ref<const std::string&>()) > best)
        best = RankOfType(type.get_ref<const std::string&>());
  return best;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// JSON-LD is JSON inside HTML: publishers often HTML-escape its strings
// ("Rock &amp; Roll", "&#8217;"). Decodes the named entities that occur in
// practice and every numeric one.
std::string DecodeEntities(std::string_view s) {
  static constexpr std::pair<std::string_view, char32_t> kNamed[] = {
      {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
      {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C},
      {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}};
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const std::size_t semicolon = s[i] == '&' ? s.find(';', i + 1) : std::string_view::npos;
    if (semicolon == std::string_view::npos || semicolon - i > 10) {
      out += s[i];
      continue;
    }
    const std::string_view name = s.substr(i + 1, semicolon - i - 1);
    char32_t cp = 0;
    if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      for (char c : name.substr(hex ? 2 : 1)) {
        const int digit = c >= '0' && c <= '9' ? c - '0' : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
        if (digit < 0 || cp > 0x10FFFF) { cp = 0; break; }
        cp = cp * (hex ? 16 : 10) + digit;
      }
    } else {
      for (const auto& [entity, value] : kNamed)
        if (name == entity) cp = value;
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      out += s[i];
      continue;
    }
    AppendUtf8(cp, &out);
    i = semicolon;
  }
  return out;
}

std::string Clean(std::string_view s) { return NormaliseWhitespace(DecodeEntities(s)); }

// A name: a string, or an object's "name", or the names in an array.
std::string NamesOf(const json& value) {
  if (value.is_string()) return Clean(value.get_ref<const std::string&>());
  if (value.is_object()) {
    auto name = value.find("name");
    return name != value.end() ? NamesOf(*name) : std::string();
  }
  std::string names;
  if (value.is_array()) {
    for (const json& item : value) {
      std::string name = NamesOf(item);
      if (name.empty() || names.find(name) != std::string::npos) continue;
      if (!names.empty()) names += ", ";
      names += name;
    }
  }
  return names;
}

std::string StringOf(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return {};
  if (it->is_string()) return Clean(it->get_ref<const std::string&>());
  if (it->is_array() && !it->empty() && it->front().is_string()) return Clean(it->front().get_ref<const std::string&>());
  return {};
}

void FillIfEmpty(std::string* field, std::string value) {
  if (field->empty()) *field = std::move(value);
}

void TakeFacts(const json& object, JsonLdFacts* facts) {
  FillIfEmpty(&facts->headline, StringOf(object, "headline"));
  FillIfEmpty(&facts->date_published, StringOf(object, "datePublished"));
  FillIfEmpty(&facts->date_created, StringOf(object, "dateCreated"));
  FillIfEmpty(&facts->date_modified, StringOf(object, "dateModified"));
  FillIfEmpty(&facts->description, StringOf(object, "description"));
  if (auto author = object.find("author"); author != object.end()) FillIfEmpty(&facts->author, NamesOf(*author));
  if (auto publisher = object.find("publisher"); publisher != object.end())
    FillIfEmpty(&facts->publisher, NamesOf(*publisher));
  if (auto language = object.find("inLanguage"); language != object.end()) {
    if (language->is_string()) FillIfEmpty(&facts->language, Clean(language->get_ref<const std::string&>()));
    else if (language->is_object()) FillIfEmpty(&facts->language, StringOf(*language, "alternateName"));
  }
}

// Collects the described objects worth reading, articles before pages.
void CollectObjects(const json& value, int depth, std::vector<const json*>* articles,
                    std::vector<const json*>* pages) {
  if (depth > kMaxJsonLdDepth) return;
  if (value.is_array()) {
    for (const json& item : value) CollectObjects(item, depth + 1, articles, pages);
    return;
  }
  if (!value.is_object()) return;
  const Rank rank = RankOf(value);
  if (rank == Rank::kArticle) articles->push_back(&value);
  if (rank == Rank::kPage) pages->push_back(&value);
  for (const char* key : {"@graph", "mainEntity"})
    if (auto it = value.find(key); it != value.end()) CollectObjects(*it, depth + 1, articles, pages);
}

// The text of a script element, with raw control characters (which strict
// JSON forbids inside strings, and which publishers leave there) blanked.
std::string ScriptText(const Dom& dom, NodeId script) {
  std::string text;
  for (NodeId child = dom.node(script).first_child; child != kNoNode; child = dom.node(child).next_sibling)
    if (dom.tag(child) == Tag::kText) text += dom.node(child).text;
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  return text;
}

bool IsJsonLdScript(const Dom& dom, NodeId script) {
  std::string_view type = dom.attr(script, "type");
  constexpr std::string_view kType = "application/ld+json";
  if (type.size() < kType.size()) return false;
  for (std::size_t i = 0; i < kType.size(); ++i)
    if ((type[i] | 0x20) != kType[i]) return false;
  return true;
}

}  // namespace

JsonLdFacts ReadJsonLd(const Dom& dom) {
  std::vector<json> documents;
  for (NodeId script : dom.all(Tag::kScript)) {
    if (!IsJsonLdScript(dom, script)) continue;
    std::string text = ScriptText(dom, script);
    if (text.size() > kMaxJsonLdBytes) continue;
    json document = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!document.is_discarded()) documents.push_back(std::move(document));
  }
  std::vector<const json*> articles, pages;
  for (const json& document : documents) CollectObjects(document, 0, &articles, &pages);
  JsonLdFacts facts;
  for (const json* object : articles) TakeFacts(*object, &facts);
  for (const json* object : pages) TakeFacts(*object, &facts);
  return facts;
}

}  // namespace tidings
