// JSON form of an Article: the object `tidings extract` writes per line, and
// back, so that one verb's output can be the next verb's input. Unknown
// metadata is null; `input` is {"file", "offset"}.
#pragma once

#include <nlohmann/json.hpp>

#include "tidings/article.h"
#include "tidings/status.h"

namespace tidings {

nlohmann::ordered_json ToJson(const Article& article);

// Reads an article back from that JSON. Fails when the text is not a JSON
// object with a "paragraphs" array of {"text", "kind"}; extra fields (those
// of `tidings annotate`) are ignored.
Result<Article> ArticleFromJson(std::string_view json);

}  // namespace tidings
