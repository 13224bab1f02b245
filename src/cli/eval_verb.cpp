// tidings eval <area>: score tidings on the public benchmarks in ../shared/data.
#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "cli/verbs.h"
#include "code/coder_eval.h"
#include "code/news_eval.h"
#include "eval/dedup_eval.h"
#include "eval/extraction_eval.h"
#include "eval/ner_eval.h"
#include "eval/quote_eval.h"
#include "eval/syntax_eval.h"
#include "eval/temporal_eval.h"

namespace tidings::cli {
namespace {

struct Suite {
  const char* name;
  Result<SuiteResult> (*run)(const std::string& dir);
  const char* subdir;  // under the data folder
  bool on_request = false;  // runs only when named with --suite (slow, or not a figure of the shipped system)
};

struct Area {
  const char* name;
  const char* help;
  std::vector<Suite> suites;
};

// Each area of `tidings eval` and the suites it runs, with where their data lives.
const std::vector<Area>& Areas() {
  static const std::vector<Area> kAreas = {
      {"extraction", "Article extraction: trafilatura eval set, htmldate date sets, Mozilla Readability pages",
       {{"trafilatura", EvalTrafilatura, "extraction"},
        {"htmldate", EvalHtmldate, "extraction"},
        {"readability", EvalReadability, "extraction"}}},
      {"times", "Time expressions: TimeBank+AQUAINT (tuning) and MEANTIME (held out), TempEval-3 scoring",
       {{"timebank", EvalTimeBank, "temporal"}, {"meantime", EvalMeantime, "temporal"}}},
      {"quotes", "Quotations: PolNeAR dev, quote P/R/F1 at 0.3 and 0.8 overlap, speaker and cue accuracy",
       {{"polnear", EvalPolnear, "quotes/PolNeAR/dev"}}},
      {"entities",
       "Named entities: CoNLL++ dev, PER/ORG/LOC exact span and type, micro F1 (--suite conll-trained: the name "
       "tagger trained on conllpp_train at evaluation time, never shipped)",
       {{"conll", EvalConll, "ner/conllpp"}, {"conll-trained", EvalConllTrainedOnConll, "ner/conllpp", true}}},
      {"syntax", "Part-of-speech tags and dependencies: UD English EWT test, UPOS/XPOS accuracy, UAS, LAS",
       {{"ewt", EvalSyntax, ""}}},
      {"coding",
       "Event coding from raw text: PETR unit-test, UD-PETR and TABARI validation records (their own dictionaries), "
       "PLOVER gold dev (bundled and Phoenix dictionaries), events judged on real news pages",
       {{"petr", EvalCodingPetr, "events"}, {"ud-petr", EvalCodingUdPetr, "events"},
        {"tabari", EvalCodingTabari, "events"}, {"plover", EvalCodingPlover, "events"},
        {"plover-phoenix", EvalCodingPloverPhoenix, "events"},
        {"news", [](const std::string& dir) { return EvalCodingNews(dir); }, "extraction"}}},
      {"dedup", "Near-duplicates: generated copies of extracted pages (pairwise P/R/F1, signing speed); MSRP side check",
       {{"generated", EvalDedupGenerated, "extraction"}, {"msrp", EvalDedupMsrp, "dedup/MSRP"}}},
  };
  return kAreas;
}

struct EvalArgs {
  std::string data_dir = "../shared/data";
  std::vector<std::string> only;
  bool verbose = false;
};

int RunArea(const Area& area, const EvalArgs& args) {
  int rc = kAllProcessed;
  for (const Suite& suite : area.suites) {
    const bool named = std::find(args.only.begin(), args.only.end(), suite.name) != args.only.end();
    if ((!args.only.empty() || suite.on_request) && !named) continue;
    const std::string dir = *suite.subdir ? args.data_dir + "/" + suite.subdir : args.data_dir;
    Result<SuiteResult> result = suite.run(dir);
    if (!result.ok()) {
      fmt::print(stderr, "tidings eval {}: {}: {}\n", area.name, suite.name, result.status().ToString());
      rc = kSomeRejected;
      continue;
    }
    fmt::print("{}\n", result->report);
    if (args.verbose && !result->details.empty()) fmt::print("{}\n", result->details);
  }
  return rc;
}

}  // namespace

void AddEvalVerb(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* verb = app.add_subcommand("eval", "Score tidings on public benchmarks (data under ../shared/data)");
  verb->require_subcommand(1);
  verb->add_option("--data", args->data_dir, "Folder holding the benchmark data")->capture_default_str();
  for (const Area& area : Areas()) {
    CLI::App* sub = verb->add_subcommand(area.name, area.help);
    sub->fallthrough();  // --data may also follow the area's name
    std::string names;
    for (const Suite& s : area.suites) names += (names.empty() ? "" : ", ") + std::string(s.name);
    sub->add_option("--suite", args->only, "Run only these suites: " + names);
    sub->add_flag("--verbose", args->verbose, "Also list the errors behind the figures, grouped by kind (suites that keep them)");
    sub->callback([&area, args, exit_code] { *exit_code = RunArea(area, *args); });
  }
}

}  // namespace tidings::cli
