#include "code/validation_records.h"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "annotate/knowledge_model.h"
#include "code/verb_dictionary.h"
#include "ingest/gzip.h"

namespace tidings {
namespace {

constexpr std::uint64_t kMaxSuiteBytes = 64 << 20;

std::string CollapseBlanks(std::string_view s) {
  std::string out;
  bool blank = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      blank = !out.empty();
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

std::string DecodeEntities(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [name, c] : kEntities)
        if (s.substr(i, name.size()) == name) {
          out += c;
          i += name.size() - 1;
          done = true;
          break;
        }
      if (done) continue;
    }
    out += s[i];
  }
  return out;
}

std::uint32_t LineAt(std::string_view text, std::size_t offset) {
  return 1 + static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + std::min(offset, text.size()), '\n'));
}

// Attribute `name` of an open tag ("<Sentence id="X" ...>"); quotes may be
// ' or ", and a value quoted twice ('"INJURY TOLL"') loses the inner quotes.
bool Attribute(std::string_view tag, std::string_view name, std::string* value) {
  std::size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    const bool starts_word = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n');
    std::size_t i = pos + name.size();
    while (i < tag.size() && tag[i] == ' ') ++i;
    if (!starts_word || i >= tag.size() || tag[i] != '=') {
      pos += name.size();
      continue;
    }
    ++i;
    while (i < tag.size() && tag[i] == ' ') ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) return false;
    const char quote = tag[i];
    const std::size_t end = tag.find(quote, i + 1);
    if (end == std::string_view::npos) return false;
    std::string v = DecodeEntities(tag.substr(i + 1, end - i - 1));
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
    *value = std::move(v);
    return true;
  }
  return false;
}

// Content between <name> and </name> inside `body`, or empty.
std::string_view Element(std::string_view body, std::string_view name) {
  const std::string open = fmt::format("<{}>", name), close = fmt::format("</{}>", name);
  const std::size_t a = body.find(open);
  if (a == std::string_view::npos) return {};
  const std::size_t b = body.find(close, a);
  if (b == std::string_view::npos) return {};
  return body.substr(a + open.size(), b - a - open.size());
}

// Comments and "<PLEvent ...>" lines become blanks of the same length, so
// that offsets (and line numbers) stay those of the file.
std::string BlankOutNoise(std::string_view text) {
  std::string out(text);
  std::size_t pos = 0;
  while ((pos = out.find("<!--", pos)) != std::string::npos) {
    std::size_t end = out.find("-->", pos + 4);
    end = end == std::string::npos ? out.size() : end + 3;
    for (std::size_t i = pos; i < end; ++i)
      if (out[i] != '\n') out[i] = ' ';
    pos = end;
  }
  pos = 0;
  while ((pos = out.find("<PLEvent", pos)) != std::string::npos) {
    std::size_t end = out.find('\n', pos);
    if (end == std::string::npos) end = out.size();
    std::fill(out.begin() + pos, out.begin() + end, ' ');
    pos = end;
  }
  return out;
}

// `file` named inside `path`: a path in the same folder unless absolute.
std::string Beside(const std::string& path, const std::string& file) {
  if (file.starts_with('/')) return file;
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? file : path.substr(0, slash + 1) + file;
}

Status CheckNamesDictionaries(const SuiteDictionaryFiles& files, const std::string& path) {
  if (files.verbs.empty() || files.actors.empty())
    return Status::InvalidInput(path + ": names no verb or no actor dictionary");
  return Status::Ok();
}

// The "<Config option=.. value=..>" commands in text[from..] (all of it when
// from is npos), as "option=value".
std::vector<std::string> ConfigCommands(std::string_view text, std::size_t from) {
  std::vector<std::string> out;
  if (from == std::string_view::npos) from = 0;
  for (std::size_t pos = from; (pos = text.find("<Config ", pos)) != std::string_view::npos;) {
    const std::size_t end = text.find('>', pos);
    if (end == std::string_view::npos) break;
    std::string option, value;
    if (Attribute(text.substr(pos, end - pos), "option", &option) &&
        Attribute(text.substr(pos, end - pos), "value", &value))
      out.push_back(option + "=" + value);
    pos = end;
  }
  return out;
}

}  // namespace

