// What every record-processing verb shares: input and limit options, the
// output stream, per-record rejection messages, the summary line and the
// exit status.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/verbs.h"
#include "tidings/event_selection.h"
#include "tidings/extract.h"
#include "tidings/ingest.h"

namespace tidings::cli {

struct RecordRunArgs {
  std::vector<std::string> inputs;
  std::string output = "-";
  IngestOptions ingest;
  ExtractOptions extract;
};

// Registers inputs, -o and the limits on `verb`.
void AddRecordRunOptions(CLI::App* verb, RecordRunArgs& args);
// Registers inputs and the limits only, for verbs that write no stream.
void AddInputOptions(CLI::App* verb, RecordRunArgs& args);

// Registers --languages: the languages the reading and coding stages run on
// (PipelineOptions::languages; "any" reads every article).
void AddLanguageOption(CLI::App* verb, std::vector<std::string>& languages);

// Registers --keep-actorless, --keep-sourceless, --require-dyad and
// --one-event-per-sentence:
// which coded events are kept (tidings/event_selection.h).
void AddEventSelectionOptions(CLI::App* verb, EventSelection& selection);

// " (N in languages not read: sentences only)" for a summary line's
// processed count; empty when N is 0.
std::string SentencesOnlyNote(std::uint64_t articles);

// Prints the rejection of one record on stderr.
void PrintRejection(const std::string& verb, const Rejection& rejection);

// Turns one record into one JSON line, or a Status that rejects it.
using RecordToJson = std::function<Result<nlohmann::ordered_json>(const Record&)>;

// Reads every input, writes one line per processed record, reports each
// rejection and the summary on stderr; returns the verb's exit code.
int RunOverRecords(const std::string& verb, const RecordRunArgs& args, const RecordToJson& process);

}  // namespace tidings::cli
