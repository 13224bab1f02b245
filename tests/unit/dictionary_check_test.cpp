// tidings dict check: every mistake of a broken dictionary folder
// (tests/fixtures/dictionaries/broken) is reported as file:line: reason,
// the clean lines are not, and the bundled dictionaries check clean.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "code/dictionary_check.h"

namespace tidings {
namespace {

const std::string kBroken = TIDINGS_SOURCE_DIR "/tests/fixtures/dictionaries/broken";

const CameoOntology& Cameo() {
  static const CameoOntology cameo = [] {
    Result<CameoOntology> loaded = LoadCameoOntology();
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return loaded.ok() ? std::move(*loaded) : CameoOntology();
  }();
  return cameo;
}

const DictionaryCheck& Broken() {
  static const DictionaryCheck check = [] {
    Result<DictionaryCheck> result = CheckDictionaries(kBroken, Cameo());
    EXPECT_TRUE(result.ok()) << result.status().ToString();
    return result.ok() ? std::move(*result) : DictionaryCheck();
  }();
  return check;
}

// The diagnostics of `file`:`line` joined, empty when none.
std::string At(const std::string& file, int line) {
  const std::string prefix = kBroken + "/" + file + ":" + std::to_string(line) + ": ";
  std::string found;
  for (const std::string& d : Broken().diagnostics)
    if (d.starts_with(prefix)) found += d.substr(prefix.size()) + "\n";
  return found;
}

TEST(DictionaryCheck, VerbFileMistakesAreReportedByLine) {
  EXPECT_EQ(At("test.verbs.txt", 8), "");  // a good pattern
  EXPECT_NE(At("test.verbs.txt", 9), "");  // [0X7]: not a code
  EXPECT_NE(At("test.verbs.txt", 10), "");  // '{' never closed
  EXPECT_NE(At("test.verbs.txt", 11).find("unknown CAMEO code [999]"), std::string::npos) << At("test.verbs.txt", 11);
  EXPECT_NE(At("test.verbs.txt", 12).find("NOSUCHSET"), std::string::npos) << At("test.verbs.txt", 12);
  EXPECT_NE(At("test.verbs.txt", 13), "");  // '(' never closed, no code
  EXPECT_EQ(At("test.verbs.txt", 17), "");
}

TEST(DictionaryCheck, ActorAndAgentMistakesAreReportedByLine) {
  EXPECT_EQ(At("test.actors.txt", 2), "");
  EXPECT_NE(At("test.actors.txt", 5).find("ends before it starts"), std::string::npos) << At("test.actors.txt", 5);
  EXPECT_NE(At("test.actors.txt", 6), "");  // '[' never closed
  EXPECT_EQ(At("test.agents.txt", 2), "");
  EXPECT_NE(At("test.agents.txt", 3), "");  // lower-case code
  EXPECT_NE(At("test.agents.txt", 4), "");  // '{' never closed
}

TEST(DictionaryCheck, EveryFileIsListedWithWhatReadIt) {
  ASSERT_EQ(Broken().files.size(), 5u);
  auto kind = [](const std::string& name) {
    for (const DictionaryCheck::File& f : Broken().files)
      if (f.path == kBroken + "/" + name) return f.kind;
    return std::string("absent");
  };
  EXPECT_EQ(kind("test.verbs.txt"), "verbs (PETRARCH-2)");
  EXPECT_EQ(kind("test.actors.txt"), "actors (PETRARCH/TABARI)");
  EXPECT_EQ(kind("test.agents.txt"), "agents (PETRARCH/TABARI)");
  EXPECT_EQ(kind("test.discards.txt"), "discards");
  EXPECT_TRUE(kind("notes.ini").starts_with("skipped")) << kind("notes.ini");
}

TEST(DictionaryCheck, BundledDictionariesAreClean) {
  for (const char* dir : {TIDINGS_DATA_DIR "/verbs", TIDINGS_DATA_DIR "/actors"}) {
    Result<DictionaryCheck> check = CheckDictionaries(dir, Cameo());
    ASSERT_TRUE(check.ok()) << check.status().ToString();
    EXPECT_FALSE(check->files.empty());
    for (const std::string& d : check->diagnostics) ADD_FAILURE() << d;
  }
}

TEST(DictionaryCheck, MissingFolderIsAnError) {
  Result<DictionaryCheck> check = CheckDictionaries(kBroken + "/no-such-folder", Cameo());
  ASSERT_FALSE(check.ok());
  EXPECT_NE(check.status().ToString().find("no-such-folder"), std::string::npos);
}

}  // namespace
}  // namespace tidings
