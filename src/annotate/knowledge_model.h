// The actor knowledge model: what every dictionary reader produces, whatever
// its format (tidings' data/actors files, PETRARCH/TABARI actor and agent
// dictionaries). A reader appends ActorEntry and AgentEntry values and
// reports each line it could not read as "file:line: reason"; the model is
// then frozen inside ActorKnowledge. Plain values.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tidings/document.h"

namespace tidings {

// A calendar day as YYYYMMDD, so that days compare as integers.
using Day = std::int32_t;
inline constexpr Day kFirstDay = 0;
inline constexpr Day kLastDay = 99991231;

// "2024-12-31" or "2024-12-31~" (approximate) -> 20241231; -1 when malformed.
// A date-time is cut to its day.
Day ParseIsoDay(std::string_view text);

// `s` without leading and trailing spaces, tabs and carriage returns.
std::string_view TrimSpaces(std::string_view s);

// A code an actor holds from `start` to `end`, both inclusive (as in
// PETRARCH dictionaries). `title` is the canonical people.txt title
// ("president"), empty for codes without an office.
struct DatedCode {
  std::string code;
  std::string title;
  Day start = kFirstDay;
  Day end = kLastDay;
  std::string note;

  bool ActiveOn(Day day) const { return start <= day && day <= end; }
};

// How a surface form names its actor; decides the mention kind.
enum class AliasForm : std::uint8_t {
  kName,        // "Russia", "Vladimir Putin", "KCNA"
  kDemonym,     // "Russian": the state as a modifier
  kCapital,     // "Moscow": a place, standing for the state
  kGovMetonym,  // "the Kremlin": the government
  kDescriptor,  // "state-run broadcaster": a media outlet of the context
};

struct Alias {
  std::string text;
  AliasForm form = AliasForm::kName;
};

// One person, state, organization or media outlet.
struct ActorEntry {
  MentionKind kind = MentionKind::kPerson;
  std::string name;     // display name
  std::string code;     // undated code: state CAMEO code, organization code, outlet actor code
  std::string country;  // alpha-3; for a state, itself
  char gender = 0;      // 'm', 'f' or 0 when unknown
  std::string media_kind;  // news_agency, broadcaster, newspaper, magazine
  std::vector<Alias> aliases;  // every surface form, the name included
  std::vector<DatedCode> roles;
  // Aliases written in a dictionary's upper case (PETRARCH) match any case.
  bool any_case = false;
  // Its phrases as a PETRARCH/TABARI dictionary writes them ("LIBYA_",
  // "ITHILEN TELEVISION", "MOUSE="), for TABARI's reading (tabari_actor_phrases.h).
  std::vector<std::string> written;
};

// A title or sector word: "president" -> GOV (title president).
struct AgentEntry {
  std::string phrase;  // lowercase words
  std::string plural;  // empty when none
  std::string code;    // agent code: "GOV", "MIL", "GOVMED"
  bool prepend = false;  // PETRARCH "NGO~": the code goes before the country's
  std::string title;   // canonical title, empty for sector words
};

// The dictionary formats a reader understands.
enum class DictionaryFormat {
  kTidingsStates,         // data/actors/states.txt blocks
  kTidingsPeople,         // data/actors/people.txt blocks
  kTidingsOrganizations,  // data/actors/organizations.txt blocks
  kTidingsMedia,          // data/actors/media.txt blocks
  kTidingsAgents,         // data/actors/agents.txt lines
  kPetrarchActors,        // PETRARCH/TABARI .actors: phrases, +synonyms, [CODE date] lines
  kPetrarchAgents,        // PETRARCH/TABARI agents: PHRASE {PLURAL} [~CODE]
};

// Everything one or more dictionary files contributed.
struct KnowledgeModel {
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<std::string> warnings;  // "file:line: reason"
};

}  // namespace tidings
