#include "extract/html_content.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tidings {
namespace {

const std::string kProse1 =
    "The council voted on Tuesday to rebuild the harbour wall, which storms damaged twice last winter, and to "
    "raise the budget for repairs by a third.";
const std::string kProse2 =
    "Residents, who had asked for the repairs for years, welcomed the decision, although some worried about "
    "the cost, the noise and the months of closed roads.";
const std::string kProse3 =
    "Work is to start in spring, the mayor said, and the contractor, chosen after a public tender, expects to "
    "finish before the autumn storms return to the coast.";

std::vector<Paragraph> Extract(const std::string& html, const ContentHints& hints = {}) {
  Result<Dom> dom = Dom::Parse(html);
  EXPECT_TRUE(dom.ok());
  return ExtractMainContent(*dom, hints);
}

std::string Joined(const std::vector<Paragraph>& paragraphs) {
  std::string out;
  for (const Paragraph& p : paragraphs) out += p.text + "\n";
  return out;
}

std::string Page(const std::string& article) {
  return "<html><body><header><a href=/>Home</a><a href=/world>World</a></header>"
         "<nav><ul><li><a href=/a>Politics</a></li><li><a href=/b>Sport</a></li></ul></nav>"
         "<div class=page><div class=article-body>" + article + "</div>"
         "<div class=sidebar><p>Most read: a sidebar story that is long enough to look like prose, almost.</p></div>"
         "</div><footer><p>Copyright 2024 The Harbour Gazette, all rights reserved.</p></footer></body></html>";
}

TEST(HtmlContent, KeepsArticleParagraphsAndDropsNavigationSidebarAndFooter) {
  const auto paragraphs = Extract(Page("<p>" + kProse1 + "</p><p>" + kProse2 + "</p><p>" + kProse3 + "</p>"));
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[0].text, kProse1);
  EXPECT_EQ(paragraphs[2].text, kProse3);
  const std::string text = Joined(paragraphs);
  EXPECT_EQ(text.find("Politics"), std::string::npos);
  EXPECT_EQ(text.find("Most read"), std::string::npos);
  EXPECT_EQ(text.find("Copyright"), std::string::npos);
}

TEST(HtmlContent, KeepsHeadingsAndQuotesInReadingOrderWithTheirKinds) {
  const auto paragraphs = Extract(Page("<p>" + kProse1 + "</p><h2>What happens next</h2><p>" + kProse2 +
                                       "</p><blockquote><p>We waited long enough, and now we will see it built.</p>"
                                       "</blockquote><p>" + kProse3 + "</p>"));
  ASSERT_EQ(paragraphs.size(), 5u);
  EXPECT_EQ(paragraphs[1].text, "What happens next");
  EXPECT_EQ(paragraphs[1].kind, ParagraphKind::kHeading);
  EXPECT_EQ(paragraphs[3].kind, ParagraphKind::kQuote);
  EXPECT_EQ(paragraphs[4].text, kProse3);
}

TEST(HtmlContent, DropsCaptionsCreditsSharingAndRelatedTeasers) {
  const auto paragraphs = Extract(Page(
      "<p>" + kProse1 + "</p><figure><img src=a.jpg><figcaption>The harbour wall after the storm</figcaption>"
      "</figure><span class=image-credit>Photo: J. Smith</span><p>" + kProse2 +
      "</p><div class=share-buttons><a href=#>Share on Facebook</a></div><p>" + kProse3 +
      "</p><div class=related-articles><h3>Related</h3><p>Another harbour story that readers liked very much, "
      "with enough words to be prose.</p></div>"));
  const std::string text = Joined(paragraphs);
  EXPECT_EQ(paragraphs.size(), 3u) << text;
  EXPECT_EQ(text.find("after the storm"), std::string::npos);
  EXPECT_EQ(text.find("J. Smith"), std::string::npos);
  EXPECT_EQ(text.find("Facebook"), std::string::npos);
  EXPECT_EQ(text.find("Another harbour story"), std::string::npos);
}

TEST(HtmlContent, DropsTeaserSectionUnderARelatedHeading) {
  const auto paragraphs = Extract(Page("<p>" + kProse1 + "</p><p>" + kProse2 + "</p><p>" + kProse3 +
                                       "</p><h3>Das könnte Sie auch interessieren</h3><p>Ein anderer Artikel, "
                                       "der mit dem Hafen gar nichts zu tun hat, aber lang genug ist.</p>"));
  EXPECT_EQ(paragraphs.size(), 3u) << Joined(paragraphs);
}

TEST(HtmlContent, DropsHiddenElementsScriptsAndStyles) {
  const auto paragraphs = Extract(Page("<p>" + kProse1 + "</p><div hidden><p>Hidden by attribute.</p></div>"
                                       "<p style='display: none'>Hidden by style.</p><div aria-hidden=true>Aria hidden"
                                       "</div><script>var tracking = 1;</script><style>p{}</style><p>" + kProse2 +
                                       "</p>"));
  const std::string text = Joined(paragraphs);
  EXPECT_EQ(paragraphs.size(), 2u) << text;
  EXPECT_EQ(text.find("Hidden"), std::string::npos);
  EXPECT_EQ(text.find("tracking"), std::string::npos);
}

