// Readers of the event-coding validation suites (specification and scoring
// in ../shared/docs/reference/event-coders.md §4): the PETRARCH unit-test
// records (PETR.UnitTest.records.xml), the UniversalPetrarch functional
// records (PETR_Validate_records_2_02.xml, not well-formed XML: read
// leniently), the TABARI suite (Validate.text: expectations in "/* .. */"
// blocks after each record) and the PLOVER gold records
// (PLOVER_GSR_CAMEO.dev.json). Each becomes a list of ValidationRecord with
// the events it expects, for coding_eval.h to score.
//
// Unreadable records are skipped and reported in warnings as "file:line:
// reason"; only an unreadable file is an error. Plain values.
#pragma once

#include <string>
#include <vector>

#include "tidings/article.h"
#include "tidings/status.h"

namespace tidings {

// One event as a coder produces it or a suite expects it: CAMEO actor codes
// (or PLOVER country codes) and an event code (CAMEO "064" or PLOVER "AGREE").
struct CodedEvent {
  std::string source, target, code;
  friend bool operator==(const CodedEvent&, const CodedEvent&) = default;
};

// A PLOVER gold actor.
struct GoldActor {
  std::string text, code, sector;
};

struct ValidationRecord {
  std::string id;        // "DEMO-01", "PLOVER-GSR01-AGREE-0001"
  std::string category;  // "DEMO"; TABARI: the id before its '-'; PLOVER: the event
  std::string date;      // YYYYMMDD
  std::string text;      // the sentence, blanks collapsed
  std::string parse;     // the suite's own parse (PTB or CoNLL-U) when given
  std::vector<CodedEvent> expected;
  // Expects no event (noevents="True"; TABARI {---}, {+++} "complex", option
  // records); scored as correct when nothing is coded.
  bool no_events = false;
  // TABARI {###}: the sentence should be discarded (also expects no event).
  bool discarded = false;
  // TABARI "-{..}" beside the expectations: the record lists only some of the
  // events it codes ("aren't complete", "generates about 32 events"), so other
  // events with a listed code are not extra; with no expectation left it is
  // not scored.
  bool partial = false;
  // Part of the score: false for UD-PETR evaluate="false", categories outside
  // <Include>, and TABARI records from the end-of-standard-records marker on.
  bool evaluate = true;
  std::string error;                 // PETR: the error the record should raise ("dateline")
  // TABARI: the "{ OPTION: .. }" settings the record makes. PETR: the
  // <Config option=".." value=".."> commands given before the record, as
  // "option=value" ("require_dyad=false"), which hold from it on.
  std::vector<std::string> options;
  // PLOVER gold only.
  std::vector<GoldActor> sources, targets;
  std::string mode;
  std::string context;
};

// The dictionary files a suite codes with, as paths beside the file naming
// them: PETR <Environment> (Verbfile, Actorfile, Agentfile, Discardfile), a
// TABARI .project (<actorsfile>, <verbsfile>, <agentsfile>) or a PETRARCH
// config .ini ([Dictionaries] verbfile_name, actorfile_list, ...).
struct SuiteDictionaryFiles {
  std::vector<std::string> verbs, actors, agents, discards, issues, pico;
  std::vector<std::string> options;  // TABARI: the project's .options file
};

struct ValidationSuite {
  std::string path;
  std::vector<ValidationRecord> records;
  std::vector<std::string> include;  // PETR <Include> categories; empty when none
  SuiteDictionaryFiles dictionaries;  // PETR <Environment> files
  std::vector<std::string> warnings;
};

// PETR XML records, strict or not (comments, "<PLEvent ..>" lines and
// stray markup are tolerated).
Result<ValidationSuite> ReadPetrarchValidation(const std::string& path);
ValidationSuite ParsePetrarchValidation(std::string_view text, const std::string& path);

// TABARI Validate.text.
Result<ValidationSuite> ReadTabariValidation(const std::string& path);
ValidationSuite ParseTabariValidation(std::string_view text, const std::string& path);

// The dictionaries named by a TABARI .project file or a PETRARCH config
// .ini; an unknown tag or key is ignored, a file naming no verbs or actors
// is an error.
Result<SuiteDictionaryFiles> ReadTabariProject(const std::string& path);
Result<SuiteDictionaryFiles> ReadPetrarchConfig(const std::string& path);

// PLOVER gold JSON; expected events are (source code, target code, event)
// for every pair of source and target ("" when there is no target).
Result<ValidationSuite> ReadPloverGold(const std::string& path);
ValidationSuite ParsePloverGold(std::string_view text, const std::string& path);

// The record's sentence as an article of one paragraph, published on the
// record's date (YYYYMMDD written as YYYY-MM-DD), as the suites code it.
Article RecordArticle(const ValidationRecord& record);

}  // namespace tidings
