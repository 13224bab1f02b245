#include <gtest/gtest.h>

#include "ingest_test_support.h"

namespace tidings {
namespace {

using testing::ReadAllOf;

TEST(IngestJsonl, LinesBecomeRecordsWithTheirFieldsAndOffsets) {
  const std::string first = R"({"url":"https://a.example/1","id":"a1","published":"2024-02-03","html":"<p>One</p>"})";
  const std::string input = first + "\n\n" + R"({"id":42,"text":"Two"})" + "\n";
  auto got = ReadAllOf("pages.jsonl", input);
  ASSERT_EQ(got.records.size(), 2u);
  EXPECT_TRUE(got.rejections.empty());
  EXPECT_EQ(got.records[0].kind, PayloadKind::kHtml);
  EXPECT_EQ(got.records[0].url, "https://a.example/1");
  EXPECT_EQ(got.records[0].published, "2024-02-03");
  EXPECT_EQ(got.records[0].payload, "<p>One</p>");
  EXPECT_EQ(got.records[1].kind, PayloadKind::kText);
  EXPECT_EQ(got.records[1].id, "42");
  EXPECT_EQ(got.records[1].offset, first.size() + 2);
}

TEST(IngestJsonl, MalformedLineIsRejectedWithItsNumberAndReadingGoesOn) {
  auto got = ReadAllOf("p.jsonl", "{\"text\":\"ok\"}\n{\"text\": broken\n{\"text\":\"also ok\"}");
  ASSERT_EQ(got.records.size(), 2u);
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_TRUE(got.rejections[0].reason.starts_with("line 2: invalid JSON (")) << got.rejections[0].reason;
  EXPECT_EQ(got.rejections[0].offset, 14u);
}

TEST(IngestJsonl, LineWithoutHtmlOrTextIsRejected) {
  auto got = ReadAllOf("p.jsonl", "{\"url\":\"https://a.example/\"}\n[1,2]\n");
  ASSERT_EQ(got.rejections.size(), 2u);
  EXPECT_EQ(got.rejections[0].reason, "line 1: no \"html\" or \"text\" string field, nor an extracted article's \"paragraphs\"");
  EXPECT_EQ(got.rejections[1].reason, "line 2: not a JSON object");
}

TEST(IngestJsonl, OverlongLineIsRejectedAndTheNextOneRead) {
  IngestOptions options;
  options.max_jsonl_line_bytes = 100;
  const std::string long_line = "{\"text\":\"" + std::string(500, 'x') + "\"}\n";
  auto got = ReadAllOf("p.jsonl", long_line + "{\"text\":\"short\"}\n", options);
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].payload, "short");
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_TRUE(got.rejections[0].reason.starts_with("line 1: longer than")) << got.rejections[0].reason;
}

TEST(IngestJsonl, UnnamedInputStartingWithABraceIsJsonl) {
  auto got = ReadAllOf("-", "  {\"text\":\"from stdin\"}\n");
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].payload, "from stdin");
}

}  // namespace
}  // namespace tidings
