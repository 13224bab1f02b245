// Quotations as the whole pipeline finds them (the bundled cue lexicon,
// actors and times in place), for frames whose reading depends on more than
// the quote finder alone.
#include <gtest/gtest.h>

#include <string>

#include "support/seed.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

// `text` read as plain text, the way `tidings annotate` reads a JSONL line.
std::vector<std::string> QuotedContents(const std::string& text) {
  Record record;
  record.input = "quotes";
  record.kind = PayloadKind::kText;
  record.payload = text;
  record.published = "2026-03-02";
  Result<Document> doc = testing::BundledPipeline().Annotate(record);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  std::vector<std::string> contents;
  if (!doc.ok()) return contents;
  for (const Quote& q : doc->quotes) contents.emplace_back(doc->text(q.span));
  return contents;
}

void ExpectNoQuotation(const std::string& text) { EXPECT_TRUE(QuotedContents(text).empty()) << text; }

void ExpectOneQuotation(const std::string& text, const std::string& content) {
  const std::vector<std::string> contents = QuotedContents(text);
  ASSERT_EQ(contents.size(), 1u) << text;
  EXPECT_EQ(contents[0], content) << text;
}

// What a sentence opens with, when it holds no verb, is the sentence's
// adjunct, not what the speaker said.
TEST(PipelineQuotes, OpeningPhraseWithoutAVerbIsNoReportedClause) {
  for (const char* text : {"After the storm, the governor promised to repair the roads.",
                           "In a statement, the mayor promised to rebuild the bridge."}) {
    const std::vector<std::string> contents = QuotedContents(text);
    ASSERT_EQ(contents.size(), 1u) << text;
    EXPECT_EQ(contents[0].rfind("to re", 0), 0u) << text << ": " << contents[0];
  }
  const std::vector<std::string> fronted =
      QuotedContents("After the flood, the harbour wall will be rebuilt, the mayor said.");
  ASSERT_EQ(fronted.size(), 1u);
  EXPECT_EQ(fronted[0], "After the flood, the harbour wall will be rebuilt");
}

// Quoted words closed by their own comma end the reported clause when a
// participle cue follows, as a comma outside them would.
TEST(PipelineQuotes, CommaInsideClosingMarkEndsTheClauseBeforeAParticipleCue) {
  const std::vector<std::string> contents =
      QuotedContents("Voters said the roads were \"in terrible shape,\" noting that repairs had stalled for years.");
  ASSERT_EQ(contents.size(), 2u);
  EXPECT_EQ(contents[0], "the roads were \"in terrible shape,\"");
  EXPECT_EQ(contents[1], "that repairs had stalled for years");
}

// "Spoke on" names a topic, unless it tells when or on what terms someone
// spoke.
TEST(PipelineQuotes, SpokeOnAnOccasionIsNoTopic) {
  ExpectNoQuotation("The deputy minister spoke on condition of anonymity because the talks were secret.");
  ExpectNoQuotation("The mayor spoke on arriving in Arnor late on Tuesday night.");
  ExpectOneQuotation("The mayor spoke on the future of the harbour fees.", "on the future of the harbour fees");
  ExpectOneQuotation("The mayor spoke on raising the harbour fees.", "on raising the harbour fees");
  ExpectNoQuotation("The mayor spoke on Arnor Radio late on Tuesday night.");
}

// "Figure" reports a clause ("the farmers figure the pumps will pay"), not
// an infinitive of likelihood ("the ferry figures to dock late"); a "position
// on" something names a stance without saying it.
TEST(PipelineQuotes, FigureReportsOnlyAClauseAndPositionNothing) {
  ExpectNoQuotation("With the storm building, the night ferry from Arnor figures to dock two hours late.");
  ExpectNoQuotation("The governor spelled out her position on the dam in Arnor.");
  ExpectOneQuotation("The farmers figure the new pumps will pay for themselves.", "the new pumps will pay for themselves");
}

}  // namespace
}  // namespace tidings