TEST(HtmlContent, ParagraphsAreWhitespaceNormalised) {
  const auto paragraphs = Extract(Page("<p>  The council   voted\n\ton Tuesday,\u00a0at last, to rebuild the harbour "
                                       "wall.  </p><p>" + kProse2 + "</p><p>" + kProse3 + "</p>"));
  ASSERT_EQ(paragraphs.size(), 3u) << Joined(paragraphs);
  EXPECT_EQ(paragraphs[0].text, "The council voted on Tuesday, at last, to rebuild the harbour wall.");
}

TEST(HtmlContent, LeadRepeatingTheDescriptionIsDroppedOnlyWhenTheBodyRepeatsIt) {
  const std::string description = "The harbour wall will be rebuilt next spring.";
  const std::string article = "<p class=lead>" + description + "</p><p>" + kProse1 + "</p><p>" + description +
                              " " + "</p><p>" + kProse2 + "</p>";
  const auto repeated = Extract(Page(article), {.description = description});
  ASSERT_EQ(repeated.size(), 3u) << Joined(repeated);
  EXPECT_EQ(repeated[0].text, kProse1);
  const auto once = Extract(Page("<p>" + description + "</p><p>" + kProse1 + "</p><p>" + kProse2 + "</p>"),
                            {.description = description});
  ASSERT_EQ(once.size(), 3u) << Joined(once);
  EXPECT_EQ(once[0].text, description);
}

TEST(HtmlContent, DateStampsAndCallsToActionAtTheEndAreDropped) {
  const auto paragraphs = Extract(Page("<p>15. Mai 2019, 05:28 Uhr</p><p>" + kProse1 + "</p><p>" + kProse2 +
                                       "</p><p>Subscribe to our newsletter for more harbour news.</p>"));
  ASSERT_EQ(paragraphs.size(), 2u) << Joined(paragraphs);
  EXPECT_EQ(paragraphs[1].text, kProse2);
}

TEST(HtmlContent, SlugIdsMadeFromHeadingsDoNotMarkBoilerplate) {
  const auto paragraphs = Extract(Page("<div id=sharing-the-harbour-with-the-fleet><p>" + kProse1 + "</p><p>" +
                                       kProse2 + "</p></div>"));
  EXPECT_EQ(paragraphs.size(), 2u) << Joined(paragraphs);
}

TEST(HtmlContent, DoubleLineBreakSplitsAndDivTextIsABlock) {
  const auto paragraphs = Extract(Page("<div>" + kProse1 + "<br><br>" + kProse2 + "<br>" + kProse3 + "</div>"));
  ASSERT_EQ(paragraphs.size(), 2u) << Joined(paragraphs);
  EXPECT_EQ(paragraphs[0].text, kProse1);
  EXPECT_EQ(paragraphs[1].text, kProse2 + " " + kProse3);
}

TEST(HtmlContent, DropsAHeadingThatRepeatsTheTitleAtTheTop) {
  const auto paragraphs = Extract(Page("<h1>Harbour wall to be rebuilt</h1><p>" + kProse1 + "</p><p>" + kProse2 + "</p>"),
                                  {.title = "Harbour wall to be rebuilt"});
  ASSERT_EQ(paragraphs.size(), 2u) << Joined(paragraphs);
  EXPECT_EQ(paragraphs[0].text, kProse1);
}

TEST(HtmlContent, KeepsListItemsAndDataCellsOfTheArticle) {
  const auto paragraphs = Extract(Page("<p>" + kProse1 + "</p><ul><li>Phase one: the northern pier</li><li>Phase "
                                       "two: the southern wall</li></ul><table><tr><td>Budget</td><td>4.2 million"
                                       "</td></tr></table><p>" + kProse2 + "</p>"));
  const std::string text = Joined(paragraphs);
  EXPECT_NE(text.find("Phase one: the northern pier"), std::string::npos) << text;
  EXPECT_NE(text.find("4.2 million"), std::string::npos) << text;
  EXPECT_EQ(paragraphs[1].kind, ParagraphKind::kListItem);
}

TEST(HtmlContent, KeepsALeadNamedAsSuchInTheArticleHeader) {
  const std::string lead = "The harbour wall, damaged twice last winter, will be rebuilt by autumn.";
  const auto paragraphs = Extract(
      "<html><body><nav><a href=/>Home</a></nav><main><article><header><h1>Harbour wall</h1><p class=article-intro>" +
      lead + "</p></header><div class=share><a href=#>Share</a></div><div class=body><p>" + kProse1 + "</p><p>" +
      kProse2 + "</p><p>" + kProse3 + "</p></div></article><aside><p>" + kProse1 + " and more</p></aside></main>"
      "</body></html>");
  ASSERT_GE(paragraphs.size(), 4u) << Joined(paragraphs);
  EXPECT_NE(Joined(paragraphs).find(lead), std::string::npos) << Joined(paragraphs);
  EXPECT_EQ(paragraphs.back().text, kProse3);
}

TEST(HtmlContent, SurvivesDeeplyNestedPages) {
  std::string html = "<html><body>";
  for (int i = 0; i < 3000; ++i) html += "<div>";  // beyond the Dom depth limit of 256
  html += "<p>" + kProse1 + "</p>";
  const auto paragraphs = Extract(html);
  ASSERT_EQ(paragraphs.size(), 1u);
  EXPECT_EQ(paragraphs[0].text, kProse1);
}

TEST(HtmlContent, EmptyAndTextlessPagesGiveNoParagraphs) {
  EXPECT_TRUE(Extract("").empty());
  EXPECT_TRUE(Extract("<html><head><title>x</title></head><body><img src=a></body></html>").empty());
}

}  // namespace
}  // namespace tidings
