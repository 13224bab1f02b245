// End-to-end: the built `tidings extract` on the bundled examples and on bad
// input, checking exit codes, the stderr summary and the JSON Lines output.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include "support/scratch.h"

namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class CliExtract : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = tidings::testing::ScratchPath("cli_extract");
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `tidings extract <args>` through the shell; `args` is shell text.
  CliRun Extract(const std::string& args, const std::string& stdin_text = "") {
    return Run("extract", args, stdin_text);
  }

  CliRun Run(const std::string& verb, const std::string& args, const std::string& stdin_text) {
    std::ofstream(dir_ / "stdin") << stdin_text;
    const std::string command = std::string("'") + TIDINGS_BINARY + "' " + verb + " " + args + " <'" +
                                (dir_ / "stdin").string() + "' >'" + (dir_ / "out").string() + "' 2>'" +
                                (dir_ / "err").string() + "'";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(dir_ / "out"), Slurp(dir_ / "err")};
  }

  void Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / "in" / name, std::ios::binary) << bytes;
  }

  fs::path dir_;
};

struct Summary {
  int read = -1, processed = -1, rejected = -1;
};

Summary ParseSummary(const std::string& err) {
  static const std::regex kLine(R"((\d+) records read, (\d+) processed, (\d+) rejected)");
  std::smatch m;
  Summary s;
  if (std::regex_search(err, m, kLine)) s = {std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3])};
  return s;
}

