// The seed through the whole pipeline into a database: its gold events,
// quotations and entities can be found with SQL, and storing it again changes
// no count.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "store/sqlite.h"
#include "support/seed.h"
#include "tidings/store.h"

namespace tidings {
namespace {

namespace fs = std::filesystem;

class SeedStore : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!testing::SeedAvailable()) GTEST_SKIP() << "shared seed not available";
    path_ = (fs::temp_directory_path() / ("tidings_seed_store_" + std::to_string(getpid()) + ".db")).string();
    RemoveDb();
    Result<Store> store = Store::Open(path_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_.emplace(std::move(store).value());
    ASSERT_TRUE(WriteSeed().ok());
    Result<store::Connection> db = store::Connection::Open(path_, true);
    ASSERT_TRUE(db.ok());
    db_.emplace(std::move(db).value());
  }
  void TearDown() override {
    db_.reset();
    store_.reset();
    RemoveDb();
  }

  void RemoveDb() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }

  Result<std::size_t> WriteSeed() {
    const Record record = testing::SeedRecord();
    Result<Document> doc = testing::BundledPipeline().Annotate(record);
    if (!doc.ok()) return doc.status();
    std::vector<RecordOutcome> batch;
    batch.push_back({RecordKey(record), record.input, record.offset, record.url, std::move(doc).value(), {}});
    return store_->Write(batch);
  }

  // Number of rows `sql` (one text parameter per `args`) returns in its COUNT.
  std::int64_t Count(const std::string& sql, const std::vector<std::string>& args) {
    Result<store::Statement*> st = db_->Prepare(sql);
    EXPECT_TRUE(st.ok()) << st.status().ToString();
    for (std::size_t i = 0; i < args.size(); ++i) (*st)->Bind(static_cast<int>(i + 1), args[i]);
    Result<bool> row = (*st)->Step();
    EXPECT_TRUE(row.ok() && *row);
    const std::int64_t n = (*st)->Int(0);
    (*st)->Reset();
    return n;
  }

  std::string path_;
  std::optional<Store> store_;
  std::optional<store::Connection> db_;
};

TEST_F(SeedStore, GoldEventsAreEventsWithTheirMentions) {
  for (const nlohmann::json& gold : testing::SeedGold().at("events")) {
    SCOPED_TRACE(gold.at("what").get<std::string>());
    std::string codes;
    for (const auto& c : gold.at("cameo_any_of")) codes += c.get<std::string>() + ",";
    const std::string date = gold.value("date", "");
    EXPECT_GE(Count("SELECT COUNT(*) FROM events e JOIN event_mentions m ON m.event_id = e.id "
                    "WHERE e.source_actor LIKE ?1 || '%' AND e.target_actor LIKE ?2 || '%' "
                    "AND instr(?3, e.cameo || ',') > 0 AND (?4 = '' OR m.date = ?4) "
                    "AND e.num_mentions >= 1 AND e.num_articles = 1",
                    {gold.at("source").get<std::string>(), gold.at("target").get<std::string>(), codes, date}),
              1);
  }
}

TEST_F(SeedStore, GoldQuotesAreStoredWithTheirSpeakers) {
  for (const nlohmann::json& gold : testing::SeedGold().at("quotes")) {
    SCOPED_TRACE(gold.at("starts").get<std::string>());
    EXPECT_GE(Count("SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id "
                    "JOIN entities e ON e.article_seq = a.seq AND e.idx = q.speaker_entity "
                    "WHERE instr(q.text, ?1) > 0 AND e.name = ?2",
                    {gold.at("starts").get<std::string>(), gold.at("speaker").get<std::string>()}),
              1);
  }
}

// An entity is found by its name or by the text of one of its mentions, as
// in seed_actors_test.cpp.
TEST_F(SeedStore, GoldEntitiesAreStoredWithTheirCodesAndMentions) {
  const std::string entity =
      "(SELECT e.idx FROM entities e WHERE e.name = ?1 UNION SELECT m.entity FROM mentions m "
      "WHERE m.text = ?1 AND m.entity IS NOT NULL)";
  for (const nlohmann::json& gold : testing::SeedGold().at("entities")) {
    const std::string name = gold.at("name").get<std::string>();
    SCOPED_TRACE(name);
    EXPECT_GE(Count("SELECT COUNT(*) FROM entities WHERE idx IN " + entity +
                        " AND kind = ?2 AND (?3 = '' OR actor = ?3) AND (?4 = '' OR country = ?4)",
                    {name, gold.at("kind").get<std::string>(), gold.value("actor", ""), gold.value("country", "")}),
              1);
    for (const nlohmann::json& mention : gold.value("mentions_include", nlohmann::json::array()))
      EXPECT_GE(Count("SELECT COUNT(*) FROM mentions WHERE entity IN " + entity + " AND text = ?2",
                      {name, mention.get<std::string>()}),
                1)
          << mention;
  }
}

TEST_F(SeedStore, StoringTheSeedAgainChangesNoCount) {
  Result<std::vector<TableCount>> before = store_->Counts();
  ASSERT_TRUE(before.ok());
  Result<std::size_t> again = WriteSeed();
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(*again, 0u);
  Result<std::vector<TableCount>> after = store_->Counts();
  ASSERT_TRUE(after.ok());
  for (std::size_t i = 0; i < before->size(); ++i)
    EXPECT_EQ((*after)[i].rows, (*before)[i].rows) << (*before)[i].table;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM articles", {}), 1);
}

}  // namespace
}  // namespace tidings
