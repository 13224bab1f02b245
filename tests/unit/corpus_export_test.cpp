// tidings export over a database built row by row: GDELT 2.0 events and
// mentions with the right values in the right columns, PLOVER records, JSONL
// and CSV; and the actor-code split and timestamps the GDELT tables rely on.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "store/actor_code.h"
#include "store/gdelt_export.h"
#include "support/corpus_fixture.h"
#include "support/tsv.h"
#include "tidings/corpus_query.h"

namespace tidings {
namespace {

using nlohmann::json;
using Fields = std::vector<std::string>;

class CorpusExportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { corpus_ = new testing::CorpusFixture("export"); }
  static void TearDownTestSuite() {
    delete corpus_;
    corpus_ = nullptr;
  }

  static std::string Export(ExportFormat format, const CorpusQuery& filter = {}, ExportOptions options = {}) {
    std::ostringstream out;
    Status s = ExportCorpus(corpus_->path(), filter, format, out, options);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out.str();
  }

  // The GDELT row of `event_id` by column name.
  static std::map<std::string, std::string> GdeltEvent(const std::string& event_id) {
    const Fields names = GdeltEventColumns();
    const std::string id = std::to_string(store::GlobalEventId(event_id));
    for (const Fields& row : testing::SplitTsv(Export(ExportFormat::kGdeltEvents))) {
      if (row[0] != id) continue;
      std::map<std::string, std::string> named;
      for (std::size_t i = 0; i < names.size() && i < row.size(); ++i) named[names[i]] = row[i];
      return named;
    }
    ADD_FAILURE() << "no GDELT row for " << event_id;
    return {};
  }

