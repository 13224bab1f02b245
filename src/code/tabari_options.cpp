#include "code/tabari_options.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "annotate/knowledge_model.h"
#include "code/dictionary_files.h"
#include "code/verb_dictionary.h"
#include "ingest/ascii.h"

namespace tidings {
namespace {

// The blank-separated words of `s`.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    const std::size_t start = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

// "[DEFSRC]" -> "DEFSRC"; empty when the word is no bracketed code.
std::string_view Bracketed(std::string_view word) {
  if (word.size() < 3 || word.front() != '[' || word.back() != ']') return {};
  return word.substr(1, word.size() - 2);
}

// "DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER": the parts named are set, the
// others kept (TABARI resets them only with "DEFAULT: OFF").
void ApplyDefault(const std::vector<std::string_view>& words, TabariSettings* settings) {
  if (words.size() == 2 && words[1] == "OFF") {
    settings->default_source.clear();
    settings->default_target.clear();
    settings->default_prior = settings->default_after = false;
    return;
  }
  std::string* last = nullptr;
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (words[i] == "SOURCE") last = &settings->default_source;
    else if (words[i] == "TARGET") last = &settings->default_target;
    else if (words[i] == "PRIOR") settings->default_prior = true;
    else if (words[i] == "AFTER") settings->default_after = true;
    else if (last && !Bracketed(words[i]).empty()) *last = std::string(Bracketed(words[i]));
  }
}

// A whole number written out ("4"); nullopt for anything else.
std::optional<std::size_t> Number(std::string_view text) {
  std::size_t n = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return n;
}

// "MIN = 4 MAX = 6 EMIN = 3 ..." (any of the six, in any order, blanks
// around '=' or not) or "OFF".
bool ApplyComma(std::string_view rest, TabariSettings* settings) {
  if (Words(rest).size() == 1 && Words(rest)[0] == "OFF") {
    settings->comma = {1, 0, 1, 0, 1, 0};
    return true;
  }
  CommaLimits& c = settings->comma;
  const std::pair<std::string_view, std::size_t*> kNames[] = {{"MIN", &c.min},        {"MAX", &c.max},
                                                             {"EMIN", &c.end_min},   {"EMAX", &c.end_max},
                                                             {"BMIN", &c.begin_min}, {"BMAX", &c.begin_max}};
  std::string spaced;
  for (char ch : rest) spaced += ch == '=' ? std::string(" = ") : std::string(1, ch);
  const std::vector<std::string_view> parts = Words(spaced);
  if (parts.size() % 3 != 0) return false;
  for (std::size_t i = 0; i < parts.size(); i += 3) {
    const auto name = std::find_if(std::begin(kNames), std::end(kNames), [&](const auto& p) { return p.first == parts[i]; });
    const std::optional<std::size_t> n = Number(parts[i + 2]);
    if (name == std::end(kNames) || parts[i + 1] != "=" || !n) return false;
    *name->second = *n;
  }
  return true;
}

bool ApplySet(std::string_view rest, TabariSettings* settings) {
  const std::vector<std::string_view> words = Words(rest);
  std::string joined;
  for (std::string_view w : words) joined += std::string(w) + " ";
  if (joined == "CODE BY SENTENCE ") settings->code_by = TabariSettings::CodeBy::kSentence;
  else if (joined == "CODE BY CLAUSE ") settings->code_by = TabariSettings::CodeBy::kClause;
  else if (joined == "CODE ALL ") settings->code_by = TabariSettings::CodeBy::kAll;
  else if (joined.starts_with("MINIMUM WORDS")) {
    const std::size_t eq = rest.find('=');
    if (eq == std::string_view::npos) return false;
    const std::vector<std::string_view> value = Words(rest.substr(eq + 1));
    const std::optional<std::size_t> n = value.empty() ? std::nullopt : Number(value.front());
    if (!n) return false;
    settings->minimum_words = *n;
  } else if (joined.starts_with("CONVERT AGENT")) {
    settings->convert_agents = joined.find("TRUE") != std::string::npos;
  }
  return true;
}

// "VERBS[6] CONJ[3] NOACTPRIOR": the limits named replace the last
// command's; other words pass.
bool ApplyComplex(std::string_view rest, TabariSettings* settings) {
  ComplexLimits limits;
  for (std::string_view word : Words(rest)) {
    const std::size_t open = word.find('[');
    if (open == std::string_view::npos || !word.ends_with(']')) continue;
    const std::optional<std::size_t> n = Number(word.substr(open + 1, word.size() - open - 2));
    if (!n) return false;
    if (word.substr(0, open) == "VERBS") limits.verbs = *n;
    if (word.substr(0, open) == "CONJ") limits.conjunctions = *n;
  }
  settings->complex = limits;
  return true;
}

bool IsCompleteEvent(const Event& e) { return !e.sources.empty() && !e.targets.empty(); }

void ApplyDefaults(const TabariSettings& settings, Event& e) {
  if (e.sources.empty() && !settings.default_prior && !e.targets.empty()) {
    e.sources.push_back(e.targets.front());
    e.targets.erase(e.targets.begin());
  }
  if (e.targets.empty() && !settings.default_after && e.sources.size() > 1) {
    e.targets.assign(e.sources.begin() + 1, e.sources.end());
    e.sources.resize(1);
  }
  if (e.sources.empty() && !settings.default_source.empty()) e.sources.push_back({{}, -1, settings.default_source});
  if (e.targets.empty() && !settings.default_target.empty()) e.targets.push_back({{}, -1, settings.default_target});
}

}  // namespace

