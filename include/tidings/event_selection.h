// EventSelection: which of the events the coder finds are kept.
//
// The coder codes every verb its patterns match, actors or not; what an
// analyst counts is who did what to whom. So by default an event keeps its
// place only when it names its source, the doer: an agent whose country
// neither the sentence nor the article tells ("---COP") included. "Releases"
// in a software story or "they agreed to meet" code a CAMEO verb but no
// actor: such events were 9,704 of the 11,831 coded from the 431 English
// pages of the extraction benchmarks (`tidings code --keep-actorless`,
// 2026-11-28). Of the rest, those naming a target but no source were mostly
// not events between actors at all: a country word modifying a thing ("U.S.
// dollars", "Indian Village") or the object of an act whose doer the coder
// could not name (`tidings eval coding --suite news` judges them). Stricter
// and looser selections are options of `tidings code`, `annotate` and
// `ingest`.
#pragma once

namespace tidings {

struct EventSelection {
  bool keep_actorless = false;   // keep every event, with or without actors (implies keep_sourceless)
  bool keep_sourceless = false;  // keep events naming a target but no source
  bool require_dyad = false;     // keep only events with both a source and a target actor
  // Keep only the first (governing verb's) event of each sentence, and that
  // one only when the rules above keep it.
  bool one_event_per_sentence = false;
};

}  // namespace tidings
