// tidings query: events (with their mentions and evidence), articles or
// quotations from a corpus database, filtered, as a table, JSON or CSV.
#include <fstream>
#include <memory>

#include <fmt/format.h>

#include "cli/corpus_options.h"
#include "cli/verbs.h"

namespace tidings::cli {
namespace {

struct QueryArgs {
  std::string db = "tidings.db";
  CorpusQuery query;
  bool articles = false, quotes = false;
  std::string format = "table";
  std::string output = "-";
};

int RunQuery(QueryArgs& args) {
  if (args.articles && args.quotes) {
    fmt::print(stderr, "tidings query: choose one view: --articles or --quotes\n");
    return kUsageError;
  }
  args.query.view = args.articles ? CorpusView::kArticles : args.quotes ? CorpusView::kQuotes : CorpusView::kEvents;
  const QueryFormat format = args.format == "json"  ? QueryFormat::kJson
                             : args.format == "csv" ? QueryFormat::kCsv
                                                    : QueryFormat::kTable;
  std::ofstream file;
  std::ostream* out = OpenOutput("query", args.output, file);
  if (out == nullptr) return kUsageError;
  Status s = QueryCorpus(args.db, args.query, format, *out);
  return s.ok() ? kAllProcessed : ReportCorpusFailure("query", s);
}

}  // namespace

void AddQueryVerb(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* verb = app.add_subcommand("query", "Events (with mentions, actors, evidence), articles or quotations "
                                               "from a corpus database");
  verb->add_option("--db", args->db, "SQLite database written by tidings ingest")->capture_default_str();
  verb->add_flag("--articles", args->articles, "List articles instead of events");
  verb->add_flag("--quotes", args->quotes, "List quotations by speaker, with who relayed them");
  AddCorpusFilterOptions(verb, args->query);
  verb->add_option("--speaker", args->query.speaker, "With --quotes: part of the speaker's name");
  verb->add_option("--fields", args->query.fields, "Output fields, comma-separated (an unknown one lists the known)")
      ->delimiter(',');
  verb->add_option("--sort", args->query.sort, "Field to order by; -field for descending");
  verb->add_option("--limit", args->query.limit, "Rows at most (0: all)")->capture_default_str();
  verb->add_option("--mentions", args->query.mentions_per_event, "Mentions shown per event (0: all)")
      ->capture_default_str();
  verb->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"table", "json", "csv"}))
      ->capture_default_str();
  verb->add_option("-o,--output", args->output, "Output file ('-' for stdout)")->capture_default_str();
  verb->callback([args, exit_code] { *exit_code = RunQuery(*args); });
}

}  // namespace tidings::cli
