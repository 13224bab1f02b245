// ResolveActors: from found mentions to the entities of one article,
// resolved at the article's date.
//
// Names resolve first, in text order: an ambiguous alias goes to the actor
// the article already names, else to one holding an office on the date;
// a capital stands for its state; a government metonym for the
// government. An unknown single word equal to the surname of a person
// named earlier is that person. Then roles: beside a name they are that
// name ("Chinese President Xi Jinping"); otherwise the holder of the title
// for the modifier's country on the date ("the Chinese president" on
// 2024-12-31 is Xi Jinping; "leader" is the highest office), or without a
// country the latest person named who holds that title. Media descriptors
// and "the publication" refer back to the latest outlet that fits. Last,
// pronouns (he, she, his, her, him) join a person only when one person of
// that gender is in reach: earlier in the sentence, else in the nearest
// earlier sentence naming one. Entities are numbered e1, e2... in order of
// first mention. Thread-safe for distinct Documents.
#pragma once

#include <vector>

#include "annotate/actor_knowledge.h"
#include "annotate/actor_mentions.h"
#include "tidings/document.h"

namespace tidings {

// Fills doc.mentions and doc.entities (replacing earlier content).
void ResolveActors(Document& doc, const TokenView& tokens, const std::vector<FoundMention>& found,
                   const ActorKnowledge& knowledge, Day day);

}  // namespace tidings
