// Near-duplicate detection scored two ways:
//   generated: the labelled corpus of dedup_corpus.h, built from the articles
//     tidings extracts from the trafilatura and htmldate evaluation pages;
//     documents go through NearDuplicateIndex one by one and its clusters are
//     scored pairwise (a pair is positive when both documents are copies of
//     one base) for precision, recall and F1, with the signing speed.
//   msrp: the Microsoft Research Paraphrase Corpus test pairs, a side check
//     only. Paraphrases restate a sentence in other words; they are not
//     copies, so a detector of copies should flag few of them, paraphrase or
//     not. The report gives the share flagged per label; it is not part of F1.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "eval/dedup_corpus.h"
#include "eval/extraction_eval.h"
#include "tidings/status.h"

namespace tidings {

inline constexpr std::uint32_t kDedupCorpusSeed = 20261127;

// The articles tidings extracts from the evaluation pages under
// `extraction_dir`, in file order, with their sites.
Result<std::vector<SourceArticle>> LoadDedupSources(const std::string& extraction_dir);

Result<SuiteResult> EvalDedupGenerated(const std::string& extraction_dir);
Result<SuiteResult> EvalDedupMsrp(const std::string& msrp_dir);

}  // namespace tidings