  static testing::CorpusFixture* corpus_;
};

testing::CorpusFixture* CorpusExportTest::corpus_ = nullptr;

TEST_F(CorpusExportTest, GdeltEventsHave61TabSeparatedColumnsPerLine) {
  const std::vector<Fields> rows = testing::SplitTsv(Export(ExportFormat::kGdeltEvents));
  ASSERT_EQ(rows.size(), 4u);
  for (const Fields& row : rows) EXPECT_EQ(row.size(), 61u);
  EXPECT_EQ(GdeltEventColumns().size(), 61u);
  // Ordered by date, undated last; ids are stable integers.
  EXPECT_EQ(rows[0][0], std::to_string(store::GlobalEventId("ev4")));
  EXPECT_EQ(rows[3][0], std::to_string(store::GlobalEventId("ev3")));
  EXPECT_GT(store::GlobalEventId("ev1"), 0);
  EXPECT_NE(store::GlobalEventId("ev1"), store::GlobalEventId("ev2"));
}

TEST_F(CorpusExportTest, GdeltEventColumnsHoldTheEventsValues) {
  auto e = GdeltEvent("ev1");
  EXPECT_EQ(e["SQLDATE"], "20240102");
  EXPECT_EQ(e["MonthYear"], "202401");
  EXPECT_EQ(e["Year"], "2024");
  EXPECT_EQ(e["FractionDate"], "2024.0877");  // 2024 + (1 * 30 + 2) / 365
  EXPECT_EQ(e["Actor1Code"], "RUSGOV");
  EXPECT_EQ(e["Actor1Name"], "VLADIMIR PUTIN");
  EXPECT_EQ(e["Actor1CountryCode"], "RUS");
  EXPECT_EQ(e["Actor1Type1Code"], "GOV");
  EXPECT_EQ(e["Actor1KnownGroupCode"], "");
  EXPECT_EQ(e["Actor2Code"], "CHNGOV");
  EXPECT_EQ(e["Actor2Name"], "XI JINPING");
  EXPECT_EQ(e["Actor2CountryCode"], "CHN");
  EXPECT_EQ(e["IsRootEvent"], "0");  // coded in the second paragraph of its first report
  EXPECT_EQ(e["EventCode"], "036");
  EXPECT_EQ(e["EventBaseCode"], "036");
  EXPECT_EQ(e["EventRootCode"], "03");
  EXPECT_EQ(e["QuadClass"], "1");
  EXPECT_EQ(e["GoldsteinScale"], "4.0");
  EXPECT_EQ(e["NumMentions"], "2");
  EXPECT_EQ(e["NumSources"], "2");
  EXPECT_EQ(e["NumArticles"], "2");
  EXPECT_EQ(e["AvgTone"], "");
  EXPECT_EQ(e["ActionGeo_Type"], "");
  EXPECT_EQ(e["DATEADDED"], "20240102063000");  // 09:30 at +03:00
  EXPECT_EQ(e["SOURCEURL"], "https://www.example-news.com/2024/01/02/ties");
  EXPECT_EQ(GdeltEvent("ev4")["IsRootEvent"], "1");
}

TEST_F(CorpusExportTest, GdeltSplitsOrganizationsAndLeavesUnknownsEmpty) {
  auto igo = GdeltEvent("ev2");
  EXPECT_EQ(igo["Actor1Code"], "IGOUNO");
  EXPECT_EQ(igo["Actor1CountryCode"], "");
  EXPECT_EQ(igo["Actor1KnownGroupCode"], "UNO");
  EXPECT_EQ(igo["Actor1Type1Code"], "IGO");
  EXPECT_EQ(igo["Actor2Code"], "");
  EXPECT_EQ(igo["Actor2Name"], "");
  EXPECT_EQ(igo["QuadClass"], "3");
  EXPECT_EQ(igo["GoldsteinScale"], "-2.0");
  EXPECT_EQ(igo["DATEADDED"], "20240103000000");
  auto undated = GdeltEvent("ev3");
  EXPECT_EQ(undated["SQLDATE"], "");
  EXPECT_EQ(undated["FractionDate"], "");
  EXPECT_EQ(undated["EventCode"], "0311");
  EXPECT_EQ(undated["EventBaseCode"], "031");
  EXPECT_EQ(undated["DATEADDED"], "");
  EXPECT_EQ(undated["SOURCEURL"], "Radio Nord");  // a citation when there is no URL
}

TEST_F(CorpusExportTest, GdeltMentionsHave16ColumnsWithOffsetsAndSources) {
  const std::vector<Fields> rows = testing::SplitTsv(Export(ExportFormat::kGdeltMentions));
  ASSERT_EQ(rows.size(), 5u);
  for (const Fields& row : rows) EXPECT_EQ(row.size(), 16u);
  const std::string ev1 = std::to_string(store::GlobalEventId("ev1"));
  // ev1: its first report (a1) then a2.
  const Fields& a1 = rows[1];
  EXPECT_EQ(a1[0], ev1);
  EXPECT_EQ(a1[1], "20240102063000");
  EXPECT_EQ(a1[2], "20240102063000");
  EXPECT_EQ(a1[3], "1");
  EXPECT_EQ(a1[4], "example-news.com");
  EXPECT_EQ(a1[5], "https://www.example-news.com/2024/01/02/ties");
  EXPECT_EQ(a1[6], "2");
  EXPECT_EQ(a1[7], std::to_string(corpus_->Offset("a1", "Vladimir Putin met")));
  EXPECT_EQ(a1[8], std::to_string(corpus_->Offset("a1", "Xi Jinping")));
  EXPECT_EQ(a1[9], std::to_string(corpus_->Offset("a1", "met")));
  EXPECT_EQ(a1[10], "1");
  EXPECT_EQ(a1[11], "100");
  EXPECT_EQ(a1[12], std::to_string(testing::CorpusFixture::CodePointCount(corpus_->Text("a1"))));
  EXPECT_EQ(a1[13], "");
  EXPECT_EQ(rows[2][0], ev1);
  EXPECT_EQ(rows[2][2], "20240103000000");
  // ev2: the actor's words are not in the sentence, so no offset and not raw text.
  EXPECT_EQ(rows[3][7], "-1");
  EXPECT_EQ(rows[3][8], "-1");
  EXPECT_EQ(rows[3][10], "0");
  EXPECT_EQ(rows[3][11], "75");
  // ev3: citation only, no publication time; offsets count code points past "é".
  EXPECT_EQ(rows[4][3], "2");
  EXPECT_EQ(rows[4][5], "a3");
  EXPECT_EQ(rows[4][1], "");
  EXPECT_EQ(rows[4][7], std::to_string(corpus_->Offset("a3", "China")));
  EXPECT_EQ(rows[4][7], "19");
}

TEST_F(CorpusExportTest, HeaderNamesTheColumnsAsGdeltDoes) {
  const std::vector<Fields> rows = testing::SplitTsv(Export(ExportFormat::kGdeltEvents, {}, {.header = true}));
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0], GdeltEventColumns());
  std::ifstream labels(TIDINGS_SHARED_DIR "/data/events/gdelt2HeaderRows/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
  if (!labels) GTEST_SKIP() << "../shared is absent";
  Fields names;
  std::string line;
  std::getline(labels, line);  // tableId,dataType,...
  while (std::getline(labels, line))
    if (!line.empty() && line.find(',') != std::string::npos) names.push_back(line.substr(0, line.find(',')));
  EXPECT_EQ(names, GdeltEventColumns());
}

