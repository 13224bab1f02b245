// `tidings ingest` killed with SIGKILL at a random moment, then run again,
// ends in exactly the database an uninterrupted run writes; a third run adds
// nothing. The real binary runs on a generated JSONL of a few hundred short
// articles (some with events reported by several sites, some rejected).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "store/sqlite.h"
#include "support/scratch.h"

extern char** environ;

namespace tidings {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kRecords = 300;

// Short articles whose sentences the bundled coder knows; the same events
// recur across "sites" and days so that events merge.
void WriteCorpus(const fs::path& path) {
  const std::vector<std::string> sentences = {
      "Russian President Vladimir Putin praised China on {}.",
      "China criticized Japan over the dispute on {}.",
      "The United States demanded that Iran release the prisoners on {}.",
      "North Korean leader Kim Jong Un sent greetings to Vladimir Putin on {}.",
      "India and Pakistan agreed to hold talks on {}.",
  };
  std::ofstream out(path);
  for (int i = 0; i < kRecords; ++i) {
    if (i % 97 == 13) {
      out << "{\"html\": broken json " << i << "\n";  // rejected: not JSON
      continue;
    }
    const std::string day = fmt::format("2024-03-{:02}", 1 + i % 5);
    std::string text = fmt::format("Report number {} from the wires.\n\n", i) +
                       fmt::format(fmt::runtime(sentences[i % sentences.size()]), "March " + std::to_string(1 + i % 5)) +
                       "\n\n" + fmt::format(fmt::runtime(sentences[(i / 5) % sentences.size()]), day);
    out << nlohmann::json{{"url", fmt::format("https://site{}.example/story/{}", i % 7, i)},
                          {"published", day},
                          {"text", text}}
               .dump()
        << "\n";
  }
}

// Starts `tidings ingest` on `input` into `db`; returns its pid.
pid_t StartIngest(const fs::path& input, const fs::path& db) {
  std::vector<std::string> args = {TIDINGS_BINARY, "ingest", "--db", db.string(), "--jobs", "2", "--batch", "16",
                                   input.string()};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  EXPECT_EQ(rc, 0) << "cannot start " << argv[0];
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

// Every row of every table as text, sorted; articles without their insertion
// number (seq), the one value that depends on the order of writes.
std::vector<std::string> Dump(const fs::path& db) {
  Result<store::Connection> conn = store::Connection::Open(db.string(), true);
  EXPECT_TRUE(conn.ok()) << conn.status().ToString();
  std::vector<std::string> rows;
  for (const char* table : {"records", "articles", "paragraphs", "sentences", "mentions", "entities", "quotes", "times",
                            "events", "event_mentions", "band_keys"}) {
    Result<store::Statement*> st = conn->Prepare(fmt::format("SELECT * FROM {}", table));
    EXPECT_TRUE(st.ok()) << st.status().ToString();
    while (*(*st)->Step()) {
      std::string row = std::string(table) + ":";
      for (int c = 0; c < (*st)->Columns(); ++c)
        if ((*st)->ColumnName(c) != "seq") row += (*st)->Text(c) + "|";
      rows.push_back(std::move(row));
    }
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

class IngestCrash : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::ScratchPath("ingest_crash");
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    WriteCorpus(dir_ / "corpus.jsonl");
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(IngestCrash, KilledRunsThenARerunReachTheUninterruptedState) {
  const Clock::time_point start = Clock::now();
  const int status = Wait(StartIngest(dir_ / "corpus.jsonl", dir_ / "whole.db"));
  const double whole_seconds = std::chrono::duration<double>(Clock::now() - start).count();
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1);  // some records rejected on purpose
  const std::vector<std::string> whole = Dump(dir_ / "whole.db");
  ASSERT_GT(whole.size(), static_cast<std::size_t>(kRecords));

  std::random_device device;
  const unsigned seed = device();
  SCOPED_TRACE(fmt::format("random seed {}, uninterrupted run {:.2f} s", seed, whole_seconds));
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> moment(0.05 * whole_seconds, 0.95 * whole_seconds);
  for (int kill_round = 0; kill_round < 2; ++kill_round) {
    const pid_t pid = StartIngest(dir_ / "corpus.jsonl", dir_ / "killed.db");
    std::this_thread::sleep_for(std::chrono::duration<double>(moment(random)));
    kill(pid, SIGKILL);
    Wait(pid);
  }
  const int rerun = Wait(StartIngest(dir_ / "corpus.jsonl", dir_ / "killed.db"));
  ASSERT_TRUE(WIFEXITED(rerun));
  EXPECT_EQ(WEXITSTATUS(rerun), 1);
  EXPECT_EQ(Dump(dir_ / "killed.db"), whole);

  Wait(StartIngest(dir_ / "corpus.jsonl", dir_ / "killed.db"));
  EXPECT_EQ(Dump(dir_ / "killed.db"), whole);
}

}  // namespace
}  // namespace tidings
