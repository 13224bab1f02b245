#include "annotate/quote_cues.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace tidings {
namespace {

bool ParseClass(std::string_view name, CueClass* out) {
  static const std::pair<std::string_view, CueClass> kClasses[] = {
      {"say", CueClass::kSay},       {"report", CueClass::kReport}, {"tell", CueClass::kTell},
      {"source", CueClass::kSource}, {"relay", CueClass::kRelay},   {"medium", CueClass::kMedium},
      {"stance", CueClass::kStance}, {"noun", CueClass::kNoun},      {"seem", CueClass::kSeem}, {"clause", CueClass::kClause},
      {"record", CueClass::kRecord}};
  for (const auto& [n, c] : kClasses)
    if (n == name) return *out = c, true;
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

CueLexicon CueLexicon::Parse(std::string_view text, std::string_view name) {
  CueLexicon lexicon;
  std::size_t line_number = 0;
  while (!text.empty()) {
    const std::size_t eol = std::min(text.find('\n'), text.size());
    const std::string_view line = Trim(text.substr(0, eol));
    text.remove_prefix(std::min(eol + 1, text.size()));
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    CueClass cue_class;
    if (tab == std::string_view::npos || !ParseClass(Trim(line.substr(tab + 1)), &cue_class)) {
      lexicon.warnings_.push_back(fmt::format("{}:{}: expected '<cue>\\t<class>'", name, line_number));
      continue;
    }
    const std::string cue(Trim(line.substr(0, tab)));
    const std::size_t words = static_cast<std::size_t>(std::count(cue.begin(), cue.end(), ' ')) + 1;
    if (cue.empty() || words > kMaxCueWords) {
      lexicon.warnings_.push_back(fmt::format("{}:{}: cue empty or longer than {} words", name, line_number, kMaxCueWords));
      continue;
    }
    Run& run = lexicon.runs_[cue];
    if (run.is_entry) {
      if (run.cue_class != cue_class)
        lexicon.warnings_.push_back(fmt::format("{}:{}: '{}' already listed with another class", name, line_number, cue));
      continue;
    }
    run = {true, cue_class};
    ++lexicon.entry_count_;
    lexicon.max_words_ = std::max(lexicon.max_words_, words);
    for (std::size_t space = cue.find(' '); space != std::string::npos; space = cue.find(' ', space + 1))
      lexicon.runs_.try_emplace(cue.substr(0, space));
  }
  return lexicon;
}

Result<CueLexicon> CueLexicon::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open cue lexicon");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return Parse(bytes.str(), path);
}

const CueLexicon& CueLexicon::Default() {
  static const CueLexicon lexicon = [] {
    Result<CueLexicon> loaded = Load(std::string(TIDINGS_DATA_DIR) + "/lexicon/cues.txt");
    return loaded.ok() ? std::move(loaded).value() : CueLexicon();
  }();
  return lexicon;
}

CueLexicon::Match CueLexicon::MatchAt(const std::vector<std::string>& words, std::size_t first,
                                      std::size_t end) const {
  std::string phrase;
  Match best;
  for (std::size_t n = 1; n <= max_words_ && first + n <= end; ++n) {
    if (n > 1) phrase += ' ';
    phrase += words[first + n - 1];
    const auto it = runs_.find(phrase);
    if (it == runs_.end()) break;
    if (it->second.is_entry) best = {static_cast<std::uint32_t>(n), it->second.cue_class};
  }
  return best;
}

const CueClass* CueLexicon::Find(std::string_view word) const {
  const auto it = runs_.find(std::string(word));
  return it == runs_.end() || !it->second.is_entry ? nullptr : &it->second.cue_class;
}

const CueClass* CueLexicon::FindLemma(std::string_view lemma, std::string_view form) const {
  if (const CueClass* c = Find(lemma)) return c;
  if (lemma.empty() || lemma.back() == 'e' || form.size() <= lemma.size() || !form.starts_with(lemma) ||
      form[lemma.size()] != 'e')
    return nullptr;
  return Find(std::string(lemma) + "e");
}

}  // namespace tidings
