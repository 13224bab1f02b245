// Labelled dependency parser: greedy arc-eager transitions (syntax/
// arc_eager.h) chosen by an averaged perceptron over the rich non-local
// features of Zhang and Nivre (2011): words and tags of the stack top, its
// head and grandhead, its outermost dependents, the next three words, the
// distance between stack and buffer, valencies and the label sets already
// attached. Trained with the dynamic oracle, following its own mistakes
// with a fixed probability so that it learns to recover from them; trees in
// the training data are made projective first (syntax/projective.h).
//
// Input: one WordKeys and one tagger tag per word. Output: heads (0-based
// word index, -1 for the root) and label ids; every word gets a head, exactly
// one word is the root. Cost: about 2n transitions of a fixed number of
// feature lookups, fewer where the part of the state a feature group reads
// did not change (parser.cpp); no allocation beyond the per-sentence state.
//
// A Parser is immutable once trained or loaded and may be shared by threads.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/features.h"
#include "syntax/perceptron.h"

namespace tidings::syntax {

struct ParserOptions {
  int epochs = 12;
  std::uint32_t seed = 1;
  int explore_from_epoch = 1;   // the first epoch follows the oracle only
  double explore_rate = 0.9;    // then the model's own choice is followed this often
  float min_weight = 0.05f;     // averaged weights below are dropped from the model
};

class Parser {
 public:
  void Parse(std::span<const WordKeys> words, std::span<const int> tags, std::span<int> heads,
             std::span<int> labels) const;

  int label_count() const { return static_cast<int>(labels_.size()); }
  std::string_view label(int id) const { return labels_[id]; }
  std::size_t features() const { return model_.features(); }

  Status Save(const std::string& path) const;
  static Result<Parser> Load(const std::string& path);

 private:
  friend Result<Parser> TrainParser(const std::vector<TreebankSentence>&, const std::vector<std::vector<int>>&,
                                    const ParserOptions&);
  Status SetLabels(std::vector<std::string> labels);
  // Fills empty_rows_ from model_ (parser.cpp).
  void ScoreEmptyPositions();

  std::vector<std::string> labels_;
  int root_label_ = -1;
  int leftover_label_ = -1;  // for words the transitions left without a head
  PerceptronModel model_;
  // Summed scores of the constant keys of empty positions (parser.cpp).
  std::vector<std::int32_t> empty_rows_;
  // Per ArcEagerState::AllowedKind(), -1 for each allowed action, else 0.
  std::vector<std::int32_t> allowed_;
};

// `tags[s][i]`: the tagger's tag of word i of sentence s (predicted tags,
// the way the parser will see them).
Result<Parser> TrainParser(const std::vector<TreebankSentence>& sentences, const std::vector<std::vector<int>>& tags,
                           const ParserOptions& options);

}  // namespace tidings::syntax
