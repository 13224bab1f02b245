// The corpus store on hand-built documents: schema versions, idempotent
// writes, rejections, exact-duplicate clusters and events merged across
// articles independently of the order articles arrive in.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "store/duplicate_clusters.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "tidings/store.h"

namespace tidings {
namespace {

namespace fs = std::filesystem;

class TempDb {
 public:
  TempDb() {
    static int counter = 0;
    path_ = (fs::temp_directory_path() / ("tidings_store_test_" + std::to_string(getpid()) + "_" +
                                          std::to_string(counter++) + ".db"))
                .string();
    Remove();
  }
  ~TempDb() { Remove(); }
  const std::string& path() const { return path_; }

 private:
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }
  std::string path_;
};

// An article of one paragraph whose only event is source -cameo-> target on
// `date`; the article is published that day unless `published` says otherwise.
RecordOutcome Reported(const std::string& id, const std::string& url, const std::string& text,
                       const std::string& source, const std::string& cameo, const std::string& target,
                       const std::string& date, std::optional<std::string> published = std::nullopt) {
  Article article;
  article.id = id;
  article.url = url;
  article.published = published.value_or(date);
  article.paragraphs.push_back({text, ParagraphKind::kParagraph});
  Document doc(std::move(article));
  doc.sentences.push_back({{0, static_cast<std::uint32_t>(text.size())}, 0, 0, 0});
  Event e;
  e.span = {0, static_cast<std::uint32_t>(std::min<std::size_t>(text.size(), 5))};
  e.sources.push_back({{0, 1}, -1, source});
  e.targets.push_back({{0, 1}, -1, target});
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.date = date;
  doc.events.push_back(e);
  return RecordOutcome{"key-" + id, "input.jsonl", 0, url, std::move(doc), {}};
}

Store OpenStore(const std::string& path) {
  Result<Store> store = Store::Open(path);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return std::move(store).value();
}

std::int64_t Rows(Store& store, const std::string& table) {
  Result<std::vector<TableCount>> counts = store.Counts();
  EXPECT_TRUE(counts.ok());
  for (const TableCount& c : *counts)
    if (c.table == table) return c.rows;
  ADD_FAILURE() << "no table " << table;
  return -1;
}

// Every events row as text, sorted: what must not depend on arrival order.
std::vector<std::string> EventRows(const std::string& path) {
  Result<store::Connection> db = store::Connection::Open(path, true);
  EXPECT_TRUE(db.ok());
  Result<store::Statement*> st = db->Prepare(
      "SELECT id, source_actor, target_actor, cameo, date, date_last, num_mentions, num_sources, num_articles, "
      "first_article_id, (SELECT group_concat(article_id, ',') FROM (SELECT article_id FROM event_mentions m "
      "WHERE m.event_id = events.id ORDER BY article_id)) FROM events ORDER BY id");
  EXPECT_TRUE(st.ok());
  std::vector<std::string> rows;
  while (*(*st)->Step()) {
    std::string row;
    for (int c = 0; c < 11; ++c) row += (*st)->Text(c) + "|";
    rows.push_back(row);
  }
  return rows;
}

TEST(Store, CreatesTheSchemaAtTheCurrentVersionAndReopens) {
  TempDb db;
  {
    Store store = OpenStore(db.path());
    EXPECT_EQ(store.schema_version(), store::SchemaVersion());
    EXPECT_EQ(Rows(store, "articles"), 0);
  }
  Result<Store> again = Store::Open(db.path(), {.read_only = true});
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->schema_version(), store::SchemaVersion());
}

// The issues column of every event_mentions row, in key order.
std::vector<std::string> MentionIssues(const std::string& path) {
  Result<store::Connection> db = store::Connection::Open(path, true);
  EXPECT_TRUE(db.ok());
  Result<store::Statement*> st = db->Prepare("SELECT issues FROM event_mentions ORDER BY article_id, idx, pair");
  EXPECT_TRUE(st.ok());
  std::vector<std::string> rows;
  while (*(*st)->Step()) rows.push_back((*st)->Text(0));
  return rows;
}

