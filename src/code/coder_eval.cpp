#include "code/coder_eval.h"

#include <algorithm>
#include <functional>
#include <set>

#include <fmt/format.h>

#include "code/tabari_options.h"
#include "code/validation_records.h"
#include "eval/coding_eval.h"
#include "ingest/gzip.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

constexpr std::uint64_t kMaxOptionsBytes = 1 << 20;  // a TABARI .options file

// Options the suites are coded with: every event is kept, whether or not it
// names an actor, for the suites' own steps (TABARI's FORWARD gives a source
// to an event lacking one) and so that the figures read as they always have.
PipelineOptions ScoringOptions() {
  PipelineOptions options;
  options.events.keep_actorless = true;
  return options;
}

const Pipeline* BundledPipeline(Status* status) {
  static Result<Pipeline> pipeline = Pipeline::Load(ScoringOptions());
  if (!pipeline.ok()) {
    *status = pipeline.status();
    return nullptr;
  }
  return &*pipeline;
}

Document CodeRecord(const Pipeline& pipeline, const ValidationRecord& record) {
  return pipeline.Annotate(RecordArticle(record));
}

std::string Country(const std::string& actor) { return actor.substr(0, std::min<std::size_t>(3, actor.size())); }

// The event without its actors of no country (PETRARCH's "---GOV", an agent
// noun alone): the gold names countries, and such a side names none.
Event WithoutCountrylessActors(Event e) {
  for (std::vector<EventActor>* side : {&e.sources, &e.targets})
    std::erase_if(*side, [](const EventActor& a) { return a.actor.starts_with("---"); });
  return e;
}

// One line per record with an error: id, text, what was missed and what was extra.
std::string ErrorListing(const std::vector<ValidationRecord>& records, const CodingScore& score) {
  std::string out;
  auto triples = [](const std::vector<CodedEvent>& events) {
    std::string s;
    for (const CodedEvent& e : events) s += fmt::format(" {}/{}/{}", e.source, e.target, e.code);
    return s;
  };
  // Scores follow the records in order; ids may repeat.
  std::size_t next = 0;
  for (const RecordScore& rs : score.records) {
    while (next < records.size() && records[next].id != rs.id) ++next;
    const std::size_t r = next++;
    if (rs.missed.empty() && rs.extra.empty() && rs.counts.correct == rs.counts.expected) continue;
    out += fmt::format("{}: {}\n  missed:{}\n  extra:{}\n", rs.id, r < records.size() ? records[r].text : "",
                       triples(rs.missed), triples(rs.extra));
  }
  return out;
}

SuiteResult Finish(const std::string& suite, const CodingScore& score, std::string extra_report) {
  SuiteResult result;
  result.suite = suite;
  result.figures = {{"records", double(score.total.records)},
                    {"expected", double(score.total.expected)},
                    {"correct", score.total.CorrectPercent() / 100},
                    {"missed", score.total.MissedPercent() / 100},
                    {"extra", score.total.ExtraPercent() / 100},
                    {"extra_events", double(score.total.extra)}};
  result.report = suite + "\n" + FormatCodingScore(score) + extra_report;
  return result;
}

}  // namespace

namespace {

// "FRO/BIL/SAM" -> FRO, BIL, SAM: the members of a compound actor code, as
// PETRARCH-1 and TABARI score it (one event per member); UD-PETR scores the
// code as written.
std::vector<std::string> CompoundCodeMembers(const std::string& code, bool split) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t slash; split && (slash = code.find('/', start)) != std::string::npos; start = slash + 1)
    out.push_back(code.substr(start, slash - start));
  out.push_back(code.substr(start));
  return out;
}

