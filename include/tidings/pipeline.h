// Pipeline: the stages of tidings run in order on one record.
//
//   Record --extract--> Article --segment--> sentences, tokens
//          --syntax--> tags, lemmas, dependencies
//          --annotate--> times, actors (mentions, entities), quotes
//          --code--> events
//
// Load() reads the knowledge under data/ once; the Pipeline is then
// immutable and Annotate() may be called from many threads at once. Each
// call builds and returns its own Document.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "tidings/document.h"
#include "tidings/event_selection.h"
#include "tidings/extract.h"
#include "tidings/record.h"
#include "tidings/status.h"

namespace tidings {

struct PipelineOptions {
  ExtractOptions extract;
  // Folder holding the project's knowledge (actors/, lexicon/).
  std::string data_dir = TIDINGS_DATA_DIR;
  // Verb patterns (and issue files, names holding "issue") for the event
  // coder: the bundled data_dir/verbs when empty.
  std::string verbs_dir;
  // Run the event coder (src/code/coder.h) after the other stages, keeping
  // the events `events` selects (by default those naming their source).
  bool code_events = true;
  EventSelection events;
  // Languages (ISO 639-1 codes, as Article::language) the reading and coding
  // stages are written for. An article detected as another language is
  // split into sentences and nothing more, with a warning saying so: English
  // models and dictionaries find nothing true in German or Polish text (the
  // German verb "finden" is not "find guilty"). An article whose language is
  // unknown (or not a language code) is read. Empty: every article is read.
  std::vector<std::string> languages = {"en"};
  // PETRARCH/TABARI dictionary files (such as the Phoenix set or a
  // validation suite's own) to use instead of the bundled knowledge: when
  // `actors` or `agents` is not empty they replace data_dir/actors, when
  // `verbs` is not empty (read in order, each file in PETRARCH-2 or
  // PETRARCH-1/TABARI format, told apart by its content) they replace the
  // verb patterns. `discards` name sentences and stories not to code;
  // `issues` (PETRARCH issue files) tag each event with the issue codes
  // whose phrases occur in its sentence; when empty and `verbs` is too, the
  // issue files of the verb folder are used. `pico` (UniversalPetrarch's
  // internal coding ontology, src/code/pico_ontology.h) turns the code of a
  // negated verb into the code of its negation ("did not clash" 110 -> 050).
  // `tabari_options` are TABARI option commands ("COMMA: MIN = 2 MAX = 10",
  // "SET: CONVERT AGENT = TRUE"; src/code/tabari_options.h), applied in order
  // over TABARI's defaults when TABARI-format verbs are read. `config` are
  // PETR_config.ini option lines ("comma_max = 8"), applied in order; of
  // them the comma_* options (over PETRARCH's 2/8/0/0/2/8) make the coder
  // take short comma-delimited clauses out of a sentence; without any, no
  // clause is taken out.
  struct ExternalDictionaries {
    std::vector<std::string> actors, agents, verbs, discards, issues, pico;
    std::vector<std::string> tabari_options;
    std::vector<std::string> config;
  } petrarch;
};

class Pipeline {
 public:
  // Fails when a knowledge file cannot be read at all; malformed lines inside
  // one are skipped and listed in warnings(), as are petrarch.config lines
  // the coder cannot use as written (WithOptions() checks none).
  static Result<Pipeline> Load(const PipelineOptions& options = {});

  // Extracts and annotates one record.
  Result<Document> Annotate(const Record& record) const;
  // Annotates an already extracted article.
  Document Annotate(Article article) const;

  const std::vector<std::string>& warnings() const;

  // This pipeline's knowledge under `options`: only what acts per record
  // (extraction, coding on or off, TABARI option commands) changes; the
  // dictionaries stay those Load() read. Cheap: the knowledge is shared.
  Pipeline WithOptions(PipelineOptions options) const;

  // Whether an article in `language` goes through the reading and coding
  // stages (PipelineOptions::languages); one that does not gets sentences only.
  bool Reads(const std::string& language) const;

 private:
  struct Knowledge;
  struct CoderSettings;
  explicit Pipeline(std::shared_ptr<const Knowledge> knowledge, PipelineOptions options);

  std::shared_ptr<const Knowledge> knowledge_;
  PipelineOptions options_;
  std::shared_ptr<const CoderSettings> coder_settings_;  // options_.petrarch's option lines, read once
};

}  // namespace tidings
