// Named-entity benchmark: the actor stage on CoNLL++ dev, scored as
// conlleval does (../shared/docs/reference/nlp-evaluation.md §1): gold IOB1
// tags become spans, and a system span counts only when its start, end and
// type are exact; micro precision, recall and F1 over PER, ORG and LOC, each
// type's F1, and untyped span F1.
//
// Each CoNLL document (read by eval/ner_corpus.h) becomes one Document whose tokens and sentences are
// CoNLL's own (tokens joined by spaces, one paragraph per sentence), so
// mentions map to token spans exactly; the syntax stage and AnnotateActors
// run on it unchanged, dated 1996-08-30 (the corpus's time). Our kinds map person -> PER,
// organization and media -> ORG, state and place -> LOC; roles, pronouns
// and other lowercase mentions, and demonyms (MISC in CoNLL) are left out.
// MISC is not scored: its gold spans are dropped, and we emit none.
// CoNLL is research-only: nothing tuned here is a model or table.
#pragma once

#include <string>

#include "eval/extraction_eval.h"

namespace tidings {

// Reads `ner_dir`/conllpp_dev.txt and scores the shipped system (actor
// knowledge, syntax and name tagger models under data/); figures precision,
// recall, f1, per_f1, org_f1, loc_f1, untyped_f1 and the documents'
// annotation time.
Result<SuiteResult> EvalConll(const std::string& ner_dir);

// The same with a name tagger trained on `ner_dir`/conllpp_train.txt at
// evaluation time: a measure of the tagger's design on in-domain data, never
// a shipped model (CoNLL is research-only).
Result<SuiteResult> EvalConllTrainedOnConll(const std::string& ner_dir);

}  // namespace tidings
