#include "annotate/actor_knowledge.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

#include "annotate/knowledge_petrarch.h"
#include "annotate/knowledge_tidings.h"

namespace tidings {
namespace {

// Offices from the highest down; a person's primary role and a state's
// paramount leader are chosen by this order. Heads of state come before
// heads of government because a "leader" in news is the president in
// presidential systems; party leaders of ruling communist parties first.
constexpr std::array<std::string_view, 20> kTitleRank = {
    "supreme_leader", "general_secretary", "first_secretary", "president", "king", "queen", "emperor", "emir",
    "sultan", "chancellor", "prime_minister", "premier", "chief_adviser", "junta_leader", "leader",
    "acting_president", "interim_president", "transitional_president", "acting_prime_minister", "vice_president"};

std::size_t TitleRank(std::string_view title) {
  return std::find(kTitleRank.begin(), kTitleRank.end(), title) - kTitleRank.begin();
}

// Sector codes rank after government ones at equal title rank.
bool Outranks(const DatedCode& a, const DatedCode& b) {
  const std::size_t ra = TitleRank(a.title), rb = TitleRank(b.title);
  if (ra != rb) return ra < rb;
  return a.code.size() < b.code.size();
}

std::string TitleWords(std::string_view title) {
  std::string words;
  bool start = true;
  for (char c : title) {
    if (c == '_') {
      words += ' ';
      start = true;
      continue;
    }
    words += start ? static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c) : c;
    start = false;
  }
  for (std::string_view small : {" Of ", " The ", " And "}) {
    for (std::size_t at = words.find(small); at != std::string::npos; at = words.find(small, at + 1))
      words[at + 1] = static_cast<char>(words[at + 1] - 'A' + 'a');
  }
  return words;
}

}  // namespace

Status LoadActorDictionary(const std::string& path, DictionaryFormat format, KnowledgeModel& model) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open dictionary");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (format == DictionaryFormat::kPetrarchActors || format == DictionaryFormat::kPetrarchAgents)
    ParsePetrarchDictionary(bytes.str(), path, format, model);
  else
    ParseTidingsDictionary(bytes.str(), path, format, model);
  return Status::Ok();
}

ActorKnowledge::ActorKnowledge(KnowledgeModel model) : model_(std::move(model)) { Index(); }

void ActorKnowledge::Index() {
  for (std::uint32_t a = 0; a < model_.actors.size(); ++a) {
    const ActorEntry& actor = model_.actors[a];
    const auto rule = actor.any_case ? ActorGazetteer::CaseRule::kProperName : ActorGazetteer::CaseRule::kAsWritten;
    for (const Alias& alias : actor.aliases) {
      gazetteer_.Add(alias.text, static_cast<std::uint32_t>(targets_.size()), rule);
      targets_.push_back({PhraseTarget::Type::kActor, alias.form, a});
    }
    for (const std::string& written : actor.written) tabari_phrases_.Add(written, a);
    if (actor.kind != MentionKind::kPerson && !actor.code.empty()) by_code_.emplace(actor.code, a);
    if (actor.kind == MentionKind::kPerson && !actor.any_case && actor.name.find(' ') != std::string::npos)
      first_names_.Insert(FoldCase(actor.name.substr(0, actor.name.find(' '))));
    for (const DatedCode& role : actor.roles) {
      if (role.title.empty()) continue;
      for (const std::string& key : {role.code.substr(0, 3) + "|" + role.title, role.code + "|" + role.title}) {
        std::vector<std::uint32_t>& people = holders_[key];
        if (std::find(people.begin(), people.end(), a) == people.end()) people.push_back(a);
      }
    }
  }
  for (std::uint32_t g = 0; g < model_.agents.size(); ++g) {
    const AgentEntry& agent = model_.agents[g];
    gazetteer_.Add(agent.phrase, static_cast<std::uint32_t>(targets_.size()));
    targets_.push_back({PhraseTarget::Type::kAgent, AliasForm::kName, g});
    if (!agent.plural.empty()) {
      gazetteer_.Add(agent.plural, static_cast<std::uint32_t>(targets_.size()));
      targets_.push_back({PhraseTarget::Type::kAgentPlural, AliasForm::kName, g});
    }
  }
}

namespace {

// Lengths from 31 bytes on share the last bit.
std::uint32_t LengthBit(std::size_t length) { return std::uint32_t{1} << std::min<std::size_t>(length, 31); }

}  // namespace

