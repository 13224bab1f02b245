// The event coder with a small TABARI-format dictionary of our own: a
// subordinate "said" code gives way to the verb it reports, a dictionary
// verb the tagger reads as a noun right after an actor is still coded, and a
// verb of two words is found where the parse does not join them; '^' skips a
// noun phrase; "a place to visit" is no visit; a "###" actor discards.
#include <gtest/gtest.h>

#include "tidings/pipeline.h"
#include "support/article.h"
#include "support/dictionaries.h"

namespace tidings {
namespace {

const Pipeline& TabariPipeline() {
  static const Pipeline* pipeline = [] {
    testing::DictionaryTexts texts;
    // TABARI actor records: a ';' comment may follow the phrase, the code on the next line.
    texts.actors = "GONDOR  ; a note\n\t[GON]\nARNOR [ARN] ;another\nROHAN [ROH]\nSHADOWHOST [###]\n";
    texts.verbs = "SAID  [023?] ;reported speech\n"
                  "PRAISE_  [041]\n"
                  "ARM_  [182]\n"
                  "CALLED_UPON  [097]\n"
                  "PROTEST_  [130]\n"
                  "- * AT ^ +  [132]\n"
                  "VISIT_  [032]\n"
                  "~~FINISH\n"
                  "not a verb line: ignored after the end mark\n";
    return new Pipeline(testing::LoadWithDictionaries("coder_tabari_test", texts));
  }();
  return *pipeline;
}

Document Code(const std::string& text) { return TabariPipeline().Annotate(testing::OneParagraphArticle(text)); }

std::vector<std::string> Triples(const std::string& text) {
  const Document doc = Code(text);
  std::vector<std::string> out;
  for (const Event& e : doc.events)
    for (const EventActor& s : e.sources)
      out.push_back(s.actor + "/" + (e.targets.empty() ? "" : e.targets.front().actor) + "/" + e.cameo);
  return out;
}

TEST(CoderTabari, SubordinateSaidGivesWayToTheReportedVerb) {
  EXPECT_EQ(Triples("Gondor said that Arnor praised Rohan warmly."), std::vector<std::string>{"ARN/ROH/041"});
  // Alone, the subordinate verb codes, without its '?'.
  EXPECT_EQ(Triples("Gondor said nothing about Arnor."), std::vector<std::string>{"GON/ARN/023"});
}

TEST(CoderTabari, DictionaryVerbAfterAnActorIsCodedWhateverItsTag) {
  EXPECT_EQ(Triples("Gondor arms Rohan."), std::vector<std::string>{"GON/ROH/182"});
}

TEST(CoderTabari, VerbsOfTwoWordsMatchTheWordsAsWritten) {
  EXPECT_EQ(Triples("Gondor called upon Rohan to help."), std::vector<std::string>{"GON/ROH/097"});
}

TEST(CoderTabari, CaretSkipsTheNextNounPhrase) {
  EXPECT_EQ(Triples("Gondor protested at the Arnor embassy about Rohan."), std::vector<std::string>{"GON/ROH/132"});
}

TEST(CoderTabari, AnInfinitiveDescribingAPredicateNounIsNoEvent) {
  EXPECT_TRUE(Code("Rohan is a pleasant land to visit.").events.empty());
  EXPECT_EQ(Triples("Gondor will visit Rohan."), std::vector<std::string>{"GON/ROH/032"});
}

TEST(CoderTabari, AnActorCodedAsDiscardDropsItsSentence) {
  EXPECT_TRUE(Code("Gondor praised Rohan while Shadowhost watched.").events.empty());
  EXPECT_EQ(Triples("Gondor praised Rohan."), std::vector<std::string>{"GON/ROH/041"});
}

}  // namespace
}  // namespace tidings