TEST(Store, EventMentionsKeepTheIssuesOfTheirSentence) {
  TempDb db;
  {
    Store store = OpenStore(db.path());
    std::vector<RecordOutcome> batch;
    batch.push_back(Reported("a1", "https://one.example/a", "Gondor praised the vote.", "GON", "051", "ARN", "2024-05-01"));
    batch.back().document->events.front().issues = {"ELECTIONS", "TRADE"};
    batch.push_back(Reported("a2", "https://two.example/b", "Arnor met Gondor.", "ARN", "040", "GON", "2024-05-02"));
    ASSERT_TRUE(store.Write(batch).ok());
  }
  EXPECT_EQ(MentionIssues(db.path()), (std::vector<std::string>{R"(["ELECTIONS","TRADE"])", "[]"}));
}

// A new database built by the first `version` migrations, as an older build left it.
Result<store::Connection> DatabaseAtVersion(const std::string& path, int version) {
  Result<store::Connection> raw = store::Connection::Open(path, false);
  if (!raw.ok()) return raw;
  for (int v = 0; v < version; ++v)
    if (Status s = raw->Execute(store::Migrations()[v]); !s.ok()) return s;
  if (Status s = raw->Execute("PRAGMA user_version = " + std::to_string(version)); !s.ok()) return s;
  return raw;
}

// Such a database holding the rows `inserts` (SQL) adds.
void WriteDatabaseAtVersion(const std::string& path, int version, const std::string& inserts) {
  Result<store::Connection> raw = DatabaseAtVersion(path, version);
  ASSERT_TRUE(raw.ok());
  EXPECT_TRUE(raw->Execute(inserts).ok()) << inserts;
}

TEST(Store, AVersionTwoDatabaseIsMigratedAndItsMentionsGetNoIssues) {
  TempDb db;
  WriteDatabaseAtVersion(db.path(), 2,
                         "INSERT INTO event_mentions (article_id, idx, pair, event_id, sentence, char_begin, "
                         "char_end, text, confidence, relayed_by, modality) "
                         "VALUES ('old', 0, 0, 'e', 0, 0, 4, 'text', 1.0, '[]', 'asserted')");
  {
    Store store = OpenStore(db.path());
    EXPECT_EQ(store.schema_version(), store::SchemaVersion());
  }
  EXPECT_EQ(MentionIssues(db.path()), std::vector<std::string>{"[]"});
}

// Version 4 keys the child rows by the article's seq: rows a version-3
// database holds under the article's id move to its seq, values unchanged.
TEST(Store, AVersionThreeDatabasesChildRowsAreKeyedByTheirArticlesSeq) {
  TempDb db;
  WriteDatabaseAtVersion(db.path(), 3,
                         "INSERT INTO articles (seq, id, source, text, warnings, text_hash, cluster_id) VALUES "
                         "(7, 'kestria', 'k.example', 'Kestria voted.', '[]', 'h1', 'kestria'), "
                         "(9, 'arnor', 'a.example', 'Arnor voted.', '[]', 'h2', 'arnor');"
                         "INSERT INTO paragraphs VALUES "
                         "('kestria', 0, 'paragraph', 0, 14), ('arnor', 0, 'heading', 0, 12);"
                         "INSERT INTO sentences VALUES ('arnor', 0, 0, 0, 12);"
                         "INSERT INTO mentions VALUES ('kestria', 0, 'state', 0, 0, 7, 'Kestria');"
                         "INSERT INTO entities VALUES "
                         "('kestria', 0, 'e1', 'Kestria', 'state', 'KES', NULL, 'KES', 1);"
                         "INSERT INTO band_keys VALUES (3, -42, 'arnor');");
  { OpenStore(db.path()); }
  Result<store::Connection> conn = store::Connection::Open(db.path(), true);
  ASSERT_TRUE(conn.ok());
  const auto rows = [&](const std::string& sql) {
    Result<store::Statement*> st = conn->Prepare(sql);
    EXPECT_TRUE(st.ok()) << sql;
    std::vector<std::string> out;
    while (st.ok() && *(*st)->Step()) {
      std::string row;
      for (int c = 0; c < (*st)->Columns(); ++c) row += (c ? "|" : "") + (*st)->Text(c);
      out.push_back(row);
    }
    return out;
  };
  using Rows = std::vector<std::string>;
  EXPECT_EQ(rows("SELECT * FROM paragraphs ORDER BY 1"), (Rows{"7|0|paragraph|0|14", "9|0|heading|0|12"}));
  EXPECT_EQ(rows("SELECT * FROM sentences"), Rows{"9|0|0|0|12"});
  EXPECT_EQ(rows("SELECT * FROM mentions"), Rows{"7|0|state|0|0|7|Kestria"});
  EXPECT_EQ(rows("SELECT * FROM entities WHERE actor = 'KES'"), Rows{"7|0|e1|Kestria|state|KES||KES|1"});
  EXPECT_EQ(rows("SELECT * FROM band_keys"), Rows{"3|-42|9"});
  EXPECT_EQ(rows("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entities' ORDER BY 1"),
            (Rows{"entities_by_actor", "entities_by_name"}));
}

