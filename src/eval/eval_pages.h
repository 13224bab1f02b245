// Helpers shared by the extraction suites: loading a benchmark's gzipped
// page as UTF-8, and the whitespace normalisation every published scorer
// applies before comparing texts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tidings/status.h"

namespace tidings {

// Benchmark pages are at most a few MB; this only guards against a broken file.
inline constexpr std::uint64_t kMaxEvalPageBytes = 64ull << 20;

// Reads and gunzips `path` and decodes it to UTF-8 from the charset its
// bytes and <meta> declare.
Result<std::string> LoadGzippedPage(const std::string& path);

// The gzipped pages of the trafilatura evaluation set under `shared_dir`
// (its eval/ and cache/ folders), sorted by path; empty when absent. The
// benchmarks read their real-world pages from here.
std::vector<std::string> TrafilaturaPageFiles(const std::string& shared_dir);

// Every gzipped page of the three extraction benchmarks under `shared_dir`:
// trafilatura's, htmldate's (cache/, eval/, test_set/) and Readability's
// test pages (their source.html.gz), sorted by path; empty when absent.
std::vector<std::string> ExtractionPageFiles(const std::string& shared_dir);

// Collapses every run of whitespace (ASCII and no-break space) into one
// space and trims both ends.
std::string NormaliseSpace(std::string_view text);

}  // namespace tidings
