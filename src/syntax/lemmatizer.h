// Lemmatizer: the dictionary form of a word given its Penn tag ("went" VBD
// -> "go", "forces" NNS -> "force", "Americans" NNPS -> "American").
//
// Learned from a treebank: suffix rules per tag (strip k bytes, append a
// string; the longest matching suffix wins, "-ies" NNS -> "-y") and an
// exception lexicon for the words the rules get wrong (irregular verbs,
// pronouns). Proper nouns keep their case, other words are lowercased
// (ASCII only). Saved as sorted tab-separated text so a change shows in a
// diff.
//
// Immutable once trained or loaded; may be shared by threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/hash_index.h"
#include "tidings/status.h"

namespace tidings::syntax {

class Lemmatizer {
 public:
  std::string Lemma(std::string_view form, std::string_view xpos) const;

  std::size_t rule_count() const { return rules_.size(); }
  std::size_t exception_count() const { return exceptions_.size(); }

  Status Save(const std::string& path) const;
  static Result<Lemmatizer> Load(const std::string& path);

 private:
  friend Lemmatizer TrainLemmatizer(const std::vector<TreebankSentence>& sentences);
  struct Rule {
    std::string xpos, suffix;
    std::uint32_t strip = 0;
    std::string append;
  };
  struct Exception {
    std::string xpos, form, lemma;
  };
  void Index();
  // `xpos_key`: XposKey(xpos), hashed once per word for all its probes.
  std::string ByRules(std::string candidate, std::uint64_t xpos_key) const;

  std::vector<Rule> rules_;
  std::vector<Exception> exceptions_;
  HashIndex rule_index_;       // (xpos, suffix) -> rule
  HashIndex exception_index_;  // (xpos, form) -> exception
};

Lemmatizer TrainLemmatizer(const std::vector<TreebankSentence>& sentences);

}  // namespace tidings::syntax
