// TABARI's own reading of a sentence, for TABARI-format verb dictionaries
// (verbs written as stems: VerbEntry::stem). TABARI has no parse: it reads
// the words in order; actor names are read in any case and with a plural
// ending ("ithilen government radios"). Any word of the verb dictionary is
// a verb candidate ("raised its voice": VOICE), unless it lies inside an
// actor's name, is capitalized inside a mixed-case sentence (a name or a
// title: "To Restore") or follows an article ("the restore"). Candidates are tried left to right:
// the patterns of the verb are matched on the words themselves - the part
// before '*' backwards from the verb, the part after it forwards, other words
// may come between pattern words unless '_' joins them; a pattern word
// without a trailing '_' (or ending in '~') is a stem and matches any word it
// starts; '$' and '+' take the next actor, '^' passes over the next actor;
// '{ A | B }' offers alternatives; a synset member is read like a pattern of
// its own (stems, gaps, '$' and '+') and scores a little under the same
// words written out. The longest matching pattern gives the
// code, else the verb's own. A verb coding nothing ([---]) gives way to the
// next candidate; a subordinate one ([023?], "said") codes only when no later
// verb does. Each clause codes one event, or under CODE ALL each verb with
// both actors does (clauses end at "but", ';' and an "and" or "or" before a
// verb, "and then" or "and" with a subject of its own before one). Without '$' the source is the first actor of the clause before the
// verb (after a reporting verb in reported speech), else of the sentence;
// without '+' the target is the first actor after the verb in its clause
// that is no member of the source; "he", "it", "them" ... stand for the sentence's first actors; "X was opposed by Y" turns around. Before all this, clauses set off
// by commas whose length lies within the comma limits ("X, a neighbour of
// Y, said") are asides and are not read. Actors joined by "and", "nor" or
// commas (up to three modifiers may stand before the next) act together,
// one event per member, and so do the members of a compound code
// ("FRO/BIL/SAM"); a paired code adds the reverse event. An event lacking
// its source or target is kept only when the settings can supply it (a
// default actor, or an earlier sentence of the story).
//
// The coder (coder.h) codes each sentence with this when its dictionary is
// TABARI's. Deterministic; reads only its inputs.
#pragma once

#include <cstdint>

#include "annotate/actor_knowledge.h"
#include "code/tabari_options.h"
#include "code/verb_dictionary.h"
#include "tidings/document.h"

namespace tidings {

// Whether `dict` is a TABARI dictionary (some verb is a stem).
bool UsesTabariMatching(const VerbDictionary& dict);

// Appends to doc.events the events TABARI's reading finds in sentence
// `index` (actors, code, span and evidence; the coder adds their date,
// attribution and ontology fields as for any event); returns how many.
// `settings` give the comma limits, default actors and forwarding
// (tabari_options.h). With `agents`, an actor takes the code of an agent
// written right after it ("Bree Prime Minister X", "Gondor's president") or
// before it with "of" ("the ambassadors of Arnor"); under CONVERT AGENT an
// agent joined to no actor is an actor coded "~MIL" ("security forces").
std::size_t CodeSentenceAsTabari(Document& doc, std::uint32_t index, const VerbDictionary& dict,
                                 const TabariSettings& settings = {}, const ActorKnowledge* agents = nullptr);

}  // namespace tidings
