// The word stream a near-duplicate signature is computed over.
#pragma once

#include <string>
#include <string_view>

namespace tidings {

// Appends the case-folded words of `text` to `out`, separated by single
// spaces (none before the first word when `out` is empty). Reusing `out`
// across calls avoids an allocation per article.
void AppendNormalizedWords(std::string_view text, std::string* out);

}  // namespace tidings
