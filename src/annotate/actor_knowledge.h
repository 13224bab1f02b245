// ActorKnowledge: who is who, loaded once from dictionary files and then
// frozen: states (names, demonyms, capitals, government metonyms), people
// with dated roles, organizations, media outlets with their descriptors,
// and the titles and sector words that map to CAMEO agent codes.
//
// Any mix of formats feeds one model: tidings' data/actors files and
// PETRARCH/TABARI actor and agent dictionaries (knowledge_petrarch.h). A
// malformed line is skipped and reported in warnings() as "file:line:
// reason"; only an unreadable file is an error. After construction the
// object is immutable and safe to share between threads; building it from
// data/actors takes tens of milliseconds, so build it once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotate/actor_gazetteer.h"
#include "annotate/knowledge_model.h"
#include "annotate/tabari_actor_phrases.h"
#include "tidings/status.h"

namespace tidings {

// What a gazetteer phrase stands for.
struct PhraseTarget {
  enum class Type : std::uint8_t { kActor, kAgent, kAgentPlural };
  Type type = Type::kActor;
  AliasForm form = AliasForm::kName;  // for kActor
  std::uint32_t index = 0;            // into actors() or agents()
};

// Reads one dictionary file and appends its entries and warnings to `model`.
Status LoadActorDictionary(const std::string& path, DictionaryFormat format, KnowledgeModel& model);

class ActorKnowledge {
 public:
  explicit ActorKnowledge(KnowledgeModel model);

  const std::vector<ActorEntry>& actors() const { return model_.actors; }
  const std::vector<AgentEntry>& agents() const { return model_.agents; }
  const std::vector<std::string>& warnings() const { return model_.warnings; }
  const ActorGazetteer& gazetteer() const { return gazetteer_; }
  const PhraseTarget& target(std::uint32_t payload) const { return targets_[payload]; }
  // The actors' dictionary phrases as TABARI reads them; payloads index actors().
  const TabariActorPhrases& tabari_phrases() const { return tabari_phrases_; }

  // True when `folded` is the first word of a known person's name ("vladimir").
  bool IsFirstName(const std::string& folded) const {
    return first_names_.MayHold(folded) && first_names_.words.contains(folded);
  }

  // The state or organization whose code is `code`, or -1.
  std::int32_t ActorByCode(std::string_view code) const;

  // People holding `title` for `country` (alpha-3, or an organization code)
  // on `day`, in dictionary order.
  std::vector<std::uint32_t> Holders(std::string_view country, std::string_view title, Day day) const;

  // The paramount leader of `country` on `day` (the holder of its highest
  // office, titles ranked as in PrimaryRole), or -1.
  std::int32_t Leader(std::string_view country, Day day) const;

  // The person's highest-ranked role on `day` (heads of state and party
  // leaders first, then heads of government, ministers, the rest), or null.
  const DatedCode* PrimaryRole(const ActorEntry& person, Day day) const;

  // "President of Russia" for a role; "Spokesperson" when the place is unknown.
  std::string RoleName(const DatedCode& role) const;
  std::string RoleName(std::string_view title, std::string_view country) const;

  // The CAMEO-style code of an actor on `day`: a person's primary role code,
  // else his or her latest role's country + "ELI" (a former office holder),
  // else the country; an outlet's or organization's code; a state's code.
  std::string ActorCode(const ActorEntry& actor, Day day) const;

 private:
  void Index();

  KnowledgeModel model_;
  ActorGazetteer gazetteer_;
  std::vector<PhraseTarget> targets_;
  TabariActorPhrases tabari_phrases_;
  std::unordered_map<std::string, std::int32_t> by_code_;
  // The first names, and which first and last bytes they have at each
  // length: the name stage asks of every word in a text, and most words
  // (punctuation, function words) are answered without hashing them.
  struct FirstNames {
    std::unordered_set<std::string> words;
    std::uint32_t lengths_by_first[256] = {};  // bit n: a name of n bytes (n < 32) begins with this byte
    std::uint32_t lengths_by_last[256] = {};   // ... ends with this byte
    void Insert(std::string word);
    bool MayHold(std::string_view word) const;
  };
  FirstNames first_names_;
  // "RUS|president" -> people with such a role at some time.
  std::unordered_map<std::string, std::vector<std::uint32_t>> holders_;
};

// Loads states.txt (states.extra.txt is merged into it by its generator),
// people.txt, organizations.txt, media.txt and agents.txt from `actors_dir`.
Result<ActorKnowledge> LoadActorKnowledge(const std::string& actors_dir = TIDINGS_DATA_DIR "/actors");

}  // namespace tidings
