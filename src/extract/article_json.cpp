#include "tidings/article_json.h"

namespace tidings {
namespace {

nlohmann::ordered_json OrNull(const std::string& s) { return s.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s); }

ParagraphKind ParagraphKindFromName(std::string_view name) {
  for (ParagraphKind kind : {ParagraphKind::kHeading, ParagraphKind::kQuote, ParagraphKind::kListItem})
    if (ParagraphKindName(kind) == name) return kind;
  return ParagraphKind::kParagraph;
}

// The string at `key`, or empty when absent, null or not a string.
std::string StringAt(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Result<Article> ArticleFromJson(std::string_view text) {
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) return Status::InvalidInput("article JSON is not an object");
  auto paragraphs = json.find("paragraphs");
  if (paragraphs == json.end() || !paragraphs->is_array())
    return Status::InvalidInput("article JSON has no \"paragraphs\" array");
  Article a;
  for (const auto& p : *paragraphs) {
    if (!p.is_object() || !p.contains("text") || !p["text"].is_string())
      return Status::InvalidInput("a paragraph without a \"text\" string");
    a.paragraphs.push_back({p["text"].get<std::string>(), ParagraphKindFromName(StringAt(p, "kind"))});
  }
  a.id = StringAt(json, "id");
  a.url = StringAt(json, "url");
  a.title = StringAt(json, "title");
  a.published = StringAt(json, "published");
  a.published_from = StringAt(json, "published_from");
  a.author = StringAt(json, "author");
  a.site_name = StringAt(json, "site_name");
  a.language = StringAt(json, "language");
  a.description = StringAt(json, "description");
  if (auto input = json.find("input"); input != json.end() && input->is_object()) {
    a.input = StringAt(*input, "file");
    if (auto offset = input->find("offset"); offset != input->end() && offset->is_number_unsigned())
      a.offset = offset->get<std::uint64_t>();
  }
  if (auto warnings = json.find("warnings"); warnings != json.end() && warnings->is_array())
    for (const auto& w : *warnings)
      if (w.is_string()) a.warnings.push_back(w.get<std::string>());
  return a;
}

nlohmann::ordered_json ToJson(const Article& a) {
  nlohmann::ordered_json paragraphs = nlohmann::ordered_json::array();
  for (const Paragraph& p : a.paragraphs)
    paragraphs.push_back({{"text", p.text}, {"kind", std::string(ParagraphKindName(p.kind))}});
  return {
      {"id", a.id},
      {"url", OrNull(a.url)},
      {"input", {{"file", a.input}, {"offset", a.offset}}},
      {"title", OrNull(a.title)},
      {"published", OrNull(a.published)},
      {"published_from", OrNull(a.published_from)},
      {"author", OrNull(a.author)},
      {"site_name", OrNull(a.site_name)},
      {"language", OrNull(a.language)},
      {"description", OrNull(a.description)},
      {"paragraphs", std::move(paragraphs)},
      {"text", a.text()},
      {"warnings", a.warnings},
  };
}

}  // namespace tidings
