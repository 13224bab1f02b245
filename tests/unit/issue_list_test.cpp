// Issue lists (PETRARCH issue files): noun and verb forms, '+' variants,
// ignore phrases, counts, and per-line diagnostics.
#include <gtest/gtest.h>

#include "code/issue_list.h"

namespace tidings {
namespace {

constexpr std::string_view kIssues =
    "# issues\n"
    "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
    "n:teacher [TEACHERS]\n"
    "pre+k [EARLY_CHILDHOOD_EDUCATION]\n"
    "head start [EARLY_CHILDHOOD_EDUCATION]\n"
    "~a head start\n"
    "v:reform schools [EDUCATION_REFORM]\n"
    "literacy\n"
    "</ISSUE>\n"
    "stray [X]\n";

IssueList Parse() {
  IssueList list;
  list.Parse(kIssues, "test.issues.txt");
  return list;
}

TEST(IssueList, MalformedLinesAreReportedWithFileAndLine) {
  const std::vector<std::string> want = {
      "test.issues.txt:8: issue phrase without [CODE]",
      "test.issues.txt:10: issue phrase outside an <ISSUE> block",
  };
  EXPECT_EQ(Parse().warnings(), want);
}

TEST(IssueList, CountsCodesWithFormsVariantsAndIgnorePhrases) {
  const IssueList list = Parse();
  using Counts = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(list.Find({"TEACHERS", "WANT", "PRE-K", "AND", "A", "TEACHER"}),
            (Counts{{"TEACHERS", 2}, {"EARLY_CHILDHOOD_EDUCATION", 1}}));
  EXPECT_EQ(list.Find({"THEY", "GOT", "A", "HEAD", "START"}), Counts{});
  EXPECT_EQ(list.Find({"HEAD", "START", "AND", "PRE", "K"}), (Counts{{"EARLY_CHILDHOOD_EDUCATION", 2}}));
  EXPECT_EQ(list.Find({"THEY", "REFORMED", "SCHOOLS"}), (Counts{{"EDUCATION_REFORM", 1}}));
}

}  // namespace
}  // namespace tidings
