// The verbs of the `tidings` command line; each file registers one verb on
// the application and runs it through the library.
#pragma once

#include <CLI/CLI.hpp>

namespace tidings::cli {

// Exit codes shared by every verb.
inline constexpr int kAllProcessed = 0;
inline constexpr int kSomeRejected = 1;
inline constexpr int kUsageError = 2;

// Each Add*Verb registers its subcommand; when it is chosen, the callback
// stores the verb's exit code in `*exit_code`.
void AddExtractVerb(CLI::App& app, int* exit_code);
void AddAnnotateVerb(CLI::App& app, int* exit_code);
void AddCodeVerb(CLI::App& app, int* exit_code);
void AddEvalVerb(CLI::App& app, int* exit_code);
void AddTrainVerb(CLI::App& app, int* exit_code);
void AddDictVerb(CLI::App& app, int* exit_code);
void AddIngestVerb(CLI::App& app, int* exit_code);
void AddDbVerb(CLI::App& app, int* exit_code);
void AddQueryVerb(CLI::App& app, int* exit_code);
void AddExportVerb(CLI::App& app, int* exit_code);

}  // namespace tidings::cli
