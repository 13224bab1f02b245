// Training the syntax model from a CoNLL-U treebank: the lemmatizer, the
// tagger, and the parser on the tags the tagger predicts.
//
// The parser learns from predicted tags, the way it will see them: the
// training set is cut into folds and each fold is tagged by a tagger trained
// on the others (jackknifing), so the tags carry realistic errors. Every
// step is deterministic (fixed seeds, ordered tables): the same treebank and
// options give the same model files. Single-threaded; minutes on EWT.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace tidings {

struct SyntaxTrainingOptions {
  syntax::TaggerOptions tagger;
  syntax::ParserOptions parser;
  int jackknife_folds = 5;  // 0: the parser trains on the final tagger's own tags
};

// Reads `treebank_dir`/*-ud-train.conllu, trains, and writes the model files
// to `out_dir` (names as in ModelFiles). `log` receives progress lines.
Status TrainSyntaxModel(const std::string& treebank_dir, const std::string& out_dir,
                        const SyntaxTrainingOptions& options, const std::function<void(std::string_view)>& log);

}  // namespace tidings
