// tidings train syntax: train the tagger, parser and lemmatizer on a
// Universal Dependencies treebank and write the model files.
// tidings train ner: train the name tagger on MEANTIME and write its model.
#include <memory>

#include <fmt/format.h>

#include "cli/verbs.h"
#include "annotate/ner_tagger.h"
#include "eval/ner_corpus.h"
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

struct TrainNerArgs {
  std::string meantime = "../shared/data/temporal/meantime_newsreader_english_oct15/intra-doc_annotation";
  std::string out = "data/models";
  NameTaggerOptions options;
};

Status TrainNer(const TrainNerArgs& args) {
  Result<std::vector<NameDocument>> docs = ReadMeantimeNames(args.meantime);
  if (!docs.ok()) return docs.status();
  Result<ActorKnowledge> knowledge = LoadActorKnowledge();
  if (!knowledge.ok()) return knowledge.status();
  Result<SyntaxModel> syntax = LoadSyntaxModel(args.out);
  if (!syntax.ok()) return syntax.status();
  std::size_t sentences = 0, names = 0;
  for (const NameDocument& d : *docs)
    for (const NameSentence& s : d.sentences) {
      ++sentences;
      names += s.names.size();
    }
  Result<NameTagger> tagger = TrainNameTagger(*docs, *knowledge, *syntax, args.options);
  if (!tagger.ok()) return tagger.status();
  const std::string path = NameTaggerPath(args.out);
  fmt::print(stderr, "name tagger: {} documents, {} sentences, {} names; {} features -> {}\n", docs->size(),
             sentences, names, tagger->features(), path);
  return tagger->Save(path);
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

  auto ner_args = std::make_shared<TrainNerArgs>();
  CLI::App* ner = verb->add_subcommand("ner", "Name tagger (people, organizations, places) from MEANTIME");
  ner->add_option("--meantime", ner_args->meantime, "Folder holding MEANTIME's CAT .xml files")->capture_default_str();
  ner->add_option("--out", ner_args->out, "Models folder (holds the syntax models; gets names.ner)")
      ->capture_default_str();
  ner->add_option("--epochs", ner_args->options.epochs, "Passes over the data")->capture_default_str();
  ner->callback([ner_args, exit_code] {
    const Status status = TrainNer(*ner_args);
    if (!status.ok()) fmt::print(stderr, "tidings train ner: {}\n", status.ToString());
    *exit_code = status.ok() ? kAllProcessed : kSomeRejected;
  });
}

}  // namespace tidings::cli
