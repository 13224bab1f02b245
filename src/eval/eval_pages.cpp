#include "eval/eval_pages.h"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "ingest/charset.h"
#include "ingest/gzip.h"

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

std::vector<std::string> TrafilaturaPageFiles(const std::string& shared_dir) {
  namespace fs = std::filesystem;
  const std::string dir = shared_dir + "/data/extraction/trafilatura-eval/tests";
  std::vector<std::string> files;
  std::error_code error;
  for (const char* sub : {"/eval", "/cache"})
    for (const auto& entry : fs::directory_iterator(dir + sub, error)) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace tidings
