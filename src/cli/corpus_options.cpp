#include "cli/corpus_options.h"

#include <iostream>

#include <fmt/format.h>

#include "cli/verbs.h"

namespace tidings::cli {

void AddCorpusFilterOptions(CLI::App* verb, CorpusQuery& query) {
  verb->add_option("--actor", query.actor, "Actor code on either side, or a code it begins (RUS matches RUSGOV)");
  verb->add_option("--dyad", query.dyad, "SOURCE,TARGET actor codes, directed (CHN,RUS)");
  verb->add_option("--code", query.code, "CAMEO event code or its start (03, 036)");
  verb->add_option("--quad", query.quad_class, "QuadClass 1..4 (verbal/material cooperation, verbal/material conflict)");
  verb->add_option("--since", query.since, "Events on or after this date (YYYY-MM-DD)");
  verb->add_option("--until", query.until, "Events on or before this date (YYYY-MM-DD)");
  verb->add_option("--text", query.text, "Full-text query over article titles and texts (SQLite FTS5 syntax)");
  verb->add_option("--source-site", query.source_site, "Publisher: host without www. (reuters.com) or site name");
}

std::ostream* OpenOutput(const char* verb, const std::string& path, std::ofstream& file) {
  if (path == "-") return &std::cout;
  file.open(path, std::ios::binary);
  if (file) return &file;
  fmt::print(stderr, "tidings {}: cannot write {}\n", verb, path);
  return nullptr;
}

int ReportCorpusFailure(const char* verb, const Status& status) {
  fmt::print(stderr, "tidings {}: {}\n", verb, status.message());
  switch (status.code()) {
    case Status::Code::kInvalidInput:
    case Status::Code::kNotFound:
    case Status::Code::kUnsupported: return kUsageError;
    default: return kSomeRejected;
  }
}

}  // namespace tidings::cli
