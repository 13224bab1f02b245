// Language identification of an article body (CLD2), with the page's own
// declaration as a hint.
#pragma once

#include <string>
#include <string_view>

namespace tidings {

// ISO 639-1 code ("en", "de"), or empty when neither the text nor the
// declared language gives one. `declared` is a BCP 47 tag from the page.
std::string DetectLanguage(std::string_view text, std::string_view declared);

// The primary subtag of a language tag, lower case: "en-US" and "EN" -> "en";
// empty when it is not two or three letters.
std::string PrimaryLanguageTag(std::string_view tag);

}  // namespace tidings
