#include "extract/scraped_chars.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace tidings {

CodePoint CodePointAt(std::string_view text, size_t at) {
  if (at >= text.size()) return {};
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
  return {c, static_cast<size_t>(i) - at};
}

CodePoint CodePointBefore(std::string_view text, size_t end) {
  if (end == 0 || end > text.size()) return {};
  int32_t i = static_cast<int32_t>(end);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return {c, end - static_cast<size_t>(i)};
}

bool IsUpperLetter(int code_point) { return code_point >= 0 && u_isupper(code_point); }
bool IsLowerLetter(int code_point) { return code_point >= 0 && u_islower(code_point); }
bool IsLetter(int code_point) { return code_point >= 0 && u_isalpha(code_point); }
bool IsDigit(int code_point) { return code_point >= '0' && code_point <= '9'; }

bool IsClosingMark(int code_point) {
  switch (code_point) {
    case '"': case '\'': case ')': case ']':
    case 0x2019:  // right single quotation mark
    case 0x201D:  // right double quotation mark
    case 0x00BB:  // right-pointing double angle quotation mark
      return true;
    default:
      return false;
  }
}

bool IsOpeningQuote(int code_point) {
  switch (code_point) {
    case '"': case '\'':
    case 0x2018:  // left single quotation mark
    case 0x201C:  // left double quotation mark
    case 0x00AB:  // left-pointing double angle quotation mark
      return true;
    default:
      return false;
  }
}

}  // namespace tidings
