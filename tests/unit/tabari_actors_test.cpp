// The actors of TABARI's reading (src/code/tabari_matcher.h): actor phrases
// read by the dictionary's own rules (stems, noun endings, gaps, "---" for
// nobody) and agents joined to them, before or after, "former" making an elite.
#include <gtest/gtest.h>

#include "support/article.h"
#include "support/dictionaries.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

const Pipeline& ActorsTabari() {
  static const Pipeline* pipeline = [] {
    testing::DictionaryTexts texts;
    texts.actors = "HARAD  [HAR]\nESGAROTH_  [ESG]\nRIVENDELL=  [RIV]\nDALE_  [DAL]\n"
                   "DALE RADIO  [DALRAD]\nTHE_WANDERER_  [---]\n";
    texts.agents = "CHANCELLOR_  [~GOV]\nMAGISTRATE_  [~JUD]\nRIVER_WARDENS_  [~COP]\nGUILD_MERCHANTS_  [GLD~]\n";
    texts.verbs = "SHELL  [190]\nOPPOSE  [112]\n";
    return new Pipeline(testing::LoadWithDictionaries("tabari_actors_test", texts));
  }();
  return *pipeline;
}

std::vector<std::string> Triples(const std::string& text) {
  return testing::EventTriples(ActorsTabari().Annotate(testing::OneParagraphArticle(text)));
}

TEST(TabariActors, ActorPhrasesFollowTheDictionarysStemsAndEndings) {
  // "HARAD" is a stem: "Haradrim" is Harad; "ESGAROTH_" takes a plural only.
  EXPECT_EQ(Triples("Haradrim archers opposed Esgaroths plan for a new toll on the river."),
            std::vector<std::string>{"HAR/ESG/112"});
  EXPECT_TRUE(Triples("Haradrim archers opposed Esgarothian plans for a new toll on the river.").empty());
  // "RIVENDELL=" is the word alone.
  EXPECT_EQ(Triples("Rivendell opposed Harad over the new toll on the river."), std::vector<std::string>{"RIV/HAR/112"});
  EXPECT_TRUE(Triples("Rivendells opposed Harad over the new toll on the river.").empty());
}

TEST(TabariActors, ABlankInAPhraseLetsWordsComeBetween) {
  EXPECT_EQ(Triples("Harad opposed Dale state-owned radio over its reports on the river toll."),
            std::vector<std::string>{"HAR/DALRAD/112"});
}

TEST(TabariActors, APhraseCodedNullNamesNobody) {
  // The wanderer is no target: the next actor is.
  EXPECT_EQ(Triples("Harad opposed the Wanderer in Dale over the new toll on the river."),
            std::vector<std::string>{"HAR/DAL/112"});
}

TEST(TabariActors, AgentsJoinTheActorBeforeOrAfterThem) {
  EXPECT_EQ(Triples("River wardens in Harad opposed Dale magistrates over the new toll on the river."),
            std::vector<std::string>{"HARCOP/DALJUD/112"});
  // A code that goes first, with the actor right after the agent.
  EXPECT_EQ(Triples("Guild merchants Harad opposed Dale over the new toll on the river."),
            std::vector<std::string>{"GLDHAR/DAL/112"});
}

TEST(TabariActors, FormerMakesTheAgentAnElite) {
  EXPECT_EQ(Triples("Harad former magistrates opposed former Dale river wardens over the new toll."),
            std::vector<std::string>{"HARELI/DALELI/112"});
  EXPECT_EQ(Triples("Former chancellor of Harad opposed Dale over the new toll on the river."),
            std::vector<std::string>{"HARELI/DAL/112"});
}

}  // namespace
}  // namespace tidings
