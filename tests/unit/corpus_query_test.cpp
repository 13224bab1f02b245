// tidings query over a database built row by row: each filter selects the
// right events, the views list articles and quotations, and bad input (or
// input shaped like SQL) gets a clear InvalidInput, never a changed query.
#include <gtest/gtest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "store/query_output.h"
#include "support/corpus_fixture.h"
#include "tidings/corpus_query.h"

namespace tidings {
namespace {

using nlohmann::json;

class CorpusQueryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { corpus_ = new testing::CorpusFixture("query"); }
  static void TearDownTestSuite() {
    delete corpus_;
    corpus_ = nullptr;
  }

  // The rows of `query` as JSON.
  static json Rows(CorpusQuery query) {
    std::ostringstream out;
    Status s = QueryCorpus(corpus_->path(), query, QueryFormat::kJson, out);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return json::parse(out.str());
  }

  // The ids of the events `query` selects, in output order.
  static std::vector<std::string> EventIds(CorpusQuery query) {
    query.fields = {"id"};
    std::vector<std::string> ids;
    for (const json& row : Rows(query)) ids.push_back(row["id"]);
    return ids;
  }

  static Status Failure(const CorpusQuery& query) {
    std::ostringstream out;
    Status s = QueryCorpus(corpus_->path(), query, QueryFormat::kTable, out);
    EXPECT_TRUE(out.str().empty()) << out.str();
    return s;
  }

  static testing::CorpusFixture* corpus_;
};

testing::CorpusFixture* CorpusQueryTest::corpus_ = nullptr;

using Ids = std::vector<std::string>;

TEST_F(CorpusQueryTest, EventsComeByDateWithUndatedLast) { EXPECT_EQ(EventIds({}), (Ids{"ev4", "ev1", "ev2", "ev3"})); }

TEST_F(CorpusQueryTest, ActorMatchesEitherSideAndTheCodesItBegins) {
  EXPECT_EQ(EventIds({.actor = "RUS"}), (Ids{"ev4", "ev1", "ev3"}));
  EXPECT_EQ(EventIds({.actor = "rusgov"}), (Ids{"ev1"}));
  EXPECT_EQ(EventIds({.actor = "IGOUNO"}), (Ids{"ev2"}));
}

TEST_F(CorpusQueryTest, DyadIsDirected) {
  EXPECT_EQ(EventIds({.dyad = "CHN,RUS"}), (Ids{"ev3"}));
  EXPECT_EQ(EventIds({.dyad = "RUS,CHN"}), (Ids{"ev4", "ev1"}));
}

TEST_F(CorpusQueryTest, CodeMatchesTheCodesItBegins) {
  EXPECT_EQ(EventIds({.code = "03"}), (Ids{"ev1", "ev3"}));
  EXPECT_EQ(EventIds({.code = "036"}), (Ids{"ev1"}));
  EXPECT_EQ(EventIds({.code = "031"}), (Ids{"ev3"}));
  EXPECT_EQ(EventIds({.quad_class = 3}), (Ids{"ev2"}));
}

TEST_F(CorpusQueryTest, DatesBoundTheEventSpanAndDropUndatedEvents) {
  // ev1 runs from 2024-01-02 to 2024-01-03, so it meets a bound of the 3rd.
  EXPECT_EQ(EventIds({.since = "2024-01-03"}), (Ids{"ev1", "ev2"}));
  EXPECT_EQ(EventIds({.until = "2024-01-01"}), (Ids{"ev4"}));
  EXPECT_EQ(EventIds({.since = "January 2, 2024", .until = "2024-01-02"}), (Ids{"ev1"}));
}

TEST_F(CorpusQueryTest, TextAndPublisherSelectEventsThroughTheirArticles) {
  EXPECT_EQ(EventIds({.text = "\"Security Council\""}), (Ids{"ev1", "ev2"}));
  EXPECT_EQ(EventIds({.text = "energy"}), (Ids{"ev3"}));
  EXPECT_EQ(EventIds({.source_site = "https://www.Example-News.com/"}), (Ids{"ev4", "ev1"}));
  EXPECT_EQ(EventIds({.source_site = "radio nord"}), (Ids{"ev3"}));
}

TEST_F(CorpusQueryTest, EventsCarryTheirMentionsActorsAndEvidence) {
  json rows = Rows({.dyad = "RUSGOV,CHNGOV", .mentions_per_event = 0});
  ASSERT_EQ(rows.size(), 1u);
  const json& e = rows[0];
  EXPECT_EQ(e["num_articles"], 2);
  EXPECT_EQ(e["goldstein"], 4.0);
  EXPECT_EQ(e["first_url"], "https://www.example-news.com/2024/01/02/ties");
  ASSERT_EQ(e["mentions"].size(), 2u);
  const json& first = e["mentions"][0];
  EXPECT_EQ(first["article_id"], "a1");
  EXPECT_EQ(first["text"], "met");
  EXPECT_EQ(first["start"], corpus_->Offset("a1", "met"));
  EXPECT_EQ(first["source_actor"]["name"], "Vladimir Putin");
  EXPECT_EQ(first["source_actor"]["actor"], "RUSGOV");
  EXPECT_EQ(first["target_actor"]["text"], "Xi Jinping");
  EXPECT_EQ(first["evidence"]["file"], "04_consult.txt");
  EXPECT_EQ(first["evidence"]["line"], 12);
  EXPECT_EQ(e["mentions"][1]["source_actor"]["text"], "Putin");
  EXPECT_EQ(Rows({.dyad = "RUSGOV,CHNGOV", .mentions_per_event = 1})[0]["mentions"].size(), 1u);
}

TEST_F(CorpusQueryTest, SortAndLimit) {
  EXPECT_EQ(EventIds({.sort = "-goldstein"}), (Ids{"ev3", "ev1", "ev4", "ev2"}));
  EXPECT_EQ(EventIds({.sort = "-goldstein", .limit = 2}), (Ids{"ev3", "ev1"}));
}

TEST_F(CorpusQueryTest, ArticlesView) {
  json rows = Rows({.view = CorpusView::kArticles, .actor = "IGOUNO"});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["id"], "a2");
  EXPECT_EQ(rows[0]["events"], 2);
  rows = Rows({.view = CorpusView::kArticles, .code = "0311"});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["id"], "a3");
  EXPECT_EQ(Rows({.view = CorpusView::kArticles, .since = "2024-01-03"}).size(), 1u);
}