// A version-3 row naming no stored article has no seq to move to: the
// migration refuses the file, naming the table and the count, and leaves it
// at version 3 with its rows.
TEST(Store, AVersionThreeDatabaseWithRowsOfNoArticleIsNotMigrated) {
  TempDb db;
  WriteDatabaseAtVersion(db.path(), 3,
                         "INSERT INTO articles (seq, id, source, text, warnings, text_hash, cluster_id) VALUES "
                         "(7, 'kestria', 'k.example', 'Kestria voted.', '[]', 'h1', 'kestria');"
                         "INSERT INTO paragraphs VALUES ('kestria', 0, 'paragraph', 0, 14);"
                         "INSERT INTO mentions VALUES ('kestria', 0, 'state', 0, 0, 7, 'Kestria'), "
                         "('gone', 0, 'state', 0, 0, 5, 'Arnor'), ('gone', 1, 'state', 0, 9, 14, 'Arnor');");
  Result<Store> store = Store::Open(db.path(), StoreOptions{});
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("2 rows of table mentions"), std::string::npos) << store.status().message();
  Result<store::Connection> conn = store::Connection::Open(db.path(), true);
  ASSERT_TRUE(conn.ok());
  EXPECT_EQ(*conn->QueryInt("PRAGMA user_version"), 3);
  EXPECT_EQ(*conn->QueryInt("SELECT count(*) FROM mentions WHERE article_id = 'gone'"), 2);
}

TEST(Store, RefusesADatabaseFromANewerBuild) {
  TempDb db;
  { OpenStore(db.path()); }
  {
    Result<store::Connection> raw = store::Connection::Open(db.path(), false);
    ASSERT_TRUE(raw.ok());
    ASSERT_TRUE(raw->Execute("PRAGMA user_version = 999").ok());
  }
  Result<Store> store = Store::Open(db.path());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("999"), std::string::npos) << store.status().ToString();
}

TEST(Store, RefusesAFileThatIsNotADatabase) {
  TempDb db;
  std::ofstream(db.path()) << "this is a text file, not SQLite, and it is long enough to have a header page";
  Result<Store> store = Store::Open(db.path());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find(db.path()), std::string::npos) << store.status().ToString();
}

TEST(Store, WritingTheSameOutcomesTwiceAddsNothing) {
  TempDb db;
  Store store = OpenStore(db.path());
  std::vector<RecordOutcome> batch;
  batch.push_back(Reported("a1", "https://www.one.example/a", "Kim greeted Putin.", "PRK", "018", "RUS", "2024-12-31"));
  batch.push_back(RecordOutcome{"key-bad", "input.jsonl", 99, "", std::nullopt, "invalid input: not JSON"});
  Result<std::size_t> first = store.Write(batch);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(*first, 1u);
  batch.clear();
  batch.push_back(Reported("a1", "https://www.one.example/a", "Kim greeted Putin.", "PRK", "018", "RUS", "2024-12-31"));
  batch.push_back(RecordOutcome{"key-bad", "input.jsonl", 99, "", std::nullopt, "invalid input: not JSON"});
  Result<std::size_t> second = store.Write(batch);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*second, 0u);
  EXPECT_EQ(Rows(store, "records"), 2);
  EXPECT_EQ(Rows(store, "articles"), 1);
  EXPECT_EQ(Rows(store, "events"), 1);
  EXPECT_EQ(Rows(store, "event_mentions"), 1);

  Result<std::optional<StoredStatus>> rejected = store.Find("key-bad");
  ASSERT_TRUE(rejected.ok() && rejected->has_value());
  EXPECT_FALSE((*rejected)->processed);
  EXPECT_EQ((*rejected)->reason, "invalid input: not JSON");
  Result<std::optional<StoredStatus>> unknown = store.Find("key-never-seen");
  ASSERT_TRUE(unknown.ok());
  EXPECT_FALSE(unknown->has_value());
}