TEST_F(CorpusExportTest, FiltersApplyToExports) {
  EXPECT_EQ(testing::SplitTsv(Export(ExportFormat::kGdeltEvents, {.actor = "IGOUNO"})).size(), 1u);
  EXPECT_EQ(testing::SplitTsv(Export(ExportFormat::kGdeltMentions, {.dyad = "RUSGOV,CHNGOV"})).size(), 2u);
  std::ostringstream out;
  EXPECT_EQ(ExportCorpus(corpus_->path(), {.code = "x"}, ExportFormat::kCsv, out).code(), Status::Code::kInvalidInput);
}

TEST_F(CorpusExportTest, PloverRecordsForEventsPloverCodes) {
  const json records = json::parse(Export(ExportFormat::kPlover));
  ASSERT_EQ(records.size(), 3u);  // the CAMEO 010 statement has no PLOVER event
  const json& agree = records[0];
  EXPECT_EQ(agree["id"], "ev1");
  EXPECT_EQ(agree["date"], "2024-01-02");
  EXPECT_EQ(agree["event"], "AGREE");
  EXPECT_EQ(agree["context"], "diplomatic");
  EXPECT_EQ(agree["source"], json::parse(R"([{"actorText": "Vladimir Putin", "code": "RUS", "sector": "GOV"}])"));
  EXPECT_EQ(agree["target"], json::parse(R"([{"actorText": "Xi Jinping", "code": "CHN", "sector": "GOV"}])"));
  EXPECT_EQ(agree["eventText"], "met");
  EXPECT_EQ(agree["text"], "Vladimir Putin met Xi Jinping in Moscow.");
  EXPECT_EQ(agree["publication"], "example-news.com");
  EXPECT_EQ(agree["language"], "en");
  EXPECT_EQ(agree["tidings"]["num_articles"], 2);
  const json& accuse = records[1];
  EXPECT_EQ(accuse["mode"], "allege");
  EXPECT_EQ(accuse["source"][0]["code"], "IGO");
  EXPECT_FALSE(accuse["source"][0].contains("sector"));
  EXPECT_EQ(accuse["target"], json::array());
  EXPECT_TRUE(records[2]["date"].is_null());
  EXPECT_EQ(records[2]["context"], "economic");
}

TEST_F(CorpusExportTest, JsonlHasOneEventPerLineWithAllItsMentions) {
  std::istringstream lines(Export(ExportFormat::kJsonl));
  std::vector<json> events;
  for (std::string line; std::getline(lines, line);) events.push_back(json::parse(line));
  ASSERT_EQ(events.size(), 4u);
  EXPECT_EQ(events[1]["id"], "ev1");
  EXPECT_EQ(events[1]["mentions"].size(), 2u);
  EXPECT_EQ(events[3]["mentions"][0]["relayed_by"][0]["text"], "Radio Nord");
}

TEST_F(CorpusExportTest, CsvHasAHeaderAndOneRowPerEvent) {
  std::istringstream lines(Export(ExportFormat::kCsv));
  std::string header;
  std::getline(lines, header);
  EXPECT_EQ(header.rfind("id,date,date_last,source,target,cameo", 0), 0u) << header;
  int rows = 0;
  for (std::string line; std::getline(lines, line);) ++rows;
  EXPECT_EQ(rows, 4);
}

