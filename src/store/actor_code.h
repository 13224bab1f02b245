// CAMEO actor codes ("RUS", "RUSGOV", "IGOUNO", "NGOHRIAMN"): strings of
// three-letter blocks naming, in order, a country or region, roles ("GOV",
// "MIL"), religions and known organizations. Queries validate codes typed by
// a user; exports split a code into GDELT's actor columns the way GDELT's own
// tables do (country, known group, ethnic, two religions, three types).
// Functions only, no state: thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "tidings/status.h"

namespace tidings::store {

// PETRARCH's first block for an actor of no known country ("---COP": police
// of no country the sentence names).
inline constexpr std::string_view kUnknownCountry = "---";

// `text` upper-cased when it is a well-formed actor code (one or more blocks
// of three ASCII letters, the first of them possibly kUnknownCountry);
// otherwise an InvalidInput status naming it.
Result<std::string> NormalizeActorCode(std::string_view text);

// `code` without a leading kUnknownCountry block: GDELT writes such an actor
// by its role alone ("COP").
std::string_view WithoutUnknownCountry(std::string_view code);

// An actor code split into GDELT 2.0's actor columns; blocks the code lacks
// are empty. A code's first block is its country (or region) unless it is a
// role or a religion; after kUnknownCountry none is. A later block that is
// neither names a region when no country came before it, else a known group
// (the last such block: the most specific organization, "WBK" of
// "IGOUNODEVWBK").
struct GdeltActorParts {
  std::string country, known_group, ethnic, religion1, religion2, type1, type2, type3;
};
GdeltActorParts SplitActorCode(std::string_view code);

// The PLOVER actor fields: `code` is the country or region, else "IGO"/"NGO"
// for organizations; `sector` the first role ("GOV"), empty when none.
struct PloverActorParts {
  std::string code, sector;
};
PloverActorParts PloverActor(std::string_view code);

}  // namespace tidings::store