TEST(Store, OneEventReportedByTwoSitesHasTwoSourcesAndTwoArticles) {
  TempDb db;
  Store store = OpenStore(db.path());
  std::vector<RecordOutcome> batch;
  batch.push_back(Reported("a1", "https://www.one.example/a", "Kim greeted Putin.", "PRK", "018", "RUS", "2024-12-31"));
  batch.push_back(Reported("a2", "https://two.example/b", "Kim sent greetings to Putin.", "PRK", "018", "RUS",
                           "2025-01-01"));
  batch.push_back(Reported("a3", "https://one.example/c", "Again: Kim greeted Putin.", "PRK", "018", "RUS",
                           "2024-12-31"));
  ASSERT_TRUE(store.Write(batch).ok());
  Result<std::vector<EventSummary>> events = store.TopEvents(10);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  const EventSummary& e = events->front();
  EXPECT_EQ(e.num_mentions, 3);
  EXPECT_EQ(e.num_articles, 3);
  EXPECT_EQ(e.num_sources, 2);  // www.one.example and one.example are one publisher
  EXPECT_EQ(e.date, "2024-12-31");
  EXPECT_EQ(e.first_article_id, "a1");  // earliest published, then smallest id
}

// The first report is the earliest published; a report without a
// publication date comes after every dated one, whatever its id. Articles
// without a publisher count as one source each.
TEST(Store, AnUndatedReportIsNeverTheFirstAndEachUnnamedPublisherCountsAlone) {
  TempDb db;
  Store store = OpenStore(db.path());
  std::vector<RecordOutcome> batch;
  const std::string text = "Gondor aided Mordor.";
  batch.push_back(Reported("a0", "", text, "GON", "070", "MOR", "2024-05-02", ""));  // undated, smallest id
  batch.push_back(Reported("b0", "", text, "GON", "070", "MOR", "2024-05-02"));
  batch.push_back(Reported("c0", "", text, "GON", "070", "MOR", "2024-05-02", "2024-05-01"));
  ASSERT_TRUE(store.Write(batch).ok());
  Result<std::vector<EventSummary>> events = store.TopEvents(10);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ(events->front().first_article_id, "c0");
  EXPECT_EQ(events->front().num_articles, 3);
  EXPECT_EQ(events->front().num_sources, 3);
}

TEST(Store, TopEventsListDyadsBeforeEventsWithUnknownActors) {
  TempDb db;
  Store store = OpenStore(db.path());
  std::vector<RecordOutcome> batch;
  batch.push_back(Reported("a1", "https://a.example/1", "Someone said something.", "", "010", "", "2024-12-30"));
  batch.push_back(Reported("a2", "https://a.example/2", "Officials spoke to Russia.", "", "010", "RUS", "2024-12-30"));
  batch.push_back(Reported("a3", "https://a.example/3", "Kim greeted Putin.", "PRK", "018", "RUS", "2024-12-31"));
  ASSERT_TRUE(store.Write(batch).ok());
  Result<std::vector<EventSummary>> events = store.TopEvents(10);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 3u);
  EXPECT_EQ((*events)[0].first_article_id, "a3");
  EXPECT_EQ((*events)[1].first_article_id, "a2");
  EXPECT_EQ((*events)[2].first_article_id, "a1");
}

TEST(Store, DifferentDyadsCodesOrDistantDatesAreDifferentEvents) {
  TempDb db;
  Store store = OpenStore(db.path());
  std::vector<RecordOutcome> batch;
  batch.push_back(Reported("a1", "https://a.example/1", "Kim greeted Putin.", "PRK", "018", "RUS", "2024-12-31"));
  batch.push_back(Reported("a2", "https://a.example/2", "Putin greeted Kim.", "RUS", "018", "PRK", "2024-12-31"));
  batch.push_back(Reported("a3", "https://a.example/3", "Kim praised Putin.", "PRK", "051", "RUS", "2024-12-31"));
  batch.push_back(Reported("a4", "https://a.example/4", "Kim greeted Putin again.", "PRK", "018", "RUS", "2025-01-02"));
  ASSERT_TRUE(store.Write(batch).ok());
  EXPECT_EQ(Rows(store, "events"), 4);
}

