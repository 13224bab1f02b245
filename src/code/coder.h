// The event coder: who did what to whom, from an analysed Document.
//
// Per sentence, every verb of the dependency tree (VERB heads, and AUX/ADJ
// predicates through their verb complements) is looked up in the verb
// dictionary by surface form, lemma and phrasal particle; its patterns are
// tried against the verb's clause (the verb's subtree without its subject,
// coordinated, parenthetical and adverbial clauses; an infinitive right after
// the object, "readiness to work on ...", joins it when a pattern then matches
// better): pattern words must
// appear in order, other words may come between them (data/verbs
// conventions). The matching pattern with the most words wins (ties: the
// first in dictionary order); without one, the verb's or block's own code.
// Null codes ([---]) code nothing, discards ([###]) drop the sentence.
// Paired codes ([a:b]) give the forward event and, when b is set, the
// reverse one. A verb inside the clause of a verb already coded is not coded
// again ("expressed readiness to strengthen" is one event). Two readings
// are UniversalPetrarch's alone, used with its dictionaries (those with a
// PICO ontology): a chain of verbs ("Arnor plans to invite Gondor to ratify
// the charter") is read from its complement when a pattern of the
// complement's verb codes it, the governing verb coding nothing; and a
// gerund under a preposition ("Arnor thanked Gondor before shelling
// Eriador") inherits no subject, so its clause is coded without a source.
// Other dictionaries read chains from the governing verb and give such a
// gerund the governing verb's subject, as a news reader would.
//
// Source: actors of the subject (every conjunct: "Russia and China"), for
// passives the "by" agent; inherited through xcomp and conj from the
// governing verb. Target: the '+' of the pattern, else the first actor of
// the clause after the verb that is not the source. Dates, attribution
// (quotation layer) and modality (negation, auxiliaries, governing verbs
// such as "willing", "plan", "wish") complete each event.
//
// Deterministic; the dictionary and ontology are read-only and may be
// shared by threads.
#pragma once

#include "annotate/actor_knowledge.h"
#include "code/cameo_ontology.h"
#include "code/discard_list.h"
#include "code/issue_list.h"
#include "code/pico_ontology.h"
#include "code/tabari_options.h"
#include "code/verb_dictionary.h"
#include "tidings/document.h"
#include "tidings/event_selection.h"

namespace tidings {

// Fills doc.events (replacing what was there). Needs tokens with syntax,
// mentions/entities, times and quotes. A sentence holding a phrase of
// `discards` codes nothing; a story-level phrase empties the document.
// With `agents`, a state or organization takes the agent codes of its noun
// phrase ("Gondor's government" GONGOV). With `issues`, every event carries
// the issue codes found in its sentence (PETRARCH: issues tag sentences).
// With a non-empty `pico` ontology, a verb negated by "not", "n't" or
// "never" takes the code of its negation (UniversalPetrarch), unless its
// pattern already spells the negation out. `tabari` (TABARI's defaults when
// null) are the options TABARI-format verbs are read with. With `commas`
// (PETRARCH's comma_* options), a comma-delimited clause of a length within
// the limits is taken out of the sentence before it is coded: its actors
// and verbs code nothing. Unless `actorless_kept`, a sentence that can name
// no actor (no actor's mention, no phrase of `agents`) is not coded: its
// events would all be dropped (EventSelection), and its parse is saved.
void CodeEvents(Document& doc, const VerbDictionary& verbs, const CameoOntology& cameo,
                const DiscardList* discards = nullptr, const ActorKnowledge* agents = nullptr,
                const IssueList* issues = nullptr, const PicoOntology* pico = nullptr,
                const TabariSettings* tabari = nullptr, const CommaLimits* commas = nullptr,
                bool actorless_kept = true);

// Removes from doc.events what `selection` excludes; order is kept.
void SelectEvents(Document& doc, const EventSelection& selection);

// The pattern as written in PETRARCH-2 notation ("* &GREETINGS (TO +)").
std::string PatternText(const VerbPattern& pattern, const VerbDictionary& verbs);

}  // namespace tidings
