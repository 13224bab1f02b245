// EventSelection: which of the events the coder finds are kept.
//
// The coder codes every verb its patterns match, actors or not; what an
// analyst counts is who did what to whom. So by default an event keeps its
// place only when it names at least one actor, an agent whose country
// neither the sentence nor the article tells ("---COP") included:
// "releases" in a software story or "they agreed to meet" code a CAMEO verb
// but no actor, and such events were 9,704 of the 11,831 coded from the 431
// English pages of the extraction benchmarks (`tidings code
// --keep-actorless`, 2026-11-28). Stricter and looser selections are options
// of `tidings code`, `annotate` and `ingest`.
#pragma once

namespace tidings {

struct EventSelection {
  bool keep_actorless = false;          // keep events with neither a source nor a target actor
  bool require_dyad = false;            // keep only events with both a source and a target actor
  // Keep only the first (governing verb's) event of each sentence, and that
  // one only when the rules above keep it.
  bool one_event_per_sentence = false;
};

}  // namespace tidings
