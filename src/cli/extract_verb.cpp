// tidings extract: inputs -> one JSON article per line.
#include <memory>

#include "cli/record_run.h"
#include "tidings/article_json.h"

namespace tidings::cli {

void AddExtractVerb(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<RecordRunArgs>();
  CLI::App* verb = app.add_subcommand(
      "extract", "Recover articles (title, date, author, site, language, body) from HTML, WARC, JSONL or scraped text");
  AddRecordRunOptions(verb, *args);
  verb->callback([args, exit_code] {
    *exit_code = RunOverRecords("extract", *args, [&](const Record& record) -> Result<nlohmann::ordered_json> {
      Result<Article> article = Extract(record, args->extract);
      if (!article.ok()) return article.status();
      return ToJson(*article);
    });
  });
}

}  // namespace tidings::cli
