#include "code/verb_dictionary_tabari.h"

#include <fmt/format.h>

namespace tidings {
namespace {

// TABARI adds its regular endings to a verb written with a trailing '_'
// unless it lists its forms: -S, -ES, -ED, -D, -EN and -ING, appended as
// they are ("DEPART_" matches DEPARTS, DEPARTED, DEPARTEN, DEPARTING; its
// stem would also match DEPARTX). A '=' verb takes no ending at all.
void AddTabariEndings(std::string_view line, VerbEntry& verb) {
  if (!line.ends_with('_') || verb.forms.size() != 1 || verb.base.find(' ') != std::string::npos) return;
  for (std::string_view ending : {"S", "ES", "ED", "D", "EN", "ING"}) verb.forms.push_back(verb.base + std::string(ending));
}

}  // namespace

void ParseTabariVerbs(std::string_view text, const std::string& path, VerbDictionaryBuilder& builder) {
  const std::uint16_t file = builder.AddFile(path);
  const VerbDictionaryLimits& limits = builder.limits();
  bool petrarch1_blocks = false;  // saw a "--- NAME [code] ---" header
  bool in_time = false;
  bool skipping_block = false;
  bool finished = false;  // TABARI closes its files with a "~~FINISH <time>" line
  ForEachVerbFileLine(text, file, builder, [&](std::uint32_t n, std::string_view line) {
    if (finished || (finished = line.starts_with("~~FINISH"))) return;
    std::string reason;
    if (line.front() == '<') {
      if (line.starts_with("<TIME>")) in_time = true;
      else if (line.starts_with("</TIME>")) in_time = false;
      else if (line.starts_with("</SYNSETS>")) builder.EndSynset();
      else if (!line.starts_with("<SYNSETS>")) builder.Warn(file, n, fmt::format("unknown section '{}'", line));
      return;
    }
    if (in_time) return;
    if (line.starts_with("---")) petrarch1_blocks = true;
    if (ReadBlockOrSynsetStart(line, file, n, builder, &skipping_block)) return;
    if (skipping_block) return;
    if (line.front() == '+' && builder.InSynset()) return builder.AddSynsetMember(line.substr(1), file, n);
    if (line.front() == '-') return AddPatternLine(line, /*tabari=*/true, file, n, builder);
    if (line.front() == '{') {
      VerbEntry forms;
      if (!ParseVerbLine(std::string("X ") + std::string(line), false, limits, &forms, &reason))
        return builder.Warn(file, n, reason);
      forms.forms.erase(forms.forms.begin());
      if (!builder.AddFormsToLastVerb(forms.forms)) builder.Warn(file, n, "verb forms without a verb");
      return;
    }
    VerbEntry verb;
    verb.file = file;
    verb.line = n;
    if (!ParseVerbLine(line, /*tabari_stems=*/!petrarch1_blocks, limits, &verb, &reason))
      return builder.Warn(file, n, reason);
    if (!petrarch1_blocks) {
      std::string_view written = line.substr(0, line.find('['));
      while (!written.empty() && (written.back() == ' ' || written.back() == '\t')) written.remove_suffix(1);
      AddTabariEndings(written, verb);
    }
    if (petrarch1_blocks) {
      if (!builder.InBlock()) return builder.Warn(file, n, "verb outside a verb block");
    } else {
      builder.EndSynset();
      builder.StartBlock(verb.base, verb.code, file, n);
    }
    builder.AddVerb(std::move(verb));
  });
}

Result<VerbDictionary> LoadTabariVerbDictionary(const std::vector<std::string>& paths,
                                                const VerbDictionaryLimits& limits) {
  return LoadVerbFiles(paths, limits, ParseTabariVerbs);
}

}  // namespace tidings
