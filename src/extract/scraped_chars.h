// Letter case of UTF-8 text, one code point at a time, for the scraped-text
// cleaner's rules ("a lowercase letter, then a period, then a capital").
// Invalid bytes count as neither case. Pure functions; safe from any thread.
#pragma once

#include <cstddef>
#include <string_view>

namespace tidings {

// The code point starting at byte `at`, and its length in bytes.
struct CodePoint {
  int value = -1;  // negative for invalid UTF-8 or past the end
  size_t length = 1;
};

CodePoint CodePointAt(std::string_view text, size_t at);

// The code point ending just before byte `end`.
CodePoint CodePointBefore(std::string_view text, size_t end);

bool IsUpperLetter(int code_point);
bool IsLowerLetter(int code_point);
bool IsLetter(int code_point);
bool IsDigit(int code_point);

// Closing quotes and brackets that may follow a sentence's final period.
bool IsClosingMark(int code_point);
// Opening quotes that may start a sentence.
bool IsOpeningQuote(int code_point);

}  // namespace tidings
