// tidings dict check DIR: reads every dictionary file of DIR with the
// project's loaders and prints each per-line diagnostic (file:line: reason)
// on stdout; exit 1 when there is any, 2 when DIR cannot be read.
#include <memory>

#include <fmt/format.h>

#include "cli/verbs.h"
#include "code/dictionary_check.h"

namespace tidings::cli {
namespace {

struct DictArgs {
  std::string dir;
  std::string data_dir = TIDINGS_DATA_DIR;
};

int RunDictCheck(const DictArgs& args) {
  Result<CameoOntology> cameo = LoadCameoOntology(args.data_dir + "/cameo");
  if (!cameo.ok()) {
    fmt::print(stderr, "tidings dict check: {}\n", cameo.status().ToString());
    return kUsageError;
  }
  Result<DictionaryCheck> check = CheckDictionaries(args.dir, *cameo);
  if (!check.ok()) {
    fmt::print(stderr, "tidings dict check: {}\n", check.status().ToString());
    return kUsageError;
  }
  for (const std::string& d : check->diagnostics) fmt::print("{}\n", d);
  for (const DictionaryCheck::File& f : check->files) fmt::print(stderr, "tidings dict check: {}: {}\n", f.path, f.kind);
  fmt::print(stderr, "tidings dict check: {} files, {} diagnostics\n", check->files.size(), check->diagnostics.size());
  return check->diagnostics.empty() ? kAllProcessed : kSomeRejected;
}

}  // namespace

void AddDictVerb(CLI::App& app, int* exit_code) {
  CLI::App* dict = app.add_subcommand("dict", "Dictionary tools");
  dict->require_subcommand(1);
  auto args = std::make_shared<DictArgs>();
  CLI::App* check = dict->add_subcommand(
      "check", "Load every dictionary file of DIR (verbs, actors, agents) and print each diagnostic as file:line: reason");
  check->add_option("dir", args->dir, "Folder of dictionary files")->required();
  check->add_option("--data", args->data_dir, "Folder holding cameo/ (the codes checked against)")
      ->capture_default_str();
  check->callback([args, exit_code] { *exit_code = RunDictCheck(*args); });
}

}  // namespace tidings::cli
