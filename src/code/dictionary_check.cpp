#include "code/dictionary_check.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include "annotate/actor_knowledge.h"
#include "code/discard_list.h"
#include "code/issue_list.h"
#include "code/verb_dictionary_petrarch2.h"
#include "code/verb_dictionary_tabari.h"
#include "ingest/gzip.h"

namespace tidings {
namespace {

namespace fs = std::filesystem;

// Dictionary files are a few MB; anything far larger is not one.
constexpr std::uint64_t kMaxDictionaryBytes = 64 << 20;

enum class Kind { kSynsets, kPetrarch2Verbs, kTabariVerbs, kActors, kAgents, kTidings, kDiscards, kIssues, kSkipped };

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// A PETRARCH-2 block header: "---  NAME  [code]  ---".
bool HasBlockHeader(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t eol = std::min(text.find('\n', at), text.size());
    std::string_view line = TrimSpaces(text.substr(at, eol - at));
    if (line.size() > 6 && line.starts_with("---") && line.ends_with("---") && line.find('[') != line.npos)
      return true;
    at = eol + 1;
  }
  return false;
}

std::optional<DictionaryFormat> TidingsFormat(const std::string& name) {
  if (name == "states.txt") return DictionaryFormat::kTidingsStates;
  if (name == "people.txt") return DictionaryFormat::kTidingsPeople;
  if (name == "organizations.txt") return DictionaryFormat::kTidingsOrganizations;
  if (name == "media.txt") return DictionaryFormat::kTidingsMedia;
  if (name == "agents.txt") return DictionaryFormat::kTidingsAgents;
  return std::nullopt;
}

Kind Classify(const std::string& name, std::string_view text) {
  const std::string lower = Lower(name);
  if (TidingsFormat(lower)) return Kind::kTidings;
  if (lower.find("discard") != std::string::npos) return Kind::kDiscards;
  if (IsIssueFileName(lower)) return Kind::kIssues;
  // PETRARCH-1 (CAMEO.verbpatterns.*) has block headers too; it and TABARI
  // (*.verbs) are known by name.
  if (lower.find("verbpatterns") != std::string::npos || lower.ends_with(".verbs")) return Kind::kTabariVerbs;
  if (HasBlockHeader(text)) return Kind::kPetrarch2Verbs;
  if (lower == "synsets.txt") return Kind::kSynsets;
  if (lower.find("verb") != std::string::npos) return Kind::kTabariVerbs;
  if (lower.find("actor") != std::string::npos) return Kind::kActors;
  if (lower.find("agent") != std::string::npos) return Kind::kAgents;
  return Kind::kSkipped;
}

std::string_view KindName(Kind kind) {
  switch (kind) {
    case Kind::kSynsets: return "verb synonym sets";
    case Kind::kPetrarch2Verbs: return "verbs (PETRARCH-2)";
    case Kind::kTabariVerbs: return "verbs (PETRARCH-1/TABARI)";
    case Kind::kActors: return "actors (PETRARCH/TABARI)";
    case Kind::kAgents: return "agents (PETRARCH/TABARI)";
    case Kind::kTidings: return "actors (tidings)";
    case Kind::kDiscards: return "discards";
    case Kind::kIssues: return "issues";
    case Kind::kSkipped: break;
  }
  return "skipped: no reader for this file";
}

// "111!" -> "111": TABARI flags after the digits are not part of the code.
std::string_view CodeDigits(std::string_view code) {
  std::size_t n = 0;
  while (n < code.size() && code[n] >= '0' && code[n] <= '9') ++n;
  return code.substr(0, n);
}

void CheckCode(const VerbCode& code, const CameoOntology& cameo, const std::string& where,
               std::vector<std::string>& out) {
  for (const std::string* c : {&code.forward, &code.reverse}) {
    if (c->empty()) continue;
    const std::string_view digits = CodeDigits(*c);
    if (digits.empty() || cameo.Find(digits) == nullptr)
      out.push_back(fmt::format("{}: unknown CAMEO code [{}]", where, *c));
  }
}

void CheckVerbCodes(const VerbDictionary& dict, const CameoOntology& cameo, std::vector<std::string>& out) {
  auto where = [&](std::uint16_t file, std::uint32_t line) { return fmt::format("{}:{}", dict.files()[file], line); };
  for (const VerbBlock& block : dict.blocks()) CheckCode(block.default_code, cameo, where(block.file, block.line), out);
  for (const VerbEntry& verb : dict.verbs())
    if (verb.has_code) CheckCode(verb.code, cameo, where(verb.file, verb.line), out);
  for (const VerbPattern& pattern : dict.patterns()) CheckCode(pattern.code, cameo, where(pattern.file, pattern.line), out);
}

Status CheckVerbFiles(const std::vector<std::string>& paths, VerbFormatParser parse, const CameoOntology& cameo,
                      DictionaryCheck& check) {
  if (paths.empty()) return Status::Ok();
  Result<VerbDictionary> dict = LoadVerbFiles(paths, {}, parse);
  if (!dict.ok()) return dict.status();
  check.diagnostics.insert(check.diagnostics.end(), dict->warnings().begin(), dict->warnings().end());
  CheckVerbCodes(*dict, cameo, check.diagnostics);
  return Status::Ok();
}

}  // namespace