// Whether a noun phrase naming no actor stands on the missing side of event
// e (before its verb for a source, in the verb's phrase after it for a
// target): PETRARCH-1 gives such a phrase the null code "---" and, without
// require_dyad, codes the event with it. A bare time noun ("said today") is
// no noun phrase to it (the parser makes it a temporal modifier).
bool NullActorStands(const Document& doc, const Event& e, bool target_side) {
  const Sentence& sentence = doc.sentences[e.sentence];
  const std::uint32_t end = sentence.first_token + sentence.token_count;
  std::uint32_t verb = sentence.first_token;
  while (verb < end && doc.tokens[verb].span.begin < e.span.begin) ++verb;
  if (verb == end) return false;
  auto in_verb_phrase = [&](std::uint32_t t) {
    std::int32_t cur = static_cast<std::int32_t>(t);
    for (int steps = 0; steps < 64 && cur >= 0; ++steps, cur = doc.tokens[cur].head)
      if (cur == static_cast<std::int32_t>(verb)) return true;
    return false;
  };
  for (std::uint32_t t = target_side ? verb + 1 : sentence.first_token; t < (target_side ? end : verb); ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.upos != "NOUN" && tok.upos != "PROPN") continue;
    if (tok.deprel == "obl:tmod" || tok.deprel == "obl:unmarked" || tok.deprel == "obl:npmod") continue;
    if (!target_side || in_verb_phrase(t)) return true;
  }
  return false;
}

// CAMEO (source, target, code) triples of a document's events, one per pair
// of source and target actors. Unless `require_dyad`, an event with actors on
// one side only is kept with PETRARCH's null code "---" on the other when a
// noun phrase stands there (NullActorStands).
std::vector<CodedEvent> CameoTriples(const Document& doc, bool split_compound_codes, bool require_dyad = true) {
  static const std::vector<EventActor> kNullSide{EventActor{{}, -1, "---"}};
  std::vector<CodedEvent> out;
  for (const Event& e : doc.events) {
    const bool one_sided = !require_dyad && e.sources.empty() != e.targets.empty() &&
                           NullActorStands(doc, e, /*target_side=*/e.targets.empty());
    for (const EventActor& s : one_sided && e.sources.empty() ? kNullSide : e.sources)
      for (const EventActor& t : one_sided && e.targets.empty() ? kNullSide : e.targets)
        for (const std::string& source : CompoundCodeMembers(s.actor, split_compound_codes))
          for (const std::string& target : CompoundCodeMembers(t.actor, split_compound_codes)) {
            CodedEvent c{source, target, e.cameo};
            if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
          }
  }
  return out;
}

// Scores `suite` coded with its own dictionaries, loaded through the same
// PipelineOptions as any user's PETRARCH/TABARI set.
// `adjust` (may be empty) changes a record's coded document before scoring;
// `tabari_options` (may be empty) gives the TABARI option commands in force
// for a record.
Result<SuiteResult> ScoreWithOwnDictionaries(
    const ValidationSuite& suite, const SuiteDictionaryFiles& files, const std::string& title,
    bool split_compound_codes, const std::function<void(const ValidationRecord&, Document&)>& adjust = {},
    const std::function<const std::vector<std::string>&(const ValidationRecord&)>& tabari_options = {},
    const std::function<bool(const ValidationRecord&)>& require_dyad = {},
    const std::function<const std::vector<std::string>&(const ValidationRecord&)>& petrarch_config = {}) {
  PipelineOptions options = ScoringOptions();
  options.petrarch.actors = files.actors;
  options.petrarch.agents = files.agents;
  options.petrarch.verbs = files.verbs;
  options.petrarch.discards = files.discards;
  options.petrarch.pico = files.pico;
  Result<Pipeline> pipeline = Pipeline::Load(options);
  if (!pipeline.ok()) return pipeline.status();
  Pipeline current = *pipeline;
  CodingScore score =
      Score(suite.records, [&](const ValidationRecord& record) {
        if (tabari_options && tabari_options(record) != options.petrarch.tabari_options) {
          options.petrarch.tabari_options = tabari_options(record);
          current = pipeline->WithOptions(options);
        }
        if (petrarch_config && petrarch_config(record) != options.petrarch.config) {
          options.petrarch.config = petrarch_config(record);
          current = pipeline->WithOptions(options);
        }
        Document doc = CodeRecord(current, record);
        if (adjust) adjust(record, doc);
        return CameoTriples(doc, split_compound_codes, !require_dyad || require_dyad(record));
      });
  std::string notes;
  if (!pipeline->warnings().empty())
    notes = fmt::format("  {} dictionary lines skipped or read with a warning (first: {})\n", pipeline->warnings().size(),
                        pipeline->warnings().front());
  SuiteResult result = Finish(title, score, notes);
  result.details = ErrorListing(suite.records, score);
  return result;
}

}  // namespace

