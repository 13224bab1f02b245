// AddDocumentNames: names found from the whole article, after each
// sentence has been read on its own.
//
// A news article names something once with the words that type it and then
// repeats it bare: a name typed anywhere in the article ("Marrow Shipping
// Corp." an organization, "Port Kessa" a place) gives its kind to its exact
// repeats elsewhere, and to bare mentions that were kept only as possible
// surnames. An acronym in brackets right after a name ("the Harbour Workers
// Union ( HWU )") is that name. A dateline at the head of a paragraph
// ("KELBY , Kessland 2026-05-02", "PORT KESSA 2026-05-02") names places (the
// town, and the region after its comma), and
// so are the names after "the village of", "the towns of ... and ..."; a
// name before "shares", "spokesman", "captain"... is an organization. An
// organization's shape takes the places and guesses inside it: capitalised
// words before its last word ("Kessa Stock Exchange") and, for bodies, "of"
// or "for" and a name after it ("Bank of Kessland"); a demonym before it
// stays outside ("German Harbour Board"). The names every news reader
// knows (data/lexicon/organization_names.txt: "Federal Reserve", "Labour",
// "Manchester United") are organizations wherever they stand alone.
// Only tokens no other mention holds are named; new mentions are unknown
// to the knowledge, so they never become coded actors. Stateless.
#pragma once

#include <vector>

#include "annotate/actor_gazetteer.h"
#include "annotate/actor_mentions.h"
#include "tidings/document.h"

namespace tidings {

// Appends to `mentions` (the sentence-level mentions of `doc`, any order)
// and retypes untyped surname-only ones.
void AddDocumentNames(const Document& doc, const TokenView& tokens, std::vector<FoundMention>& mentions);

}  // namespace tidings