TEST(Store, EventsDoNotDependOnTheOrderArticlesArrive) {
  // 1 and 3 March are two events until 2 March bridges them; 9 March stays apart.
  const std::vector<std::pair<std::string, std::string>> reports = {
      {"a1", "2024-03-01"}, {"a2", "2024-03-03"}, {"a3", "2024-03-02"}, {"a4", "2024-03-09"}};
  // Every order of the first three with a4 last, and a4 first or between.
  std::vector<std::vector<std::size_t>> orders = {{3, 2, 1, 0}, {1, 3, 0, 2}};
  std::vector<std::size_t> first_three = {0, 1, 2};
  do {
    orders.push_back(first_three);
    orders.back().push_back(3);
  } while (std::next_permutation(first_three.begin(), first_three.end()));
  std::vector<std::string> reference;
  for (const std::vector<std::size_t>& order : orders) {
    TempDb db;
    {
      Store store = OpenStore(db.path());
      for (std::size_t i : order) {
        std::vector<RecordOutcome> one;
        one.push_back(Reported(reports[i].first, "https://" + reports[i].first + ".example/", "Talks held.", "USA",
                               "040", "CHN", reports[i].second));
        ASSERT_TRUE(store.Write(one).ok());
      }
    }
    std::vector<std::string> rows = EventRows(db.path());
    ASSERT_EQ(rows.size(), 2u);  // 1..3 March chained, 9 March alone
    if (reference.empty()) reference = rows;
    EXPECT_EQ(rows, reference);
  }
}

// "id:cluster_id" of every article, by id.
std::vector<std::string> Clusters(const std::string& path) {
  std::vector<std::string> clusters;
  Result<store::Connection> raw = store::Connection::Open(path, true);
  EXPECT_TRUE(raw.ok());
  if (!raw.ok()) return clusters;
  Result<store::Statement*> st = raw->Prepare("SELECT id, cluster_id FROM articles ORDER BY id");
  EXPECT_TRUE(st.ok());
  while (st.ok() && *(*st)->Step()) clusters.push_back((*st)->Text(0) + ":" + (*st)->Text(1));
  return clusters;
}

TEST(Store, ExactDuplicatesShareTheSmallestIdAsCluster) {
  TempDb db;
  Store store = OpenStore(db.path());
  std::vector<RecordOutcome> batch;
  batch.push_back(Reported("b", "https://one.example/x", "The Senate passed the budget.", "USA", "010", "", ""));
  batch.push_back(Reported("c", "https://two.example/y", "THE senate passed -- the budget!", "USA", "010", "", ""));
  batch.push_back(Reported("a", "https://three.example/z", "The  Senate passed the budget", "USA", "010", "", ""));
  batch.push_back(Reported("d", "https://four.example/w", "The Senate rejected the budget.", "USA", "010", "", ""));
  ASSERT_TRUE(store.Write(batch).ok());
  EXPECT_EQ(Clusters(db.path()), (std::vector<std::string>{"a:a", "b:a", "c:a", "d:d"}));
}

// A wire story and a near-duplicate copy of it, edited and extended.
const std::string kStory =
    "The finance ministers of the seven largest economies met in Rome on Tuesday to discuss a common "
    "approach to taxing multinational companies, according to officials familiar with the talks. The "
    "meeting ended without a joint statement, but several delegations said that progress had been made "
    "on the minimum rate and on the rules for digital services.";

std::string EditedStory() {
  std::string edited = kStory;
  edited.replace(edited.find("Tuesday"), 7, "Wednesday");
  return edited + " A follow-up meeting is planned for next month.";
}

TEST(Store, NearDuplicatesJoinOneClusterAndOtherStoriesDoNot) {
  const std::string& story = kStory;
  const std::string edited = EditedStory();
  TempDb db;
  Store store = OpenStore(db.path());
  std::vector<RecordOutcome> batch;
  batch.push_back(Reported("n2", "https://wire.example/1", story, "USA", "040", "", ""));
  batch.push_back(Reported("n1", "https://copy.example/2", "Ministers meet\n\n" + edited, "USA", "040", "", ""));
  batch.push_back(Reported("n3", "https://other.example/3",
                           "Heavy rain flooded the northern valleys overnight, and rescue teams evacuated "
                           "hundreds of residents from villages along the river before dawn on Tuesday.",
                           "USA", "040", "", ""));
  ASSERT_TRUE(store.Write(batch).ok());
  EXPECT_EQ(Clusters(db.path()), (std::vector<std::string>{"n1:n1", "n2:n1", "n3:n3"}));
  EXPECT_GT(Rows(store, "band_keys"), 0);
}