Result<SuiteResult> EvalCodingPetr(const std::string& dir) {
  Result<ValidationSuite> suite = ReadPetrarchValidation(dir + "/petrarch2/PETR.UnitTest.records.xml");
  if (!suite.ok()) return suite.status();
  // A record expecting PETRARCH to refuse its malformed <Parse> ("bad_input_parse") tests the
  // reading of a parse this coder does not read (it codes from the raw text): not scored.
  for (ValidationRecord& record : suite->records)
    if (record.error == "bad_input_parse") record.evaluate = false;
  // The option lines in force per record: PETR_config.ini's, then the records' <Config> commands.
  const std::string config_path = dir + "/petrarch2/PETR_config.ini";
  Result<std::string> config_text = ReadFile(config_path, kMaxOptionsBytes);
  if (!config_text.ok()) return config_text.status();
  PetrarchConfig config = ParsePetrarchConfig(*config_text, config_path);
  std::vector<std::vector<std::string>> config_of(suite->records.size());
  for (std::size_t i = 0; i < suite->records.size(); ++i) {
    for (const std::string& command : suite->records[i].options) {
      if (const std::optional<std::string> problem = PetrarchOptionProblem(command))
        config.warnings.push_back(fmt::format("record {}: <Config> {}: {}", suite->records[i].id, command, *problem));
      config.lines.push_back(command);
    }
    config_of[i] = config.lines;
  }
  const ValidationRecord* first = suite->records.data();
  Result<SuiteResult> result = ScoreWithOwnDictionaries(
      *suite, suite->dictionaries, "PETR unit-test records (the suite's PETR.Validate dictionaries, raw text)",
      /*split_compound_codes=*/true, {}, {},
      [&](const ValidationRecord& record) { return PetrarchRequiresDyad(config_of[&record - first]); },
      [&](const ValidationRecord& record) -> const std::vector<std::string>& { return config_of[&record - first]; });
  if (result.ok())
    for (const std::string& warning : config.warnings) result->report += "  option not used as written: " + warning + "\n";
  return result;
}

Result<SuiteResult> EvalCodingUdPetr(const std::string& dir) {
  Result<ValidationSuite> suite = ReadPetrarchValidation(dir + "/UniversalPetrarch/PETR_Validate_records_2_02.xml");
  if (!suite.ok()) return suite.status();
  Result<SuiteResult> result = ScoreWithOwnDictionaries(
      *suite, suite->dictionaries, "UD-PETR validation records (the suite's PETR_Validate_2_02 dictionaries, raw text)",
      /*split_compound_codes=*/false);
  // UD-PETR's validation.py prints its FP as extra events per evaluated record ("FP =
  // extra/records" in its summary), not per expected event as the table does.
  if (result.ok()) {
    const double records = result->figure("records");
    const double per_record = records > 0 ? result->figure("extra_events") / records : 0;
    result->figures.push_back({"extra_per_record", per_record});
    result->report += fmt::format("  extra events per evaluated record (validation.py's FP): {:.1f}%\n", 100 * per_record);
  }
  return result;
}

