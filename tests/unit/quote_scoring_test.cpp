// The PolNeAR quote scorer on a document of our own: a quotation matched with
// the right speaker, one with the wrong speaker, a miss, one cut too short and
// a spurious one, and the error listing `eval quotes --verbose` prints from them.
#include <gtest/gtest.h>

#include <string>

#include "eval/quote_eval.h"
#include "text/segmenter.h"

namespace tidings {
namespace {

Span Find(const Document& doc, std::string_view words) {
  const std::size_t at = doc.text().find(words);
  EXPECT_NE(at, std::string_view::npos) << words;
  return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + words.size())};
}

TEST(QuoteScoring, CountsMatchesSpeakersAndListsErrorsByCue) {
  Article article;
  article.paragraphs.push_back({"The mayor said the bridge would reopen in May. Residents believe the repairs are late. "
                                "The council argued that costs had doubled. A spokesman hinted at new fares. "
                                "The minister warned that the port would close for a month."});
  Document doc(std::move(article));
  Segment(doc);

  std::vector<GoldAttribution> gold(4);
  gold[0] = {{Find(doc, "the bridge would reopen in May")}, {Find(doc, "said")}, {Find(doc, "The mayor")}};
  gold[1] = {{Find(doc, "the repairs are late")}, {Find(doc, "believe")}, {Find(doc, "Residents")}};
  gold[2] = {{Find(doc, "costs had doubled")}, {Find(doc, "argued")}, {Find(doc, "The council")}};
  gold[3] = {{Find(doc, "the port would close for a month")}, {Find(doc, "warned")}, {Find(doc, "The minister")}};

  Quote right, wrong_speaker, spurious, too_short;
  right.span = Find(doc, "the bridge would reopen in May"), right.cue = Find(doc, "said"), right.speaker = Find(doc, "mayor");
  wrong_speaker.span = Find(doc, "costs had doubled"), wrong_speaker.cue = Find(doc, "argued");
  wrong_speaker.speaker = Find(doc, "A spokesman");
  spurious.span = Find(doc, "new fares"), spurious.cue = Find(doc, "hinted"), spurious.speaker = Find(doc, "A spokesman");
  too_short.span = Find(doc, "month"), too_short.cue = Find(doc, "warned"), too_short.speaker = Find(doc, "minister");
  doc.quotes = {right, wrong_speaker, spurious, too_short};

  std::vector<ErrorLine> errors;
  const QuoteCounts counts = ScoreQuotes(doc, gold, &errors);
  EXPECT_EQ(counts.gold, 4);
  EXPECT_EQ(counts.system, 4);
  EXPECT_EQ(counts.matched_03, 2);
  EXPECT_EQ(counts.speaker_judged_03, 2);
  EXPECT_EQ(counts.speaker_right_03, 1);
  EXPECT_EQ(counts.triples, 1);

  const std::string report = ErrorReport(errors);
  EXPECT_NE(report.find("[1] missed, no quote, cue: believe"), std::string::npos) << report;
  EXPECT_NE(report.find("[1] missed, too short, cue: warned"), std::string::npos) << report;
  EXPECT_NE(report.find("[1] spurious, no gold, cue: hinted"), std::string::npos) << report;
  EXPECT_NE(report.find("[1] spurious, overlaps gold, cue: warned"), std::string::npos) << report;
  EXPECT_NE(report.find("[1] wrong speaker"), std::string::npos) << report;
  EXPECT_NE(report.find("\"A spokesman\" for \"The council\""), std::string::npos) << report;
}

TEST(QuoteScoring, CurlyQuotationMarksAreNotWords) {
  Article article;
  article.paragraphs.push_back({"\u201CWe will win,\u201D she said."});
  Document doc(std::move(article));
  Segment(doc);
  // PolNeAR's Content holds the marks; a quotation without them is the same words.
  std::vector<GoldAttribution> gold(1);
  gold[0] = {{Find(doc, "\u201CWe will win,\u201D")}, {Find(doc, "said")}, {Find(doc, "she")}};
  Quote quote;
  quote.span = Find(doc, "We will win,"), quote.cue = Find(doc, "said"), quote.speaker = Find(doc, "she");
  doc.quotes = {quote};
  EXPECT_EQ(ScoreQuotes(doc, gold).matched_08, 1);
}

TEST(ErrorReport, LargestGroupFirst) {
  const std::string report = ErrorReport({{"b", "one"}, {"a", "two"}, {"b", "three"}});
  EXPECT_EQ(report, "\n[2] b\n    one\n    three\n\n[1] a\n    two\n");
}

}  // namespace
}  // namespace tidings
