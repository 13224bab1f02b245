// Text normalization for near-duplicate detection: case-folded words.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

#include "dedup/normalize.h"
#include "tidings/near_duplicates.h"

namespace tidings {
namespace {

// ASCII is most of the text in most articles: one table lookup per byte
// instead of a decode and a property query. 0 marks a word break.
constexpr std::array<char, 128> AsciiFolds() {
  std::array<char, 128> table{};
  for (int c = '0'; c <= '9'; ++c) table[c] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) table[c] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = static_cast<char>(c - 'A' + 'a');
  return table;
}
constexpr std::array<char, 128> kAsciiFolds = AsciiFolds();

// Letters, combining marks and numbers belong to words; everything else
// (punctuation, symbols, spaces, controls) separates them.
bool IsWordCodePoint(UChar32 c) {
  return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0;
}

}  // namespace

void AppendNormalizedWords(std::string_view text, std::string* out) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  bool in_word = false;
  auto start_word = [&] {
    if (!in_word && !out->empty()) out->push_back(' ');
    in_word = true;
  };
  for (std::int32_t i = 0; i < length;) {
    if (bytes[i] < 0x80) {
      const char folded = kAsciiFolds[bytes[i++]];
      if (folded == 0) {
        in_word = false;
        continue;
      }
      start_word();
      out->push_back(folded);
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !IsWordCodePoint(c)) {
      in_word = false;
      continue;
    }
    start_word();
    const UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    std::uint8_t encoded[U8_MAX_LENGTH];
    std::int32_t n = 0;
    U8_APPEND_UNSAFE(encoded, n, folded);
    out->append(reinterpret_cast<const char*>(encoded), n);
  }
}

std::string NormalizeForDuplicates(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendNormalizedWords(text, &out);
  return out;
}

}  // namespace tidings
