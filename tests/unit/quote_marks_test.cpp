#include "annotate/quote_marks.h"

#include <gtest/gtest.h>

namespace tidings {
namespace {

std::vector<std::string> Regions(std::vector<std::string> paragraphs) {
  Article a;
  for (auto& p : paragraphs) a.paragraphs.push_back({std::move(p), ParagraphKind::kParagraph});
  Document doc(std::move(a));
  std::vector<std::string> out;
  for (const QuotedRegion& r : FindQuotedRegions(doc)) out.emplace_back(doc.text(r.inner));
  return out;
}

TEST(QuoteMarks, CurlyStraightAndGuillemetMarksPair) {
  EXPECT_EQ(Regions({"a \u201Cb\u201D c \"d\" e \u00ABf\u00BB"}), (std::vector<std::string>{"b", "d", "f"}));
}

TEST(QuoteMarks, StraightMarkAfterAWordCloses) {
  EXPECT_EQ(Regions({"He said \"no,\" twice."}), (std::vector<std::string>{"no,"}));
}

TEST(QuoteMarks, StraightMarkAfterASpaceClosesWhenNoWordFollows) {
  EXPECT_EQ(Regions({"\"We never liked the word 'reform,' \" she said."}),
            (std::vector<std::string>{"We never liked the word 'reform,' "}));
}

TEST(QuoteMarks, StraightMarkAfterANoBreakSpaceOpens) {
  EXPECT_EQ(Regions({"\"Ferries run late,\" she said.\u00A0\"Buses run later.\""}),
            (std::vector<std::string>{"Ferries run late,", "Buses run later."}));
}

TEST(QuoteMarks, QuotationReopenedInTheNextParagraphIsOneRegion) {
  const auto r = Regions({"\u201COne.", "\u201CTwo,\u201D she said."});
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0], "One.\n\n\u201CTwo,");
}

TEST(QuoteMarks, NextParagraphReopensOnlyWithTheSameKindOfMark) {
  const auto r = Regions({"\"The whole letter ran on.", "\u201CWe agree,\u201D she said."});
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0], "The whole letter ran on.");
  EXPECT_EQ(r[1], "We agree,");
}

TEST(QuoteMarks, StrayOpenMarkInsideAParagraphIsDropped) {
  EXPECT_TRUE(Regions({"The 12\" pipe burst.", "Nothing else."}).empty());
}

TEST(QuoteMarks, OpenParagraphWithoutCloseEndsWithIt) {
  EXPECT_EQ(Regions({"\u201CWe are ready", "Next paragraph."}), (std::vector<std::string>{"We are ready"}));
}

}  // namespace
}  // namespace tidings