int CountLines(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

TEST_F(CliExtract, ExamplesAreAllAccountedForAndSkippedWarcRecordsGiveExitOne) {
  CliRun run = Extract(std::string("'") + TIDINGS_EXAMPLES_DIR + "'");
  Summary s = ParseSummary(run.err);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(s.read, s.processed + s.rejected);
  EXPECT_EQ(s.rejected, 3) << run.err;  // warcinfo, image, 404 in crawl.warc.gz
  EXPECT_GE(s.processed, 7);
  EXPECT_EQ(CountLines(run.out), s.processed);
  EXPECT_NE(run.err.find("skipped: non-HTML payload (image/png)"), std::string::npos);
}

TEST_F(CliExtract, AllGoodInputsGiveExitZero) {
  Write("story.html", "<html><head><title>Budget</title></head><body><article><p>The budget passed on "
                      "Tuesday after a long debate in the assembly.</p></article></body></html>");
  Write("story.txt", "Budget passes\n\nThe budget passed on Tuesday after a long debate.\n");
  CliRun run = Extract("'" + (dir_ / "in").string() + "'");
  Summary s = ParseSummary(run.err);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(s.read, 2);
  EXPECT_EQ(s.processed, 2);
  EXPECT_EQ(CountLines(run.out), 2);
}

TEST_F(CliExtract, BadFilesAreRejectedByNameAndTheRunGoesOn) {
  Write("good.html", "<html><body><p>The mayor opened the new bridge on Sunday morning.</p></body></html>");
  Write("empty.html", "");
  Write("junk.bin", std::string("\x00\x01\x02\x03\xff\xfe junk", 11));
  Write("cut.html.gz", std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xb3", 11));
  Write("lines.jsonl", "{\"text\":\"A line of news text.\"}\nnot json\n");
  CliRun run = Extract("'" + (dir_ / "in").string() + "'");
  Summary s = ParseSummary(run.err);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_EQ(s.processed, 2) << run.err;
  EXPECT_EQ(s.rejected, 4) << run.err;
  EXPECT_EQ(s.read, s.processed + s.rejected);
  EXPECT_EQ(CountLines(run.out), s.processed);
  EXPECT_NE(run.err.find("empty.html at offset 0: empty input"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("junk.bin at offset 0: binary data, not HTML or text"), std::string::npos);
  EXPECT_NE(run.err.find("truncated gzip"), std::string::npos);
  EXPECT_NE(run.err.find("line 2: invalid JSON"), std::string::npos);
}

TEST_F(CliExtract, StdinIsReadWhenTheInputIsADash) {
  CliRun run = Extract("-", "<html><body><p>Read from standard input, this page still has a paragraph.</p></body></html>");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(CountLines(run.out), 1);
  EXPECT_NE(run.out.find("\"file\":\"-\""), std::string::npos) << run.out;
}

TEST_F(CliExtract, ExtractOutputPipedIntoAnnotateKeepsTheArticleAndAddsAnnotations) {
  Write("story.html", "<html><head><title>Talks in Geneva</title></head><body><article><p>Russian President "
                      "Vladimir Putin met Chinese President Xi Jinping in Geneva on Tuesday, state media said.</p>"
                      "</article></body></html>");
  CliRun extracted = Extract("'" + (dir_ / "in").string() + "'");
  ASSERT_EQ(extracted.exit_code, 0) << extracted.err;
  CliRun annotated = Run("annotate", "-", extracted.out);
  ASSERT_EQ(annotated.exit_code, 0) << annotated.err;
  EXPECT_EQ(CountLines(annotated.out), 1);
  EXPECT_NE(annotated.out.find("\"title\":\"Talks in Geneva\""), std::string::npos) << annotated.out;
  EXPECT_NE(annotated.out.find("\"name\":\"Xi Jinping\""), std::string::npos) << annotated.out;
  EXPECT_NE(annotated.out.find("\"cue\":\"said\""), std::string::npos) << annotated.out;
}

TEST_F(CliExtract, UsageErrorsGiveExitTwo) {
  EXPECT_EQ(Extract("").exit_code, 2);
  EXPECT_EQ(Extract("--no-such-option x.html").exit_code, 2);
}

// `code`, `annotate` and `ingest` keep the events naming their source unless
// told otherwise: "they agreed to meet" codes 036 with no one to count, "a
// British citizen was arrested" names no doer.
TEST_F(CliExtract, CodeAndIngestKeepEventsNamingTheirSourceUnlessToldOtherwise) {
  Write("story.txt", "They agreed to meet again next week. Police detained two journalists on Monday.\n");
  Write("abroad.txt", "A British citizen was arrested abroad.\n");
  const std::string input = "'" + (dir_ / "in").string() + "'";
  auto lines = [](const std::string& text) { return std::count(text.begin(), text.end(), '\n'); };
  CliRun selected = Run("code", input, "");
  ASSERT_EQ(selected.exit_code, 0) << selected.err;
  EXPECT_EQ(lines(selected.out), 1) << selected.out;
  EXPECT_NE(selected.out.find("---COP"), std::string::npos) << selected.out;
  CliRun sourceless = Run("code", "--keep-sourceless " + input, "");
  ASSERT_EQ(sourceless.exit_code, 0) << sourceless.err;
  EXPECT_EQ(lines(sourceless.out), 2) << sourceless.out;
  EXPECT_NE(sourceless.out.find("GBRCVL"), std::string::npos) << sourceless.out;
  CliRun every = Run("code", "--keep-actorless " + input, "");
  ASSERT_EQ(every.exit_code, 0) << every.err;
  EXPECT_EQ(lines(every.out), 3) << every.out;
  for (const char* flags : {"", "--keep-actorless"}) {
    const std::string db = "'" + (dir_ / (std::string("corpus") + (*flags ? "_all" : "") + ".db")).string() + "'";
    ASSERT_EQ(Run("ingest", std::string(flags) + " --db " + db + " " + input, "").exit_code, 0);
    const CliRun info = Run("db", "info --db " + db, "");
    EXPECT_TRUE(std::regex_search(info.out, std::regex(*flags ? "\\nevents +3\\n" : "\\nevents +1\\n")))
        << flags << "\n" << info.out;
  }
  // The police of no known country are found by their code, or by "---" for every such actor.
  const std::string db = "'" + (dir_ / "corpus.db").string() + "'";
  for (const char* query : {"--actor=---COP", "--actor=---", "--dyad=---COP,---MED"}) {
    const CliRun found = Run("query", std::string(query) + " --format csv --db " + db, "");
    EXPECT_EQ(found.exit_code, 0) << query << ": " << found.err;
    EXPECT_NE(found.out.find(",---COP,---MED,173,"), std::string::npos) << query << "\n" << found.out;
  }
}

}  // namespace
