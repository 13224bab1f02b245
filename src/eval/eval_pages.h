// Helpers shared by the extraction suites: loading a benchmark's gzipped
// page as UTF-8, and the whitespace normalisation every published scorer
// applies before comparing texts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tidings/article.h"
#include "tidings/status.h"

namespace tidings {

// Benchmark pages are at most a few MB; this only guards against a broken file.
inline constexpr std::uint64_t kMaxEvalPageBytes = 64ull << 20;

// Reads and gunzips `path` and decodes it to UTF-8 from the charset its
// bytes and <meta> declare.
Result<std::string> LoadGzippedPage(const std::string& path);

// The gzipped pages of the trafilatura evaluation set under `extraction_dir`
// (../shared/data/extraction: its eval/ and cache/ folders), sorted by path;
// empty when absent. The benchmarks read their real-world pages from here.
std::vector<std::string> TrafilaturaPageFiles(const std::string& extraction_dir);

// Every gzipped page of the three extraction benchmarks under
// `extraction_dir`: trafilatura's, htmldate's (cache/, eval/, test_set/) and
// Readability's test pages (their source.html.gz), sorted by path; empty when
// absent.
std::vector<std::string> ExtractionPageFiles(const std::string& extraction_dir);

struct EnglishPage {
  std::string file;  // its path
  std::string html;  // decoded to UTF-8
  Article article;   // as Extract reads the html alone
};

// Up to `limit` pages of ExtractionPageFiles that the extractor finds to be
// in English, each extracted text once, in path order: real news and blog
// pages that the whole pipeline reads (the ingest benchmark's corpus and the
// judged news events' pages).
std::vector<EnglishPage> EnglishExtractionPages(const std::string& extraction_dir,
                                                std::size_t limit = static_cast<std::size_t>(-1));

// Collapses every run of whitespace (ASCII and no-break space) into one
// space and trims both ends.
std::string NormaliseSpace(std::string_view text);

}  // namespace tidings
