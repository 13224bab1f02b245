// Score: correct, missed and extra per record and category (UD-PETR convention).
#include <gtest/gtest.h>

#include "eval/coding_eval.h"

namespace tidings {
namespace {

TEST(CodingEval, CountsCorrectMissedAndExtraPerCategory) {
  std::vector<ValidationRecord> records(3);
  records[0].id = "DEMO-01";
  records[0].category = "DEMO";
  records[0].expected = {{"ARN", "GON", "064"}, {"GON", "ARN", "064"}};
  records[1].id = "DEMO-02";
  records[1].category = "DEMO";
  records[1].no_events = true;
  records[2].id = "VERB-01";
  records[2].category = "VERB";
  records[2].no_events = true;
  records[2].evaluate = false;
  const CodingScore score = Score(records, [](const ValidationRecord& r) {
    if (r.id == "DEMO-01") return std::vector<CodedEvent>{{"ARN", "GON", "064"}, {"ARN", "GON", "064"}, {"ARN", "GON", "010"}};
    return std::vector<CodedEvent>{{"X", "Y", "010"}};
  });
  EXPECT_EQ(score.records.size(), 2u);  // VERB-01 is not evaluated
  EXPECT_EQ(score.total.expected, 3);   // two triples and one "no event"
  EXPECT_EQ(score.total.correct, 1);
  EXPECT_EQ(score.total.missed, 2);     // GON/ARN/064 and DEMO-02's "no event"
  EXPECT_EQ(score.total.correct + score.total.missed, score.total.expected);
  EXPECT_EQ(score.total.extra, 2);      // the duplicate counts once
  EXPECT_EQ(score.by_category.at("DEMO").records, 2);
  EXPECT_NEAR(score.total.ExtraPercent(), 66.7, 0.1);
  EXPECT_NE(FormatCodingScore(score).find("TOTAL"), std::string::npos);
}

TEST(CodingEval, APartialRecordChecksOnlyTheEventsItLists) {
  std::vector<ValidationRecord> records(1);
  records[0].id = "LIST-01";
  records[0].category = "LIST";
  records[0].expected = {{"ARN", "GON", "041"}, {"ROH", "GON", "041"}};
  records[0].partial = true;
  const CodingScore score = Score(records, [](const ValidationRecord&) {
    return std::vector<CodedEvent>{{"ARN", "GON", "041"}, {"ARN", "HAR", "041"}, {"ARN", "GON", "190"}};
  });
  EXPECT_EQ(score.total.correct, 1);
  EXPECT_EQ(score.total.missed, 1);
  // ARN/HAR 041 is one more of the listed kind; a code the record never lists is still extra.
  EXPECT_EQ(score.total.extra, 1);
  EXPECT_EQ(score.records[0].extra, (std::vector<CodedEvent>{{"ARN", "GON", "190"}}));
}

}  // namespace
}  // namespace tidings