// The candidates of one band key are read from band_keys' primary key in
// order up to the limit: no sort of every article sharing the key.
TEST(Store, NearDuplicateCandidatesAreReadWithoutSortingTheBandKey) {
  TempDb db;
  { OpenStore(db.path()); }
  Result<store::Connection> conn = store::Connection::Open(db.path(), true);
  ASSERT_TRUE(conn.ok());
  Result<store::Statement*> plan =
      conn->Prepare("EXPLAIN QUERY PLAN " + std::string(store::NearDuplicateCandidatesSql()));
  ASSERT_TRUE(plan.ok());
  std::string steps;
  while (*(*plan)->Step()) steps += (*plan)->Text(3) + "\n";
  EXPECT_NE(steps.find("band_keys"), std::string::npos) << steps;
  EXPECT_EQ(steps.find("TEMP B-TREE"), std::string::npos) << steps;
}

// More copies of one story than the lookup reads per band key still all
// join the one cluster.
TEST(Store, AFloodOfNearDuplicateCopiesIsOneCluster) {
  TempDb db;
  Store store = OpenStore(db.path());
  std::vector<RecordOutcome> batch;
  for (int i = 0; i < 45; ++i)
    batch.push_back(Reported("copy" + std::to_string(100 + i), "https://wire.example/" + std::to_string(i),
                             kStory + " Filed by desk " + std::to_string(i) + ".", "USA", "040", "", ""));
  ASSERT_TRUE(store.Write(batch).ok());
  const std::vector<std::string> clusters = Clusters(db.path());
  ASSERT_EQ(clusters.size(), 45u);
  for (const std::string& article_cluster : clusters)
    EXPECT_EQ(article_cluster.substr(article_cluster.find(':')), ":copy100") << article_cluster;
}

// The writer skips band keys no stored article has; keys another connection
// stored between two batches must still be found.
TEST(Store, NearDuplicatesWrittenThroughAnotherConnectionAreFound) {
  TempDb db;
  Store first = OpenStore(db.path());
  Store second = OpenStore(db.path());
  std::vector<RecordOutcome> batch;
  batch.push_back(Reported("n3", "https://other.example/3",
                           "A late frost damaged the vineyards of the southern hills, and growers expect "
                           "the smallest harvest in a decade after losing most of the early buds.",
                           "USA", "040", "", ""));
  ASSERT_TRUE(first.Write(batch).ok());
  batch.clear();
  batch.push_back(Reported("n2", "https://wire.example/2", kStory, "USA", "040", "", ""));
  ASSERT_TRUE(second.Write(batch).ok());
  batch.clear();
  batch.push_back(Reported("n1", "https://copy.example/1", EditedStory(), "USA", "040", "", ""));
  ASSERT_TRUE(first.Write(batch).ok());
  EXPECT_EQ(Clusters(db.path()), (std::vector<std::string>{"n1:n1", "n2:n1", "n3:n3"}));
}

TEST(Store, UndatedEventsGroupOnlyWithinTheirArticle) {
  TempDb db;
  Store store = OpenStore(db.path());
  std::vector<RecordOutcome> batch;
  batch.push_back(Reported("a1", "https://a.example/1", "Talks.", "USA", "040", "CHN", ""));
  batch.push_back(Reported("a2", "https://b.example/2", "Talks.", "USA", "040", "CHN", ""));
  ASSERT_TRUE(store.Write(batch).ok());
  EXPECT_EQ(Rows(store, "events"), 2);
}

TEST(Store, EventsWithoutAnyActorStayInTheirArticle) {
  TempDb db;
  Store store = OpenStore(db.path());
  std::vector<RecordOutcome> batch;
  batch.push_back(Reported("a1", "https://a.example/1", "It was said.", "", "010", "", "2024-12-30"));
  batch.push_back(Reported("a2", "https://b.example/2", "It was said.", "", "010", "", "2024-12-30"));
  // One known actor is enough to recognise the same event in two reports.
  batch.push_back(Reported("a3", "https://a.example/3", "Officials spoke to Russia.", "", "010", "RUS", "2024-12-30"));
  batch.push_back(Reported("a4", "https://b.example/4", "Officials spoke to Russia.", "", "010", "RUS", "2024-12-31"));
  ASSERT_TRUE(store.Write(batch).ok());
  EXPECT_EQ(Rows(store, "events"), 3);
  Result<std::vector<EventSummary>> events = store.TopEvents(10);
  ASSERT_TRUE(events.ok());
  for (const EventSummary& e : *events) EXPECT_EQ(e.date, "2024-12-30");
}

