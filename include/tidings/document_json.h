// JSON form of an annotated Document: the object `tidings annotate` writes
// per line. It holds every field of the article's JSON (article_json.h) plus
// sentences, mentions, entities, times and quotes. Offsets count Unicode code
// points of `text`, so that text[start:end] in Python is the span.
#pragma once

#include <nlohmann/json.hpp>

#include "tidings/document.h"

namespace tidings {

nlohmann::ordered_json ToJson(const Document& doc);

}  // namespace tidings