Result<DictionaryCheck> CheckDictionaries(const std::string& dir, const CameoOntology& cameo) {
  std::error_code error;
  if (!fs::is_directory(dir, error)) return Status::InvalidInput(fmt::format("{}: not a folder", dir));
  std::vector<std::string> paths;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, error))
    if (entry.is_regular_file()) paths.push_back(entry.path().string());
  if (error) return Status::IoError(fmt::format("{}: {}", dir, error.message()));
  std::sort(paths.begin(), paths.end());

  DictionaryCheck check;
  std::vector<std::string> synsets, petrarch2, tabari, discards, issues;
  KnowledgeModel actors;
  for (const std::string& path : paths) {
    Result<std::string> text = ReadFile(path, kMaxDictionaryBytes);
    if (!text.ok()) return text.status();
    const std::string name = fs::path(path).filename().string();
    const Kind kind = Classify(name, *text);
    check.files.push_back({path, std::string(KindName(kind))});
    Status status;
    switch (kind) {
      case Kind::kSynsets: synsets.push_back(path); break;
      case Kind::kPetrarch2Verbs: petrarch2.push_back(path); break;
      case Kind::kTabariVerbs: tabari.push_back(path); break;
      case Kind::kActors: status = LoadActorDictionary(path, DictionaryFormat::kPetrarchActors, actors); break;
      case Kind::kAgents: status = LoadActorDictionary(path, DictionaryFormat::kPetrarchAgents, actors); break;
      case Kind::kTidings: status = LoadActorDictionary(path, *TidingsFormat(Lower(name)), actors); break;
      case Kind::kDiscards: discards.push_back(path); break;
      case Kind::kIssues: issues.push_back(path); break;
      case Kind::kSkipped: break;
    }
    if (!status.ok()) return status;
  }
  check.diagnostics = std::move(actors.warnings);
  if (!discards.empty()) {
    Result<DiscardList> list = LoadDiscardList(discards);
    if (!list.ok()) return list.status();
    check.diagnostics.insert(check.diagnostics.end(), list->warnings().begin(), list->warnings().end());
  }
  if (!issues.empty()) {
    Result<IssueList> list = LoadIssueList(issues);
    if (!list.ok()) return list.status();
    check.diagnostics.insert(check.diagnostics.end(), list->warnings().begin(), list->warnings().end());
  }
  // Synonym sets serve the verb files beside them (the bundled data/verbs).
  std::vector<std::string>& users = petrarch2.empty() && !tabari.empty() ? tabari : petrarch2;
  users.insert(users.begin(), synsets.begin(), synsets.end());
  if (Status s = CheckVerbFiles(petrarch2, ParsePetrarch2Verbs, cameo, check); !s.ok()) return s;
  if (Status s = CheckVerbFiles(tabari, ParseTabariVerbs, cameo, check); !s.ok()) return s;
  return check;
}

}  // namespace tidings
