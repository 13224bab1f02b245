#include "cli/record_run.h"

#include <fstream>
#include <iostream>

#include <fmt/format.h>

#include "extract/language.h"

namespace tidings::cli {

void AddRecordRunOptions(CLI::App* verb, RecordRunArgs& args) {
  AddInputOptions(verb, args);
  verb->add_option("-o,--output", args.output, "Write JSON Lines here instead of stdout")->capture_default_str();
}

void AddLanguageOption(CLI::App* verb, std::vector<std::string>& languages) {
  verb->add_option_function<std::vector<std::string>>(
          "--languages",
          [&languages](const std::vector<std::string>& codes) {
            languages.clear();
            for (const std::string& code : codes) {
              if (PrimaryLanguageTag(code) == "any") {
                languages.clear();
                return;
              }
              if (PrimaryLanguageTag(code).empty())
                throw CLI::ValidationError("--languages", "'" + code + "' is not a language code such as en or de");
              languages.push_back(PrimaryLanguageTag(code));
            }
          },
          "Languages (ISO 639-1 codes, comma-separated) read past sentences: articles detected as another get "
          "sentences only (default: en; 'any' reads every article)")
      ->delimiter(',')
      ->allow_extra_args(false);  // the inputs after it are not languages
}

void AddEventSelectionOptions(CLI::App* verb, EventSelection& selection) {
  verb->add_flag("--keep-actorless", selection.keep_actorless,
                 "Keep every coded event, with or without actors (by default an event names its source)");
  verb->add_flag("--keep-sourceless", selection.keep_sourceless, "Also keep events naming a target but no source");
  verb->add_flag("--require-dyad", selection.require_dyad, "Only events with both a source and a target");
  verb->add_flag("--one-event-per-sentence", selection.one_event_per_sentence,
                 "Keep only the governing verb's event of each sentence, when the other rules keep it");
}

std::string SentencesOnlyNote(std::uint64_t articles) {
  return articles == 0 ? std::string() : fmt::format(" ({} in languages not read: sentences only)", articles);
}

void AddInputOptions(CLI::App* verb, RecordRunArgs& args) {
  verb->add_option("inputs", args.inputs,
                   "Files, folders (walked recursively) or - for stdin: .html/.htm(.gz), .warc(.gz), .jsonl, .txt")
      ->required();
  verb->add_option("--max-record-bytes", args.ingest.max_record_bytes,
                   "Reject records larger than this after decompression")
      ->capture_default_str();
  verb->add_option("--max-dom-depth", args.extract.max_dom_depth, "Flatten HTML nested deeper than this")
      ->capture_default_str();
  verb->add_option("--max-dom-nodes", args.extract.max_dom_nodes, "Reject pages with more HTML nodes than this")
      ->capture_default_str();
}

void PrintRejection(const std::string& verb, const Rejection& r) {
  fmt::print(stderr, "tidings {}: rejected {} at offset {}: {}\n", verb, r.input, r.offset, r.reason);
}

int RunOverRecords(const std::string& verb, const RecordRunArgs& args, const RecordToJson& process) {
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (args.output != "-") {
    file.open(args.output, std::ios::binary);
    if (!file) {
      fmt::print(stderr, "tidings {}: cannot write {}\n", verb, args.output);
      return kUsageError;
    }
    out = &file;
  }
  std::uint64_t read = 0, processed = 0, rejected = 0;
  auto reject = [&](Rejection&& r) {
    ++read;
    ++rejected;
    PrintRejection(verb, r);
  };
  auto accept = [&](Record&& record) {
    Result<nlohmann::ordered_json> json = process(record);
    if (!json.ok()) {
      reject({record.input, record.offset, json.status().ToString()});
      return;
    }
    ++read;
    ++processed;
    *out << json->dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  };
  ReadInputs(args.inputs, args.ingest, accept, reject);
  out->flush();
  fmt::print(stderr, "tidings {}: {} records read, {} processed, {} rejected\n", verb, read, processed, rejected);
  return rejected == 0 ? kAllProcessed : kSomeRejected;
}

}  // namespace tidings::cli
