// tidings eval coding --suite news: how many of the events tidings keeps from
// real news are right, by events judged one by one.
//
// The validation suites score sentences written or chosen for coders; an
// analyst counts what comes out of whole pages of news, blogs and notices.
// This suite codes the English pages of the three extraction benchmarks
// (EnglishExtractionPages: 431 pages) with the bundled dictionaries and the
// default event selection, exactly as `tidings code` does, and matches each
// kept event against data/eval/news_events.tsv: events of those pages judged
// right or wrong by the project (who does what to whom: the CAMEO root fits
// what the words say, the source is the doer, the target, if any, is the one
// acted on), each label naming the output it was drawn from at random, whose
// precision the suite also prints. Precision is over the kept events that are
// judged; events the coder now codes differently are unjudged (`--verbose`
// lists them, ready to be judged), and of the events judged right, those with
// no event kept at their words any more are counted as lost. Pages are split in two halves by
// a hash of their path: rules are tuned on the first half's errors only, the
// second is held out.
#pragma once

#include <string>

#include "eval/extraction_eval.h"

namespace tidings {

// `extraction_dir` is ../shared/data/extraction; `labels` the judged events.
Result<SuiteResult> EvalCodingNews(const std::string& extraction_dir,
                                   const std::string& labels = TIDINGS_DATA_DIR "/eval/news_events.tsv");

}  // namespace tidings
