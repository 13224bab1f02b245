// tidings ingest: inputs -> the whole pipeline -> the corpus database.
#include <unistd.h>

#include <memory>
#include <thread>

#include <fmt/format.h>

#include "cli/record_run.h"
#include "tidings/corpus_ingest.h"
#include "tidings/pipeline.h"

namespace tidings::cli {
namespace {

struct IngestArgs {
  RecordRunArgs run;
  std::string db = "tidings.db";
  std::string data_dir = TIDINGS_DATA_DIR;
  std::vector<std::string> languages = PipelineOptions{}.languages;
  EventSelection selection;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::size_t batch = 64;
};

std::string Duration(double seconds) {
  const auto s = static_cast<long long>(seconds + 0.5);
  return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60) : fmt::format("{}:{:02}", s / 60, s % 60);
}

// One terminal line, rewritten after every batch: records, articles/s, ETA.
void DrawProgress(const IngestCounts& c) {
  std::string line = fmt::format("{} records ({} rejected), {} new articles, {:.1f} articles/s", c.read, c.rejected,
                                 c.new_articles, c.seconds > 0 ? c.new_articles / c.seconds : 0.0);
  if (c.bytes_total > 0 && c.bytes_done > 0) {
    const double fraction = std::min(1.0, static_cast<double>(c.bytes_done) / static_cast<double>(c.bytes_total));
    line += fmt::format(", {:.0f}%, ETA {}", 100 * fraction, Duration(c.seconds * (1 - fraction) / fraction));
  }
  fmt::print(stderr, "\r\033[K{}", line);
  std::fflush(stderr);
}

int RunIngest(const IngestArgs& args) {
  PipelineOptions options;
  options.extract = args.run.extract;
  options.data_dir = args.data_dir;
  options.languages = args.languages;
  options.events = args.selection;
  Result<Pipeline> pipeline = Pipeline::Load(options);
  if (!pipeline.ok()) {
    fmt::print(stderr, "tidings ingest: {}\n", pipeline.status().ToString());
    return kUsageError;
  }
  for (const std::string& w : pipeline->warnings()) fmt::print(stderr, "tidings ingest: {}\n", w);

  const bool terminal = isatty(STDERR_FILENO) == 1;
  bool drawn = false;
  IngestCallbacks callbacks;
  callbacks.on_reject = [&](const Rejection& r) {
    if (drawn) fmt::print(stderr, "\r\033[K");
    PrintRejection("ingest", r);
  };
  if (terminal) {
    callbacks.on_progress = [&](const IngestCounts& c) {
      DrawProgress(c);
      drawn = true;
    };
  }
  Result<IngestCounts> counts =
      IngestCorpus(args.db, *pipeline, args.run.inputs, {args.run.ingest, args.jobs, args.batch}, callbacks);
  if (drawn) fmt::print(stderr, "\r\033[K");
  if (!counts.ok()) {
    fmt::print(stderr, "tidings ingest: {}\n", counts.status().ToString());
    return kUsageError;
  }
  const IngestCounts& c = *counts;
  fmt::print(stderr,
             "tidings ingest: {} records read, {} processed{}, {} rejected ({} already in {}), {} new articles in "
             "{:.1f} s ({:.1f} articles/s)\n",
             c.read, c.processed, SentencesOnlyNote(c.sentences_only), c.rejected, c.already_stored, args.db,
             c.new_articles, c.seconds, c.seconds > 0 ? c.new_articles / c.seconds : 0.0);
  return c.rejected == 0 ? kAllProcessed : kSomeRejected;
}

}  // namespace

void AddIngestVerb(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* verb = app.add_subcommand(
      "ingest", "Run the whole pipeline on every record and store articles, annotations and events in a database");
  AddInputOptions(verb, args->run);
  AddLanguageOption(verb, args->languages);
  AddEventSelectionOptions(verb, args->selection);
  verb->add_option("--db", args->db, "SQLite database to create or add to")->capture_default_str();
  verb->add_option("-j,--jobs", args->jobs, "Worker threads running the pipeline")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  verb->add_option("--batch", args->batch, "Records written per transaction")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100000}))
      ->capture_default_str();
  verb->add_option("--data", args->data_dir, "Folder of the project's knowledge (actors/, models/, verbs/)")
      ->capture_default_str();
  verb->callback([args, exit_code] { *exit_code = RunIngest(*args); });
}

}  // namespace tidings::cli
