// The errors behind a suite's figures, for `tidings eval … --verbose`: each
// error is one printable line in a group (a kind of mistake); the report
// lists the groups largest first, so the cause worth fixing next is on top.
#pragma once

#include <string>
#include <vector>

namespace tidings {

struct ErrorLine {
  std::string group;
  std::string line;
};

// Groups sorted by size (ties in name order), each "[count] group" followed by
// its lines indented.
std::string ErrorReport(std::vector<ErrorLine> errors);

}  // namespace tidings
