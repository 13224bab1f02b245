// ActorKnowledge: dictionary readers of both formats, dated roles, bad lines.
#include <gtest/gtest.h>

#include "annotate/actor_knowledge.h"
#include "annotate/knowledge_petrarch.h"
#include "annotate/knowledge_tidings.h"

namespace tidings {
namespace {

// A made-up person whose office changes hands, and one broken role line.
constexpr std::string_view kPeople =
    "Ana Example\n"
    "  aliases: Example\n"
    "  gender: female\n"
    "  country: ESP\n"
    "  role: ESPGOV | foreign_minister | 2020-01-01 | 2022-06-30\n"
    "  role: ESPGOV | prime_minister | 2022-07-01 |\n"
    "  role: ESPGOV | president | 2023-01-01 | 2021-01-01\n"
    "  colour: blue\n";

TEST(ActorKnowledge, RolesResolveAtTheDateAndBadLinesAreReportedWithFileAndLine) {
  KnowledgeModel model;
  ParseTidingsDictionary(kPeople, "people.txt", DictionaryFormat::kTidingsPeople, model);
  ASSERT_EQ(model.warnings.size(), 2u);
  EXPECT_EQ(model.warnings[0], "people.txt:7: role ends before it starts");
  EXPECT_EQ(model.warnings[1], "people.txt:8: unknown key 'colour'");
  const ActorKnowledge knowledge(std::move(model));
  ASSERT_EQ(knowledge.actors().size(), 1u);
  EXPECT_EQ(knowledge.Holders("ESP", "foreign_minister", 20210101), std::vector<std::uint32_t>{0});
  EXPECT_TRUE(knowledge.Holders("ESP", "foreign_minister", 20230101).empty());
  EXPECT_EQ(knowledge.PrimaryRole(knowledge.actors()[0], 20230101)->title, "prime_minister");
  EXPECT_EQ(knowledge.ActorCode(knowledge.actors()[0], 20190101), "ESP");
}

TEST(ActorKnowledge, FirstNamesAreTheFirstWordsOfKnownPeoplesNames) {
  KnowledgeModel model;
  ParseTidingsDictionary(kPeople, "people.txt", DictionaryFormat::kTidingsPeople, model);
  const ActorKnowledge knowledge(std::move(model));
  EXPECT_TRUE(knowledge.IsFirstName("ana"));
  EXPECT_FALSE(knowledge.IsFirstName("Ana"));  // callers fold the case first
  EXPECT_FALSE(knowledge.IsFirstName("example"));
  // Same first and last letter and length as a first name, yet none: the set decides.
  EXPECT_FALSE(knowledge.IsFirstName("aha"));
  // Same first and last letter, another length: the prefilter decides.
  EXPECT_FALSE(knowledge.IsFirstName("anna"));
  EXPECT_FALSE(knowledge.IsFirstName(""));
}

TEST(ActorKnowledge, PetrarchDateRestrictionsBecomeDatedCodesAndEntriesMerge) {
  KnowledgeModel model;
  ParsePetrarchDictionary(
      "JOHN_DOE_  # comment\n+DOE_\n\t[XYZELI 700101-990809]\n\t[XYZGOV >080508][XYZGOV < 010101]\n\t[XYZELI]\n"
      "JOHN_DOE_\n+JOHNNY_DOE\n\t[XYZGOV 120101-110101]\nFREEDONIA_ [XYZ]\n",
      "x.actors", DictionaryFormat::kPetrarchActors, model);
  ASSERT_EQ(model.warnings.size(), 1u);
  EXPECT_EQ(model.warnings[0], "x.actors:8: date range ends before it starts");
  ASSERT_EQ(model.actors.size(), 2u);
  const ActorEntry& doe = model.actors[0];
  EXPECT_EQ(doe.kind, MentionKind::kPerson);
  EXPECT_EQ(doe.aliases.size(), 3u);
  ASSERT_EQ(doe.roles.size(), 3u);
  EXPECT_EQ(doe.roles[0].start, 19700101);
  EXPECT_EQ(doe.roles[0].end, 19990809);
  EXPECT_EQ(doe.roles[1].start, 20080508);
  EXPECT_EQ(doe.roles[2].end, 20010101);
  EXPECT_EQ(doe.code, "XYZELI");
  EXPECT_EQ(model.actors[1].kind, MentionKind::kState);
  const ActorKnowledge knowledge(std::move(model));
  EXPECT_EQ(knowledge.ActorCode(knowledge.actors()[0], 20100101), "XYZGOV");
  EXPECT_EQ(knowledge.ActorCode(knowledge.actors()[0], 20030101), "XYZELI");
}

TEST(ActorKnowledge, PetrarchAgentsExpandSubstitutionSetsAndPlurals) {
  KnowledgeModel model;
  ParsePetrarchDictionary("!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\nARMY {} [~MIL]\nRIGHTS_BODY [NGO~]\n",
                          "x.agents", DictionaryFormat::kPetrarchAgents, model);
  ASSERT_EQ(model.agents.size(), 4u);
  EXPECT_EQ(model.agents[0].phrase, "congressman");
  EXPECT_EQ(model.agents[1].phrase, "congresswoman");
  EXPECT_EQ(model.agents[2].plural, "");
  EXPECT_EQ(model.agents[3].plural, "rights bodies");
  EXPECT_TRUE(model.agents[3].prepend);
}

TEST(ActorKnowledge, ShippedFilesLoadWithoutWarningsAndPhoenixLoadsThroughTheSameInterface) {
  Result<ActorKnowledge> knowledge = LoadActorKnowledge();
  ASSERT_TRUE(knowledge.ok()) << knowledge.status().ToString();
  for (const std::string& w : knowledge->warnings()) ADD_FAILURE() << w;
  const std::string phoenix = TIDINGS_SHARED_DIR "/data/events/petrarch2/Phoenix.Countries.actors.txt";
  KnowledgeModel model;
  const Status status = LoadActorDictionary(phoenix, DictionaryFormat::kPetrarchActors, model);
  if (!status.ok()) GTEST_SKIP() << "Phoenix dictionaries not available";
  const ActorKnowledge loaded(std::move(model));
  bool putin = false;
  for (const ActorEntry& a : loaded.actors())
    if (a.name == "VLADIMIR PUTIN") putin = loaded.ActorCode(a, 20100101) == "RUSGOV";
  EXPECT_TRUE(putin);
}

}  // namespace
}  // namespace tidings
