#include "eval/eval_pages.h"

#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <unordered_set>
#include <vector>

#include "ingest/charset.h"
#include "ingest/gzip.h"
#include "tidings/extract.h"

namespace tidings {

Result<std::string> LoadGzippedPage(const std::string& path) {
  Result<std::string> gz = ReadFile(path, kMaxEvalPageBytes);
  if (!gz.ok()) return gz.status();
  Result<std::string> html = Gunzip(*gz, kMaxEvalPageBytes);
  if (!html.ok()) return Status::Corruption(path + ": " + html.status().message());
  std::string charset;
  std::vector<std::string> warnings;
  return DecodeToUtf8(*html, "", &charset, &warnings);
}

std::string NormaliseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const bool nbsp = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || nbsp) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

namespace {

// The files directly in each of `folders` (missing ones skipped), sorted.
std::vector<std::string> FilesIn(std::initializer_list<std::string> folders) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code error;
  for (const std::string& folder : folders)
    for (const auto& entry : fs::directory_iterator(folder, error)) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::vector<std::string> TrafilaturaPageFiles(const std::string& extraction_dir) {
  const std::string dir = extraction_dir + "/trafilatura-eval/tests";
  return FilesIn({dir + "/eval", dir + "/cache"});
}

std::vector<std::string> ExtractionPageFiles(const std::string& extraction_dir) {
  const std::string htmldate = extraction_dir + "/htmldate-eval/tests";
  std::vector<std::string> files = TrafilaturaPageFiles(extraction_dir);
  for (std::string& f : FilesIn({htmldate + "/cache", htmldate + "/eval", htmldate + "/test_set"}))
    files.push_back(std::move(f));
  for (const std::string& page :
       FilesIn({extraction_dir + "/mozilla-readability-test-pages/test/test-pages"}))
    files.push_back(page + "/source.html.gz");
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<EnglishPage> EnglishExtractionPages(const std::string& extraction_dir, std::size_t limit) {
  std::vector<EnglishPage> pages;
  std::unordered_set<std::string> texts;
  for (std::string& file : ExtractionPageFiles(extraction_dir)) {
    if (pages.size() == limit) break;
    Result<std::string> html = LoadGzippedPage(file);
    if (!html.ok()) continue;
    Record record;
    record.payload = *html;
    Result<Article> article = Extract(record);
    if (article.ok() && article->language == "en" && texts.insert(article->text()).second)
      pages.push_back({std::move(file), std::move(html).value(), std::move(article).value()});
  }
  return pages;
}

}  // namespace tidings
