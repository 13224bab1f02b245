// End-to-end: the built `tidings query` and `tidings export` on a small
// corpus database: output on stdout, exit code 0; a bad query or a missing
// database is named on stderr with exit code 2.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/corpus_fixture.h"

namespace tidings {
namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string out, err;
};

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class CliQuery : public ::testing::Test {
 protected:
  CliQuery() : corpus_("cli") {}

  // Runs `tidings <args> --db <corpus>` through the shell; `args` is shell text.
  CliRun Run(const std::string& args, const std::string& db = "") {
    const fs::path out = fs::path(corpus_.path()).parent_path() / "out";
    const fs::path err = fs::path(corpus_.path()).parent_path() / "err";
    const std::string command = std::string("'") + TIDINGS_BINARY + "' " + args + " --db '" +
                                (db.empty() ? corpus_.path() : db) + "' >'" + out.string() + "' 2>'" + err.string() +
                                "'";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, Slurp(out), Slurp(err)};
  }

  testing::CorpusFixture corpus_;
};

TEST_F(CliQuery, QueryPrintsATableOfEventsWithMentions) {
  CliRun run = Run("query --actor RUS --code 036");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("RUSGOV"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"met\""), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("(1 row)"), std::string::npos) << run.out;
}

TEST_F(CliQuery, BadQueriesExitWith2AndSayWhy) {
  CliRun run = Run("query --actor RU");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("actor code 'RU' is not a CAMEO actor code"), std::string::npos) << run.err;
  run = Run("query --since 2024-13-01");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("--since '2024-13-01' is not a date"), std::string::npos) << run.err;
  run = Run("query --fields id,colour --format csv");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("unknown field 'colour'"), std::string::npos) << run.err;
  EXPECT_TRUE(run.out.empty()) << run.out;
  run = Run("query", corpus_.path() + ".missing");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("no database at"), std::string::npos) << run.err;
}

TEST_F(CliQuery, ExportWritesGdeltEventsAndRejectsUnknownFormats) {
  CliRun run = Run("export --format gdelt-events");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::istringstream lines(run.out);
  int rows = 0;
  for (std::string line; std::getline(lines, line); ++rows) EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 60);
  EXPECT_EQ(rows, 4);
  EXPECT_EQ(Run("export --format gdelt").exit_code, 2);
}

}  // namespace
}  // namespace tidings
