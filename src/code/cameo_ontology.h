// CameoOntology: the CAMEO event codes with their names, Goldstein values,
// QuadClass and PLOVER mapping, read from the project's tables
// data/cameo/events.tsv and data/cameo/plover.tsv (format in
// data/cameo/README.md). Codes are strings ("036", "0311"), never integers.
//
// A malformed row is skipped and reported in warnings() as "file:line:
// reason"; only an unreadable file is an error. Immutable after loading and
// safe to share between threads.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tidings/status.h"

namespace tidings {

// One CAMEO code and what it means.
struct CameoEvent {
  std::string code;  // "01", "036", "0311"
  std::string name;  // "Express intent to meet or negotiate"
  double goldstein = 0.0;
  int quad_class = 0;  // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  std::string root;    // "03"
  // PLOVER mapping; empty when PLOVER codes no event (all 01x statements).
  std::string plover_event;
  std::string plover_mode;
  std::vector<std::string> plover_contexts;
};

class CameoOntology {
 public:
  CameoOntology() = default;

  // Parses the two tables; `events_name` and `plover_name` name them in warnings.
  static CameoOntology Parse(std::string_view events_tsv, const std::string& events_name,
                             std::string_view plover_tsv, const std::string& plover_name);

  // The event with exactly this code, or null. "036" and "0361" are distinct.
  const CameoEvent* Find(std::string_view code) const;

  // Every code in table order (roots, then their 3- and 4-digit codes).
  const std::vector<CameoEvent>& events() const { return events_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  std::vector<CameoEvent> events_;
  std::unordered_map<std::string, std::size_t> by_code_;
  std::vector<std::string> warnings_;
};

// Loads events.tsv and plover.tsv from `cameo_dir`.
Result<CameoOntology> LoadCameoOntology(const std::string& cameo_dir = TIDINGS_DATA_DIR "/cameo");

}  // namespace tidings
