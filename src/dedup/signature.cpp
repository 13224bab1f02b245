// MinHash signatures by one-permutation hashing with optimal densification,
// LSH band keys, similarity and the stored byte form.
#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <limits>

#include "dedup/normalize.h"
#include "tidings/near_duplicates.h"

namespace tidings {
namespace {

static_assert(kSignatureSize == 128, "bins are picked by the top 7 bits of a shingle hash");
static_assert(kBands * kRowsPerBand == kSignatureSize);
constexpr int kBinShift = 64 - 7;
constexpr std::uint32_t kEmptyBin = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint8_t kSignatureVersion = 1;

// SplitMix64's finalizer: a fixed, well-mixed function of the bin and
// attempt, so every text probes the same bins in the same order.
std::uint64_t Mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// Hash of each word of a normalized text (words separated by one space).
void HashWords(std::string_view normalized, std::vector<std::uint64_t>* hashes) {
  hashes->clear();
  std::size_t start = 0;
  while (start < normalized.size()) {
    std::size_t end = normalized.find(' ', start);
    if (end == std::string_view::npos) end = normalized.size();
    hashes->push_back(XXH3_64bits(normalized.data() + start, end - start));
    start = end + 1;
  }
}

// Each empty bin takes the value of the first filled bin on its own probe
// sequence. Two texts that both fill the source bin then agree on the
// borrowed one with the probability they agree on the source: the estimate
// stays unbiased however short the text.
void Densify(std::array<std::uint32_t, kSignatureSize>& mins, const std::array<bool, kSignatureSize>& filled) {
  for (std::uint64_t bin = 0; bin < kSignatureSize; ++bin) {
    if (filled[bin]) continue;
    for (std::uint64_t attempt = 1;; ++attempt) {
      const std::uint64_t source = Mix(bin << 32 | attempt) % kSignatureSize;
      if (filled[source]) {
        mins[bin] = mins[source];
        break;
      }
    }
  }
}

void PutLittleEndian(std::uint64_t value, int bytes, std::string* out) {
  for (int i = 0; i < bytes; ++i) out->push_back(static_cast<char>(value >> (8 * i)));
}

std::uint64_t GetLittleEndian(const std::uint8_t* in, int bytes) {
  std::uint64_t value = 0;
  for (int i = 0; i < bytes; ++i) value |= std::uint64_t{in[i]} << (8 * i);
  return value;
}

}  // namespace

Signature SignText(std::string_view text) {
  // Reused per thread: signing runs in a pipeline's worker threads, once per article.
  thread_local std::string normalized;
  thread_local std::vector<std::uint64_t> words;
  normalized.clear();
  AppendNormalizedWords(text, &normalized);
  HashWords(normalized, &words);

  Signature signature;
  signature.exact = XXH3_64bits(normalized.data(), normalized.size());
  signature.mins.fill(kEmptyBin);
  if (words.empty()) return signature;

  // A text shorter than one shingle is one shingle of all its words.
  const std::size_t width = std::min<std::size_t>(kShingleWords, words.size());
  const std::size_t count = words.size() - width + 1;
  std::array<bool, kSignatureSize> filled{};
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint64_t hash = XXH3_64bits(&words[i], width * sizeof(std::uint64_t));
    const std::size_t bin = hash >> kBinShift;
    signature.mins[bin] = std::min(signature.mins[bin], static_cast<std::uint32_t>(hash));
    filled[bin] = true;
  }
  Densify(signature.mins, filled);
  signature.shingles = static_cast<std::uint32_t>(count);
  return signature;
}

std::vector<std::uint64_t> BandKeys(const Signature& signature) {
  std::vector<std::uint64_t> keys(kBands);
  for (int band = 0; band < kBands; ++band) {
    keys[band] = XXH3_64bits_withSeed(&signature.mins[band * kRowsPerBand],
                                      kRowsPerBand * sizeof(std::uint32_t), static_cast<XXH64_hash_t>(band));
  }
  return keys;
}

double Similarity(const Signature& a, const Signature& b) {
  if (a.exact == b.exact && a.shingles == b.shingles) return 1.0;
  if (a.shingles == 0 || b.shingles == 0) return 0.0;
  int equal = 0;
  for (int i = 0; i < kSignatureSize; ++i) equal += a.mins[i] == b.mins[i];
  return static_cast<double>(equal) / kSignatureSize;
}

std::string SerializeSignature(const Signature& signature) {
  std::string out;
  out.reserve(kSignatureBytes);
  out.push_back(static_cast<char>(kSignatureVersion));
  PutLittleEndian(signature.exact, 8, &out);
  PutLittleEndian(signature.shingles, 4, &out);
  for (std::uint32_t value : signature.mins) PutLittleEndian(value, 4, &out);
  return out;
}

Result<Signature> ParseSignature(std::span<const std::uint8_t> bytes) {
  if (bytes.size() != kSignatureBytes) {
    return Status::InvalidInput("near-duplicate signature: " + std::to_string(bytes.size()) + " bytes, expected " +
                                std::to_string(kSignatureBytes));
  }
  if (bytes[0] != kSignatureVersion) {
    return Status::InvalidInput("near-duplicate signature: version " + std::to_string(bytes[0]) + ", expected " +
                                std::to_string(kSignatureVersion));
  }
  Signature signature;
  signature.exact = GetLittleEndian(&bytes[1], 8);
  signature.shingles = static_cast<std::uint32_t>(GetLittleEndian(&bytes[9], 4));
  for (int i = 0; i < kSignatureSize; ++i) {
    signature.mins[i] = static_cast<std::uint32_t>(GetLittleEndian(&bytes[13 + 4 * i], 4));
  }
  return signature;
}

Result<Signature> ParseSignature(std::string_view bytes) {
  return ParseSignature(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
}

}  // namespace tidings
