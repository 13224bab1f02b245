#include "annotate/knowledge_petrarch.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

namespace tidings {
namespace {

// "VLADIMIR_PUTIN_" -> "VLADIMIR PUTIN": "_" joins words; a trailing one
// (or TABARI's '=', "MOUSE=") only blocks stemming, which a token matcher does not do.
std::string PhraseWords(std::string_view phrase) {
  std::string words(TrimSpaces(phrase));
  while (!words.empty() && (words.back() == '_' || words.back() == '=')) words.pop_back();
  std::replace(words.begin(), words.end(), '_', ' ');
  return words;
}

// `line` up to its '#' comment; an XML comment line ("<!-- VERSION -->", in
// the PETRARCH validation dictionaries) is all comment. A '#' right after
// '[' is a "[###]" code, not a comment.
std::string_view WithoutComment(std::string_view line) {
  if (TrimSpaces(line).starts_with("<!--")) return {};
  for (std::size_t i = 0; i < line.size(); ++i)
    if (line[i] == '#' && (i == 0 || line[i - 1] != '[') && (i == 0 || line[i - 1] != '#')) return line.substr(0, i);
  return line;
}

// YYMMDD or YYYYMMDD -> Day, -1 when malformed.
Day ParseCompactDay(std::string_view digits) {
  if ((digits.size() != 6 && digits.size() != 8) ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return -1;
  Day day = 0;
  for (char c : digits) day = day * 10 + (c - '0');
  if (digits.size() == 6) day += (day / 10000 < 30 ? 20000000 : 19000000);
  const int month = day / 100 % 100, dom = day % 100;
  return (month >= 1 && month <= 12 && dom >= 1 && dom <= 31) ? day : -1;
}

// The length of the actor code starting `inside`, 0 when there is none: at
// least three letters or digits ("GON", "G77"; validation files also write
// lower case, "pse"), several such codes joined by '/' for a compound actor
// ("FRO/BIL/SAM"), or a marker "---" (no code), "+++" or "###", all kept as
// written.
std::size_t CodeLength(std::string_view inside) {
  for (std::string_view marker : {"---", "+++", "###"})
    if (inside.starts_with(marker)) return marker.size();
  auto alnum = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  std::size_t i = 0;
  while (true) {
    std::size_t start = i;
    while (i < inside.size() && alnum(inside[i])) ++i;
    if (i - start < 3) return 0;
    if (i + 1 >= inside.size() || inside[i] != '/' || !alnum(inside[i + 1])) return i;
    ++i;
  }
}

// The inside of one "[CODE ...]" group, spaces removed. Returns false when
// the code or its date restriction cannot be read.
bool ParseCodeGroup(std::string inside, DatedCode* code, bool* dated, std::string* reason) {
  inside = std::string(TrimSpaces(inside));
  // The code ends before a blank ("HOBGOV 19950601-19990815") or a '<' / '>'.
  const std::size_t i = CodeLength(inside);
  code->code = inside.substr(0, i);
  if (i == 0) {
    *reason = "code is not three or more letters or digits (A/B for a compound actor, --- for none)";
    return false;
  }
  inside.erase(0, i);
  std::erase(inside, ' ');
  std::erase(inside, '\t');
  const std::string_view rest = inside;
  *dated = !rest.empty();
  if (rest.empty()) return true;
  if (rest.front() == '>') {
    code->start = ParseCompactDay(rest.substr(1));
  } else if (rest.front() == '<') {
    code->end = ParseCompactDay(rest.substr(1));
  } else {
    const std::size_t dash = rest.find('-');
    code->start = ParseCompactDay(rest.substr(0, dash));
    code->end = dash == std::string_view::npos ? -1 : ParseCompactDay(rest.substr(dash + 1));
  }
  if (code->start < 0 || code->end < 0) {
    *reason = "date restriction is not >date, <date or date-date (YYMMDD or YYYYMMDD)";
    return false;
  }
  if (code->end < code->start) {
    *reason = "date range ends before it starts";
    return false;
  }
  return true;
}

bool StartsWith(std::string_view code, std::string_view prefix) { return code.substr(0, prefix.size()) == prefix; }

// Infers kind and country once an entry's codes are all read.
void Classify(ActorEntry& actor) {
  const std::string& code = actor.code.empty() && !actor.roles.empty() ? actor.roles.front().code : actor.code;
  if (code.ends_with("MED")) {
    actor.kind = MentionKind::kMedia;
    if (code.size() > 3) actor.country = code.substr(0, 3);
  } else if (StartsWith(code, "IGO") || StartsWith(code, "NGO") || StartsWith(code, "MNC")) {
    actor.kind = MentionKind::kOrganization;
  } else {
    actor.country = code.substr(0, 3);
    // A bare country code, or several joined by '/' (a compound actor of states).
    bool states = code.size() % 4 == 3;
    for (std::size_t i = 3; states && i < code.size(); i += 4) states = code[i] == '/';
    if (states && actor.roles.empty()) actor.kind = MentionKind::kState;
    else if (!actor.roles.empty()) actor.kind = MentionKind::kPerson;
    else actor.kind = MentionKind::kOrganization;
  }
}

class ActorReader {
 public:
  ActorReader(const std::string& path, KnowledgeModel& model) : path_(path), model_(model) {}

  void Read(std::string_view text) {
    std::size_t number = 0;
    while (!text.empty()) {
      const std::size_t eol = text.find('\n');
      std::string_view line = text.substr(0, eol);
      text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
      ++number;
      line = WithoutComment(line);
      line = line.substr(0, line.find(';'));  // TABARI actor files also comment with ';'
      const bool indented = !line.empty() && (line.front() == ' ' || line.front() == '\t');
      line = TrimSpaces(line);
      if (line.empty() || line.front() == ';') continue;
      ReadLine(line, indented, number);
    }
    Finish();
  }

 private:
  void Warn(std::size_t line, std::string_view reason) {
    model_.warnings.push_back(fmt::format("{}:{}: {}", path_, line, reason));
  }

  void ReadLine(std::string_view line, bool indented, std::size_t number) {
    const std::size_t bracket = line.find('[');
    const std::string_view phrase = TrimSpaces(line.substr(0, bracket));
    if (!phrase.empty() && phrase.front() == '+') {
      if (current_ < 0) return Warn(number, "synonym before any entry");
      AddAlias(PhraseWords(phrase.substr(1)));
      AddWritten(TrimSpaces(phrase.substr(1)));
    } else if (!phrase.empty()) {
      if (indented) return Warn(number, "indented phrase is neither a synonym nor a code");
      StartEntry(phrase);
      AddWritten(phrase);
    } else if (current_ < 0) {
      return Warn(number, "code line before any entry");
    }
    if (bracket != std::string_view::npos) ReadCodes(line.substr(bracket), number);
  }

  // Entries of one phrase merge ("XI_JINPING" and "XI_JINPING_"); phrases of
  // the same words joined differently do not (TABARI's "AL_GORE" and "AL GORE").
  void StartEntry(std::string_view phrase) {
    Finish();
    const std::string words = PhraseWords(phrase);
    std::string key(phrase);
    while (!key.empty() && (key.back() == '_' || key.back() == '=')) key.pop_back();
    auto [it, fresh] = by_phrase_.emplace(key, static_cast<std::int32_t>(model_.actors.size()));
    if (fresh) {
      ActorEntry actor;
      actor.name = words;
      actor.any_case = true;
      model_.actors.push_back(std::move(actor));
      AddAliasTo(it->second, words);
    }
    current_ = it->second;
    pending_.push_back(current_);
  }

  void AddAlias(const std::string& words) { AddAliasTo(current_, words); }
  void AddWritten(std::string_view phrase) {
    std::vector<std::string>& written = model_.actors[current_].written;
    if (std::find(written.begin(), written.end(), phrase) == written.end()) written.emplace_back(phrase);
  }
  void AddAliasTo(std::int32_t actor, const std::string& words) {
    if (!words.empty()) model_.actors[actor].aliases.push_back({words, AliasForm::kName});
  }

  // Every "[...]" group of the line.
  void ReadCodes(std::string_view rest, std::size_t number) {
    while (!rest.empty()) {
      const std::size_t open = rest.find('['), close = rest.find(']');
      if (open == std::string_view::npos) return;
      if (close == std::string_view::npos || close < open) return Warn(number, "unclosed '['");
      DatedCode code;
      bool dated = false;
      std::string reason;
      if (!ParseCodeGroup(std::string(rest.substr(open + 1, close - open - 1)), &code, &dated, &reason)) {
        Warn(number, reason);
      } else if (dated) {
        model_.actors[current_].roles.push_back(std::move(code));
      } else {
        model_.actors[current_].code = code.code;
      }
      rest.remove_prefix(close + 1);
    }
  }

  void Finish() {
    for (std::int32_t index : pending_) Classify(model_.actors[index]);
    pending_.clear();
  }

  const std::string& path_;
  KnowledgeModel& model_;
  std::unordered_map<std::string, std::int32_t> by_phrase_;
  std::int32_t current_ = -1;
  std::vector<std::int32_t> pending_;
};

// Regular English plural, as PETRARCH generates it: +S, Y -> IES, S -> +ES.
std::string RegularPlural(const std::string& words) {
  if (words.empty()) return words;
  const char last = words.back();
  const char before = words.size() > 1 ? words[words.size() - 2] : ' ';
  if ((last == 'y' || last == 'Y') && std::string_view("aeiouAEIOU").find(before) == std::string_view::npos)
    return words.substr(0, words.size() - 1) + "ies";
  if (last == 's' || last == 'S' || last == 'x' || last == 'X') return words + "es";
  return words + "s";
}

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

void ReadAgents(std::string_view text, const std::string& path, KnowledgeModel& model) {
  std::unordered_map<std::string, std::vector<std::string>> sets;
  std::size_t number = 0;
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    ++number;
    line = TrimSpaces(WithoutComment(line));
    if (line.empty() || line.front() == ';') continue;
    const auto warn = [&](std::string_view reason) {
      model.warnings.push_back(fmt::format("{}:{}: {}", path, number, reason));
    };
    if (line.front() == '!' && line.find('=') != std::string_view::npos) {
      const std::size_t eq = line.find('=');
      std::vector<std::string>& members = sets[std::string(TrimSpaces(line.substr(0, eq)))];
      std::string_view list = line.substr(eq + 1);
      while (!list.empty()) {
        const std::size_t comma = list.find(',');
        if (!TrimSpaces(list.substr(0, comma)).empty()) members.emplace_back(TrimSpaces(list.substr(0, comma)));
        list.remove_prefix(comma == std::string_view::npos ? list.size() : comma + 1);
      }
      continue;
    }
    const std::size_t open = line.rfind('['), close = line.rfind(']');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
      warn("agent has no [~CODE] or [CODE~]");
      continue;
    }
    std::string code(TrimSpaces(line.substr(open + 1, close - open - 1)));
    const bool prepend = !code.empty() && code.back() == '~';
    std::erase(code, '~');
    if (code.size() < 3 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      warn("agent code is not capital letters");
      continue;
    }
    std::string_view head = line.substr(0, open);
    std::string plural;
    bool explicit_plural = false;
    if (const std::size_t brace = head.find('{'); brace != std::string_view::npos) {
      const std::size_t end = head.find('}', brace);
      if (end == std::string_view::npos) {
        warn("unclosed '{'");
        continue;
      }
      std::string_view forms = TrimSpaces(head.substr(brace + 1, end - brace - 1));
      plural = PhraseWords(forms.substr(0, forms.find(' ')));
      explicit_plural = true;
      head = head.substr(0, brace);
    }
    std::string phrase = PhraseWords(head);
    // Expand one substitution set ("CONGRESS!PERSON!").
    std::vector<std::string> phrases{phrase};
    if (const std::size_t bang = phrase.find('!'); bang != std::string::npos) {
      const std::size_t end = phrase.find('!', bang + 1);
      auto set = end == std::string::npos ? sets.end() : sets.find(phrase.substr(bang, end - bang + 1));
      if (set == sets.end()) {
        warn("unknown substitution set");
        continue;
      }
      phrases.clear();
      for (const std::string& member : set->second)
        phrases.push_back(phrase.substr(0, bang) + member + phrase.substr(end + 1));
    }
    for (const std::string& p : phrases)
      model.agents.push_back({Lower(p), Lower(explicit_plural ? plural : RegularPlural(p)), code, prepend, ""});
  }
}

}  // namespace

void ParsePetrarchDictionary(std::string_view text, const std::string& path, DictionaryFormat format,
                             KnowledgeModel& model) {
  if (format == DictionaryFormat::kPetrarchAgents) {
    ReadAgents(text, path, model);
    return;
  }
  ActorReader(path, model).Read(text);
}

}  // namespace tidings
