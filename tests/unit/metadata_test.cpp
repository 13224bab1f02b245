#include "extract/metadata.h"

#include <gtest/gtest.h>

#include "extract/json_ld.h"

namespace tidings {
namespace {

PageMetadata Read(const std::string& html, std::string_view url = "https://news.example.com/story",
                  std::string_view fetched = "2024-06-01") {
  Result<Dom> dom = Dom::Parse(html);
  EXPECT_TRUE(dom.ok());
  return ExtractMetadata(*dom, url, fetched);
}

TEST(Metadata, JsonLdWinsOverMetaTags) {
  PageMetadata meta = Read(R"(<html><head>
    <meta property="og:title" content="OG title">
    <meta property="article:published_time" content="2024-05-02T08:00:00Z">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Example"},
      {"@type":"NewsArticle","headline":"Rock &amp; roll returns","datePublished":"2024-05-01T10:00:00+02:00",
       "author":[{"@type":"Person","name":"Ada Lovelace"},{"@type":"Person","name":"Alan Turing"}],
       "publisher":{"@type":"Organization","name":"Example News"}}]}</script>
    </head><body><p>Published May 1, 2024 and May 2, 2024</p></body></html>)");
  EXPECT_EQ(meta.title, "Rock & roll returns");
  EXPECT_EQ(meta.published, "2024-05-01T10:00:00+02:00");
  EXPECT_EQ(meta.published_from, "json-ld");
  EXPECT_EQ(meta.author, "Ada Lovelace, Alan Turing");
  EXPECT_EQ(meta.site_name, "Example News");
}

TEST(Metadata, BrokenJsonLdIsIgnored) {
  PageMetadata meta = Read(R"(<html><head>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Broken", </script>
    <meta property="og:title" content="From OpenGraph">
    <meta name="date" content="2024-03-04">
    </head><body></body></html>)");
  EXPECT_EQ(meta.title, "From OpenGraph");
  EXPECT_EQ(meta.published, "2024-03-04");
  EXPECT_EQ(meta.published_from, "meta");
}

TEST(Metadata, JsonLdToleratesRawNewlinesInStrings) {
  Result<Dom> dom = Dom::Parse("<script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":\"Two\nlines\"}</script>");
  ASSERT_TRUE(dom.ok());
  EXPECT_EQ(ReadJsonLd(*dom).headline, "Two lines");
}

TEST(Metadata, OpenGraphGivesTitleSiteDescriptionAndLanguage) {
  PageMetadata meta = Read(R"(<html><head>
    <meta property="og:title" content="  Spaced   title ">
    <meta property="og:site_name" content="The Daily">
    <meta property="og:description" content="What happened">
    <meta property="og:locale" content="fr_FR">
    </head><body></body></html>)");
  EXPECT_EQ(meta.title, "Spaced title");
  EXPECT_EQ(meta.site_name, "The Daily");
  EXPECT_EQ(meta.description, "What happened");
  EXPECT_EQ(meta.language, "fr-FR");
}

TEST(Metadata, TitleLosesTheSiteSuffix) {
  EXPECT_EQ(Read("<title>Storm hits the coast | The Daily</title>").title, "Storm hits the coast");
  EXPECT_EQ(Read("<title>Storm hits the coast - The Daily</title>").title, "Storm hits the coast");
  EXPECT_EQ(Read("<title>Storm hits the coast :: The Daily</title>").title, "Storm hits the coast");
  EXPECT_EQ(Read("<title>Storm hits the coast | The Daily</title><body><h1>Storm hits the coast</h1>").title,
            "Storm hits the coast");
}

TEST(Metadata, SiteNameFallsBackToTheHost) {
  EXPECT_EQ(Read("<title>x</title>", "https://www.example.org/a/b").site_name, "example.org");
}

TEST(Metadata, DateInTheUrlIsUsed) {
  PageMetadata meta = Read("<title>x</title><body><p>No date here.</p></body>", "https://example.com/2024/03/05/story/");
  EXPECT_EQ(meta.published, "2024-03-05");
  EXPECT_EQ(meta.published_from, "url");
}

TEST(Metadata, UpdatedDateIsNotTakenAsPublished) {
  PageMetadata meta = Read(R"(<html><head>
    <meta property="article:modified_time" content="2024-05-20T10:00:00Z">
    </head><body>
    <time class="updated" datetime="2024-05-20">May 20, 2024</time>
    <time class="entry-date published" datetime="2024-05-10">May 10, 2024</time>
    </body></html>)");
  EXPECT_EQ(meta.published, "2024-05-10");
  EXPECT_EQ(meta.published_from, "time-element");
}

TEST(Metadata, ImplausibleFutureDateIsRejected) {
  PageMetadata meta = Read(R"(<html><head>
    <meta name="date" content="2031-01-01">
    </head><body><span class="post-date">Posted 12 May 2024</span></body></html>)");
  EXPECT_EQ(meta.published, "2024-05-12");
  EXPECT_EQ(meta.published_from, "text");
}

TEST(Metadata, DateInTextIsFoundWhenMarkupHasNone) {
  PageMetadata meta = Read("<body><div class='byline'>By Jane Roe</div><div class='meta'>3. März 2024</div></body>");
  EXPECT_EQ(meta.published, "2024-03-03");
  EXPECT_EQ(meta.published_from, "text");
  EXPECT_EQ(meta.author, "Jane Roe");
}

TEST(Metadata, AuthorFromMetaLosesTheByPrefix) {
  EXPECT_EQ(Read("<meta name='author' content='By Jane Roe'>").author, "Jane Roe");
}

TEST(Metadata, LanguageFromTheHtmlElement) {
  EXPECT_EQ(Read("<html lang='de-AT'><title>x</title></html>").language, "de-AT");
}

}  // namespace
}  // namespace tidings