Result<SuiteResult> EvalCodingTabari(const std::string& dir) {
  Result<ValidationSuite> suite = ReadTabariValidation(dir + "/TABARI-Code/Validate.text");
  if (!suite.ok()) return suite.status();
  Result<SuiteDictionaryFiles> files = ReadTabariProject(dir + "/TABARI-Code/Validate.project");
  if (!files.ok()) return files.status();
  // The project's .options file sets the start; "{ OPTION: .. }" records change
  // the settings for the records after them.
  std::vector<TabariSettings> settings_of(suite->records.size());
  std::vector<std::vector<std::string>> commands_of(suite->records.size());
  TabariSettings settings;
  std::vector<std::string> commands;
  for (const std::string& path : files->options) {
    Result<std::string> text = ReadFile(path, kMaxOptionsBytes);
    if (!text.ok()) return text.status();
    for (const std::string& option : TabariOptionCommands(*text))
      if (ApplyTabariOption(option, &settings)) commands.push_back(option);
  }
  for (std::size_t i = 0; i < suite->records.size(); ++i) {
    settings_of[i] = settings;
    commands_of[i] = commands;
    for (const std::string& option : suite->records[i].options)
      if (ApplyTabariOption(option, &settings)) commands.push_back(option);
  }
  const ValidationRecord* first = suite->records.data();
  // Under FORWARD the first actor a story's sentence names, as a bare actor code, is the source of its next ones' events lacking one.
  std::string story, forwarded;
  return ScoreWithOwnDictionaries(*suite, *files, "TABARI validation suite (Validate.project dictionaries, raw text)",
                                  /*split_compound_codes=*/false, [&](const ValidationRecord& record, Document& doc) {
                                    const TabariSettings& settings = settings_of[&record - first];
                                    if (settings.forward && TabariStory(record.id) != story) forwarded.clear();
                                    story = TabariStory(record.id);
                                    if (settings.forward) ForwardSource(forwarded, doc);
                                    ApplyTabariSettings(settings, doc);
                                    // TABARI forwards the first actor the sentence names, whether or not it
                                    // codes; a sentence naming none ("He then left.") keeps the one before.
                                    for (const Mention& m : doc.mentions)
                                      if (m.entity >= 0 && !doc.entities[m.entity].actor.empty()) {
                                        forwarded = doc.entities[m.entity].actor.substr(0, 3);
                                        break;
                                      }
                                  },
                                  [&](const ValidationRecord& record) -> const std::vector<std::string>& {
                                    return commands_of[&record - first];
                                  });
}