ValidationSuite ParsePetrarchValidation(std::string_view raw, const std::string& path) {
  ValidationSuite suite;
  suite.path = path;
  const std::string clean = BlankOutNoise(raw);
  const std::string_view text = clean;
  for (const auto& [tag, files] : {std::pair{"Verbfile", &suite.dictionaries.verbs},
                                   std::pair{"Actorfile", &suite.dictionaries.actors},
                                   std::pair{"Agentfile", &suite.dictionaries.agents},
                                   std::pair{"Discardfile", &suite.dictionaries.discards},
                                   std::pair{"PICOfile", &suite.dictionaries.pico}}) {
    const std::string_view file = Element(text, tag);
    if (!file.empty()) files->push_back(Beside(path, CollapseBlanks(file)));
  }
  {
    const std::string include = CollapseBlanks(Element(text, "Include"));
    std::size_t i = 0;
    while (i < include.size()) {
      std::size_t j = include.find(' ', i);
      if (j == std::string::npos) j = include.size();
      suite.include.push_back(include.substr(i, j - i));
      i = j + 1;
    }
  }
  std::size_t pos = 0;
  while ((pos = text.find("<Sentence ", pos)) != std::string_view::npos) {
    // The commands between the previous record and this one.
    const std::vector<std::string> config = ConfigCommands(text.substr(0, pos), text.rfind("</Sentence>", pos));
    const std::size_t tag_end = text.find('>', pos);
    const std::size_t close = text.find("</Sentence>", pos);
    const std::uint32_t line = LineAt(text, pos);
    if (tag_end == std::string_view::npos || close == std::string_view::npos || close < tag_end) {
      suite.warnings.push_back(fmt::format("{}:{}: <Sentence> without </Sentence>", path, line));
      break;
    }
    const std::string_view tag = text.substr(pos, tag_end - pos);
    const std::string_view body = text.substr(tag_end + 1, close - tag_end - 1);
    pos = close + 11;
    ValidationRecord record;
    record.options = config;
    if (!Attribute(tag, "id", &record.id)) {
      suite.warnings.push_back(fmt::format("{}:{}: <Sentence> without id", path, line));
      continue;
    }
    Attribute(tag, "category", &record.category);
    Attribute(tag, "date", &record.date);
    std::string evaluate;
    if (Attribute(tag, "evaluate", &evaluate)) record.evaluate = evaluate != "false";
    if (!suite.include.empty() &&
        std::find(suite.include.begin(), suite.include.end(), record.category) == suite.include.end())
      record.evaluate = false;
    record.text = CollapseBlanks(DecodeEntities(Element(body, "Text")));
    record.parse = std::string(Element(body, "Parse"));
    std::size_t ec = 0;
    while ((ec = body.find("<EventCoding", ec)) != std::string_view::npos) {
      const std::size_t ec_end = body.find('>', ec);
      if (ec_end == std::string_view::npos) break;
      const std::string_view coding = body.substr(ec, ec_end - ec);
      ec = ec_end;
      std::string value;
      if (Attribute(coding, "noevents", &value)) {
        record.no_events = true;
        continue;
      }
      if (Attribute(coding, "error", &value)) {
        record.error = value;
        continue;
      }
      CodedEvent event;
      if (!Attribute(coding, "sourcecode", &event.source) || !Attribute(coding, "targetcode", &event.target) ||
          !Attribute(coding, "eventcode", &event.code)) {
        suite.warnings.push_back(fmt::format("{}:{}: {}: <EventCoding> without source, target and event codes",
                                             path, LineAt(text, tag_end + 1 + ec), record.id));
        continue;
      }
      record.expected.push_back(std::move(event));
    }
    if (record.expected.empty() && !record.no_events && record.error.empty()) {
      suite.warnings.push_back(fmt::format("{}:{}: {}: no expected coding; scored as expecting none", path, line,
                                           record.id));
      record.no_events = true;
    }
    suite.records.push_back(std::move(record));
  }
  return suite;
}

