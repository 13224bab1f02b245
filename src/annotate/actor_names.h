// FindUnknownNames: capitalised names the actor knowledge does not hold,
// classified as person, organization or place by the words around them.
//
// A candidate is a run of capitalised words (joined by "of", "de", "van",
// "al"..., or "&"), not covered by a known mention, that does not merely
// start a sentence: a lone capitalised word at a sentence's start is an
// ordinary word as often as a name. Cues, strongest first: an organization
// word at the end ("Corp", "Party", "Ministry", "University", "Club") or
// start ("University of"); a place word ("River", "Province") or a place
// preposition before it ("in", "at", "near"); a person's title or
// honorific before it, a speech verb after it ("said"), or a first word
// that is the first name of a known person. Runs without a cue stay
// unannotated unless they have two or more words, which default to a person.
// Sentences written in capitals (headlines) are skipped. Stateless.
#pragma once

#include <cstdint>
#include <vector>

#include "annotate/actor_gazetteer.h"
#include "annotate/actor_knowledge.h"
#include "annotate/actor_mentions.h"
#include "tidings/document.h"

namespace tidings {

// Names within the sentence of tokens [first, end); `covered[i - first]`
// marks tokens already in a known mention.
std::vector<FoundMention> FindUnknownNames(const TokenView& tokens, const ActorKnowledge& knowledge,
                                           std::uint32_t first, std::uint32_t end, const std::vector<bool>& covered);

}  // namespace tidings
