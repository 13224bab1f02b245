// ContentHash: the stable 128-bit hash (XXH3, platform-independent) behind
// record keys, text hashes and event ids, as 32 hex digits. Parts are
// separated by a NUL byte so ("ab", "c") and ("a", "bc") differ.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace tidings::store {

std::string ContentHash(std::initializer_list<std::string_view> parts);

}  // namespace tidings::store
