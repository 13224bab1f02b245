// tidings annotate: inputs -> one JSON article per line with sentences,
// mentions, entities, time expressions and quotations.
#include <memory>

#include <fmt/format.h>

#include "cli/record_run.h"
#include "tidings/document_json.h"
#include "tidings/pipeline.h"

namespace tidings::cli {

void AddAnnotateVerb(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<RecordRunArgs>();
  auto data_dir = std::make_shared<std::string>(TIDINGS_DATA_DIR);
  auto languages = std::make_shared<std::vector<std::string>>(PipelineOptions{}.languages);
  auto selection = std::make_shared<EventSelection>();
  CLI::App* verb = app.add_subcommand(
      "annotate", "Extract, then find sentences, actors (at the article's date), time expressions and quotations");
  AddRecordRunOptions(verb, *args);
  AddLanguageOption(verb, *languages);
  AddEventSelectionOptions(verb, *selection);
  verb->add_option("--data", *data_dir, "Folder of the project's knowledge (actors/, lexicon/)")->capture_default_str();
  verb->callback([args, data_dir, languages, selection, exit_code] {
    PipelineOptions options;
    options.extract = args->extract;
    options.data_dir = *data_dir;
    options.languages = *languages;
    options.events = *selection;
    Result<Pipeline> pipeline = Pipeline::Load(options);
    if (!pipeline.ok()) {
      fmt::print(stderr, "tidings annotate: {}\n", pipeline.status().ToString());
      *exit_code = kUsageError;
      return;
    }
    for (const std::string& w : pipeline->warnings()) fmt::print(stderr, "tidings annotate: {}\n", w);
    *exit_code = RunOverRecords("annotate", *args, [&](const Record& record) -> Result<nlohmann::ordered_json> {
      Result<Document> doc = pipeline->Annotate(record);
      if (!doc.ok()) return doc.status();
      return ToJson(*doc);
    });
  });
}

}  // namespace tidings::cli