TEST(ActorCodeTest, SplitsCodesIntoGdeltColumns) {
  store::GdeltActorParts p = store::SplitActorCode("USAMILREB");
  EXPECT_EQ(p.country, "USA");
  EXPECT_EQ(p.type1, "MIL");
  EXPECT_EQ(p.type2, "REB");
  p = store::SplitActorCode("IGOUNODEVWBK");
  EXPECT_EQ(p.country, "");
  EXPECT_EQ(p.type1, "IGO");
  EXPECT_EQ(p.type2, "DEV");
  EXPECT_EQ(p.known_group, "WBK");
  p = store::SplitActorCode("IGOEUREEC");
  EXPECT_EQ(p.country, "EUR");
  EXPECT_EQ(p.known_group, "EEC");
  p = store::SplitActorCode("IRQSHI");
  EXPECT_EQ(p.country, "IRQ");
  EXPECT_EQ(p.religion1, "SHI");
  EXPECT_EQ(store::SplitActorCode("SUN").country, "SUN");  // the Soviet Union, not Sunni
  EXPECT_EQ(store::PloverActor("NGOHRIAMN").code, "NGO");
  EXPECT_EQ(store::PloverActor("NGOHRIAMN").sector, "HRI");
}

// PETRARCH's "---" first block is a country no one knows: GDELT writes the
// actor by its roles alone, with no country.
TEST(ActorCodeTest, AnUnknownCountryIsNoCountry) {
  EXPECT_EQ(store::WithoutUnknownCountry("---COP"), "COP");
  EXPECT_EQ(store::WithoutUnknownCountry("RUSCOP"), "RUSCOP");
  store::GdeltActorParts p = store::SplitActorCode("---COP");
  EXPECT_EQ(p.country, "");
  EXPECT_EQ(p.type1, "COP");
  p = store::SplitActorCode("---REBMIL");
  EXPECT_EQ(p.country, "");
  EXPECT_EQ(p.type1, "REB");
  EXPECT_EQ(p.type2, "MIL");
  EXPECT_EQ(store::PloverActor("---MED").code, "");
  EXPECT_EQ(store::PloverActor("---MED").sector, "MED");
  // What follows is never a country, even a block that would be one first.
  EXPECT_EQ(store::SplitActorCode("---MUS").country, "");
  EXPECT_EQ(store::PloverActor("---MUS").code, "");
  EXPECT_EQ(store::SplitActorCode("---SUN").religion1, "SUN");
}

TEST(ActorCodeTest, NormalizesOrRejects) {
  EXPECT_EQ(store::NormalizeActorCode("rusGov").value(), "RUSGOV");
  EXPECT_FALSE(store::NormalizeActorCode("").ok());
  EXPECT_FALSE(store::NormalizeActorCode("RUSG").ok());
  EXPECT_FALSE(store::NormalizeActorCode("RU5").ok());
  EXPECT_EQ(store::NormalizeActorCode("---cop").value(), "---COP");
  EXPECT_EQ(store::NormalizeActorCode("---").value(), "---");  // every actor of no known country
  EXPECT_FALSE(store::NormalizeActorCode("--COP").ok());
  EXPECT_FALSE(store::NormalizeActorCode("RUS---").ok());
}

TEST(GdeltTimestampTest, ConvertsToUtc) {
  EXPECT_EQ(store::GdeltTimestamp("2024-12-31").value(), "20241231000000");
  EXPECT_EQ(store::GdeltTimestamp("2024-12-31T10:05:00+03:00").value(), "20241231070500");
  EXPECT_EQ(store::GdeltTimestamp("2024-12-31T23:30:00-01:00").value(), "20250101003000");
  EXPECT_EQ(store::GdeltTimestamp("2024-12-31T23:30Z").value(), "20241231233000");
  EXPECT_EQ(store::GdeltTimestamp("2024-12-31T23:30:15.250+0530").value(), "20241231180015");
  EXPECT_FALSE(store::GdeltTimestamp("2024-02-30").has_value());
  EXPECT_FALSE(store::GdeltTimestamp("31.12.2024").has_value());
  EXPECT_FALSE(store::GdeltTimestamp("2024-12-31T25:00").has_value());
}

}  // namespace
}  // namespace tidings
