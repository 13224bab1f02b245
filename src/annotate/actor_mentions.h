// FindActorMentions: the stretches of a segmented Document that name actors,
// before coreference decides who they are.
//
// Within each sentence, the longest gazetteer phrase wins at each token
// (names, aliases, demonyms, capitals, government metonyms, media
// descriptors, titles). Phrases then compose: [the] + state modifier +
// title is a role ("the Chinese president", "Kremlin spokesman"), followed
// by a name it is that name's apposition ("Chinese President Xi Jinping",
// "Foreign Minister Ana Pérez", the name then a person even when unknown);
// [the] + modifier + descriptor is a media outlet ("the Chinese state-run
// broadcaster"); "the publication", "the agency" refer back to an outlet.
// An honorific ("Comrade", "Mr.") joins the name it precedes, and a middle
// name between a known first and last name ("Vladimir Vladimirovich Putin")
// still names the person. Capitalised names the knowledge does not hold are
// classified by actor_names.h; names of two or more words it finds no cue
// for are left to the name tagger (ner_tagger.h), when one is given. In a
// line of sports results ("Easton 2 Marsh Rovers 1") the names before the
// scores are teams. Cost: a few hash probes per token, and the tagger's
// forty per word.
// Thread-safe: reads only the Document and the shared ActorKnowledge.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "annotate/actor_gazetteer.h"
#include "annotate/actor_knowledge.h"
#include "annotate/ner_tagger.h"
#include "tidings/document.h"

namespace tidings {

struct FoundMention {
  std::uint32_t first = 0;  // token range [first, end)
  std::uint32_t end = 0;
  MentionKind kind = MentionKind::kPerson;
  AliasForm form = AliasForm::kName;
  std::vector<std::uint32_t> actors;  // candidate knowledge actors, best first
  std::string country;                // a role's or descriptor's modifier ("Russian" -> RUS)
  std::int32_t agent = -1;            // a role's title, index into agents()
  std::int32_t apposition = -1;       // the name mention a role stands beside
  std::string media_kind;             // "the agency": which outlets it can refer to
  bool generic = false;               // "the publication": refers back to an outlet
  bool unknown = false;               // a name the knowledge does not hold
  bool surname_only = false;          // unknown, kept only as a surname of a person named before
};

// A name over tokens [first, end) the knowledge does not hold.
FoundMention UnknownName(std::uint32_t first, std::uint32_t end, MentionKind kind);

// "Saudi-led", "Hamas-LED": a word joined to "-led", which FindActorMentions
// takes for a mention of the actor before the hyphen (an adjective, not a
// name of its own).
bool IsLedCompound(std::string_view word);

// The tokens of `doc`, folded once for every lookup.
TokenView DocumentTokens(const Document& doc);

// Mentions in text order (first token, then longest first); nested ones
// (the demonym inside a role) follow the mention that contains them.
// `names` may be null: unknown names then come from actor_names.h alone.
std::vector<FoundMention> FindActorMentions(const Document& doc, const TokenView& tokens,
                                            const ActorKnowledge& knowledge, const NameTagger* names = nullptr);

}  // namespace tidings
