#include "tidings/article_json.h"

#include <gtest/gtest.h>

#include "tidings/extract.h"
#include "tidings/ingest.h"

namespace tidings {
namespace {

Article SampleArticle() {
  Article a;
  a.id = "abc123";
  a.url = "https://news.example/story";
  a.input = "crawl.warc.gz";
  a.offset = 4096;
  a.title = "Talks resume";
  a.published = "2024-05-02";
  a.published_from = "json-ld";
  a.site_name = "News Example";
  a.language = "en";
  a.paragraphs = {{"Talks resume", ParagraphKind::kHeading},
                  {"Negotiators met on Tuesday.", ParagraphKind::kParagraph},
                  {"\"We are close,\" one said.", ParagraphKind::kQuote},
                  {"Trade", ParagraphKind::kListItem}};
  a.warnings = {"declared utf-8 but bytes are not valid UTF-8"};
  return a;
}

TEST(ArticleJson, ExtractOutputReadsBackAsTheSameArticle) {
  const Article original = SampleArticle();
  Result<Article> back = ArticleFromJson(ToJson(original).dump());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(ToJson(*back), ToJson(original));
}

TEST(ArticleJson, ObjectsWithoutParagraphsAreRejected) {
  EXPECT_FALSE(ArticleFromJson(R"({"title": "x"})").ok());
  EXPECT_FALSE(ArticleFromJson(R"({"paragraphs": [{"kind": "paragraph"}]})").ok());
  EXPECT_FALSE(ArticleFromJson("not json").ok());
}

TEST(ArticleJson, ExtractJsonLinesFeedTheNextVerbWithoutReExtraction) {
  const Article original = SampleArticle();
  const std::string jsonl = ToJson(original).dump() + "\n";
  std::vector<Record> records;
  std::vector<Rejection> rejections;
  ReadBuffer("articles.jsonl", jsonl, {}, [&](Record&& r) { records.push_back(std::move(r)); },
             [&](Rejection&& r) { rejections.push_back(std::move(r)); });
  ASSERT_TRUE(rejections.empty()) << rejections[0].reason;
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].kind, PayloadKind::kArticle);
  Result<Article> again = Extract(records[0]);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->title, "Talks resume");
  EXPECT_EQ(again->paragraphs.size(), 4u);
  EXPECT_EQ(again->id, "abc123");
  EXPECT_EQ(again->input, "crawl.warc.gz");
}

}  // namespace
}  // namespace tidings