// Police of no known country detaining journalists of none, the same day in
// two stories, may be two forces in two places: not one event.
TEST(Store, ActorsOfNoKnownCountryDoNotIdentifyAnEvent) {
  TempDb db;
  Store store = OpenStore(db.path());
  std::vector<RecordOutcome> batch;
  batch.push_back(Reported("a1", "https://a.example/1", "Police detained two reporters.", "---COP", "173", "---MED",
                           "2024-12-30"));
  batch.push_back(Reported("a2", "https://b.example/2", "Police detained two reporters.", "---COP", "173", "---MED",
                           "2024-12-30"));
  // With one side of a known country, two reports of the same day are one event.
  batch.push_back(Reported("a3", "https://a.example/3", "Police detained a Velnorian reporter.", "---COP", "173",
                           "VELMED", "2024-12-30"));
  batch.push_back(Reported("a4", "https://b.example/4", "Police detained a Velnorian reporter.", "---COP", "173",
                           "VELMED", "2024-12-30"));
  ASSERT_TRUE(store.Write(batch).ok());
  // (target, articles) of each event: the two reports on police alone are two events of one article.
  std::vector<std::pair<std::string, std::string>> events;
  for (const std::string& row : EventRows(db.path())) {
    std::vector<std::string> fields;  // id|source|target|cameo|date|date_last|mentions|sources|articles|...
    for (std::size_t at = 0, bar; (bar = row.find('|', at)) != std::string::npos; at = bar + 1)
      fields.push_back(row.substr(at, bar - at));
    events.emplace_back(fields[2], fields[8]);
  }
  std::sort(events.begin(), events.end());
  const std::vector<std::pair<std::string, std::string>> expected = {{"---MED", "1"}, {"---MED", "1"}, {"VELMED", "2"}};
  EXPECT_EQ(events, expected);
}

// Child rows bind their article id and text in place and reuse statements
// without unbinding: each article's rows must hold its own values, also
// after its Document is gone.
TEST(Store, RowsHoldTheirOwnArticlesValuesAfterTheDocumentsAreGone) {
  TempDb db;
  {
    Store store = OpenStore(db.path());
    for (const char* id : {"first", "second"}) {
      std::vector<RecordOutcome> batch;
      batch.push_back(Reported(id, std::string("https://a.example/") + id, std::string("Story ") + id + " here.",
                               "GON", "036", "MOR", "2024-03-01"));
      ASSERT_TRUE(store.Write(batch).ok());
    }
  }
  Result<store::Connection> conn = store::Connection::Open(db.path(), true);
  ASSERT_TRUE(conn.ok());
  Result<store::Statement*> st = conn->Prepare(
      "SELECT a.id, a.text, s.char_end, m.text FROM articles a JOIN sentences s ON s.article_seq = a.seq "
      "JOIN event_mentions m ON m.article_id = a.id ORDER BY a.id");
  ASSERT_TRUE(st.ok());
  std::vector<std::string> rows;
  while (*(*st)->Step())
    rows.push_back((*st)->Text(0) + "|" + (*st)->Text(1) + "|" + std::to_string((*st)->Int(2)) + "|" + (*st)->Text(3));
  EXPECT_EQ(rows, (std::vector<std::string>{"first|Story first here.|17|Story", "second|Story second here.|18|Story"}));
}

TEST(Store, RecordKeysDependOnPlaceAndContent) {
  Record a;
  a.input = "-";
  a.payload = "<p>one</p>";
  Record b = a;
  b.payload = "<p>two</p>";
  Record c = a;
  c.offset = 10;
  EXPECT_EQ(RecordKey(a), RecordKey(Record(a)));
  EXPECT_NE(RecordKey(a), RecordKey(b));
  EXPECT_NE(RecordKey(a), RecordKey(c));
  EXPECT_NE(RecordKey(Rejection{"-", 0, "too large"}), RecordKey(Rejection{"-", 0, "not HTML"}));
}

}  // namespace
}  // namespace tidings
