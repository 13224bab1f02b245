// The PETRARCH actor reader on the irregular codes real validation
// dictionaries hold: compound, null, lower-case and digit codes, XML comments.
#include "annotate/knowledge_petrarch.h"

#include <gtest/gtest.h>

namespace tidings {
namespace {

KnowledgeModel ReadActors(std::string_view text) {
  KnowledgeModel model;
  ParsePetrarchDictionary(text, "t.actors", DictionaryFormat::kPetrarchActors, model);
  return model;
}

TEST(PetrarchActors, CompoundNullLowerCaseAndDigitCodesLoad) {
  const KnowledgeModel model = ReadActors(
      "<!-- TEST ACTORS [XML comment] -->\n"
      "TWIN_CITIES [AAA/BBB]\nNOBODY [---]\nOLD_NAME [qrs]\nGROUP OF 9 [G09]\n"
      "LATE_KING\n\t[--- <950630]\n\t[KKK]\n\t[ABCGOV 19950601 - 19990815]\n");
  for (const std::string& w : model.warnings) ADD_FAILURE() << w;
  ASSERT_EQ(model.actors.size(), 5u);
  EXPECT_EQ(model.actors[0].code, "AAA/BBB");
  EXPECT_EQ(model.actors[0].kind, MentionKind::kState);
  EXPECT_EQ(model.actors[1].code, "---");
  EXPECT_EQ(model.actors[2].code, "qrs");
  EXPECT_EQ(model.actors[3].code, "G09");
  const ActorEntry& king = model.actors[4];
  EXPECT_EQ(king.code, "KKK");
  ASSERT_EQ(king.roles.size(), 2u);
  EXPECT_EQ(king.roles[0].code, "---");
  EXPECT_EQ(king.roles[0].end, 19950630);
  EXPECT_EQ(king.roles[1].code, "ABCGOV");
  EXPECT_EQ(king.roles[1].start, 19950601);
}

TEST(PetrarchActors, MalformedCodesAreReportedAndTheRestLoads) {
  const KnowledgeModel model = ReadActors("SHORT [AB]\nSLASHED [AAA/]\nDATED\n\t[ABC 1995-01]\nGOOD [GOO]\n");
  ASSERT_EQ(model.warnings.size(), 3u);
  EXPECT_EQ(model.warnings[0].rfind("t.actors:1: code is not", 0), 0u) << model.warnings[0];
  EXPECT_EQ(model.warnings[1].rfind("t.actors:2: ", 0), 0u) << model.warnings[1];
  EXPECT_EQ(model.warnings[2].rfind("t.actors:4: date restriction", 0), 0u) << model.warnings[2];
  EXPECT_EQ(model.actors.back().code, "GOO");
}

TEST(PetrarchAgents, XmlCommentLinesAreSkipped) {
  KnowledgeModel model;
  ParsePetrarchDictionary("<!-- AGENTS -->\n<!-- VERSION: 1 -->\nSENATOR [~LEG]\n", "t.agents",
                          DictionaryFormat::kPetrarchAgents, model);
  EXPECT_TRUE(model.warnings.empty());
  ASSERT_EQ(model.agents.size(), 1u);
  EXPECT_EQ(model.agents[0].code, "LEG");
}

}  // namespace
}  // namespace tidings
