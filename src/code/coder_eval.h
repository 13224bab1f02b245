// tidings eval coding: the event coder on the validation suites
// (../shared/docs/reference/event-coders.md §4), from raw sentence text.
// Each record's sentence becomes an Article of one paragraph published on
// the record's date, runs through the bundled Pipeline (syntax, actors,
// quotes, coder) and its events are scored with coding_eval.h.
//
// petr: PETR.UnitTest.records.xml, CAMEO actor codes and event codes, with
// the suite's own dictionaries (its <Environment>: verbs, actors, agents,
// discards) loaded through PipelineOptions like any user's set.
// ud-petr: UniversalPetrarch's PETR_Validate_records_2_02.xml, the same way.
// tabari: TABARI's Validate.text with the dictionaries of Validate.project.
// plover: PLOVER_GSR_CAMEO.dev.json, (source country, target country, PLOVER
// event) triples, plus per-record accuracy of each part; the gold's PLOVER
// 0.5 event names are compared with the coder's by CAMEO root (see the .cpp).
// plover-phoenix: the same records with the PETRARCH-2 Phoenix dictionaries
// (CAMEO.2.0 verbs, Phoenix actors and agents) in place of the bundled ones.
#pragma once

#include <string>

#include "eval/extraction_eval.h"

namespace tidings {

// `dir` is the events data folder, holding petrarch2/ and PLOVER/.
Result<SuiteResult> EvalCodingPetr(const std::string& dir);
Result<SuiteResult> EvalCodingUdPetr(const std::string& dir);
Result<SuiteResult> EvalCodingTabari(const std::string& dir);
Result<SuiteResult> EvalCodingPlover(const std::string& dir);
Result<SuiteResult> EvalCodingPloverPhoenix(const std::string& dir);

}  // namespace tidings
