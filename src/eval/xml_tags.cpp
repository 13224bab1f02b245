#include "eval/xml_tags.h"

#include <utility>

namespace tidings {

std::string XmlAttribute(std::string_view tag, std::string_view name) {
  std::size_t at = 0;
  while ((at = tag.find(name, at)) != std::string_view::npos) {
    const bool starts_word = at > 0 && (tag[at - 1] == ' ' || tag[at - 1] == '\t' || tag[at - 1] == '\n');
    const std::size_t eq = at + name.size();
    if (starts_word && eq + 1 < tag.size() && tag[eq] == '=' && tag[eq + 1] == '"') {
      const std::size_t close = tag.find('"', eq + 2);
      if (close == std::string_view::npos) return {};
      return std::string(tag.substr(eq + 2, close - eq - 2));
    }
    at = eq;
  }
  return {};
}

void AppendXmlDecoded(std::string_view raw, std::string& out) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  for (std::size_t i = 0; i < raw.size(); ++i) {
    bool decoded = false;
    if (raw[i] == '&') {
      for (const auto& [entity, c] : kEntities) {
        if (raw.substr(i, entity.size()) == entity) {
          out += c;
          i += entity.size() - 1;
          decoded = true;
          break;
        }
      }
    }
    if (!decoded) out += raw[i];
  }
}

Status ForEachCatToken(std::string_view xml, const std::string& path,
                       const std::function<bool(std::string_view tag, const std::string& word)>& fn) {
  std::string word;
  for (std::size_t at = xml.find("<token "); at != std::string_view::npos; at = xml.find("<token ", at)) {
    const std::size_t gt = xml.find('>', at);
    const std::size_t end = gt == std::string_view::npos ? gt : xml.find("</token>", gt);
    if (end == std::string_view::npos) return Status::InvalidInput(path + ": unterminated <token>");
    word.clear();
    AppendXmlDecoded(xml.substr(gt + 1, end - gt - 1), word);
    if (!fn(xml.substr(at, gt - at + 1), word)) break;
    at = end;
  }
  return Status::Ok();
}

}  // namespace tidings
