// JSON form of an Article: the object `tidings extract` writes per line.
// Unknown metadata is null; `input` is {"file", "offset"}.
#pragma once

#include <nlohmann/json.hpp>

#include "tidings/article.h"

namespace tidings {

nlohmann::ordered_json ToJson(const Article& article);

}  // namespace tidings