bool ApplyTabariOption(std::string_view command, TabariSettings* settings) {
  const std::string upper = AsciiUpper(command);
  const std::size_t colon = upper.find(':');
  if (colon == std::string::npos) return false;
  const std::string_view head = std::string_view(upper).substr(0, colon);
  const std::string_view rest = std::string_view(upper).substr(colon + 1);
  if (head == "DEFAULT") {
    std::vector<std::string_view> words = Words(rest);
    words.insert(words.begin(), head);
    ApplyDefault(words, settings);
    return true;
  }
  if (head == "SET") return ApplySet(rest, settings);
  if (head == "FORWARD") {
    const std::vector<std::string_view> words = Words(rest);
    settings->forward = words.empty() || words.back() != "OFF";
    return true;
  }
  if (head == "COMMA") return ApplyComma(rest, settings);
  if (head == "COMPLEX") return ApplyComplex(rest, settings);
  static constexpr std::string_view kKnown[] = {"OUTPUT", "LABEL"};
  return std::find(std::begin(kKnown), std::end(kKnown), head) != std::end(kKnown);
}

std::vector<std::string> TabariOptionCommands(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    line = TrimSpaces(line);
    if (line.starts_with("~~~~")) break;
    if (line.empty() || line.starts_with("//") || line.starts_with('#')) continue;
    out.emplace_back(line);
  }
  return out;
}

TabariSettings TabariSettingsFrom(const std::vector<std::string>& commands) {
  TabariSettings settings;
  for (const std::string& command : commands) ApplyTabariOption(command, &settings);
  return settings;
}

std::size_t TabariWordCount(std::string_view text) { return Words(text).size(); }

std::string_view TabariStory(std::string_view id) {
  const std::size_t dash = id.rfind('-');
  return dash == std::string_view::npos ? id : id.substr(0, dash);
}

void ForwardSource(const std::string& code, Document& doc) {
  if (code.empty()) return;
  for (Event& e : doc.events)
    if (e.sources.empty()) e.sources.push_back({{}, -1, code});
}

