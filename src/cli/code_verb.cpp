// tidings code: inputs -> coded events, one per line (JSON Lines or TSV).
#include <fstream>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "cli/record_run.h"
#include "code/event_json.h"
#include "tidings/pipeline.h"

namespace tidings::cli {
namespace {

struct CodeArgs {
  RecordRunArgs run;
  std::string data_dir = TIDINGS_DATA_DIR;
  std::vector<std::string> languages = PipelineOptions{}.languages;
  std::string dictionaries;  // verb pattern (and issue) folder; the bundled data/verbs when empty
  EventSelection selection;
  std::string format = "jsonl";
};

int RunCode(const CodeArgs& args) {
  PipelineOptions options;
  options.extract = args.run.extract;
  options.data_dir = args.data_dir;
  options.languages = args.languages;
  options.verbs_dir = args.dictionaries;
  options.events = args.selection;
  Result<Pipeline> pipeline = Pipeline::Load(options);
  if (!pipeline.ok()) {
    fmt::print(stderr, "tidings code: {}\n", pipeline.status().ToString());
    return kUsageError;
  }
  for (const std::string& w : pipeline->warnings()) fmt::print(stderr, "tidings code: {}\n", w);
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (args.run.output != "-") {
    file.open(args.run.output, std::ios::binary);
    if (!file) {
      fmt::print(stderr, "tidings code: cannot write {}\n", args.run.output);
      return kUsageError;
    }
    out = &file;
  }
  const bool tsv = args.format == "tsv";
  if (tsv) *out << EventTsvHeader() << '\n';
  std::uint64_t read = 0, processed = 0, sentences_only = 0, rejected = 0, events = 0;
  auto reject = [&](Rejection&& r) {
    ++read;
    ++rejected;
    fmt::print(stderr, "tidings code: rejected {} at offset {}: {}\n", r.input, r.offset, r.reason);
  };
  auto accept = [&](Record&& record) {
    Result<Document> doc = pipeline->Annotate(record);
    if (!doc.ok()) {
      reject({record.input, record.offset, doc.status().ToString()});
      return;
    }
    ++read;
    ++processed;
    sentences_only += !pipeline->Reads(doc->article().language);
    for (std::size_t i = 0; i < doc->events.size(); ++i) {
      if (tsv) {
        *out << EventToTsv(*doc, i) << '\n';
      } else {
        *out << EventToJson(*doc, i).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
      }
      ++events;
    }
  };
  ReadInputs(args.run.inputs, args.run.ingest, accept, reject);
  out->flush();
  fmt::print(stderr, "tidings code: {} records read, {} processed{}, {} rejected, {} events\n", read, processed,
             SentencesOnlyNote(sentences_only), rejected, events);
  return rejected == 0 ? kAllProcessed : kSomeRejected;
}

}  // namespace

void AddCodeVerb(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* verb = app.add_subcommand(
      "code", "Annotate, then code political events (source, CAMEO/PLOVER action, target), one event per line");
  AddRecordRunOptions(verb, args->run);
  AddLanguageOption(verb, args->languages);
  verb->add_option("--data", args->data_dir, "Folder of the project's knowledge (actors/, models/, cameo/)")
      ->capture_default_str();
  verb->add_option("--dictionaries", args->dictionaries,
                   "Folder of verb pattern files (PETRARCH-2 format) and issue files (names holding 'issue'); "
                   "the bundled data/verbs by default");
  AddEventSelectionOptions(verb, args->selection);
  verb->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"jsonl", "tsv"}))
      ->capture_default_str();
  verb->callback([args, exit_code] { *exit_code = RunCode(*args); });
}

}  // namespace tidings::cli
