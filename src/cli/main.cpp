// tidings <verb>: the command line, a thin layer over the library.
#include <cstdio>

#include "cli/verbs.h"

int main(int argc, char** argv) {
  CLI::App app{"tidings: news as it arrives (HTML, WARC, scraped text) turned into articles and event data"};
  app.require_subcommand(1);
  int exit_code = tidings::cli::kAllProcessed;
  tidings::cli::AddExtractVerb(app, &exit_code);
  tidings::cli::AddAnnotateVerb(app, &exit_code);
  tidings::cli::AddCodeVerb(app, &exit_code);
  tidings::cli::AddEvalVerb(app, &exit_code);
  tidings::cli::AddTrainVerb(app, &exit_code);
  tidings::cli::AddDictVerb(app, &exit_code);
  tidings::cli::AddIngestVerb(app, &exit_code);
  tidings::cli::AddDbVerb(app, &exit_code);
  tidings::cli::AddQueryVerb(app, &exit_code);
  tidings::cli::AddExportVerb(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : tidings::cli::kUsageError;
  }
  return exit_code;
}
