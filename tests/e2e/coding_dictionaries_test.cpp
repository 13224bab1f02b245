// The real verb dictionaries and validation suites of ../shared/data/events
// load with few, named warnings and the record counts the suites document
// (event-coders.md §4). Skipped when the shared data is absent.
#include <gtest/gtest.h>

#include <filesystem>

#include "code/validation_records.h"
#include "code/verb_dictionary_petrarch2.h"
#include "code/verb_dictionary_tabari.h"
#include "eval/coding_eval.h"

namespace tidings {
namespace {

const std::string kEvents = TIDINGS_SHARED_DIR "/data/events/";

#define SKIP_WITHOUT(path) \
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " absent"

TEST(CodingDictionaries, BundledVerbPatternsLoadWithoutWarnings) {
  Result<VerbDictionary> dict = LoadBundledVerbDictionary();
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  for (const std::string& w : dict->warnings()) ADD_FAILURE() << w;
  EXPECT_GT(dict->patterns().size(), 15000u);
  EXPECT_GT(dict->blocks().size(), 100u);
  EXPECT_GT(dict->synsets().size(), 20u);
}

TEST(CodingDictionaries, Petrarch2PhoenixVerbsLoad) {
  SKIP_WITHOUT(kEvents + "petrarch2/CAMEO.2.0.txt");
  Result<VerbDictionary> dict = LoadPetrarch2VerbDictionary({kEvents + "petrarch2/CAMEO.2.0.txt"});
  ASSERT_TRUE(dict.ok());
  // 397 blocks, 4,668 pattern lines of which 5 are broken in the file itself
  // (a stray ')', '*SCEPTICAL', two undefined synsets).
  EXPECT_EQ(dict->blocks().size(), 397u);
  EXPECT_EQ(dict->synsets().size(), 40u);
  EXPECT_EQ(dict->transformations().size(), 8u);
  EXPECT_NEAR(static_cast<double>(dict->patterns().size()), 4663, 20);
  EXPECT_LE(dict->warnings().size(), 10u);
  EXPECT_FALSE(dict->FindVerbs("SENT").empty());
}

TEST(CodingDictionaries, UniversalPetrarchValidationVerbsLoad) {
  SKIP_WITHOUT(kEvents + "UniversalPetrarch/PETR_Validate_verbs_2_02.txt");
  Result<VerbDictionary> dict =
      LoadPetrarch2VerbDictionary({kEvents + "UniversalPetrarch/PETR_Validate_verbs_2_02.txt"});
  ASSERT_TRUE(dict.ok());
  EXPECT_EQ(dict->blocks().size(), 69u);
  EXPECT_NEAR(static_cast<double>(dict->patterns().size()), 353, 5);
  EXPECT_LE(dict->warnings().size(), 10u);  // undefined &PKO, &REFUGEE ..., a pattern line without '-'
}

TEST(CodingDictionaries, Petrarch1AndTabariVerbsLoad) {
  SKIP_WITHOUT(kEvents + "petrarch2/CAMEO.verbpatterns.150430.txt");
  Result<VerbDictionary> petr1 = LoadTabariVerbDictionary({kEvents + "petrarch2/CAMEO.verbpatterns.150430.txt"});
  ASSERT_TRUE(petr1.ok());
  EXPECT_NEAR(static_cast<double>(petr1->patterns().size()), 11010, 20);  // event-coders.md: 11,010
  EXPECT_LE(petr1->warnings().size(), 12u);

  Result<VerbDictionary> master = LoadTabariVerbDictionary({kEvents + "TABARI-Code/CAMEO.091003.master.verbs"});
  ASSERT_TRUE(master.ok());
  EXPECT_GT(master->blocks().size(), 1200u);
  EXPECT_NEAR(static_cast<double>(master->patterns().size()), 15566, 30);  // of 15,582 pattern lines
  EXPECT_LE(master->warnings().size(), 20u);

  Result<VerbDictionary> demo = LoadTabariVerbDictionary({kEvents + "TABARI-Code/TABARI.Demo.verbs"});
  ASSERT_TRUE(demo.ok());
  EXPECT_EQ(demo->synsets().size(), 5u);
  EXPECT_NEAR(static_cast<double>(demo->patterns().size()), 407, 3);
  EXPECT_LE(demo->warnings().size(), 2u);  // the "~~FINISH" trailer line
}

TEST(CodingDictionaries, PetrarchUnitTestRecordsAreRead) {
  SKIP_WITHOUT(kEvents + "petrarch2/PETR.UnitTest.records.xml");
  Result<ValidationSuite> suite = ReadPetrarchValidation(kEvents + "petrarch2/PETR.UnitTest.records.xml");
  ASSERT_TRUE(suite.ok());
  // 284 sentences; 385 <EventCoding>: 359 triples, 19 noevents, 7 errors.
  EXPECT_EQ(suite->records.size(), 284u);
  int triples = 0, errors = 0;
  for (const ValidationRecord& r : suite->records) {
    triples += static_cast<int>(r.expected.size());
    errors += !r.error.empty();
  }
  EXPECT_EQ(triples, 359);
  EXPECT_EQ(errors, 7);
  EXPECT_EQ(suite->records[1].id, "DEMO-01");
  ASSERT_EQ(suite->records[1].expected.size(), 1u);
  EXPECT_EQ(suite->records[1].expected[0], (CodedEvent{"ARN", "GON", "064"}));
  // PATTERN-06 has its only expectation commented out.
  EXPECT_EQ(suite->warnings.size(), 1u);
}

TEST(CodingDictionaries, UniversalPetrarchRecordsAreReadDespiteMalformedXml) {
  SKIP_WITHOUT(kEvents + "UniversalPetrarch/PETR_Validate_records_2_02.xml");
  Result<ValidationSuite> suite =
      ReadPetrarchValidation(kEvents + "UniversalPetrarch/PETR_Validate_records_2_02.xml");
  ASSERT_TRUE(suite.ok());
  // 275 "<Sentence" strings, one of them inside the header comment.
  EXPECT_EQ(suite->records.size(), 274u);
  int triples = 0, evaluated = 0;
  for (const ValidationRecord& r : suite->records) {
    triples += static_cast<int>(r.expected.size());
    evaluated += r.evaluate;
  }
  EXPECT_EQ(triples, 322);  // of 349 <EventCoding>: + 20 noevents + 7 errors
  // evaluate="true" and in <Include> (DEMO ACTOR VERB AGENT COMPOUND PATTERN DATE MODIFY SYNSET).
  EXPECT_EQ(evaluated, 245);
  EXPECT_EQ(suite->records[0].expected[0], (CodedEvent{"ARN", "GON", "050"}));
  EXPECT_TRUE(suite->warnings.empty());
}

TEST(CodingDictionaries, TabariValidationRecordsAreRead) {
  SKIP_WITHOUT(kEvents + "TABARI-Code/Validate.text");
  Result<ValidationSuite> suite = ReadTabariValidation(kEvents + "TABARI-Code/Validate.text");
  ASSERT_TRUE(suite.ok());
  int evaluated = 0;
  for (const ValidationRecord& r : suite->records) evaluated += r.evaluate;
  // Records before "This is the end of the standard validation records", less the five whose
  // only expectations are disabled ("-{..}"); COMPOUND-07 follows a comment left open.
  EXPECT_EQ(evaluated, 465);
  EXPECT_EQ(suite->records.size(), 479u);
  const ValidationRecord* demo04 = nullptr;
  for (const ValidationRecord& r : suite->records)
    if (r.id == "DEMO-04") demo04 = &r;
  ASSERT_NE(demo04, nullptr);
  EXPECT_EQ(demo04->date, "19950103");
  EXPECT_EQ(demo04->expected, (std::vector<CodedEvent>{{"DAG", "GON", "032"}, {"GON", "DAG", "033"}}));
  EXPECT_LE(suite->warnings.size(), 3u);  // unbalanced braces in records after the end marker
}

TEST(CodingDictionaries, PloverGoldRecordsAreReadAndScoreThemselvesPerfectly) {
  SKIP_WITHOUT(kEvents + "PLOVER/PLOVER_GSR_CAMEO.dev.json");
  Result<ValidationSuite> suite = ReadPloverGold(kEvents + "PLOVER/PLOVER_GSR_CAMEO.dev.json");
  ASSERT_TRUE(suite.ok());
  EXPECT_EQ(suite->records.size(), 161u);  // the DOCUMENT header record is not one
  EXPECT_EQ(suite->records[0].category, "AGREE");
  EXPECT_EQ(suite->records[0].sources.size(), 2u);
  const CodingScore perfect =
      Score(suite->records, [](const ValidationRecord& r) { return r.expected; });
  EXPECT_EQ(perfect.total.correct, perfect.total.expected);
  EXPECT_EQ(perfect.total.extra, 0);
  const CodingScore silent = Score(suite->records, [](const ValidationRecord&) { return std::vector<CodedEvent>(); });
  EXPECT_EQ(silent.total.correct, 0);
  EXPECT_EQ(silent.total.missed, silent.total.expected);
}

}  // namespace
}  // namespace tidings