void ApplyTabariSettings(const TabariSettings& settings, Document& doc) {
  std::vector<Event> kept;
  for (Event& e : doc.events) {
    if (TabariWordCount(doc.text(doc.sentences[e.sentence].span)) < settings.minimum_words) continue;
    if (!settings.default_source.empty() || !settings.default_target.empty()) ApplyDefaults(settings, e);
    kept.push_back(std::move(e));
  }
  if (settings.code_by == TabariSettings::CodeBy::kSentence) {
    // The first verb of each sentence that codes a whole event: its events (a paired code gives two).
    std::vector<Event> first;
    for (Event& e : kept) {
      if (!IsCompleteEvent(e)) continue;
      bool earlier = false, same_verb = false;
      for (const Event& f : first)
        if (f.sentence == e.sentence) {
          earlier |= f.span.begin < e.span.begin;
          same_verb |= f.span.begin == e.span.begin;
        }
      if (earlier && !same_verb) continue;
      std::erase_if(first, [&](const Event& f) { return f.sentence == e.sentence && f.span.begin > e.span.begin; });
      first.push_back(std::move(e));
    }
    kept = std::move(first);
  }
  doc.events = std::move(kept);
}

std::optional<PetrarchOption> SplitPetrarchOption(std::string_view line) {
  const std::size_t eq = line.find_first_of("=:");
  if (eq == std::string_view::npos) return std::nullopt;
  return PetrarchOption{TrimSpaces(line.substr(0, eq)), TrimSpaces(line.substr(eq + 1))};
}

namespace {

constexpr std::string_view kCommaOptions[] = {"comma_min",  "comma_max",  "comma_emin",
                                              "comma_emax", "comma_bmin", "comma_bmax"};

// PETRARCH reads a flag as false when its value holds "false" anywhere, true otherwise.
bool ReadsAsFalse(std::string_view lower_value) { return lower_value.find("false") != std::string_view::npos; }

}  // namespace

std::optional<std::string> PetrarchOptionProblem(std::string_view line) {
  const std::optional<PetrarchOption> option = SplitPetrarchOption(line);
  if (!option) return "no '=' or ':' between an option's name and its value; line ignored";
  if (option->key.empty()) return "no option name before the '=' or ':'; line ignored";
  const std::string value(option->value);
  if (std::find(std::begin(kCommaOptions), std::end(kCommaOptions), option->key) != std::end(kCommaOptions) &&
      !Number(value))
    return fmt::format("{} '{}' is not a whole number; the option keeps its value", option->key, value);
  const std::string lower = AsciiLower(value);
  if (option->key == "require_dyad" && lower != "true" && lower != "false")
    return fmt::format("require_dyad '{}' is neither True nor False; read as {}, as PETRARCH does", value,
                       ReadsAsFalse(lower) ? "False" : "True");
  return std::nullopt;
}

PetrarchConfig ParsePetrarchConfig(std::string_view text, std::string_view origin) {
  PetrarchConfig config;
  ForEachDictionaryLine(text, [&](std::uint32_t number, std::string_view line) {
    line = TrimSpaces(line);
    if (line.empty() || line.front() == '#' || line.front() == ';' || line.front() == '[') return;
    if (const std::optional<std::string> problem = PetrarchOptionProblem(line))
      config.warnings.push_back(fmt::format("{}:{}: {}", origin, number, *problem));
    if (SplitPetrarchOption(line)) config.lines.emplace_back(line);
  });
  return config;
}

bool PetrarchRequiresDyad(const std::vector<std::string>& config) {
  bool require = true;
  for (const std::string& line : config) {
    const std::optional<PetrarchOption> option = SplitPetrarchOption(line);
    if (option && option->key == "require_dyad")
      require = !ReadsAsFalse(AsciiLower(option->value));
  }
  return require;
}

std::optional<CommaLimits> PetrarchCommaLimits(const std::vector<std::string>& config) {
  CommaLimits c{2, 8, 2, 8, 0, 0};
  std::size_t* const fields[] = {&c.min, &c.max, &c.end_min, &c.end_max, &c.begin_min, &c.begin_max};
  bool set = false;
  for (const std::string& line : config) {
    const std::optional<PetrarchOption> option = SplitPetrarchOption(line);
    if (!option) continue;
    const auto name = std::find(std::begin(kCommaOptions), std::end(kCommaOptions), option->key);
    if (name == std::end(kCommaOptions)) continue;
    if (const std::optional<std::size_t> n = Number(option->value)) {
      *fields[name - std::begin(kCommaOptions)] = *n;
      set = true;
    }
  }
  if (!set) return std::nullopt;
  return c;
}

}  // namespace tidings
