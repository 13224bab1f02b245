// The seed's extraction checks: every check of the "article" part of
// ../shared/seed/000_f904fa01004484fa.gold.json, on the scraped text beside it.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "support/seed.h"
#include "tidings/extract.h"

namespace tidings {
namespace {

class SeedExtract : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!testing::SeedAvailable()) GTEST_SKIP() << "shared seed not available";
    gold_ = testing::SeedGold().at("article");
    Result<Article> article = Extract(testing::SeedRecord(), ExtractOptions{});
    ASSERT_TRUE(article.ok()) << article.status().ToString();
    article_ = std::move(*article);
  }

  nlohmann::json gold_;
  Article article_;
};

TEST_F(SeedExtract, TitleIsTheHeadlineAboveTheDateLine) {
  EXPECT_EQ(article_.title, gold_.at("title").get<std::string>());
}

TEST_F(SeedExtract, PublishedIsTheDateLine) {
  EXPECT_EQ(article_.published, gold_.at("published").get<std::string>());
}

TEST_F(SeedExtract, SiteNameIsTheRecurringImageCredit) {
  EXPECT_EQ(article_.site_name, gold_.at("site_name").get<std::string>());
}

// Each gold string starts a distinct paragraph, and those paragraphs come in
// the gold order.
TEST_F(SeedExtract, GoldParagraphsStartDistinctParagraphsInOrder) {
  size_t next = 0;
  for (const auto& expected : gold_.at("paragraphs_in_order")) {
    const std::string prefix = expected.get<std::string>();
    size_t found = next;
    while (found < article_.paragraphs.size() && !article_.paragraphs[found].text.starts_with(prefix)) ++found;
    ASSERT_LT(found, article_.paragraphs.size()) << "no paragraph after #" << next << " starts with: " << prefix;
    next = found + 1;
  }
}

// No paragraph is repeated, and no gold paragraph survives a second time
// inside another one (a condensed copy).
TEST_F(SeedExtract, EachParagraphAppearsOnce) {
  ASSERT_TRUE(gold_.at("each_paragraph_once").get<bool>());
  std::set<std::string> seen;
  for (const Paragraph& p : article_.paragraphs) EXPECT_TRUE(seen.insert(p.text).second) << "repeated: " << p.text;
  for (const auto& expected : gold_.at("paragraphs_in_order")) {
    const std::string start = expected.get<std::string>();
    int holders = 0;
    for (const Paragraph& p : article_.paragraphs) holders += p.text.find(start) != std::string::npos;
    EXPECT_EQ(holders, 1) << start;
  }
}

TEST_F(SeedExtract, TeasersCaptionsAndGlueAreGone) {
  const std::string text = article_.text();
  for (const auto& banned : gold_.at("must_not_contain")) {
    const std::string needle = banned.get<std::string>();
    EXPECT_EQ(text.find(needle), std::string::npos) << "text contains: " << needle;
    EXPECT_EQ(article_.title.find(needle), std::string::npos) << "title contains: " << needle;
  }
}

}  // namespace
}  // namespace tidings
