#include "extract/text_cleaner.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "extract/scraped_copies.h"
#include "extract/scraped_glue.h"
#include "extract/scraped_lines.h"

namespace tidings {
namespace {

std::string ReadFixture(const char* name) {
  std::ifstream in(std::string(TIDINGS_SOURCE_DIR "/tests/fixtures/text/") + name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<std::string> Texts(const ScrapedArticle& article) {
  std::vector<std::string> texts;
  for (const Paragraph& p : article.paragraphs) texts.push_back(p.text);
  return texts;
}

// A made-up page in the shape scrapers leave: a glued condensed copy, the
// title and date lines, the full copy interrupted by two teaser blocks.
class ScrapedPage : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string text = ReadFixture("harbour_bridge.txt");
    ASSERT_FALSE(text.empty()) << "fixture missing";
    article_ = CleanScrapedText(text);
  }
  ScrapedArticle article_;
};

TEST_F(ScrapedPage, TitleIsTheHeadlineAboveTheDateLine) {
  EXPECT_EQ(article_.title, "Port Alder Approves Harbour Bridge After Decade of Debate");
}

TEST_F(ScrapedPage, PublishedComesFromTheNumericDateLine) { EXPECT_EQ(article_.published, "2023-03-14"); }

TEST_F(ScrapedPage, SiteNameIsTheCreditRepeatedByCaptions) { EXPECT_EQ(article_.site_name, "Harbour Gazette"); }

TEST_F(ScrapedPage, CondensedCopyAndTeasersAreDroppedAndTheFullCopyKeptInOrder) {
  const std::vector<std::string> expected = {
      "The city council of Port Alder voted on Tuesday to fund a new harbour bridge, the mayor's office said.",
      "Engineers expect the work to start in spring. The budget of 3.5 million euros covers the first phase, e.g. "
      "the foundations and the approach roads.",
      "Details are posted at www.PortAlder.gov and on example.com/bridge.",
      "A Long Wait for Commuters Ends Soon",
      "Ferry operators said the bridge would cut crossing times by half.",
      "\"We have waited for this since 2013. It is finally happening,\" said J.R.R. Smith, who runs the McDonald's "
      "kiosk at the pier.",
      "The U.S. firm Bridgeline will supply the steel, officials said. Its partner PetroAlder and the council's "
      "YouTube channel will follow the works from 9 a.m. daily.",
      "The council will vote on the final design in June.",
  };
  EXPECT_EQ(Texts(article_), expected);
}

TEST_F(ScrapedPage, HeadingInsideTheBodyIsKeptAsHeading) {
  ASSERT_GE(article_.paragraphs.size(), 4u);
  EXPECT_EQ(article_.paragraphs[3].kind, ParagraphKind::kHeading);
  EXPECT_EQ(article_.paragraphs[0].kind, ParagraphKind::kParagraph);
}

TEST_F(ScrapedPage, NoParagraphRepeatsAndNoTeaserTextSurvives) {
  std::set<std::string> seen;
  std::string all = article_.title;
  for (const Paragraph& p : article_.paragraphs) {
    EXPECT_TRUE(seen.insert(p.text).second) << p.text;
    all += "\n" + p.text;
  }
  for (const char* teaser : {"Harbour Gazette, 1280", "Brace for Lower Demand", "14:20 GMT", "Business",
                             "Steel Prices Climb", "Steel beams", "said.Engineers", "SoonFerry"})
    EXPECT_EQ(all.find(teaser), std::string::npos) << teaser;
}

TEST(RepairGluedSentences, GluedSentencesAreSplitButAbbreviationsAreNot) {
  EXPECT_EQ(RepairGluedSentences("the crossing.The ferry"), "the crossing. The ferry");
  EXPECT_EQ(RepairGluedSentences("the agency said.He added"), "the agency said. He added");
  EXPECT_EQ(RepairGluedSentences("in 2024.Then"), "in 2024. Then");
  EXPECT_EQ(RepairGluedSentences("really?Yes!No"), "really? Yes! No");
  EXPECT_EQ(RepairGluedSentences("wait...Then"), "wait... Then");
  EXPECT_EQ(RepairGluedSentences("reported by the NTSB.It said"), "reported by the NTSB. It said");
  for (const char* intact : {"the U.S. Army", "U.S.The", "the U.K.", "e.g.The", "i.e.A", "at 9 a.m.The",
                             "grew 3.5% in", "No.5 Street", "J.R.R. Tolkien", "J.R.R.Tolkien", "Dr.Smith"})
    EXPECT_EQ(RepairGluedSentences(intact), intact);
}

TEST(RepairGluedSentences, AddressesAndFileNamesAreLeftAlone) {
  for (const char* intact : {"see www.Example.org now", "example.com", "Node.js", "the file report.PDF",
                             "photo.JPG", "https://example.org/news.Item", "mail desk@paper.News", "page?Id=4"})
    EXPECT_EQ(RepairGluedSentences(intact), intact);
}

TEST(RepairGluedSentences, QuoteGoesWithTheSentenceItCloses) {
  EXPECT_EQ(RepairGluedSentences("He said \"we will go.\"The next day"), "He said \"we will go.\" The next day");
  EXPECT_EQ(RepairGluedSentences("It was over.\"The end,\" she wrote."), "It was over. \"The end,\" she wrote.");
  EXPECT_EQ(RepairGluedSentences("the \"courage\".The army"), "the \"courage\". The army");
}

TEST(SplitGluedHeadings, HeadingStandingAloneElsewhereIsCutOffTheTextItWasGluedTo) {
  const std::vector<std::string> headings = {"A Long Wait Ends", "Port Alder"};
  EXPECT_EQ(SplitGluedHeadings("Done. A Long Wait EndsFerry crews cheered.", headings),
            (std::vector<std::string>{"Done.", "A Long Wait Ends", "Ferry crews cheered."}));
  EXPECT_EQ(SplitGluedHeadings("A Long Wait Ends", headings), std::vector<std::string>{"A Long Wait Ends"});
}

TEST(SplitGluedHeadings, CamelCaseNamesAreNotSplit) {
  const std::vector<std::string> headings = {"Oil Giant PetroAlder Reports", "Fast Food"};
  for (const char* intact : {"PetroAlder reported profits.", "McDonald's and YouTube and iPhone sales rose."})
    EXPECT_EQ(SplitGluedHeadings(intact, headings), std::vector<std::string>{intact}) << intact;
}

TEST(ScrapedLines, DateAndTimeLinesAreTimestampsButHeadlinesWithDatesAreNot) {
  for (const char* stamp : {"31.12.2024", "2 March, 14:20 GMT", "2024-03-14", "Updated 14 March 2023, 10:05"})
    EXPECT_EQ(ClassifyLine(stamp).kind, LineKind::kTimestamp) << stamp;
  EXPECT_EQ(ClassifyLine("Seven Towns to Join the Harbour League From May 1, 2024").kind, LineKind::kHeadline);
  EXPECT_EQ(ClassifyLine("Chapter 3").kind, LineKind::kHeadline);
}

TEST(ScrapedLines, CaptionEndingInCreditAndTimestampNamesItsSource) {
  const ScrapedLine caption = ClassifyLine("Boats in the bay, May 2 - Harbour Gazette, 1280, 02.05.2023");
  EXPECT_EQ(caption.kind, LineKind::kCaption);
  EXPECT_EQ(caption.credit, "Harbour Gazette");
  EXPECT_EQ(ClassifyLine("Talks resumed - Reuters said on Monday.").kind, LineKind::kText);
}

TEST(ScrapedLines, ProseHeadlinesAndFragmentsAreToldApart) {
  EXPECT_EQ(ClassifyLine("  The mayor   spoke\u00a0first. ").text, "The mayor spoke first.");
  EXPECT_EQ(ClassifyLine("The mayor spoke first.").kind, LineKind::kText);
  EXPECT_EQ(ClassifyLine("A Long Wait for Commuters Ends Soon").kind, LineKind::kHeadline);
  EXPECT_EQ(ClassifyLine("Will the Bridge Open in Time?").kind, LineKind::kHeadline);
  EXPECT_EQ(ClassifyLine("The Mayor Has Spoken.").kind, LineKind::kText);
  EXPECT_EQ(ClassifyLine("share this article with").kind, LineKind::kFragment);
  EXPECT_EQ(ClassifyLine("   ").kind, LineKind::kBlank);
}

TEST(FindCopies, CondensedCopyInsideTheBodyLosesToTheParagraphsItGlues) {
  const std::vector<std::string> paragraphs = {
      "Boats left early. Crews were ready. The sea was calm.",
      "Boats left early.",
      "Crews were ready. The sea was calm.",
      "Boats left early.",
  };
  EXPECT_EQ(FindCopies(paragraphs, 0), (std::vector<bool>{true, false, false, true}));
}

TEST(FindCopies, TextBeforeTheHeaderIsACopyOnlyWhenTheBodyHoldsIt) {
  const std::vector<std::string> paragraphs = {"A short lead nobody repeats.", "Boats left early.",
                                               "Boats left early. Crews were ready."};
  EXPECT_EQ(FindCopies(paragraphs, 2), (std::vector<bool>{false, true, false}));
}

TEST(CleanScrapedText, TextWithoutHeaderKeepsEveryLineOnce) {
  const ScrapedArticle article = CleanScrapedText("First line here.\n\nSecond line here.\nFirst line here.\n");
  EXPECT_EQ(article.title, "");
  EXPECT_EQ(article.published, "");
  EXPECT_EQ(Texts(article), (std::vector<std::string>{"First line here.", "Second line here."}));
}

TEST(CleanScrapedText, WrappedLinesAreJoinedIntoTheirParagraph) {
  const ScrapedArticle article = CleanScrapedText(
      "Harbour Reopens After Storm\nPublished: 3 April 2023\nThe harbour reopened on\nthe day after the storm,\n"
      "officials said.\nBoats returned by noon.\n");
  EXPECT_EQ(article.title, "Harbour Reopens After Storm");
  EXPECT_EQ(article.published, "2023-04-03");
  EXPECT_EQ(Texts(article), (std::vector<std::string>{
                                "The harbour reopened on the day after the storm, officials said.",
                                "Boats returned by noon."}));
}

TEST(CleanScrapedText, TitleIsTheLongestShortLineAboveTheDateNotTheLabelOrByline) {
  const ScrapedArticle article = CleanScrapedText(
      "Home | News | Sports\nSports\nHarbour Rowing Club Wins the Autumn Regatta Again\nBy Ada Quill\n"
      "09.10.2022, 18:40\nThe club won by two lengths.\n");
  EXPECT_EQ(article.title, "Harbour Rowing Club Wins the Autumn Regatta Again");
  EXPECT_EQ(article.published.substr(0, 10), "2022-10-09");
  EXPECT_EQ(Texts(article), std::vector<std::string>{"The club won by two lengths."});
}

TEST(CleanScrapedText, EmptyAndBlankInputGiveAnEmptyArticle) {
  EXPECT_TRUE(CleanScrapedText("").paragraphs.empty());
  EXPECT_TRUE(CleanScrapedText("\n \n\t\n").paragraphs.empty());
}

}  // namespace
}  // namespace tidings
