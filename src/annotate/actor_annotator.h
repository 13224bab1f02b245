// AnnotateActors: the actor stage. Over a segmented Document (Segment
// first), finds the mentions of people, states, organizations, media,
// places and roles, and groups them into the article's entities with their
// CAMEO-style actor codes and roles at the article's publication date
// (Document::article().published; today when it is missing or unreadable).
// See actor_mentions.h for what is found and coreference.h for how it is
// resolved. Thread-safe: the knowledge is shared read-only, the Document is
// the caller's.
#pragma once

#include "annotate/actor_knowledge.h"
#include "annotate/ner_tagger.h"
#include "tidings/document.h"

namespace tidings {

// Fills doc.mentions and doc.entities (replacing earlier content). `names`,
// when given, finds the names the knowledge does not hold; it reads the
// parts of speech of the syntax stage when that has run.
void AnnotateActors(Document& doc, const ActorKnowledge& knowledge, const NameTagger* names = nullptr);

}  // namespace tidings
