// Tagging and parsing scored on the Universal Dependencies English Web
// Treebank (../shared/data/syntax/UD_English-EWT), from gold tokenization,
// the way the CoNLL 2018 shared task scores words:
//   upos, xpos, lemma: share of words with the right tag or lemma;
//   uas: share of words with the right head;
//   las: right head and the full relation ("nsubj:pass", "obl:tmod");
//   las_universal: right head and the universal part of the relation (what
//     the CoNLL 2018 script compares);
// every word counts, punctuation included. Also sentences_per_second and
// tokens_per_second of tagging, parsing and lemmatising on one thread, per
// second of that thread's CPU time (seconds), so a busy machine does not
// lower them.
#pragma once

#include <string>

#include "eval/extraction_eval.h"
#include "syntax/syntax_model.h"

namespace tidings {

// Scores the bundled model (data/models) on EWT test under `data_dir`
// (../shared/data).
Result<SuiteResult> EvalSyntax(const std::string& data_dir);

// Scores `model` on one CoNLL-U file; `suite` names the result.
Result<SuiteResult> EvalSyntaxOn(const SyntaxModel& model, const std::string& conllu_path, const std::string& suite);

}  // namespace tidings