ValidationSuite ParseTabariValidation(std::string_view text, const std::string& path) {
  ValidationSuite suite;
  suite.path = path;
  bool after_end = false;
  ValidationRecord* record = nullptr;
  bool in_comment = false;
  std::string body;
  auto is_header = [](std::string_view line) {
    std::size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    return (digits == 6 || digits == 8) && digits < line.size() && (line[digits] == ' ' || line[digits] == '\t');
  };
  // Expectations of one "/* .. */" block: "{ SRC / TGT / CODE } [date]", "-{..}" (disabled),
  // "{---}" none, "{###}" discarded, "{+++}" unchecked, "{ OPTION: .. }".
  auto read_expectations = [&](std::string_view block, std::uint32_t line) {
    std::size_t i = 0;
    while ((i = block.find('{', i)) != std::string_view::npos) {
      std::size_t end = block.find('}', i);
      // "{ OPTION: SET: MINIMUM WORDS = 4  */": an option left open ends with its block.
      if (end == std::string_view::npos && CollapseBlanks(block.substr(i + 1)).starts_with("OPTION:"))
        end = std::min(block.size(), block.find("*/", i));
      if (end == std::string_view::npos) {
        suite.warnings.push_back(fmt::format("{}:{}: {}: unbalanced '{{'", path, line, record->id));
        return;
      }
      const bool disabled = i > 0 && block[i - 1] == '-';
      const std::string inside = CollapseBlanks(block.substr(i + 1, end - i - 1));
      i = end + 1;
      if (disabled) {
        record->partial = true;
        continue;
      }
      if (inside.starts_with("OPTION:")) {
        record->options.push_back(CollapseBlanks(std::string_view(inside).substr(7)));
      } else if (inside == "---") {
        record->no_events = true;
      } else if (inside == "###") {
        record->no_events = record->discarded = true;
      } else if (inside == "+++") {
        record->no_events = true;  // TABARI's "complex" mark: the record is left uncoded
      } else if (inside.empty()) {
        continue;  // "{}" in the explanation text of START-00
      } else {
        std::vector<std::string> parts;
        std::size_t a = 0;
        while (true) {
          const std::size_t slash = inside.find('/', a);
          parts.push_back(CollapseBlanks(std::string_view(inside).substr(a, slash == std::string::npos ? std::string::npos : slash - a)));
          if (slash == std::string::npos) break;
          a = slash + 1;
        }
        if (parts.size() != 3 || parts[2].empty()) {
          suite.warnings.push_back(fmt::format("{}:{}: {}: expectation '{{{}}}' is not SOURCE / TARGET / CODE", path,
                                               line, record->id, inside));
          continue;
        }
        record->expected.push_back({parts[0], parts[1], parts[2]});
      }
    }
  };
  std::uint32_t comment_line = 0;
  ForEachDictionaryLine(text, [&](std::uint32_t number, std::string_view line) {
    // A comment left open ("... { FOR / GON / 045 } /*") ends at the next record's header.
    if (in_comment && is_header(line)) {
      in_comment = false;
      if (record) read_expectations(body, comment_line);
    }
    if (in_comment) {
      body.append(line).push_back('\n');
      if (line.find("*/") != std::string_view::npos) {
        in_comment = false;
        if (record) read_expectations(body, comment_line);
      }
      return;
    }
    if (is_header(line)) {
      ValidationRecord next;
      std::string_view rest = TrimSpaces(line.substr(line.find_first_of(" \t")));
      // "950101  950101  AGENTS-11": a date written twice is one date.
      if (is_header(rest)) rest = rest.substr(rest.find_first_of(" \t"));
      next.id = CollapseBlanks(rest);
      next.date = std::string(line.substr(0, line.find_first_of(" \t")));
      if (next.date.size() == 6) next.date = (next.date < "300000" ? "20" : "19") + next.date;
      next.category = next.id.substr(0, next.id.find('-'));
      next.evaluate = !after_end;
      suite.records.push_back(std::move(next));
      record = &suite.records.back();
      return;
    }
    const std::size_t open = line.find("/*");
    if (record && open != std::string_view::npos) {
      // "... officials said./*": the sentence's last words may share the comment's line.
      if (record->expected.empty() && !record->no_events && record->options.empty()) {
        const std::string before = CollapseBlanks(line.substr(0, open));
        if (!before.empty()) record->text += (record->text.empty() ? "" : " ") + before;
      }
      body.assign(line.substr(open + 2)).push_back('\n');
      comment_line = number;
      if (line.find("*/", open + 2) != std::string_view::npos) {
        read_expectations(body, comment_line);
      } else {
        in_comment = true;
      }
      return;
    }
    if (record && line.find("This is the end of the standard validation records") != std::string_view::npos) {
      after_end = true;  // this record and all after it need other options or crash TABARI
      record->evaluate = false;
    }
    if (record && record->expected.empty() && !record->no_events && record->options.empty()) {
      if (!record->text.empty()) record->text += ' ';
      record->text += CollapseBlanks(line);
      if (record->text.back() == ' ') record->text.pop_back();
    }
  });
  // A record with no event to expect (an option record) is checked for coding
  // nothing; one whose only expectations are disabled with "-{..}" checks nothing.
  for (ValidationRecord& r : suite.records) {
    if (r.expected.empty()) r.no_events = true;
    if (r.expected.empty() && r.partial) r.evaluate = false;
  }
  return suite;
}

