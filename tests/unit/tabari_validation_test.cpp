// TABARI validation records (Validate.text): headers, sentence text and the
// expectations in the "/* .. */" block after each record.
#include <gtest/gtest.h>

#include "code/validation_records.h"

namespace tidings {
namespace {

TEST(TabariValidation, SentenceWordsSharingTheCommentLineAreKept) {
  const ValidationSuite suite = ParseTabariValidation(
      "950102  TEST-01\n"
      "Gondor on Monday pledged grain\n"
      "to Arnor, officials said./*\n"
      "\\n{ GON / ARN / 052 } 950102 */\n"
      "\n"
      "950103  TEST-02\n"
      "Arnor thanked Gondor.\n"
      "/*\\n{ ARN / GON / 041 } */\n"
      "950104  950104  TEST-03\n"
      "Rohan thanked Arnor.\n"
      "/*\\n{ ROH / ARN / 041 } */\n",
      "mini.text");
  ASSERT_EQ(suite.records.size(), 3u);
  EXPECT_EQ(suite.records[0].text, "Gondor on Monday pledged grain to Arnor, officials said.");
  ASSERT_EQ(suite.records[0].expected.size(), 1u);
  EXPECT_EQ(suite.records[0].expected[0], (CodedEvent{"GON", "ARN", "052"}));
  EXPECT_EQ(suite.records[0].date, "19950102");
  EXPECT_EQ(suite.records[1].text, "Arnor thanked Gondor.");
  EXPECT_EQ(suite.records[2].id, "TEST-03");  // the date written twice in its header
  EXPECT_EQ(suite.records[2].category, "TEST");
}

TEST(TabariValidation, AnOptionLeftOpenEndsWithItsBlock) {
  const ValidationSuite suite = ParseTabariValidation(
      "970102 OPT-ACTIVATE\n"
      "Lowering the minimum.\n"
      "/*\\n{ OPTION: SET: MINIMUM WORDS = 4  */\n",
      "mini.text");
  ASSERT_EQ(suite.records.size(), 1u);
  ASSERT_EQ(suite.records[0].options.size(), 1u);
  EXPECT_EQ(suite.records[0].options[0], "SET: MINIMUM WORDS = 4");
  EXPECT_TRUE(suite.warnings.empty());
}

TEST(TabariValidation, ACommentLeftOpenEndsAtTheNextHeader) {
  const ValidationSuite suite = ParseTabariValidation(
      "950102  TEST-01\n"
      "Gondor and Arnor hailed the new bridge.\n"
      "/*\\n{ GON / ARN / 041 } /*\n"
      "\n"
      "950103  TEST-02\n"
      "Rohan thanked Arnor.\n"
      "/*\\n{ ROH / ARN / 041 } */\n",
      "mini.text");
  ASSERT_EQ(suite.records.size(), 2u);
  EXPECT_EQ(suite.records[0].expected, (std::vector<CodedEvent>{{"GON", "ARN", "041"}}));
  EXPECT_EQ(suite.records[1].text, "Rohan thanked Arnor.");
  EXPECT_EQ(suite.records[1].expected, (std::vector<CodedEvent>{{"ROH", "ARN", "041"}}));
}

TEST(TabariValidation, DisabledExpectationsMakeARecordPartial) {
  const ValidationSuite suite = ParseTabariValidation(
      "950102  TEST-01\n"
      "Gondor, Rohan and Arnor hailed the new bridge.\n"
      "/*\\n{ GON / ARN / 041 }\n-{ --- / --- / 000 } */\n"
      "950103  TEST-02\n"
      "Rohan thanked Arnor.\n"
      "/*\\n-{ ROH / ARN / 041 } */\n",
      "mini.text");
  ASSERT_EQ(suite.records.size(), 2u);
  // Listed events are checked, others are not extra.
  EXPECT_TRUE(suite.records[0].partial);
  EXPECT_TRUE(suite.records[0].evaluate);
  EXPECT_EQ(suite.records[0].expected.size(), 1u);
  // Nothing left to check.
  EXPECT_TRUE(suite.records[1].partial);
  EXPECT_FALSE(suite.records[1].evaluate);
}

}  // namespace
}  // namespace tidings
