// tidings extract: inputs -> one JSON article per line.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "cli/verbs.h"
#include "tidings/article_json.h"
#include "tidings/extract.h"
#include "tidings/ingest.h"

namespace tidings::cli {
namespace {

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string output = "-";
  IngestOptions ingest;
  ExtractOptions extract;
  bool quiet = false;
};

int RunExtract(const ExtractArgs& args) {
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (args.output != "-") {
    file.open(args.output, std::ios::binary);
    if (!file) {
      fmt::print(stderr, "tidings extract: cannot write {}\n", args.output);
      return kUsageError;
    }
    out = &file;
  }
  std::uint64_t read = 0, processed = 0, rejected = 0;
  auto reject = [&](Rejection&& r) {
    ++read;
    ++rejected;
    fmt::print(stderr, "tidings extract: rejected {} at offset {}: {}\n", r.input, r.offset, r.reason);
  };
  auto accept = [&](Record&& record) {
    Result<Article> article = Extract(record, args.extract);
    if (!article.ok()) {
      reject({record.input, record.offset, article.status().ToString()});
      return;
    }
    ++read;
    ++processed;
    *out << ToJson(*article).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  };
  ReadInputs(args.inputs, args.ingest, accept, reject);
  out->flush();
  fmt::print(stderr, "tidings extract: {} records read, {} processed, {} rejected\n", read, processed, rejected);
  return rejected == 0 ? kAllProcessed : kSomeRejected;
}

}  // namespace

void AddExtractVerb(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* verb = app.add_subcommand(
      "extract", "Recover articles (title, date, author, site, language, body) from HTML, WARC, JSONL or scraped text");
  verb->add_option("inputs", args->inputs,
                   "Files, folders (walked recursively) or - for stdin: .html/.htm(.gz), .warc(.gz), .jsonl, .txt")
      ->required();
  verb->add_option("-o,--output", args->output, "Write JSON Lines here instead of stdout")->capture_default_str();
  verb->add_option("--max-record-bytes", args->ingest.max_record_bytes,
                   "Reject records larger than this after decompression")
      ->capture_default_str();
  verb->add_option("--max-dom-depth", args->extract.max_dom_depth,
                   "Flatten HTML nested deeper than this")
      ->capture_default_str();
  verb->add_option("--max-dom-nodes", args->extract.max_dom_nodes, "Reject pages with more HTML nodes than this")
      ->capture_default_str();
  verb->callback([args, exit_code] { *exit_code = RunExtract(*args); });
}

}  // namespace tidings::cli
