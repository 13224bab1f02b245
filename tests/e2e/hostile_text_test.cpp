// Bad input for the whole analysis (issue 4, "Bad input"): a sentence of
// 2,000 tokens, a table of numbers, all-caps text and text in other scripts
// go through segmentation, syntax, annotation and the coder in bounded time,
// without crashing, and come out well formed: spans inside the text, heads
// inside their sentence, events pointing at real sentences.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "support/bundled_pipeline.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

// Far above the milliseconds these take; only a runaway (quadratic or
// looping) stage can reach it, even on a loaded machine.
constexpr double kBoundSeconds = 10.0;

Document Code(const std::string& text, double* seconds) {
  Article article;
  article.id = "hostile";
  article.published = "2024-05-01";
  article.paragraphs.push_back({text});
  const auto start = std::chrono::steady_clock::now();
  Document doc = testing::BundledPipeline().Annotate(std::move(article));
  *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return doc;
}

void ExpectWellFormed(const Document& doc) {
  const auto size = static_cast<std::uint32_t>(doc.text().size());
  for (const Sentence& s : doc.sentences) {
    ASSERT_LE(s.first_token + s.token_count, doc.tokens.size());
    for (std::uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      const Token& t = doc.tokens[i];
      ASSERT_LE(t.span.begin, t.span.end);
      ASSERT_LE(t.span.end, size);
      ASSERT_FALSE(t.tag.empty());
      if (t.head >= 0) {
        ASSERT_GE(static_cast<std::uint32_t>(t.head), s.first_token);
        ASSERT_LT(static_cast<std::uint32_t>(t.head), s.first_token + s.token_count);
      }
    }
  }
  for (const Event& e : doc.events) {
    ASSERT_LT(e.sentence, doc.sentences.size());
    ASSERT_LE(e.span.end, size);
    ASSERT_FALSE(e.cameo.empty());
  }
}

// Codes `text` and checks what every hostile input must give: an answer in
// bounded time, well formed.
Document CodeChecked(const std::string& text) {
  double seconds = 0;
  Document doc = Code(text, &seconds);
  EXPECT_LT(seconds, kBoundSeconds);
  ExpectWellFormed(doc);
  return doc;
}

std::string Repeat(const std::string& piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

TEST(HostileText, SentenceOfTwoThousandTokens) {
  // No sentence end in 2,000 tokens: tagged, not parsed beyond the limit.
  const std::string text = Repeat("rebels attacked the army of Russia near the border and ", 200);
  const Document doc = CodeChecked(text);
  EXPECT_GE(doc.tokens.size(), 2000u);
}

TEST(HostileText, TableOfNumbers) {
  const std::string text = Repeat("12.5 13,700 -4.2% 2024 1/2 0.0001 99 | 7 8 9 $3.5bn\n", 300);
  const Document doc = CodeChecked(text);
  EXPECT_GT(doc.tokens.size(), 3000u);
  EXPECT_TRUE(doc.events.empty());  // numbers do nothing to anyone
}

TEST(HostileText, AllCapitals) {
  const std::string text =
      Repeat("RUSSIAN PRESIDENT VLADIMIR PUTIN MET CHINESE PRESIDENT XI JINPING IN MOSCOW ON MONDAY. ", 100);
  const Document doc = CodeChecked(text);
  EXPECT_GE(doc.sentences.size(), 50u);
}

TEST(HostileText, OtherScripts) {
  const std::string text = Repeat(
      "Президент России Владимир Путин встретился с председателем КНР. 中国国家主席习近平会见了俄罗斯总统。"
      "التقى الرئيس الروسي بالرئيس الصيني في موسكو. ",
      100);
  const Document doc = CodeChecked(text);
  EXPECT_GT(doc.tokens.size(), 100u);
}

TEST(HostileText, ControlBytesAndInvalidUtf8) {
  const Document doc = CodeChecked(Repeat("Russia \x01\x02 attacked \xff\xfe Ukraine\t\x7f on Monday. ", 100));
  EXPECT_FALSE(doc.sentences.empty());
}

}  // namespace
}  // namespace tidings
