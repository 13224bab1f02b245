#include "store/content_hash.h"

#include <xxhash.h>

#include <fmt/format.h>

namespace tidings::store {

std::string ContentHash(std::initializer_list<std::string_view> parts) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  bool first = true;
  for (std::string_view part : parts) {
    if (!first) XXH3_128bits_update(state, "\0", 1);
    XXH3_128bits_update(state, part.data(), part.size());
    first = false;
  }
  const XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

}  // namespace tidings::store
