// Quotation benchmark on PolNeAR dev, scored the GenderGapTracker way
// (../shared/docs/reference/nlp-evaluation.md §2):
//   quote P/R/F1 at >= 0.3 and >= 0.8 token overlap, each gold attribution
//   and each system quotation matched at most once (best overlaps first);
//   speaker accuracy on matched pairs whose gold has a Source: the system
//   speaker overlaps the Source or ends in the same word;
//   cue accuracy on matched pairs: the system cue overlaps the gold Cue;
//   end-to-end triple P/R/F1: matched at 0.3 with speaker and cue right;
//   direct-only P/R/F1: gold Content that begins or ends with a quotation
//   mark against system quotations of kind direct.
// Token overlap counts word tokens (punctuation, curly quotation marks and
// dashes included, left out) of the Document:
// shared / max(gold, system), so a span too long or too short both lose.
// System quotations that share a cue (the parts of a split quotation) are
// scored as one, as PolNeAR writes them as one discontinuous Content.
//
// Texts (`dir`/text/*.txt) become Articles with one paragraph per line; the
// first annotator's file (sorted) of each article in `dir`/attributions/
// is the gold; brat offsets count code points of the .txt and are mapped to
// the Document's bytes. Runs segmentation, the dependency parse (which the
// quote finder reads) and the quote finder; no actors: speakers are judged
// by their span.
#pragma once

#include <string>
#include <vector>

#include "eval/error_report.h"
#include "eval/extraction_eval.h"
#include "tidings/document.h"

namespace tidings {

// One gold attribution: fragments as byte spans into the Document's text.
struct GoldAttribution {
  std::vector<Span> content, cue, source;
};

struct QuoteCounts {
  long gold = 0, system = 0;
  long matched_03 = 0, matched_08 = 0;
  long speaker_judged_03 = 0, speaker_right_03 = 0, cue_right_03 = 0;
  long speaker_judged_08 = 0, speaker_right_08 = 0, cue_right_08 = 0;
  long triples = 0;
  long direct_gold = 0, direct_system = 0, direct_matched_03 = 0, direct_matched_08 = 0;

  void Add(const QuoteCounts& o);
};

// Scores doc.quotes against the gold attributions of the same Document; when
// `errors` is given, adds the misses (grouped by kind: no system quotation
// shares a word, the nearest one is too short or too long, or it was matched
// to another attribution; then by cue), spurious quotations (sharing words
// with a gold attribution or not; then by cue) and wrong speakers at 0.3
// overlap to it.
QuoteCounts ScoreQuotes(const Document& doc, const std::vector<GoldAttribution>& gold,
                        std::vector<ErrorLine>* errors = nullptr);

struct PolnearArticle {
  Document doc;  // segmented, not yet annotated
  std::vector<GoldAttribution> gold;
};

// Reads one article's text and brat file. Attributions without Content, or
// with offsets outside the text, are skipped.
Result<PolnearArticle> ReadPolnearArticle(const std::string& text_path, const std::string& ann_path);

// The articles of a PolNeAR compartment (e.g. ../shared/data/quotes/PolNeAR/dev),
// sorted, each with the brat file of its first annotator ("<stem>_<annotator>.ann");
// an article without one is left out. NotFound when the folder holds no text.
struct PolnearFiles {
  std::string text, annotations;
};
Result<std::vector<PolnearFiles>> ListPolnear(const std::string& data_dir);

// `data_dir` is the PolNeAR compartment, e.g. ../shared/data/quotes/PolNeAR/dev.
Result<SuiteResult> EvalPolnear(const std::string& data_dir);

}  // namespace tidings