namespace {

// The gold records are coded in PLOVER 0.5, whose DEMAND, DISAPPROVE,
// INVESTIGATE and FIGHT became REQUEST, ACCUSE (CAMEO 11 and 09) and ASSAULT
// (CAMEO 19) in the 2021 mapping the coder emits (data/cameo/plover.tsv), and
// whose SANCTION and COERCE still held all of CAMEO 16 and 17 (2021 moved
// sanctions to COERCE, property destruction and violent repression to
// ASSAULT): an event is compared in the gold's terms, read from its CAMEO root
// unless the coder made it a threat or a refusal. PLOVER 0.5 also counted
// resignations (0831) as RETREAT and lifted curfews and emergency rule
// (0813, 0814) as CONCEDE.
std::string GoldVersionEvent(const Event& e) {
  if (e.plover_event.empty() || e.plover_event == "THREATEN" || e.plover_event == "REJECT") return e.plover_event;
  if (e.cameo == "0831") return "RETREAT";
  if (e.cameo == "0813" || e.cameo == "0814") return "CONCEDE";
  if (e.root == "09") return "INVESTIGATE";
  if (e.root == "16") return "SANCTION";
  if (e.root == "17") return "COERCE";
  if (e.root == "11") return "DISAPPROVE";
  if (e.root == "19") return "FIGHT";
  if (e.plover_event == "REQUEST") return "DEMAND";
  return e.plover_event;
}

// A record not all right, for `eval coding --verbose`: the gold (event
// source>target) and every coded event (event, CAMEO code, source>target).
std::string PloverRecordError(const ValidationRecord& record, const Document& doc) {
  auto actors = [&](const std::vector<EventActor>& list) {
    std::string s;
    for (const EventActor& a : list) s += fmt::format("{}{}({})", s.empty() ? "" : ",", a.actor, doc.text(a.text));
    return s;
  };
  std::string gold_sources, gold_targets, coded;
  for (const GoldActor& a : record.sources) gold_sources += (gold_sources.empty() ? "" : ",") + a.code;
  for (const GoldActor& a : record.targets) gold_targets += (gold_targets.empty() ? "" : ",") + a.code;
  for (const Event& e : doc.events)
    coded += fmt::format(" [{} {} {}>{}]", GoldVersionEvent(e), e.cameo, actors(e.sources), actors(e.targets));
  return fmt::format("{}: {}\n  gold: {} {}>{}\n  coded:{}\n", record.id, record.text, record.category, gold_sources,
                     gold_targets, coded);
}

Result<SuiteResult> ScorePlover(const Pipeline& pipeline, const std::string& dir, const std::string& title) {
  Result<ValidationSuite> suite = ReadPloverGold(dir + "/PLOVER/PLOVER_GSR_CAMEO.dev.json");
  if (!suite.ok()) return suite.status();
  std::string details;
  int records = 0, event_right = 0, source_right = 0, target_right = 0, with_target = 0, all_right = 0;
  CodingScore score = Score(suite->records, [&](const ValidationRecord& record) {
    Document doc = CodeRecord(pipeline, record);
    std::vector<CodedEvent> out;
    std::set<std::string> sources, targets;
    bool event = false, all = false;
    std::set<std::string> gold_sources, gold_targets;
    for (const GoldActor& a : record.sources) gold_sources.insert(a.code);
    for (const GoldActor& a : record.targets) gold_targets.insert(a.code);
    for (const Event& coded : doc.events) {
      const std::string name = GoldVersionEvent(coded);
      if (name.empty()) continue;
      const Event e = WithoutCountrylessActors(coded);
      event |= name == record.category;
      // Without a gold target the gold sources act on each other (PLOVER's reciprocal
      // SRC/TAR markup), so a target among them is right, as is none.
      // Without a gold source (an unnamed attacker) an event without one is right.
      bool s_ok = gold_sources.empty() && e.sources.empty(), t_ok = gold_targets.empty();
      for (const EventActor& s : e.sources) sources.insert(Country(s.actor)), s_ok |= gold_sources.count(Country(s.actor)) > 0;
      for (const EventActor& t : e.targets) {
        targets.insert(Country(t.actor));
        if (gold_targets.empty()) t_ok &= gold_sources.count(Country(t.actor)) > 0;
        else t_ok |= gold_targets.count(Country(t.actor)) > 0;
      }
      all |= name == record.category && s_ok && t_ok;
      std::vector<std::string> ss, ts;
      for (const EventActor& s : e.sources) ss.push_back(Country(s.actor));
      for (const EventActor& t : e.targets) ts.push_back(Country(t.actor));
      if (ts.empty()) ts.push_back("");
      for (const std::string& s : ss)
        for (const std::string& t : ts) {
          CodedEvent c{s, t, name};
          if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
        }
    }
    ++records;
    event_right += event;
    bool s_any = false, t_any = false;
    for (const std::string& s : sources) s_any |= gold_sources.count(s) > 0;
    for (const std::string& t : targets) t_any |= gold_targets.count(t) > 0;
    source_right += s_any;
    if (!gold_targets.empty()) {
      ++with_target;
      target_right += t_any;
    }
    all_right += all;
    if (!all) details += PloverRecordError(record, doc);
    return out;
  });
  auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
  std::string parts = fmt::format(
      "  per record: event, source and target all right {:.1f}% ({}/{}); event {:.1f}%; a source country {:.1f}%; "
      "a target country {:.1f}% (of {} with a target)\n",
      pct(all_right, records), all_right, records, pct(event_right, records), pct(source_right, records),
      pct(target_right, with_target), with_target);
  SuiteResult result = Finish(title, score, parts);
  result.details = std::move(details);
  result.figures.push_back({"all_right", records ? double(all_right) / records : 0});
  result.figures.push_back({"event_right", records ? double(event_right) / records : 0});
  result.figures.push_back({"source_right", records ? double(source_right) / records : 0});
  result.figures.push_back({"target_right", with_target ? double(target_right) / with_target : 0});
  return result;
}

}  // namespace

Result<SuiteResult> EvalCodingPlover(const std::string& dir) {
  Status status;
  const Pipeline* pipeline = BundledPipeline(&status);
  if (!pipeline) return status;
  return ScorePlover(*pipeline, dir, "PLOVER gold dev (bundled verb patterns and actors, raw text)");
}

Result<SuiteResult> EvalCodingPloverPhoenix(const std::string& dir) {
  const std::string phoenix = dir + "/petrarch2/";
  PipelineOptions options = ScoringOptions();
  options.petrarch.actors = {phoenix + "Phoenix.Countries.actors.txt", phoenix + "Phoenix.International.actors.txt",
                             phoenix + "Phoenix.MilNonState.actors.txt"};
  options.petrarch.agents = {phoenix + "Phoenix.agents.txt"};
  options.petrarch.verbs = {phoenix + "CAMEO.2.0.txt"};
  Result<Pipeline> pipeline = Pipeline::Load(options);
  if (!pipeline.ok()) return pipeline.status();
  return ScorePlover(*pipeline, dir, "PLOVER gold dev (Phoenix dictionaries: CAMEO.2.0 verbs, Phoenix actors and agents)");
}

}  // namespace tidings
