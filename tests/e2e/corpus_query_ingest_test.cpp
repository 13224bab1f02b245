// End-to-end: examples/ through the real pipeline into a database by
// IngestCorpus, then queried and exported. Whatever the coder finds, the
// exports must agree with the database and with each other: one GDELT event
// row per event with 61 columns, NumMentions equal to its rows in the
// mentions table, one PLOVER record per event PLOVER codes, and every event
// with an actor found again by a query on its actors and code.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "store/actor_code.h"
#include "store/gdelt_export.h"
#include "support/seed.h"
#include "support/tsv.h"
#include "tidings/corpus_ingest.h"
#include "tidings/corpus_query.h"
#include "support/scratch.h"

namespace tidings {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class IngestedCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(testing::ScratchPath("ingested"));
    fs::create_directories(*dir_);
    CorpusIngestOptions options;
    options.jobs = 1;
    Result<IngestCounts> counts =
        IngestCorpus(Db(), testing::BundledPipeline(), {TIDINGS_EXAMPLES_DIR}, options, IngestCallbacks{});
    ASSERT_TRUE(counts.ok()) << counts.status().ToString();
    ASSERT_GT(counts->processed, 0u);
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
  }
  static std::string Db() { return (*dir_ / "corpus.db").string(); }

  static std::string Export(ExportFormat format, const CorpusQuery& filter = {}) {
    std::ostringstream out;
    Status s = ExportCorpus(Db(), filter, format, out);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out.str();
  }

  static json Events(CorpusQuery query) {
    query.limit = 0;
    query.mentions_per_event = 0;
    std::ostringstream out;
    Status s = QueryCorpus(Db(), query, QueryFormat::kJson, out);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return json::parse(out.str());
  }

  static fs::path* dir_;
};

fs::path* IngestedCorpus::dir_ = nullptr;

TEST_F(IngestedCorpus, GdeltTablesAgreeWithTheDatabase) {
  const json events = Events({});
  ASSERT_FALSE(events.empty()) << "the examples code no event";
  const auto event_rows = testing::SplitTsv(Export(ExportFormat::kGdeltEvents));
  ASSERT_EQ(event_rows.size(), events.size());
  std::map<std::string, int> mentions_per_id;
  for (const auto& m : testing::SplitTsv(Export(ExportFormat::kGdeltMentions))) {
    ASSERT_EQ(m.size(), 16u);
    ++mentions_per_id[m[0]];
  }
  std::map<std::string, json> by_id;
  for (const json& e : events) by_id[std::to_string(store::GlobalEventId(e["id"].get<std::string>()))] = e;
  for (const auto& row : event_rows) {
    ASSERT_EQ(row.size(), 61u);
    ASSERT_TRUE(by_id.count(row[0])) << row[0];
    const json& e = by_id[row[0]];
    // GDELT writes an actor of no known country ("---GOV") by its roles ("GOV").
    const std::string source = e["source"], target = e["target"];
    EXPECT_EQ(row[5], store::WithoutUnknownCountry(source));
    EXPECT_EQ(row[15], store::WithoutUnknownCountry(target));
    EXPECT_EQ(row[26], e["cameo"]);
    EXPECT_EQ(row[28], e["root"]);
    EXPECT_EQ(row[29], std::to_string(e["quad_class"].get<int>()));
    EXPECT_EQ(row[31], std::to_string(e["num_mentions"].get<int>()));
    EXPECT_EQ(mentions_per_id[row[0]], e["num_mentions"].get<int>());
    if (!e["date"].is_null()) {
      std::string date = e["date"];
      date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
      EXPECT_EQ(row[1], date);
    }
  }
}

TEST_F(IngestedCorpus, EveryEventIsFoundByItsOwnActorsAndCode) {
  int checked = 0;
  for (const json& e : Events({})) {
    const std::string source = e["source"], target = e["target"], cameo = e["cameo"];
    if (source.empty() && target.empty()) continue;
    const json found = !source.empty() && !target.empty()
                           ? Events({.dyad = source + "," + target, .code = cameo})
                           : Events({.actor = source.empty() ? target : source, .code = cameo});
    bool seen = false;
    for (const json& f : found) seen = seen || f["id"] == e["id"];
    EXPECT_TRUE(seen) << e.dump();
    ++checked;
  }
  EXPECT_GT(checked, 0) << "the examples code no event with an actor";
}

TEST_F(IngestedCorpus, PloverHasARecordPerEventPloverCodes) {
  std::size_t coded = 0;
  for (const json& e : Events({})) coded += !e["plover"].is_null();
  EXPECT_EQ(json::parse(Export(ExportFormat::kPlover)).size(), coded);
}

}  // namespace
}  // namespace tidings