ValidationSuite ParsePloverGold(std::string_view text, const std::string& path) {
  ValidationSuite suite;
  suite.path = path;
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_array()) {
    suite.warnings.push_back(fmt::format("{}:1: not a JSON array of records", path));
    return suite;
  }
  auto str = [](const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  auto actors = [&](const nlohmann::json& j, const char* key) {
    std::vector<GoldActor> out;
    auto it = j.find(key);
    if (it == j.end() || !it->is_array()) return out;
    for (const nlohmann::json& a : *it)
      if (a.is_object()) out.push_back({str(a, "actorText"), str(a, "code"), str(a, "sector")});
    return out;
  };
  for (std::size_t k = 0; k < doc.size(); ++k) {
    const nlohmann::json& j = doc[k];
    if (!j.is_object()) {
      suite.warnings.push_back(fmt::format("{}: record {}: not an object", path, k));
      continue;
    }
    ValidationRecord record;
    record.id = str(j, "id");
    record.category = str(j, "event");
    if (record.category == "DOCUMENT") continue;  // file metadata, not a record
    record.text = str(j, "text");
    if (record.id.empty() || record.category.empty() || record.text.empty()) {
      suite.warnings.push_back(fmt::format("{}: record {}: without id, event or text", path, k));
      continue;
    }
    std::string date = str(j, "date");
    std::erase(date, '-');
    record.date = date;
    record.mode = str(j, "mode");
    record.context = str(j, "context");
    record.sources = actors(j, "source");
    record.targets = actors(j, "target");
    std::vector<std::string> targets;
    for (const GoldActor& t : record.targets) targets.push_back(t.code);
    if (targets.empty()) targets.emplace_back();
    for (const GoldActor& s : record.sources)
      for (const std::string& t : targets) {
        CodedEvent event{s.code, t, record.category};
        if (std::find(record.expected.begin(), record.expected.end(), event) == record.expected.end())
          record.expected.push_back(std::move(event));
      }
    if (record.sources.empty())
      for (const std::string& t : targets) record.expected.push_back({"", t, record.category});
    suite.records.push_back(std::move(record));
  }
  return suite;
}

