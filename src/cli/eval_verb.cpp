// tidings eval <suite>: score tidings on the public benchmarks in ../shared/data.
#include <memory>

#include <fmt/format.h>

#include "cli/verbs.h"
#include "eval/extraction_eval.h"
#include "eval/temporal_eval.h"

namespace tidings::cli {
namespace {

struct EvalArgs {
  std::string data_dir = "../shared/data";
  std::vector<std::string> only;
};

int RunExtractionEval(const EvalArgs& args) {
  const std::string dir = args.data_dir + "/extraction";
  using Suite = Result<SuiteResult> (*)(const std::string&);
  const std::pair<const char*, Suite> suites[] = {
      {"trafilatura", EvalTrafilatura}, {"htmldate", EvalHtmldate}, {"readability", EvalReadability}};
  int rc = kAllProcessed;
  for (const auto& [name, run] : suites) {
    if (!args.only.empty() && std::find(args.only.begin(), args.only.end(), name) == args.only.end()) continue;
    Result<SuiteResult> result = run(dir);
    if (!result.ok()) {
      fmt::print(stderr, "tidings eval: {}: {}\n", name, result.status().ToString());
      rc = kSomeRejected;
      continue;
    }
    fmt::print("{}\n", result->report);
  }
  return rc;
}

// TimeBank+AQUAINT (tuning) and MEANTIME (held out), TempEval-3 scoring.
int RunTimesEval(const EvalArgs& args) {
  int rc = kAllProcessed;
  for (auto run : {EvalTimeBank, EvalMeantime}) {
    Result<SuiteResult> result = run(args.data_dir + "/temporal");
    if (!result.ok()) {
      fmt::print(stderr, "tidings eval times: {}\n", result.status().ToString());
      rc = kSomeRejected;
      continue;
    }
    fmt::print("{}\n", result->report);
  }
  return rc;
}

}  // namespace

void AddEvalVerb(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* verb = app.add_subcommand("eval", "Score tidings on public benchmarks (data under ../shared/data)");
  verb->require_subcommand(1);
  verb->add_option("--data", args->data_dir, "Folder holding the benchmark data")->capture_default_str();
  CLI::App* extraction = verb->add_subcommand(
      "extraction", "Article extraction: trafilatura eval set, htmldate date sets, Mozilla Readability pages");
  extraction->add_option("--suite", args->only, "Run only these suites: trafilatura, htmldate, readability");
  extraction->callback([args, exit_code] { *exit_code = RunExtractionEval(*args); });
  CLI::App* times = verb->add_subcommand("times", "Time expressions: TimeBank+AQUAINT and MEANTIME, TempEval-3 scoring");
  times->callback([args, exit_code] { *exit_code = RunTimesEval(*args); });
}

}  // namespace tidings::cli
