#include "syntax/lemmatizer.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include <fmt/format.h>

#include "syntax/features.h"
#include "text/split.h"

namespace tidings::syntax {
namespace {

// Rules look at most this many final bytes; longer suffixes add little.
constexpr std::size_t kMaxSuffix = 5;
// A suffix rule must be seen this often to be kept.
constexpr int kMinRuleCount = 2;

std::uint64_t XposKey(std::string_view xpos) { return Mix(HashText(xpos)); }
std::uint64_t PairKey(std::uint64_t xpos_key, std::string_view text) { return xpos_key ^ HashText(text); }
std::uint64_t PairKey(std::string_view xpos, std::string_view text) { return PairKey(XposKey(xpos), text); }

bool IsProperNoun(std::string_view xpos) { return xpos == "NNP" || xpos == "NNPS"; }

// The form the rules start from: proper nouns as written, others lowercased.
std::string Candidate(std::string_view form, std::string_view xpos) {
  std::string out(form);
  if (!IsProperNoun(xpos))
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::size_t CommonPrefix(std::string_view a, std::string_view b) {
  std::size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

}  // namespace

void Lemmatizer::Index() {
  rule_index_.clear();
  exception_index_.clear();
  for (std::uint32_t r = 0; r < rules_.size(); ++r) rule_index_.Insert(PairKey(rules_[r].xpos, rules_[r].suffix), r);
  for (std::uint32_t e = 0; e < exceptions_.size(); ++e)
    exception_index_.Insert(PairKey(exceptions_[e].xpos, exceptions_[e].form), e);
}

std::string Lemmatizer::ByRules(std::string candidate, std::uint64_t xpos_key) const {
  for (std::size_t len = std::min(kMaxSuffix, candidate.size()) + 1; len-- > 0;) {
    const std::uint32_t* r = rule_index_.Find(PairKey(xpos_key, std::string_view(candidate).substr(candidate.size() - len)));
    if (r == nullptr) continue;
    const Rule& rule = rules_[*r];
    if (rule.strip > candidate.size()) continue;
    candidate.resize(candidate.size() - rule.strip);
    return candidate += rule.append;
  }
  return candidate;
}

std::string Lemmatizer::Lemma(std::string_view form, std::string_view xpos) const {
  std::string candidate = Candidate(form, xpos);
  const std::uint64_t xpos_key = XposKey(xpos);
  if (const std::uint32_t* e = exception_index_.Find(PairKey(xpos_key, candidate))) return exceptions_[*e].lemma;
  return ByRules(std::move(candidate), xpos_key);
}

Lemmatizer TrainLemmatizer(const std::vector<TreebankSentence>& sentences) {
  // (xpos, suffix) -> rule (strip, append) -> count; (xpos, form) -> lemma -> count.
  std::map<std::pair<std::string, std::string>, std::map<std::pair<std::uint32_t, std::string>, int>> rule_counts;
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> lemma_counts;
  for (const TreebankSentence& s : sentences)
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s.lemmas[i] == "_") continue;
      const std::string candidate = Candidate(s.words[i], s.xpos[i]);
      const std::size_t common = CommonPrefix(candidate, s.lemmas[i]);
      const auto strip = static_cast<std::uint32_t>(candidate.size() - common);
      const std::string append = s.lemmas[i].substr(common);
      for (std::size_t len = strip; len <= std::min(kMaxSuffix, candidate.size()); ++len)
        ++rule_counts[{s.xpos[i], candidate.substr(candidate.size() - len)}][{strip, append}];
      ++lemma_counts[{s.xpos[i], candidate}][s.lemmas[i]];
    }
  auto most_frequent = [](const auto& counts) {
    return std::max_element(counts.begin(), counts.end(),
                            [](const auto& a, const auto& b) { return a.second < b.second; });
  };
  Lemmatizer lemmatizer;
  for (const auto& [key, counts] : rule_counts) {
    const auto best = most_frequent(counts);
    if (best->second < kMinRuleCount && !key.second.empty()) continue;
    lemmatizer.rules_.push_back({key.first, key.second, best->first.first, best->first.second});
  }
  lemmatizer.Index();
  for (const auto& [key, counts] : lemma_counts) {
    const std::string& lemma = most_frequent(counts)->first;
    if (lemmatizer.ByRules(key.second, XposKey(key.first)) != lemma) lemmatizer.exceptions_.push_back({key.first, key.second, lemma});
  }
  lemmatizer.Index();
  return lemmatizer;
}

Status Lemmatizer::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << "# tidings lemmatizer: rule<TAB>XPOS<TAB>suffix<TAB>bytes stripped<TAB>appended;"
         " word<TAB>XPOS<TAB>form<TAB>lemma\n";
  for (const Rule& r : rules_) out << "rule\t" << r.xpos << '\t' << r.suffix << '\t' << r.strip << '\t' << r.append << '\n';
  for (const Exception& e : exceptions_) out << "word\t" << e.xpos << '\t' << e.form << '\t' << e.lemma << '\n';
  out.close();
  if (!out) return Status::IoError(fmt::format("{}: cannot write the lemmatizer", path));
  return Status::Ok();
}

Result<Lemmatizer> Lemmatizer::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open the lemmatizer", path));
  Lemmatizer lemmatizer;
  std::string line;
  for (std::size_t line_no = 1; std::getline(in, line); ++line_no) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> f = SplitTabs(line);
    if (f[0] == "rule" && f.size() == 5) {
      std::uint32_t strip = 0;
      std::istringstream number{std::string(f[3])};
      if (!(number >> strip) || strip > 64)
        return Status::Corruption(fmt::format("{}:{}: bad strip count '{}'", path, line_no, f[3]));
      lemmatizer.rules_.push_back({std::string(f[1]), std::string(f[2]), strip, std::string(f[4])});
    } else if (f[0] == "word" && f.size() == 4) {
      lemmatizer.exceptions_.push_back({std::string(f[1]), std::string(f[2]), std::string(f[3])});
    } else {
      return Status::Corruption(fmt::format("{}:{}: expected a 'rule' line of 5 fields or a 'word' line of 4", path, line_no));
    }
  }
  lemmatizer.Index();
  return lemmatizer;
}

}  // namespace tidings::syntax