TEST_F(CorpusQueryTest, QuotesBySpeakerWithRelays) {
  json rows = Rows({.view = CorpusView::kQuotes});
  ASSERT_EQ(rows.size(), 2u);
  // Ordered by speaker: the unresolved "Pékin's envoy" before "Vladimir Putin".
  EXPECT_EQ(rows[0]["speaker"], "Pékin's envoy");
  EXPECT_EQ(rows[1]["speaker"], "Vladimir Putin");
  EXPECT_EQ(rows[1]["speaker_actor"], "RUSGOV");
  EXPECT_EQ(rows[1]["relayed_by"], "Xinhua");
  EXPECT_EQ(rows[1]["text"], "We will deepen cooperation");
  EXPECT_EQ(Rows({.view = CorpusView::kQuotes, .actor = "RUS"}).size(), 1u);
  EXPECT_EQ(Rows({.view = CorpusView::kQuotes, .speaker = "ENVOY"}).size(), 1u);
}

TEST_F(CorpusQueryTest, BadInputIsNamedWithItsReason) {
  struct Case {
    CorpusQuery query;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {{.actor = "RU"}, "actor code 'RU' is not a CAMEO actor code"},
      {{.actor = "RUS1"}, "blocks of three letters"},
      {{.dyad = "RUS"}, "--dyad 'RUS' needs two actor codes"},
      {{.dyad = "RUS,C"}, "actor code 'C'"},
      {{.code = "3"}, "--code '3' is not a CAMEO event code"},
      {{.code = "21"}, "root 01..20"},
      {{.quad_class = 5}, "--quad 5"},
      {{.since = "2024-02-30"}, "--since '2024-02-30' is not a date"},
      {{.until = "yesterday-ish"}, "--until 'yesterday-ish' is not a date"},
      {{.since = "2024-02-01", .until = "2024-01-01"}, "is after --until"},
      {{.text = "\"unbalanced"}, "--text '\"unbalanced' is not a full-text query"},
      {{.fields = {"id", "colour"}}, "unknown field 'colour' (known: id, date"},
      {{.sort = "-colour"}, "--sort names an unknown field 'colour'"},
      {{.speaker = "Putin"}, "--speaker does not apply to events"},
      {{.view = CorpusView::kQuotes, .code = "03"}, "--code does not apply to --quotes"},
  };
  for (const Case& c : cases) {
    Status s = Failure(c.query);
    EXPECT_EQ(s.code(), Status::Code::kInvalidInput) << c.expected;
    EXPECT_NE(s.message().find(c.expected), std::string::npos) << s.message();
  }
}

TEST_F(CorpusQueryTest, ValuesShapedLikeSqlAreDataNotSql) {
  EXPECT_EQ(Failure({.actor = "RUS' OR '1'='1"}).code(), Status::Code::kInvalidInput);
  EXPECT_TRUE(EventIds({.source_site = "x' OR '1'='1"}).empty());
  EXPECT_TRUE(Rows({.view = CorpusView::kQuotes, .speaker = "%' OR 1=1 --"}).empty());
  EXPECT_TRUE(EventIds({.text = "\"'); DROP TABLE events; --\""}).empty());
  EXPECT_EQ(EventIds({}).size(), 4u);
}

TEST_F(CorpusQueryTest, MissingOrForeignDatabaseIsNamed) {
  std::ostringstream out;
  Status s = QueryCorpus(corpus_->path() + ".missing", {}, QueryFormat::kTable, out);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find(".missing"), std::string::npos);
}

TEST_F(CorpusQueryTest, CsvQuotesFieldsThatNeedIt) {
  std::ostringstream out;
  ASSERT_TRUE(QueryCorpus(corpus_->path(), {.dyad = "RUSGOV,CHNGOV", .fields = {"id", "first_title", "goldstein"}},
                          QueryFormat::kCsv, out)
                  .ok());
  EXPECT_EQ(out.str(), "id,first_title,goldstein\nev1,\"Putin, Xi pledge \"\"closer\"\" ties\",4.0\n");
  EXPECT_EQ(store::CsvField("plain"), "plain");
  EXPECT_EQ(store::CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(store::CsvField(" padded"), "\" padded\"");
}

TEST_F(CorpusQueryTest, TableShowsEachEventThenItsMentions) {
  std::ostringstream out;
  ASSERT_TRUE(QueryCorpus(corpus_->path(), {.code = "036"}, QueryFormat::kTable, out).ok());
  const std::string table = out.str();
  EXPECT_EQ(table.rfind("date", 0), 0u) << table;
  EXPECT_NE(table.find("RUSGOV"), std::string::npos);
  EXPECT_NE(table.find("\"met\" Vladimir Putin -> Xi Jinping (asserted; 04_consult.txt:12)"), std::string::npos)
      << table;
  EXPECT_NE(table.find("(1 row)"), std::string::npos);
}

}  // namespace
}  // namespace tidings
