// An allocator for the large, randomly probed tables of the perceptron.
//
// Scoring touches tens of megabytes of weights at random; with 4 KiB pages
// nearly every lookup also misses the TLB. Blocks of 2 MiB and more are
// aligned to 2 MiB and marked MADV_HUGEPAGE, so that a kernel whose
// transparent huge pages are on "madvise" backs them with huge pages (a
// ~15% faster parser); elsewhere the hint is a no-op. Small blocks come from
// the ordinary heap. Stateless: any two instances are interchangeable.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>

#include <sys/mman.h>

namespace tidings::syntax {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr std::size_t kHugePage = std::size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(std::size_t n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) return static_cast<T*>(::operator new(bytes));
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr) throw std::bad_alloc();
    madvise(p, rounded, MADV_HUGEPAGE);
    return static_cast<T*>(p);
  }

  void deallocate(T* p, std::size_t n) {
    if (n * sizeof(T) < kHugePage) ::operator delete(p);
    else std::free(p);
  }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

}  // namespace tidings::syntax
