#include <gtest/gtest.h>

#include "ingest_test_support.h"

namespace tidings {
namespace {

using testing::GzipMember;
using testing::HttpResponseBlock;
using testing::ReadAllOf;
using testing::WarcRecord;

constexpr std::string_view kPage = "<html><head><title>Vote</title></head><body><p>The council voted.</p></body></html>";

// `record` with its WARC Content-Length replaced by `length`.
std::string WithContentLength(std::string record, std::uint64_t length) {
  const std::size_t begin = record.find("Content-Length: ") + 16;
  record.replace(begin, record.find("\r\n", begin) - begin, std::to_string(length));
  return record;
}

std::string HtmlResponse(std::string_view uri, std::string_view body = kPage) {
  return WarcRecord("response", uri, "application/http; msgtype=response",
                    HttpResponseBlock("200 OK", "Content-Type: text/html; charset=utf-8\r\n", body));
}

TEST(IngestWarc, ResponseRecordsKeepUriDateAndOffset) {
  const std::string first = HtmlResponse("https://news.example/a");
  const std::string archive = first + HtmlResponse("https://news.example/b");
  auto got = ReadAllOf("crawl.warc", archive);
  ASSERT_EQ(got.records.size(), 2u);
  EXPECT_TRUE(got.rejections.empty());
  EXPECT_EQ(got.records[0].url, "https://news.example/a");
  EXPECT_EQ(got.records[0].fetched, "2024-06-01T10:00:00Z");
  EXPECT_EQ(got.records[0].offset, 0u);
  EXPECT_EQ(got.records[1].offset, first.size());
  EXPECT_EQ(got.records[1].payload, kPage);
  EXPECT_EQ(got.records[1].kind, PayloadKind::kHtml);
}

TEST(IngestWarc, NonArticleRecordsAreRejectedWithTheirReason) {
  const std::string archive =
      WarcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n") +
      WarcRecord("request", "https://news.example/a", "application/http; msgtype=request",
                 "GET /a HTTP/1.1\r\n\r\n") +
      WarcRecord("response", "https://news.example/logo.png", "application/http; msgtype=response",
                 HttpResponseBlock("200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n")) +
      WarcRecord("response", "https://news.example/gone", "application/http; msgtype=response",
                 HttpResponseBlock("404 Not Found", "Content-Type: text/html\r\n", "<p>gone</p>"));
  auto got = ReadAllOf("crawl.warc", archive);
  EXPECT_TRUE(got.records.empty());
  ASSERT_EQ(got.rejections.size(), 4u);
  EXPECT_EQ(got.rejections[0].reason, "skipped: warcinfo record");
  EXPECT_EQ(got.rejections[1].reason, "skipped: request record");
  EXPECT_EQ(got.rejections[2].reason, "skipped: non-HTML payload (image/png)");
  EXPECT_EQ(got.rejections[3].reason, "skipped: HTTP status 404");
}

TEST(IngestWarc, ResourceRecordsAreReadWithoutHttpHeaders) {
  auto got = ReadAllOf("x.warc", WarcRecord("resource", "file:///page.html", "text/html", kPage));
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].payload, kPage);
}

TEST(IngestWarc, ChunkedGzipBodyIsDecoded) {
  const std::string gz = GzipMember(kPage);
  std::string chunked;
  for (std::size_t i = 0; i < gz.size(); i += 10) {
    const std::string piece = gz.substr(i, 10);
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", piece.size());
    chunked += size + piece + "\r\n";
  }
  chunked += "0\r\n\r\n";
  const std::string block = HttpResponseBlock(
      "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked);
  auto got = ReadAllOf("x.warc", WarcRecord("response", "https://a.example/", "application/http", block));
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].payload, kPage);
}

TEST(IngestWarc, LyingContentLengthIsRejectedAndTheNextRecordStillRead) {
  const std::string honest = HtmlResponse("https://news.example/liar");
  const std::size_t real_length = honest.size() - honest.find("\r\n\r\n") - 8;
  const std::string liar = WithContentLength(honest, real_length - 10);
  const std::string good = HtmlResponse("https://news.example/good");
  auto got = ReadAllOf("crawl.warc", liar + good);
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].url, "https://news.example/good");
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].offset, 0u);
  EXPECT_NE(got.rejections[0].reason.find("terminator"), std::string::npos) << got.rejections[0].reason;
}

TEST(IngestWarc, LengthRunningPastEndOfFileIsRejected) {
  const std::string liar = WithContentLength(HtmlResponse("https://news.example/liar"), 99999);
  auto got = ReadAllOf("crawl.warc", HtmlResponse("https://news.example/good") + liar);
  ASSERT_EQ(got.records.size(), 1u);
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].reason, "WARC record length runs past end of file");
}

TEST(IngestWarc, GzipMembersGiveCompressedOffsets) {
  const std::string first = GzipMember(HtmlResponse("https://news.example/a"));
  const std::string archive = first + GzipMember(HtmlResponse("https://news.example/b"));
  auto got = ReadAllOf("crawl.warc.gz", archive);
  ASSERT_EQ(got.records.size(), 2u);
  EXPECT_EQ(got.records[0].offset, 0u);
  EXPECT_EQ(got.records[1].offset, first.size());
}

TEST(IngestWarc, TruncatedGzipRejectsTheLastRecordAndKeepsTheRest) {
  const std::string first = GzipMember(HtmlResponse("https://news.example/a"));
  const std::string second = GzipMember(HtmlResponse("https://news.example/b"));
  const std::string archive = first + second.substr(0, second.size() / 2);
  auto got = ReadAllOf("crawl.warc.gz", archive);
  ASSERT_EQ(got.records.size(), 1u);
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].offset, first.size());
  EXPECT_NE(got.rejections[0].reason.find("truncated gzip"), std::string::npos) << got.rejections[0].reason;
}

TEST(IngestWarc, CorruptMemberInTheMiddleCostsOnlyThatRecord) {
  const std::string first = GzipMember(HtmlResponse("https://news.example/a"));
  std::string broken = GzipMember(HtmlResponse("https://news.example/b"));
  for (std::size_t i = 12; i < broken.size() - 8; ++i) broken[i] = '\x55';
  const std::string third = GzipMember(HtmlResponse("https://news.example/c"));
  auto got = ReadAllOf("crawl.warc.gz", first + broken + third);
  ASSERT_EQ(got.records.size(), 2u);
  EXPECT_EQ(got.records[1].url, "https://news.example/c");
  EXPECT_FALSE(got.rejections.empty());
}

TEST(IngestWarc, ExampleArchiveHoldsTwoPagesAndThreeSkips) {
  testing::Delivered got;
  ReadInputs({TIDINGS_EXAMPLES_DIR "/crawl.warc.gz"}, {}, [&](Record&& r) { got.records.push_back(r); },
             [&](Rejection&& r) { got.rejections.push_back(r); });
  ASSERT_EQ(got.records.size(), 2u);
  EXPECT_EQ(got.records[0].charset, "windows-1252");
  EXPECT_NE(got.records[0].payload.find("café"), std::string::npos);
  EXPECT_EQ(got.rejections.size(), 3u);
}

}  // namespace
}  // namespace tidings
