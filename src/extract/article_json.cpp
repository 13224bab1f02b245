#include "tidings/article_json.h"

namespace tidings {
namespace {

nlohmann::ordered_json OrNull(const std::string& s) { return s.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s); }

}  // namespace

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
