#include "syntax/projective.h"

#include <algorithm>
#include <cstdlib>

namespace tidings::syntax {
namespace {

// Whether `h` dominates `k`; the climb is bounded so a malformed tree with a
// cycle cannot loop.
bool Dominates(const std::vector<int>& heads, int h, int k) {
  for (std::size_t steps = 0; k > 0 && steps < heads.size(); ++steps) {
    if (k == h) return true;
    k = heads[k];
  }
  return h == 0;
}

bool IsProjective(const std::vector<int>& heads, int d) {
  const int h = heads[d];
  for (int k = std::min(h, d) + 1; k < std::max(h, d); ++k)
    if (!Dominates(heads, h, k)) return false;
  return true;
}

}  // namespace

int Projectivize(std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size()) - 1;
  int lifted = 0;
  while (lifted <= n * n) {
    int shortest = -1;
    for (int d = 1; d <= n; ++d)
      if (heads[d] > 0 && !IsProjective(heads, d) &&
          (shortest < 0 || std::abs(heads[d] - d) < std::abs(heads[shortest] - shortest)))
        shortest = d;
    if (shortest < 0) break;
    heads[shortest] = heads[heads[shortest]];
    ++lifted;
  }
  return lifted;
}

}  // namespace tidings::syntax
