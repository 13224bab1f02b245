#include "extract/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <cld2/internal/lang_script.h>

namespace tidings {

std::string PrimaryLanguageTag(std::string_view tag) {
  std::string out;
  for (char ch : tag) {
    if (ch == '-' || ch == '_') break;
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (ch < 'a' || ch > 'z') return {};
    out += ch;
  }
  return out.size() == 2 || out.size() == 3 ? out : std::string();
}

std::string DetectLanguage(std::string_view text, std::string_view declared) {
  const std::string hint = PrimaryLanguageTag(declared);
  // CLD2 needs a few dozen words to be reliable; below that trust the page.
  constexpr size_t kMinBytes = 200;
  // The first few KB decide as well as the whole text and cost a fraction.
  constexpr size_t kSampleBytes = 4096;
  // Percent of the text's bytes in the declared language that confirms it.
  constexpr int kDeclaredShare = 35;
  if (text.size() > kSampleBytes) {
    size_t cut = kSampleBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep whole characters
    text = text.substr(0, cut);
  }
  if (text.size() >= kMinBytes) {
    bool reliable = false;
    const CLD2::Language hinted =
        hint.empty() ? CLD2::UNKNOWN_LANGUAGE : CLD2::GetLanguageFromName(hint.c_str());
    CLD2::Language lang3[3];
    int percent3[3];
    int text_bytes = 0;
    const CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
        text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, /*tld_hint=*/"",
        CLD2::UNKNOWN_ENCODING, hinted, lang3, percent3, &text_bytes, &reliable);
    // A page that declares its language is believed when the text bears it
    // out in part: an English article can end in a French paywall notice or
    // quote Japanese, whose three-byte characters outweigh it in CLD2's
    // byte shares.
    for (int i = 0; i < 3 && hinted != CLD2::UNKNOWN_LANGUAGE; ++i)
      if (lang3[i] == hinted && percent3[i] >= kDeclaredShare) return hint;
    if (reliable && lang != CLD2::UNKNOWN_LANGUAGE) {
      std::string code = CLD2::LanguageCode(lang);
      return PrimaryLanguageTag(code).empty() ? code.substr(0, 2) : PrimaryLanguageTag(code);
    }
  }
  return hint;
}

}  // namespace tidings
