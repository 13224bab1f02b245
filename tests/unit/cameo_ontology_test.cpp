// CameoOntology: the bundled CAMEO table and its PLOVER mapping, and bad rows.
#include <gtest/gtest.h>

#include "code/cameo_ontology.h"

namespace tidings {
namespace {

TEST(CameoOntology, SymbolicActIsNeutralVerbalCooperation) {
  Result<CameoOntology> ontology = LoadCameoOntology();
  ASSERT_TRUE(ontology.ok()) << ontology.status().ToString();
  EXPECT_TRUE(ontology->warnings().empty());
  const CameoEvent* e017 = ontology->Find("017");
  ASSERT_NE(e017, nullptr);
  EXPECT_EQ(e017->goldstein, 0.0);
  EXPECT_EQ(e017->quad_class, 1);
  EXPECT_EQ(e017->root, "01");
  EXPECT_TRUE(e017->plover_event.empty());  // PLOVER codes no statement events
  const CameoEvent* e036 = ontology->Find("036");
  ASSERT_NE(e036, nullptr);
  EXPECT_EQ(e036->goldstein, 4.0);
  EXPECT_EQ(ontology->Find("0311")->goldstein, 5.2);
}

TEST(CameoOntology, EveryThreeDigitCodeOfEveryRootIsPresent) {
  Result<CameoOntology> ontology = LoadCameoOntology();
  ASSERT_TRUE(ontology.ok());
  EXPECT_EQ(ontology->events().size(), 316u);
  for (int root = 1; root <= 20; ++root) {
    const std::string r = (root < 10 ? "0" : "") + std::to_string(root);
    ASSERT_NE(ontology->Find(r), nullptr) << r;
    ASSERT_NE(ontology->Find(r + "0"), nullptr) << r;  // the x0 default of each root
    EXPECT_EQ(ontology->Find(r)->quad_class, root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4);
  }
  int three_digit = 0;
  for (const CameoEvent& e : ontology->events()) three_digit += e.code.size() == 3;
  EXPECT_EQ(three_digit, 149);  // with 20 roots and 147 four-digit codes: 316
  EXPECT_EQ(ontology->Find("36"), nullptr);  // codes keep their leading zero
}

TEST(CameoOntology, PloverMappingOfMeetSignAndFight) {
  Result<CameoOntology> ontology = LoadCameoOntology();
  ASSERT_TRUE(ontology.ok());
  EXPECT_EQ(ontology->Find("036")->plover_event, "AGREE");
  EXPECT_EQ(ontology->Find("057")->plover_event, "SUPPORT");
  EXPECT_EQ(ontology->Find("190")->plover_event, "ASSAULT");
  ASSERT_EQ(ontology->Find("190")->plover_contexts.size(), 1u);
  EXPECT_EQ(ontology->Find("190")->plover_contexts[0], "military");
}

TEST(CameoOntology, MalformedRowsAreReportedWithFileAndLineAndSkipped) {
  const CameoOntology ontology = CameoOntology::Parse(
      "# code\tname\tgoldstein\tquad_class\troot\n"
      "01\tMake public statement\t0.0\t1\t01\n"
      "017\tEngage in symbolic act\tzero\t1\t01\n"
      "018\tMake empathetic comment\t3.4\t1\n"
      "019\tExpress accord\t3.4\t1\t01\n",
      "events.tsv",
      "# cameo\tplover_event\tplover_mode\tplover_context\tnote\n"
      "019\t-\t-\t-\t-\n"
      "999\tAGREE\t-\t-\t-\n",
      "plover.tsv");
  EXPECT_EQ(ontology.events().size(), 2u);
  EXPECT_EQ(ontology.Find("017"), nullptr);
  ASSERT_EQ(ontology.warnings().size(), 3u);
  EXPECT_EQ(ontology.warnings()[0], "events.tsv:3: bad Goldstein value 'zero'");
  EXPECT_EQ(ontology.warnings()[1], "events.tsv:4: expected 5 fields, found 4");
  EXPECT_EQ(ontology.warnings()[2], "plover.tsv:3: code '999' is not in the events table");
}

}  // namespace
}  // namespace tidings
