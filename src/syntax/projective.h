// Making a dependency tree projective by lifting, for training the
// arc-eager parser, which can only build projective trees.
//
// An arc is non-projective when a word between its head and its dependent is
// not a descendant of the head. The shortest such arc is lifted (its
// dependent reattached to the head's head) until none is left, the way
// pseudo-projective parsing prepares its data (Nivre and Nilsson 2005),
// without encoding the lift in the label. Pure function.
#pragma once

#include <vector>

namespace tidings::syntax {

// `heads` over words 1..n, 0 the root, heads[0] unused. Returns the number
// of arcs lifted.
int Projectivize(std::vector<int>& heads);

}  // namespace tidings::syntax