Result<ValidationSuite> ReadPetrarchValidation(const std::string& path) {
  Result<std::string> text = ReadFile(path, kMaxSuiteBytes);
  if (!text.ok()) return text.status();
  return ParsePetrarchValidation(*text, path);
}

Result<ValidationSuite> ReadTabariValidation(const std::string& path) {
  Result<std::string> text = ReadFile(path, kMaxSuiteBytes);
  if (!text.ok()) return text.status();
  return ParseTabariValidation(*text, path);
}

Result<SuiteDictionaryFiles> ReadTabariProject(const std::string& path) {
  Result<std::string> text = ReadFile(path, kMaxSuiteBytes);
  if (!text.ok()) return text.status();
  SuiteDictionaryFiles files;
  // "<actorsfile> \tTABARI.Demo.actors": a tag, then the file name.
  ForEachDictionaryLine(*text, [&](std::uint32_t, std::string_view line) {
    line = TrimSpaces(line);
    const std::size_t close = line.find('>');
    if (!line.starts_with('<') || close == std::string_view::npos) return;
    const std::string_view tag = line.substr(1, close - 1);
    const std::string file = CollapseBlanks(line.substr(close + 1));
    if (file.empty() || file.find(' ') != std::string::npos) return;
    if (tag == "actorsfile") files.actors.push_back(Beside(path, file));
    else if (tag == "verbsfile") files.verbs.push_back(Beside(path, file));
    else if (tag == "agentsfile") files.agents.push_back(Beside(path, file));
    else if (tag == "discardsfile") files.discards.push_back(Beside(path, file));
    else if (tag == "issuesfile") files.issues.push_back(Beside(path, file));
    else if (tag == "optionsfile") files.options.push_back(Beside(path, file));
  });
  if (Status status = CheckNamesDictionaries(files, path); !status.ok()) return status;
  return files;
}

Result<SuiteDictionaryFiles> ReadPetrarchConfig(const std::string& path) {
  Result<std::string> text = ReadFile(path, kMaxSuiteBytes);
  if (!text.ok()) return text.status();
  SuiteDictionaryFiles files;
  bool in_dictionaries = false;
  ForEachDictionaryLine(*text, [&](std::uint32_t, std::string_view line) {
    line = TrimSpaces(line);
    if (line.empty() || line.front() == '#' || line.front() == ';') return;
    if (line.front() == '[') {
      in_dictionaries = line == "[Dictionaries]";
      return;
    }
    const std::size_t eq = line.find('=');
    if (!in_dictionaries || eq == std::string_view::npos) return;
    const std::string_view key = TrimSpaces(line.substr(0, eq));
    std::vector<std::string>* target = key == "verbfile_name"      ? &files.verbs
                                       : key == "actorfile_list"   ? &files.actors
                                       : key == "agentfile_name"   ? &files.agents
                                       : key == "discardfile_name" ? &files.discards
                                       : key == "issuefile_name"   ? &files.issues
                                                                   : nullptr;
    if (!target) return;
    // "a.txt, b.txt": a comma-separated list.
    std::string_view list = line.substr(eq + 1);
    while (!list.empty()) {
      const std::size_t comma = std::min(list.find(','), list.size());
      const std::string_view file = TrimSpaces(list.substr(0, comma));
      if (!file.empty()) target->push_back(Beside(path, std::string(file)));
      list.remove_prefix(std::min(comma + 1, list.size()));
    }
  });
  if (Status status = CheckNamesDictionaries(files, path); !status.ok()) return status;
  return files;
}

Result<ValidationSuite> ReadPloverGold(const std::string& path) {
  Result<std::string> text = ReadFile(path, kMaxSuiteBytes);
  if (!text.ok()) return text.status();
  return ParsePloverGold(*text, path);
}

Article RecordArticle(const ValidationRecord& record) {
  const std::string& d = record.date;
  const bool digits = d.size() == 8 && std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  Article article;
  article.id = record.id;
  article.published = digits ? d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2) : d;
  article.paragraphs.push_back({record.text});
  return article;
}

}  // namespace tidings
