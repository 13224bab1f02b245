#include "code/verb_dictionary_petrarch2.h"

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>

#include "code/issue_list.h"

namespace tidings {
namespace {

// Whether `line` holds the pattern word '*' standing for the verb (before its "[code]").
bool HoldsVerbMarker(std::string_view line) {
  line = line.substr(0, line.find('['));
  for (std::size_t star = line.find('*'); star != std::string_view::npos; star = line.find('*', star + 1)) {
    const bool starts = star == 0 || line[star - 1] == ' ' || line[star - 1] == '\t';
    const bool ends = star + 1 == line.size() || line[star + 1] == ' ' || line[star + 1] == '\t';
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

void ParsePetrarch2Verbs(std::string_view text, const std::string& path, VerbDictionaryBuilder& builder) {
  const std::uint16_t file = builder.AddFile(path);
  const VerbDictionaryLimits& limits = builder.limits();
  bool skipping_block = false;
  ForEachVerbFileLine(text, file, builder, [&](std::uint32_t n, std::string_view line) {
    std::string reason;
    if (ReadBlockOrSynsetStart(line, file, n, builder, &skipping_block)) return;
    if (line.front() == '~') {
      builder.AddTransformation({std::string(line), file, n});
      return;
    }
    if (skipping_block) return;
    if (line.front() == '+' && builder.InSynset()) return builder.AddSynsetMember(line.substr(1), file, n);
    if (line.front() == '-') return AddPatternLine(line, /*tabari=*/false, file, n, builder);
    if (!builder.InBlock()) return builder.Warn(file, n, "line outside a verb block or synset");
    // No verb holds the pattern's '*': a line of a block with one is a pattern missing its '-'.
    if (HoldsVerbMarker(line)) {
      builder.Warn(file, n, "pattern without its leading '-'; read as a pattern");
      return AddPatternLine("-" + std::string(line), /*tabari=*/false, file, n, builder);
    }
    VerbEntry verb;
    verb.file = file;
    verb.line = n;
    if (!ParseVerbLine(line, /*tabari_stems=*/false, limits, &verb, &reason)) return builder.Warn(file, n, reason);
    builder.AddVerb(std::move(verb));
  });
}

Result<VerbDictionary> LoadPetrarch2VerbDictionary(const std::vector<std::string>& paths,
                                                   const VerbDictionaryLimits& limits) {
  return LoadVerbFiles(paths, limits, ParsePetrarch2Verbs);
}

Result<VerbDictionary> LoadBundledVerbDictionary(const std::string& dir) {
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.ends_with(".txt") && name != "synsets.txt" && !IsIssueFileName(name))
      paths.push_back(entry.path().string());
  }
  if (ec) return Status::IoError(dir + ": " + ec.message());
  std::sort(paths.begin(), paths.end());
  paths.insert(paths.begin(), dir + "/synsets.txt");
  return LoadPetrarch2VerbDictionary(paths);
}

}  // namespace tidings
