#include "extract/scraped_copies.h"

#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "extract/scraped_chars.h"

namespace tidings {
namespace {

bool IsTerminal(char c) { return c == '.' || c == '?' || c == '!'; }

// Byte offsets just past each sentence end: terminal punctuation, optional
// closing marks, a space, then a capital or an opening quote.
std::vector<size_t> SentenceEnds(std::string_view text) {
  std::vector<size_t> ends;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsTerminal(text[i])) continue;
    size_t end = i;
    while (end < text.size() && IsTerminal(text[end])) ++end;
    for (CodePoint cp = CodePointAt(text, end); IsClosingMark(cp.value); cp = CodePointAt(text, end)) end += cp.length;
    i = end - 1;
    if (end >= text.size() || text[end] != ' ') continue;
    const CodePoint next = CodePointAt(text, end + 1);
    if (IsUpperLetter(next.value) || IsOpeningQuote(next.value)) ends.push_back(end);
  }
  ends.push_back(text.size());
  return ends;
}

std::string ComparisonKey(std::string_view sentence) {
  std::string key;
  for (char c : sentence) {
    const unsigned char u = c;
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80) {
      key += c;
    } else if (u >= 'A' && u <= 'Z') {
      key += static_cast<char>(u - 'A' + 'a');
    } else if (!key.empty() && key.back() != ' ') {
      key += ' ';
    }
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

std::string JoinedKey(const std::vector<std::string>& keys) {
  std::string joined;
  for (const std::string& k : keys) joined += k + '\n';
  return joined;
}

}  // namespace

std::vector<std::string> SentenceKeys(std::string_view paragraph) {
  std::vector<std::string> keys;
  size_t begin = 0;
  for (size_t end : SentenceEnds(paragraph)) {
    std::string key = ComparisonKey(paragraph.substr(begin, end - begin));
    if (!key.empty()) keys.push_back(std::move(key));
    begin = end;
  }
  return keys;
}

std::vector<bool> FindCopies(const std::vector<std::string>& paragraphs, size_t first_body) {
  std::vector<std::vector<std::string>> keys;
  for (const std::string& p : paragraphs) keys.push_back(SentenceKeys(p));

  // For each sentence of the body, the fewest sentences of a body paragraph
  // holding it: a paragraph is only covered by paragraphs shorter than itself.
  std::unordered_map<std::string, size_t> fewest_sentences_holding;
  for (size_t i = first_body; i < paragraphs.size(); ++i) {
    for (const std::string& k : keys[i]) {
      auto [it, inserted] = fewest_sentences_holding.try_emplace(k, keys[i].size());
      if (!inserted && keys[i].size() < it->second) it->second = keys[i].size();
    }
  }
  // The share of sentences of paragraph `i` found in body paragraphs with
  // fewer than `shorter_than` sentences.
  auto copied_share = [&](size_t i, size_t shorter_than) {
    if (keys[i].empty()) return 0.0;
    size_t found = 0;
    for (const std::string& k : keys[i]) {
      auto it = fewest_sentences_holding.find(k);
      if (it != fewest_sentences_holding.end() && it->second < shorter_than) ++found;
    }
    return static_cast<double>(found) / keys[i].size();
  };

  std::vector<bool> copy(paragraphs.size(), false);
  std::unordered_set<std::string> seen;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (i < first_body) {
      copy[i] = copied_share(i, SIZE_MAX) >= kMinCopiedSentenceShare;
    } else if (!seen.insert(JoinedKey(keys[i])).second) {
      copy[i] = true;
    } else {
      copy[i] = keys[i].size() >= 2 && copied_share(i, keys[i].size()) >= kMinCopiedSentenceShare;
    }
  }
  return copy;
}

}  // namespace tidings
