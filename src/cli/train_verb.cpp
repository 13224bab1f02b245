// tidings train syntax: train the tagger, parser and lemmatizer on a
// Universal Dependencies treebank and write the model files.
#include <memory>

#include <fmt/format.h>

#include "cli/verbs.h"
#include "eval/syntax_eval.h"
#include "syntax/syntax_model.h"
#include "syntax/training.h"

namespace tidings::cli {
namespace {

struct TrainArgs {
  std::string treebank = "../shared/data/syntax/UD_English-EWT";
  std::string out = "data/models";
  SyntaxTrainingOptions options;
};

int RunTrainSyntax(const TrainArgs& args) {
  const Status status = TrainSyntaxModel(args.treebank, args.out, args.options,
                                         [](std::string_view line) { fmt::print(stderr, "{}\n", line); });
  if (!status.ok()) {
    fmt::print(stderr, "tidings train syntax: {}\n", status.ToString());
    return kSomeRejected;
  }
  // Dev figures right away, so a change of options can be judged without
  // touching the test split.
  Result<SyntaxModel> model = LoadSyntaxModel(args.out);
  if (!model.ok()) {
    fmt::print(stderr, "tidings train syntax: {}\n", model.status().ToString());
    return kSomeRejected;
  }
  Result<SuiteResult> dev = EvalSyntaxOn(*model, args.treebank + "/en_ewt-ud-dev.conllu", "UD English EWT dev");
  if (dev.ok()) fmt::print("{}\n", dev->report);
  return kAllProcessed;
}

}  // namespace

void AddTrainVerb(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TrainArgs>();
  CLI::App* verb = app.add_subcommand("train", "Train the models tidings ships (data/models)");
  verb->require_subcommand(1);
  CLI::App* syntax = verb->add_subcommand("syntax", "Tagger, parser and lemmatizer from a UD treebank");
  syntax->add_option("--treebank", args->treebank, "Folder holding *-ud-train.conllu (and -dev)")->capture_default_str();
  syntax->add_option("--out", args->out, "Folder for the model files")->capture_default_str();
  syntax->add_option("--tagger-epochs", args->options.tagger.epochs, "Passes over the data for the tagger")
      ->capture_default_str();
  syntax->add_option("--parser-epochs", args->options.parser.epochs, "Passes over the data for the parser")
      ->capture_default_str();
  syntax->add_option("--folds", args->options.jackknife_folds, "Jackknife folds for the parser's training tags")
      ->capture_default_str();
  syntax->callback([args, exit_code] { *exit_code = RunTrainSyntax(*args); });
}

}  // namespace tidings::cli
