#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "ingest/input_format.h"
#include "ingest_test_support.h"
#include "support/scratch.h"

namespace tidings {
namespace {

using testing::GzipMember;
using testing::ReadAllOf;

TEST(IngestSniff, FormatsAreRecognisedByContentAndName) {
  EXPECT_EQ(SniffFormat("page", "  <!DOCTYPE html><html>"), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat("page", "<div class=x>hello"), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat("notes.txt", "<p>looks like html</p>"), InputFormat::kText);
  EXPECT_EQ(SniffFormat("story", "The minister said on Monday"), InputFormat::kText);
  EXPECT_EQ(SniffFormat("dump", "WARC/1.0\r\n"), InputFormat::kWarc);
  EXPECT_EQ(SniffFormat("a.ndjson", "[]"), InputFormat::kJsonl);
  EXPECT_EQ(SniffFormat("rows", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n"), InputFormat::kJsonl);
  EXPECT_EQ(SniffFormat("settings.json", "{\n  \"pretty\": true\n}\n"), InputFormat::kText);
  EXPECT_EQ(SniffFormat("a.html", std::string("\x1f\x8b\x08", 3)), InputFormat::kGzip);
  EXPECT_EQ(SniffFormat("a.html", "%PDF-1.7\n"), InputFormat::kBinary);
  EXPECT_EQ(SniffFormat("a.html", ""), InputFormat::kEmpty);
}

TEST(IngestSniff, HtmlWithoutExtensionIsReadAsHtml) {
  auto got = ReadAllOf("download", "<html><body><p>Hi</p></body></html>");
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].kind, PayloadKind::kHtml);
}

TEST(IngestSniff, BinaryJunkIsRejected) {
  std::string junk;
  for (int i = 0; i < 2000; ++i) junk += static_cast<char>((i * 7919) % 256);
  auto got = ReadAllOf("photo.html", junk);
  EXPECT_TRUE(got.records.empty());
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].reason, "binary data, not HTML or text");
}

TEST(IngestSniff, EmptyInputIsRejected) {
  auto got = ReadAllOf("empty.html", "");
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].reason, "empty input");
}

TEST(IngestSniff, GzippedPageIsInflatedAndSniffed) {
  auto got = ReadAllOf("page.html.gz", GzipMember("<html><p>Zipped</p></html>"));
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].payload, "<html><p>Zipped</p></html>");
}

TEST(IngestSniff, GzippedPageOverTheLimitIsRejectedWhileInflating) {
  IngestOptions options;
  options.max_record_bytes = 1000;
  auto got = ReadAllOf("bomb.html.gz", GzipMember("<html>" + std::string(1 << 20, 'a')), options);
  EXPECT_TRUE(got.records.empty());
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].reason, "page larger than max_record_bytes (1000)");
}

TEST(IngestSniff, TwoGigabytePageIsRejectedWithoutReadingIt) {
  const std::filesystem::path dir = testing::ScratchPath("ingest_sniff");
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "huge.html").string();
  {
    std::ofstream page(path);
    page << "<html><body>";
    for (int i = 0; i < 500; ++i) page << "<p>More news.</p>\n";  // fills the sniff window
  }
  const int fd = ::open(path.c_str(), O_WRONLY);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::ftruncate(fd, 2'000'000'000), 0);  // sparse: takes no disk
  ::close(fd);
  testing::Delivered got;
  const auto start = std::chrono::steady_clock::now();
  ReadInputs({path}, {}, [&](Record&& r) { got.records.push_back(std::move(r)); },
             [&](Rejection&& r) { got.rejections.push_back(std::move(r)); });
  const auto elapsed = std::chrono::steady_clock::now() - start;
  std::filesystem::remove_all(dir);
  EXPECT_TRUE(got.records.empty());
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].input, path);
  EXPECT_EQ(got.rejections[0].reason, "page larger than max_record_bytes (33554432)");
  EXPECT_LT(elapsed, std::chrono::seconds(1));
}

TEST(IngestSniff, FoldersAreWalkedInSortedOrderAndMissingInputsRejected) {
  const std::filesystem::path dir = testing::ScratchPath("ingest_walk");
  std::filesystem::create_directories(dir / "b");
  std::ofstream(dir / "b" / "two.txt") << "second";
  std::ofstream(dir / "a.txt") << "first";
  std::ofstream(dir / ".hidden.txt") << "hidden files are read too";
  testing::Delivered got;
  Status status = ReadInputs({dir.string(), (dir / "missing.html").string()}, {},
                             [&](Record&& r) { got.records.push_back(std::move(r)); },
                             [&](Rejection&& r) { got.rejections.push_back(std::move(r)); });
  std::filesystem::remove_all(dir);
  EXPECT_FALSE(status.ok());
  ASSERT_EQ(got.records.size(), 3u);
  EXPECT_EQ(got.records[0].payload, "hidden files are read too");
  EXPECT_EQ(got.records[1].payload, "first");
  EXPECT_EQ(got.records[2].payload, "second");
  ASSERT_EQ(got.rejections.size(), 1u);
  EXPECT_EQ(got.rejections[0].reason, "no such file or folder");
}

}  // namespace
}  // namespace tidings
