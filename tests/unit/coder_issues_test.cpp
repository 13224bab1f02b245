// Issue codes on coded events: a PETRARCH issue file in the dictionary
// folder tags every event with the issues named in its sentence, a
// malformed line is reported as file:line and the rest still loads, the
// verb loader leaves the issue file alone, and the event JSON always has
// an "issues" array. The bundled data/verbs/issues.txt reads cleanly.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "code/event_json.h"
#include "code/issue_list.h"
#include "support/article.h"
#include "support/seed.h"
#include "support/scratch.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

// Line 3 has no code; the lines after it still count.
constexpr std::string_view kIssueFile = R"(<ISSUE CATEGORY="POLITICS" TYPE="ALL">
n:election [ELECTIONS]
no code on this line
n:ballot [ELECTIONS]
</ISSUE>
<ISSUE CATEGORY="ECONOMY" TYPE="ALL">
v:tax [TAXATION]
~tax haven
</ISSUE>
)";

struct IssuePipeline {
  std::filesystem::path dir;
  Pipeline pipeline;
};

const IssuePipeline& Loaded() {
  static const IssuePipeline* loaded = [] {
    const std::filesystem::path dir = testing::ScratchPath("coder_issues_test");
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "mini.actors") << "GONDOR [GON]\nARNOR [ARN]\n";
    std::ofstream(dir / "synsets.txt") << "# no synonym sets\n";
    std::ofstream(dir / "mini.txt") << "---  PRAISE   [051]  ---\nPRAISE\n"
                                        "---  CRITICIZE   [111]  ---\nCRITICIZE\n";
    std::ofstream(dir / "topics.issues.txt") << kIssueFile;
    PipelineOptions options;
    options.petrarch.actors = {(dir / "mini.actors").string()};
    options.verbs_dir = dir.string();  // its issue file comes with it
    Result<Pipeline> pipeline = Pipeline::Load(options);
    EXPECT_TRUE(pipeline.ok()) << pipeline.status().ToString();
    return new IssuePipeline{dir, std::move(pipeline).value()};
  }();
  return *loaded;
}

Document Code(const std::string& text) { return Loaded().pipeline.Annotate(testing::OneParagraphArticle(text)); }

TEST(CoderIssues, TheIssueFileOfTheFolderIsFoundAndItsBadLineReported) {
  const std::string issues = (Loaded().dir / "topics.issues.txt").string();
  EXPECT_EQ(IssueFilesIn(Loaded().dir.string()), std::vector<std::string>{issues});
  // Only the malformed issue line is reported: the verb loader did not read the issue file.
  EXPECT_EQ(Loaded().pipeline.warnings(), std::vector<std::string>{issues + ":3: issue phrase without [CODE]"});
}

TEST(CoderIssues, EachEventCarriesTheIssuesOfItsOwnSentence) {
  const Document doc = Code(
      "Gondor praised Arnor for the calm elections and the new tax law. "
      "Arnor criticized Gondor on Monday.");
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[0].issues, (std::vector<std::string>{"ELECTIONS", "TAXATION"}));
  EXPECT_TRUE(doc.events[1].issues.empty());
}

TEST(CoderIssues, IgnorePhrasesAndLinesAfterTheBadOneHold) {
  // "ballot" comes after the malformed line; "tax haven" is an ignore phrase.
  const Document doc = Code("Gondor criticized Arnor over ballots hidden in a tax haven.");
  ASSERT_EQ(doc.events.size(), 1u);
  EXPECT_EQ(doc.events[0].issues, std::vector<std::string>{"ELECTIONS"});
}

TEST(CoderIssues, EventJsonListsIssuesAndAnEmptyArrayWhenNone) {
  const Document doc = Code("Gondor praised Arnor after the election. Arnor criticized Gondor.");
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(EventToJson(doc, 0)["issues"], nlohmann::ordered_json::array({"ELECTIONS"}));
  const nlohmann::ordered_json none = EventToJson(doc, 1)["issues"];
  EXPECT_TRUE(none.is_array());
  EXPECT_TRUE(none.empty());
}

TEST(CoderIssues, TsvEndsWithTheIssueCodesJoinedBySemicolons) {
  EXPECT_TRUE(EventTsvHeader().ends_with("\tissues"));
  const Document doc = Code("Gondor criticized Arnor over the tax on ballots. Arnor praised Gondor.");
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_TRUE(EventToTsv(doc, 0).ends_with("\tTAXATION;ELECTIONS")) << EventToTsv(doc, 0);
  EXPECT_TRUE(EventToTsv(doc, 1).ends_with("\t")) << EventToTsv(doc, 1);
}

TEST(CoderIssues, TheBundledIssueFileLoadsCleanAndTagsGeneralTopics) {
  const std::vector<std::string> paths = IssueFilesIn(TIDINGS_DATA_DIR "/verbs");
  ASSERT_EQ(paths.size(), 1u);
  Result<IssueList> bundled = LoadIssueList(paths);
  ASSERT_TRUE(bundled.ok()) << bundled.status().ToString();
  EXPECT_TRUE(bundled->warnings().empty()) << bundled->warnings().front();
  using Counts = std::vector<std::pair<std::string, int>>;
  EXPECT_EQ(bundled->Find({"VOTERS", "BLAMED", "THE", "TARIFFS", "BEFORE", "THE", "ELECTION"}),
            (Counts{{"ELECTIONS", 2}, {"TRADE", 1}}));
  EXPECT_EQ(bundled->Find({"AN", "OUTBREAK", "OF", "FIGHTING", "NEAR", "THE", "BORDER"}), Counts{});
}

TEST(CoderIssues, TheBundledPipelineTagsEventsWithTheBundledIssues) {
  const Document doc = testing::BundledPipeline().Annotate(
      testing::OneParagraphArticle("Russia criticized Ukraine days before the election."));
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events.front().issues, std::vector<std::string>{"ELECTIONS"});
}

}  // namespace
}  // namespace tidings
