// tidings export: whole event tables from a corpus database, as GDELT 2.0
// events or mentions, PLOVER JSON, the project's JSONL or CSV.
#include <fstream>
#include <map>
#include <memory>

#include "cli/corpus_options.h"
#include "cli/verbs.h"

namespace tidings::cli {
namespace {

const std::map<std::string, ExportFormat>& Formats() {
  static const std::map<std::string, ExportFormat> formats = {{"gdelt-events", ExportFormat::kGdeltEvents},
                                                              {"gdelt-mentions", ExportFormat::kGdeltMentions},
                                                              {"plover", ExportFormat::kPlover},
                                                              {"jsonl", ExportFormat::kJsonl},
                                                              {"csv", ExportFormat::kCsv}};
  return formats;
}

struct ExportArgs {
  std::string db = "tidings.db";
  CorpusQuery filter;
  std::string format;
  std::string output = "-";
  ExportOptions options;
};

int RunExport(const ExportArgs& args) {
  std::ofstream file;
  std::ostream* out = OpenOutput("export", args.output, file);
  if (out == nullptr) return kUsageError;
  Status s = ExportCorpus(args.db, args.filter, Formats().at(args.format), *out,
                          args.options);
  return s.ok() ? kAllProcessed : ReportCorpusFailure("export", s);
}

}  // namespace

void AddExportVerb(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* verb = app.add_subcommand("export", "Event tables from a corpus database: GDELT 2.0 events or mentions "
                                                "(tab-separated), PLOVER JSON, JSONL or CSV");
  verb->add_option("--db", args->db, "SQLite database written by tidings ingest")->capture_default_str();
  std::vector<std::string> names;
  for (const auto& [name, _] : Formats()) names.push_back(name);
  verb->add_option("--format", args->format, "Table and format")->required()->check(CLI::IsMember(names));
  verb->add_option("-o,--output", args->output, "Output file ('-' for stdout)")->capture_default_str();
  verb->add_flag("--header", args->options.header, "GDELT tables: a first line naming the columns");
  AddCorpusFilterOptions(verb, args->filter);
  verb->callback([args, exit_code] { *exit_code = RunExport(*args); });
}

}  // namespace tidings::cli
