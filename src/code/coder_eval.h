// tidings eval coding: the event coder on the validation suites
// (../shared/docs/reference/event-coders.md §4), from raw sentence text.
// Each record's sentence becomes an Article of one paragraph published on
// the record's date, runs through the bundled Pipeline (syntax, actors,
// quotes, coder) and its events are scored with coding_eval.h.
//
// petr: PETR.UnitTest.records.xml, CAMEO actor codes and event codes, with
// the bundled dictionaries (its Middle-earth actors are unknown to them).
// plover: PLOVER_GSR_CAMEO.dev.json, (source country, target country, PLOVER
// event) triples, plus per-record accuracy of each part.
#pragma once

#include <string>

#include "eval/extraction_eval.h"

namespace tidings {

// `dir` holds petrarch2/ (petr) or PLOVER/ (plover): the events data folder.
Result<SuiteResult> EvalCodingPetr(const std::string& dir);
Result<SuiteResult> EvalCodingPlover(const std::string& dir);

}  // namespace tidings
