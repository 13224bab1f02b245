#include "annotate/knowledge_tidings.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <vector>

#include <fmt/format.h>

namespace tidings {
namespace {

// " | "-separated items, trimmed, empty ones dropped unless `keep_empty`
// (role and agent lines are positional).
std::vector<std::string> SplitList(std::string_view value, bool keep_empty = false) {
  std::vector<std::string> items;
  while (true) {
    const std::size_t bar = value.find('|');
    const std::string_view item = TrimSpaces(value.substr(0, bar));
    if (!item.empty() || keep_empty) items.emplace_back(item);
    if (bar == std::string_view::npos) break;
    value.remove_prefix(bar + 1);
  }
  return items;
}

bool IsCode(std::string_view code) {
  return code.size() >= 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsCountryCode(std::string_view code) { return code.size() == 3 && IsCode(code); }

struct Field {
  std::string_view key;
  std::string_view value;
  std::size_t line = 0;
};

// One header line and its indented fields.
struct Block {
  std::string_view header;
  std::size_t line = 0;
  std::vector<Field> fields;
};

// Reads every block of a block file; lines that are neither header, field,
// comment nor blank are warned about.
class BlockReader {
 public:
  BlockReader(const std::string& path, KnowledgeModel& model) : path_(path), model_(model) {}

  void Warn(std::size_t line, std::string_view reason) {
    model_.warnings.push_back(fmt::format("{}:{}: {}", path_, line, reason));
  }

  std::vector<Block> Read(std::string_view text) {
    std::vector<Block> blocks;
    std::size_t number = 0;
    while (!text.empty()) {
      const std::size_t eol = text.find('\n');
      std::string_view line = text.substr(0, eol);
      text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
      ++number;
      if (TrimSpaces(line).empty() || TrimSpaces(line).front() == '#') continue;
      if (line.front() != ' ' && line.front() != '\t') {
        blocks.push_back({TrimSpaces(line), number, {}});
        continue;
      }
      const std::string_view body = TrimSpaces(line);
      const std::size_t colon = body.find(':');
      if (blocks.empty() || colon == std::string_view::npos) {
        Warn(number, "indented line outside a block or without 'key:'");
        continue;
      }
      blocks.back().fields.push_back({TrimSpaces(body.substr(0, colon)), TrimSpaces(body.substr(colon + 1)), number});
    }
    return blocks;
  }

 private:
  const std::string& path_;
  KnowledgeModel& model_;
};

void AddAliases(ActorEntry& actor, std::string_view value, AliasForm form) {
  for (std::string& item : SplitList(value)) actor.aliases.push_back({std::move(item), form});
}

// "CODE  Name" headers of states.txt and organizations.txt.
bool SplitCodeHeader(std::string_view header, std::string_view* code, std::string_view* name) {
  const std::size_t gap = header.find("  ");
  if (gap == std::string_view::npos) return false;
  *code = header.substr(0, gap);
  *name = TrimSpaces(header.substr(gap));
  return IsCode(*code) && !name->empty();
}

bool KnownKey(std::string_view key, std::initializer_list<std::string_view> keys) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

void ReadState(const Block& block, BlockReader& reader, KnowledgeModel& model) {
  std::string_view code, name;
  if (!SplitCodeHeader(block.header, &code, &name) || code.size() != 3) {
    reader.Warn(block.line, "state header is not 'CODE  Name' with an alpha-3 code");
    return;
  }
  ActorEntry state;
  state.kind = MentionKind::kState;
  state.name = name;
  state.code = code;
  state.aliases.push_back({state.name, AliasForm::kName});
  for (const Field& f : block.fields) {
    if (f.key == "cameo") {
      if (!IsCountryCode(f.value)) reader.Warn(f.line, "cameo is not a three-letter code");
      else state.code = f.value;
    } else if (f.key == "names" || f.key == "abbreviations") {
      AddAliases(state, f.value, AliasForm::kName);
    } else if (f.key == "demonyms") {
      AddAliases(state, f.value, AliasForm::kDemonym);
    } else if (f.key == "capital" || f.key == "places") {
      // Other cities and regions stand for their state as a place does, like the capital.
      AddAliases(state, f.value, AliasForm::kCapital);
    } else if (f.key == "gov_metonyms") {
      AddAliases(state, f.value, AliasForm::kGovMetonym);
    } else if (!KnownKey(f.key, {"alpha2", "numeric", "kind", "official", "iso_name", "un_member", "note"})) {
      reader.Warn(f.line, fmt::format("unknown key '{}'", f.key));
    }
  }
  state.country = state.code;
  model.actors.push_back(std::move(state));
}

// "CODE | title | start | end | note"; false (and a warning) when malformed.
bool ParseRole(const Field& f, BlockReader& reader, DatedCode* role) {
  std::vector<std::string> parts = SplitList(f.value, /*keep_empty=*/true);
  if (parts.size() < 3 || !IsCode(parts[0]) || parts[1].empty()) {
    reader.Warn(f.line, "role is not 'CODE | title | start | end'");
    return false;
  }
  role->code = parts[0];
  role->title = parts[1];
  role->start = ParseIsoDay(parts[2]);
  const std::string end = parts.size() > 3 ? parts[3] : "";
  role->end = (end.empty() || end == "?") ? kLastDay : ParseIsoDay(end);
  if (role->start < 0 || role->end < 0) {
    reader.Warn(f.line, "role date is not YYYY-MM-DD");
    return false;
  }
  if (role->end < role->start) {
    reader.Warn(f.line, "role ends before it starts");
    return false;
  }
  if (parts.size() > 4) role->note = parts[4];
  return true;
}

void ReadPerson(const Block& block, BlockReader& reader, KnowledgeModel& model) {
  ActorEntry person;
  person.kind = MentionKind::kPerson;
  person.name = block.header;
  person.aliases.push_back({person.name, AliasForm::kName});
  for (const Field& f : block.fields) {
    if (f.key == "aliases") {
      AddAliases(person, f.value, AliasForm::kName);
    } else if (f.key == "gender") {
      if (f.value == "male") person.gender = 'm';
      else if (f.value == "female") person.gender = 'f';
      else reader.Warn(f.line, "gender is neither male nor female");
    } else if (f.key == "country") {
      if (!IsCountryCode(f.value)) reader.Warn(f.line, "country is not an alpha-3 code");
      else person.country = f.value;
    } else if (f.key == "role") {
      DatedCode role;
      if (ParseRole(f, reader, &role)) person.roles.push_back(std::move(role));
    } else if (f.key != "note") {
      reader.Warn(f.line, fmt::format("unknown key '{}'", f.key));
    }
  }
  model.actors.push_back(std::move(person));
}

void ReadOrganization(const Block& block, BlockReader& reader, KnowledgeModel& model) {
  std::string_view code, name;
  if (!SplitCodeHeader(block.header, &code, &name)) {
    reader.Warn(block.line, "organization header is not 'CODE  Name'");
    return;
  }
  ActorEntry org;
  org.kind = MentionKind::kOrganization;
  org.name = name;
  org.code = code;
  org.aliases.push_back({org.name, AliasForm::kName});
  for (const Field& f : block.fields) {
    if (f.key == "names" || f.key == "abbreviations") {
      AddAliases(org, f.value, AliasForm::kName);
    } else if (f.key == "descriptors") {
      AddAliases(org, f.value, AliasForm::kDescriptor);
    } else if (!KnownKey(f.key, {"kind", "founded", "dissolved", "hq", "members", "note"})) {
      reader.Warn(f.line, fmt::format("unknown key '{}'", f.key));
    }
  }
  model.actors.push_back(std::move(org));
}

void ReadMedia(const Block& block, BlockReader& reader, KnowledgeModel& model) {
  ActorEntry outlet;
  outlet.kind = MentionKind::kMedia;
  outlet.name = block.header;
  outlet.aliases.push_back({outlet.name, AliasForm::kName});
  for (const Field& f : block.fields) {
    if (f.key == "abbreviations" || f.key == "aliases") {
      AddAliases(outlet, f.value, AliasForm::kName);
    } else if (f.key == "descriptors") {
      AddAliases(outlet, f.value, AliasForm::kDescriptor);
    } else if (f.key == "kind") {
      outlet.media_kind = f.value;
    } else if (f.key == "country") {
      if (!IsCountryCode(f.value)) reader.Warn(f.line, "country is not an alpha-3 code");
      else outlet.country = f.value;
    } else if (f.key == "actor") {
      if (!IsCode(f.value)) reader.Warn(f.line, "actor is not a CAMEO-style code");
      else outlet.code = f.value;
    } else if (!KnownKey(f.key, {"ownership", "note"})) {
      reader.Warn(f.line, fmt::format("unknown key '{}'", f.key));
    }
  }
  if (outlet.code.empty()) outlet.code = outlet.country + "MED";
  model.actors.push_back(std::move(outlet));
}

void ReadAgents(std::string_view text, BlockReader& reader, KnowledgeModel& model) {
  std::size_t number = 0;
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    const std::string_view line = TrimSpaces(text.substr(0, eol));
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    ++number;
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> parts = SplitList(line, /*keep_empty=*/true);
    if (parts.size() != 4 || parts[0].empty() || !IsCode(parts[2])) {
      reader.Warn(number, "agent is not 'phrase | plural | CODE | title'");
      continue;
    }
    model.agents.push_back({parts[0], parts[1], parts[2], false, parts[3]});
  }
}

}  // namespace

void ParseTidingsDictionary(std::string_view text, const std::string& path, DictionaryFormat format,
                            KnowledgeModel& model) {
  BlockReader reader(path, model);
  if (format == DictionaryFormat::kTidingsAgents) {
    ReadAgents(text, reader, model);
    return;
  }
  for (const Block& block : reader.Read(text)) {
    switch (format) {
      case DictionaryFormat::kTidingsStates: ReadState(block, reader, model); break;
      case DictionaryFormat::kTidingsPeople: ReadPerson(block, reader, model); break;
      case DictionaryFormat::kTidingsOrganizations: ReadOrganization(block, reader, model); break;
      case DictionaryFormat::kTidingsMedia: ReadMedia(block, reader, model); break;
      default: break;
    }
  }
}

}  // namespace tidings
