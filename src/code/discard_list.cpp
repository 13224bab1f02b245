#include "code/discard_list.h"

#include <cctype>

#include <fmt/format.h>

#include "code/verb_dictionary.h"
#include "code/dictionary_files.h"

namespace tidings {
namespace {

// Reads one phrase line (comment removed); false with a reason when it cannot.
bool ParseDiscardLine(std::string_view line, DiscardPhrase* phrase, std::string* reason) {
  if (line.front() == '+') {
    phrase->story = true;
    line.remove_prefix(1);
  }
  if (line.find_first_of("[]{}()<>") != std::string_view::npos) {
    *reason = "discard phrases hold words only (no brackets or codes)";
    return false;
  }
  std::string word;
  auto flush = [&](bool exact) {
    if (word.empty()) return;
    phrase->words.push_back(word);
    phrase->exact.push_back(exact);
    word.clear();
  };
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == ' ' || c == '\t') {
      flush(false);
    } else if (c == '_') {
      // "WORLD_CUP_": a '_' followed by a blank or the end closes an exact word; inside it joins words.
      const bool closes = i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t';
      flush(closes);
    } else {
      word += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
  }
  flush(false);
  if (phrase->words.empty()) {
    *reason = "empty discard phrase";
    return false;
  }
  return true;
}

bool WordMatches(const std::string& token, const std::string& word, bool exact) {
  return exact ? token == word : token.starts_with(word);
}

}  // namespace

void DiscardList::Parse(std::string_view text, const std::string& path) {
  ForEachDictionaryLine(text, [&](std::uint32_t n, std::string_view raw) {
    const std::string_view line = StripDictionaryComment(raw);
    if (line.empty()) return;
    DiscardPhrase phrase;
    std::string reason;
    if (!ParseDiscardLine(line, &phrase, &reason)) {
      warnings_.push_back(fmt::format("{}:{}: {}", path, n, reason));
      return;
    }
    phrase.where = fmt::format("{}:{}", path, n);
    phrases_.push_back(std::move(phrase));
  });
}

const DiscardPhrase* DiscardList::Find(const std::vector<std::string>& words) const {
  for (const DiscardPhrase& phrase : phrases_) {
    const std::size_t n = phrase.words.size();
    for (std::size_t start = 0; start + n <= words.size(); ++start) {
      std::size_t k = 0;
      while (k < n && WordMatches(words[start + k], phrase.words[k], phrase.exact[k])) ++k;
      if (k == n) return &phrase;
    }
  }
  return nullptr;
}

Result<DiscardList> LoadDiscardList(const std::vector<std::string>& paths) {
  return LoadDictionaryFiles<DiscardList>(paths);
}

}  // namespace tidings
