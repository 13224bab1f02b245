// PicoOntology: the PETRARCH Internal Coding Ontology (PICO), which
// UniversalPetrarch uses to reason about CAMEO codes (specification in
// ../shared/docs/reference/event-coders.md §3; a validation suite names its
// file in <PICOfile>).
//
// Lines "CODE:VALUE[#...]" give each CAMEO code a number written as a sum of
// signed hex terms ("0x2040", "-0xFFFF+0x0070", "0x1000-0xFFFF"); the text
// after '#' is a label. Adding or removing 0xFFFF negates a meaning: 110
// (disapprove, 0xFFFF+0x0080) is "not 050" (diplomatic cooperation, 0x0080),
// 121 (reject material cooperation) is -0xFFFF+0x0070, "not 060". A line
// that cannot be read is reported as "file:line: reason" and skipped.
// Immutable once loaded; safe to share.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tidings/status.h"

namespace tidings {

class PicoOntology {
 public:
  // Appends the codes of `text` (the contents of `path`, named in warnings).
  void Parse(std::string_view text, const std::string& path);

  // The CAMEO code meaning "not `code`" (its value with 0xFFFF added, else
  // removed; "---" when that is the null code), or "" when the ontology has
  // none.
  std::string Negated(const std::string& code) const;

  bool empty() const { return value_of_.empty(); }
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  std::map<std::string, std::int64_t> value_of_;
  std::map<std::int64_t, std::string> code_of_;  // the first code listed with each value
  std::vector<std::string> warnings_;
};

// Reads `paths` in order; an unreadable file is an error.
Result<PicoOntology> LoadPicoOntology(const std::vector<std::string>& paths);

}  // namespace tidings
