#include "code/cameo_ontology.h"

#include <charconv>

#include <fmt/format.h>

#include "code/verb_dictionary.h"
#include "ingest/gzip.h"
#include "text/split.h"

namespace tidings {
namespace {

constexpr std::uint64_t kMaxTableBytes = 4 << 20;

bool IsCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Calls `row(line_number, fields)` for every row that is not a comment or blank.
template <typename Fn>
void ForEachRow(std::string_view text, Fn&& row) {
  ForEachDictionaryLine(text, [&](std::uint32_t n, std::string_view line) {
    if (!line.empty() && line.front() != '#') row(static_cast<int>(n), SplitTabs(line));
  });
}

}  // namespace

CameoOntology CameoOntology::Parse(std::string_view events_tsv, const std::string& events_name,
                                   std::string_view plover_tsv, const std::string& plover_name) {
  CameoOntology ontology;
  auto warn = [&](const std::string& file, int line, std::string_view why) {
    ontology.warnings_.push_back(fmt::format("{}:{}: {}", file, line, why));
  };
  ForEachRow(events_tsv, [&](int n, const std::vector<std::string_view>& f) {
    if (f.size() != 5) return warn(events_name, n, fmt::format("expected 5 fields, found {}", f.size()));
    if (!IsCode(f[0])) return warn(events_name, n, fmt::format("bad CAMEO code '{}'", f[0]));
    CameoEvent event;
    event.code = f[0];
    event.name = f[1];
    const auto [gp, gerr] = std::from_chars(f[2].data(), f[2].data() + f[2].size(), event.goldstein);
    if (gerr != std::errc() || gp != f[2].data() + f[2].size() || event.goldstein < -10 || event.goldstein > 10)
      return warn(events_name, n, fmt::format("bad Goldstein value '{}'", f[2]));
    if (f[3].size() != 1 || f[3][0] < '1' || f[3][0] > '4')
      return warn(events_name, n, fmt::format("bad QuadClass '{}'", f[3]));
    event.quad_class = f[3][0] - '0';
    if (f[4] != f[0].substr(0, 2)) return warn(events_name, n, fmt::format("root '{}' is not the code's first two digits", f[4]));
    event.root = f[4];
    if (ontology.by_code_.contains(event.code)) return warn(events_name, n, "duplicate code " + event.code);
    ontology.by_code_.emplace(event.code, ontology.events_.size());
    ontology.events_.push_back(std::move(event));
  });
  ForEachRow(plover_tsv, [&](int n, const std::vector<std::string_view>& f) {
    if (f.size() != 5) return warn(plover_name, n, fmt::format("expected 5 fields, found {}", f.size()));
    auto it = ontology.by_code_.find(std::string(f[0]));
    if (it == ontology.by_code_.end()) return warn(plover_name, n, fmt::format("code '{}' is not in the events table", f[0]));
    CameoEvent& event = ontology.events_[it->second];
    auto value = [](std::string_view v) { return v == "-" ? std::string() : std::string(v); };
    event.plover_event = value(f[1]);
    event.plover_mode = value(f[2]);
    event.plover_contexts.clear();
    if (f[3] != "-") {
      std::size_t start = 0;
      while (start <= f[3].size()) {
        const std::size_t semi = f[3].find(';', start);
        const std::string_view one = f[3].substr(start, semi == std::string_view::npos ? std::string_view::npos : semi - start);
        if (!one.empty()) event.plover_contexts.emplace_back(one);
        if (semi == std::string_view::npos) break;
        start = semi + 1;
      }
    }
  });
  return ontology;
}

const CameoEvent* CameoOntology::Find(std::string_view code) const {
  auto it = by_code_.find(std::string(code));
  return it == by_code_.end() ? nullptr : &events_[it->second];
}

Result<CameoOntology> LoadCameoOntology(const std::string& cameo_dir) {
  const std::string events_path = cameo_dir + "/events.tsv";
  const std::string plover_path = cameo_dir + "/plover.tsv";
  Result<std::string> events = ReadFile(events_path, kMaxTableBytes);
  if (!events.ok()) return events.status();
  Result<std::string> plover = ReadFile(plover_path, kMaxTableBytes);
  if (!plover.ok()) return plover.status();
  return CameoOntology::Parse(*events, events_path, *plover, plover_path);
}

}  // namespace tidings