void ActorKnowledge::FirstNames::Insert(std::string word) {
  if (!word.empty()) {
    lengths_by_first[static_cast<unsigned char>(word.front())] |= LengthBit(word.size());
    lengths_by_last[static_cast<unsigned char>(word.back())] |= LengthBit(word.size());
  }
  words.insert(std::move(word));
}

bool ActorKnowledge::FirstNames::MayHold(std::string_view word) const {
  if (word.empty()) return true;  // the set decides
  const std::uint32_t bit = LengthBit(word.size());
  return (lengths_by_first[static_cast<unsigned char>(word.front())] & bit) &&
         (lengths_by_last[static_cast<unsigned char>(word.back())] & bit);
}

std::int32_t ActorKnowledge::ActorByCode(std::string_view code) const {
  const auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? -1 : it->second;
}

std::vector<std::uint32_t> ActorKnowledge::Holders(std::string_view country, std::string_view title,
                                                   Day day) const {
  std::vector<std::uint32_t> people;
  const auto it = holders_.find(std::string(country) + "|" + std::string(title));
  if (it == holders_.end()) return people;
  for (std::uint32_t a : it->second) {
    for (const DatedCode& role : model_.actors[a].roles) {
      if (role.title == title && role.ActiveOn(day) && role.code.starts_with(country)) {
        people.push_back(a);
        break;
      }
    }
  }
  return people;
}

std::int32_t ActorKnowledge::Leader(std::string_view country, Day day) const {
  for (std::string_view title : kTitleRank) {
    if (title == "vice_president") break;
    const std::vector<std::uint32_t> people = Holders(country, title, day);
    if (!people.empty()) return static_cast<std::int32_t>(people.front());
  }
  return -1;
}

const DatedCode* ActorKnowledge::PrimaryRole(const ActorEntry& person, Day day) const {
  const DatedCode* best = nullptr;
  for (const DatedCode& role : person.roles)
    if (role.ActiveOn(day) && (best == nullptr || Outranks(role, *best))) best = &role;
  return best;
}

std::string ActorKnowledge::RoleName(std::string_view title, std::string_view country) const {
  std::string name = TitleWords(title);
  const std::int32_t place = ActorByCode(country);
  if (place >= 0) name += " of " + model_.actors[place].name;
  return name;
}

std::string ActorKnowledge::RoleName(const DatedCode& role) const {
  if (role.title.empty()) return "";
  // An organization's own code names it better than its country chunk.
  const std::string_view place = ActorByCode(role.code) >= 0 ? std::string_view(role.code)
                                                             : std::string_view(role.code).substr(0, 3);
  return RoleName(role.title, place);
}

std::string ActorKnowledge::ActorCode(const ActorEntry& actor, Day day) const {
  if (actor.kind != MentionKind::kPerson) return actor.code;
  if (const DatedCode* role = PrimaryRole(actor, day)) return role->code;
  for (const DatedCode& role : actor.roles)
    if (role.ActiveOn(day)) return role.code;  // a PETRARCH role without title
  if (!actor.code.empty()) return actor.code;  // a dictionary's undated default
  const DatedCode* latest = nullptr;
  for (const DatedCode& role : actor.roles)
    if (role.end < day && (latest == nullptr || role.end > latest->end)) latest = &role;
  if (latest != nullptr && latest->code.size() >= 3 && !latest->code.starts_with("IGO"))
    return latest->code.substr(0, 3) + "ELI";
  return actor.country;
}

Result<ActorKnowledge> LoadActorKnowledge(const std::string& actors_dir) {
  static constexpr std::array<std::pair<std::string_view, DictionaryFormat>, 5> kFiles = {{
      {"states.txt", DictionaryFormat::kTidingsStates},
      {"people.txt", DictionaryFormat::kTidingsPeople},
      {"organizations.txt", DictionaryFormat::kTidingsOrganizations},
      {"media.txt", DictionaryFormat::kTidingsMedia},
      {"agents.txt", DictionaryFormat::kTidingsAgents},
  }};
  KnowledgeModel model;
  for (const auto& [file, format] : kFiles) {
    Status status = LoadActorDictionary(actors_dir + "/" + std::string(file), format, model);
    if (!status.ok()) return status;
  }
  return ActorKnowledge(std::move(model));
}

}  // namespace tidings
