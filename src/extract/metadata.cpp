#include "extract/metadata.h"

namespace tidings {

PageMetadata ExtractMetadata(const Dom& dom, std::string_view url, std::string_view fetched) {
  PageMetadata meta;
  NodeId title = dom.first(Tag::kTitle);
  if (title != kNoNode) meta.title = dom.text_content(title);
  NodeId html = dom.first(Tag::kHtml);
  if (html != kNoNode) meta.language = std::string(dom.attr(html, "lang"));
  return meta;
}

}  // namespace tidings
