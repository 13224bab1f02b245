#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "annotate/actor_knowledge.h"
#include "annotate/actor_names.h"

namespace tidings {
namespace {

const ActorKnowledge& Knowledge() {
  static const ActorKnowledge knowledge = [] {
    Result<ActorKnowledge> loaded = LoadActorKnowledge();
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return std::move(loaded).value();
  }();
  return knowledge;
}

struct Sentence {
  std::vector<std::string> words;
  TokenView tokens;
  explicit Sentence(const std::string& text) {
    std::istringstream in(text);
    for (std::string w; in >> w;) words.push_back(w);
    for (const std::string& w : words) tokens.Add(w);
  }
  std::uint32_t size() const { return static_cast<std::uint32_t>(words.size()); }
};

// The names of guessed persons (not bare surnames), joined by spaces.
std::vector<std::string> Persons(const Sentence& s, const NameContext& context = {}) {
  std::vector<std::string> persons;
  const std::vector<bool> covered(s.size(), false);
  for (const FoundMention& m : FindUnknownNames(s.tokens, Knowledge(), 0, s.size(), covered, context)) {
    if (m.kind != MentionKind::kPerson || m.surname_only) continue;
    std::string name;
    for (std::uint32_t i = m.first; i < m.end; ++i) name += (name.empty() ? "" : " ") + s.words[i];
    persons.push_back(name);
  }
  return persons;
}

using Names = std::vector<std::string>;

TEST(ActorNames, HeadingsGiveNoGuessedPersons) {
  const Sentence body("The envoy Orlan Vesk arrived on Monday .");
  EXPECT_EQ(Persons(body), Names{"Orlan Vesk"});
  NameContext heading;
  heading.heading = true;
  EXPECT_EQ(Persons(body, heading), Names{});
  const Sentence title("Deepening Harbour Ties Between Orlan Vesk , Kessa Morlin");
  EXPECT_TRUE(IsTitleCaseLine(title.tokens, 0, title.size()));
  EXPECT_EQ(Persons(title), Names{});
  EXPECT_FALSE(IsTitleCaseLine(body.tokens, 0, body.size()));
  const Sentence table("Orlan Vesk ( Kessland ) 3 1");
  EXPECT_FALSE(IsTitleCaseLine(table.tokens, 0, table.size()));
}

TEST(ActorNames, WordsOfATimeExpressionAreNotNames) {
  const Sentence s("They met before Harvest Moon to sign the deal .");
  EXPECT_EQ(Persons(s), Names{"Harvest Moon"});
  NameContext context;
  context.timed.assign(s.size(), false);
  context.timed[3] = context.timed[4] = true;
  EXPECT_EQ(Persons(s, context), Names{});
}

TEST(ActorNames, GuessedPersonsNeedPersonEvidence) {
  // Evidence: a title before, a reporting verb after, a known first name.
  EXPECT_EQ(Persons(Sentence("Talks went well , the minister Orlan Tevessi Vark told us .")), Names{"Orlan Tevessi Vark"});
  EXPECT_EQ(Persons(Sentence("later , Orlan Tevessi Vark said the talks went well .")), Names{"Orlan Tevessi Vark"});
  // Three unknown words with no cue are not a person.
  EXPECT_EQ(Persons(Sentence("Work on Orlan Tevessi Vark went well .")), Names{});
  // Function words and nouns of things keep a run from being a person, even
  // before a reporting verb.
  EXPECT_EQ(Persons(Sentence("They praised the Years of Harvest across the land .")), Names{});
  EXPECT_EQ(Persons(Sentence("Engineers said the Northern Route opened .")), Names{});
  EXPECT_EQ(Persons(Sentence("Delegates from the Distant South agreed .")), Names{});
  EXPECT_EQ(Persons(Sentence("Yesterday the Kessa Pipeline said nothing .")), Names{});
}

}  // namespace
}  // namespace tidings
