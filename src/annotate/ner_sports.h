// TypeSportsTeams: in a sports report, towns, counties and unknown names
// that play are teams, that is organizations.
//
// A report is about sport when a team sport heads it ("CRICKET - ...") or
// it uses several words only sport uses ("innings", "halftime", "striker").
// There a name is a team when
// it beats or is beaten ("Kelby beat Marsh", "victory over Brae", "v
// Lindholm"), comes before a player's position or the side's people
// ("Kelby captain", "Brae fans"), is a town owning a person ("Brae 's Ana
// Brell"), is listed with a team ("Kelby , Brae and Marsh"), is a
// plural nickname after "the" ("the Harriers"), visits in a fixture line
// ("KELBY AT BRAE"), comes before a score outside the brackets of a
// scorecard line ("Kelby 244 and 108-3 ( ... ) , Brae 190"), or has a
// club's shape ("Kelby United", "Dynamo Brae", a town and a plural
// nickname: "Kelby Harriers", whose nickname alone is then the team too). Every other mention
// of a team's name in the report is the team as well, except after "in" or
// "near" (a venue); an unknown name opening a scorecard line before ":"
// and a team is the ground's town ("Brae : Kelby 244"). States keep their kind: national sides are named for
// their country. Stateless.
#pragma once

#include <vector>

#include "annotate/actor_gazetteer.h"
#include "annotate/actor_mentions.h"
#include "tidings/document.h"

namespace tidings {

// Retypes and adds mentions of `mentions` (all mentions of `doc`, any order).
void TypeSportsTeams(const Document& doc, const TokenView& tokens, std::vector<FoundMention>& mentions);

}  // namespace tidings
