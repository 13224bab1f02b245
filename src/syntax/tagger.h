// Part-of-speech tagger: Universal (UPOS) and Penn Treebank (XPOS) tags
// predicted together, one joint tag per word ("PROPN NNP", "ADP IN",
// "SCONJ IN"), so the pair is always one the treebank uses.
//
// Greedy left to right with an averaged perceptron over the word, its
// lowercased neighbours two either side, prefixes, suffixes, shapes and the
// two tags already chosen. Frequent words that the training data always tags
// one way take that tag from a lexicon without scoring. Cost: linear in
// the words, no allocation per word.
//
// A Tagger is immutable once trained or loaded and may be shared by threads.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/features.h"
#include "syntax/hash_index.h"
#include "syntax/perceptron.h"

namespace tidings::syntax {

struct TaggerOptions {
  int epochs = 8;            // EWT dev accuracy stops rising after about 6
  std::uint32_t seed = 1;    // order of sentences in each epoch
  float min_weight = 0.05f;  // averaged weights below are dropped from the model
};

class Tagger {
 public:
  // Writes one joint tag id per word into `tags` (same length as `words`).
  void Tag(std::span<const WordKeys> words, std::span<int> tags) const;

  int tag_count() const { return static_cast<int>(upos_.size()); }
  std::string_view upos(int tag) const { return upos_[tag]; }
  std::string_view xpos(int tag) const { return xpos_[tag]; }
  std::size_t features() const { return model_.features(); }

  Status Save(const std::string& path) const;
  static Result<Tagger> Load(const std::string& path);

 private:
  friend Result<Tagger> TrainTagger(const std::vector<TreebankSentence>&, const TaggerOptions&);
  int Lookup(std::uint64_t form) const;

  std::vector<std::string> upos_, xpos_;
  HashIndex lexicon_;  // form hash -> its one tag
  PerceptronModel model_;
};

Result<Tagger> TrainTagger(const std::vector<TreebankSentence>& sentences, const TaggerOptions& options);

}  // namespace tidings::syntax
