#include "syntax/features.h"

#include <string>

// Inlined: words and their pieces are a few bytes, where the call into the
// shared library cost as much as the hash. Same function, same values.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace tidings::syntax {

std::uint64_t HashText(std::string_view text) { return XXH3_64bits(text.data(), text.size()); }

WordKeys MakeWordKeys(std::string_view word) {
  WordKeys keys;
  std::string lower(word.size(), ' ');
  std::string shape;
  bool any_lower = false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    char cls;
    if (c >= 'A' && c <= 'Z') {
      cls = 'X';
      keys.flags |= kHasUpper;
      lower[i] = static_cast<char>(c - 'A' + 'a');
    } else if (c >= 'a' && c <= 'z') {
      cls = 'x';
      any_lower = true;
      lower[i] = static_cast<char>(c);
    } else if (c >= '0' && c <= '9') {
      cls = 'd';
      keys.flags |= kHasDigit;
      lower[i] = '0';
    } else {
      cls = c >= 0x80 ? 'u' : static_cast<char>(c);
      if (c == '-') keys.flags |= kHasHyphen;
      lower[i] = static_cast<char>(c);
    }
    // Runs longer than two say nothing more than runs of two.
    const std::size_t n = shape.size();
    if (n < 2 || shape[n - 1] != cls || shape[n - 2] != cls) shape.push_back(cls);
  }
  if ((keys.flags & kHasUpper) && !any_lower) keys.flags |= kAllUpper;
  if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z' && any_lower) keys.flags |= kTitle;
  const std::string_view view(lower);
  keys.form = HashText(word);
  keys.lower = HashText(view);
  for (std::size_t k = 0; k < 3; ++k) keys.prefix[k] = HashText(view.substr(0, k + 1)) + k;
  for (std::size_t k = 0; k < 4; ++k)
    keys.suffix[k] = HashText(view.substr(view.size() > k + 1 ? view.size() - k - 1 : 0)) + k;
  keys.shape = HashText(shape);
  return keys;
}

}  // namespace tidings::syntax
