#include "tidings/pipeline.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "annotate/actor_annotator.h"
#include "annotate/quote_finder.h"
#include "annotate/time_tagger.h"
#include "code/cameo_ontology.h"
#include "code/coder.h"
#include "code/discard_list.h"
#include "code/issue_list.h"
#include "code/pico_ontology.h"
#include "code/tabari_options.h"
#include "code/verb_dictionary.h"
#include "code/verb_dictionary_petrarch2.h"
#include "extract/language.h"
#include "syntax/syntax_model.h"
#include "text/segmenter.h"

namespace tidings {

struct Pipeline::Knowledge {
  ActorKnowledge actors;
  NameTagger names;
  CueLexicon cues;
  SyntaxModel syntax;
  VerbDictionary verbs;
  DiscardList discards;
  IssueList issues;
  CameoOntology cameo;
  std::vector<std::string> warnings;
  PicoOntology pico;
};

// The TABARI and PETRARCH option lines as the coder takes them, parsed when
// the options are set rather than for every record.
struct Pipeline::CoderSettings {
  TabariSettings tabari;
  std::optional<CommaLimits> commas;
};

Pipeline::Pipeline(std::shared_ptr<const Knowledge> knowledge, PipelineOptions options)
    : knowledge_(std::move(knowledge)),
      options_(std::move(options)),
      coder_settings_(std::make_shared<const CoderSettings>(
          CoderSettings{TabariSettingsFrom(options_.petrarch.tabari_options),
                        PetrarchCommaLimits(options_.petrarch.config)})) {}

namespace {

Result<ActorKnowledge> LoadActors(const PipelineOptions& options) {
  const PipelineOptions::ExternalDictionaries& petrarch = options.petrarch;
  if (petrarch.actors.empty() && petrarch.agents.empty()) return LoadActorKnowledge(options.data_dir + "/actors");
  KnowledgeModel model;
  for (const auto& [paths, format] : {std::pair{&petrarch.actors, DictionaryFormat::kPetrarchActors},
                                      std::pair{&petrarch.agents, DictionaryFormat::kPetrarchAgents}})
    for (const std::string& path : *paths) {
      Status status = LoadActorDictionary(path, format, model);
      if (!status.ok()) return status;
    }
  return ActorKnowledge(std::move(model));
}

std::string VerbsFolder(const PipelineOptions& options) {
  return options.verbs_dir.empty() ? options.data_dir + "/verbs" : options.verbs_dir;
}

Result<VerbDictionary> LoadVerbs(const PipelineOptions& options) {
  if (!options.petrarch.verbs.empty()) return LoadVerbDictionaryFiles(options.petrarch.verbs);
  return LoadBundledVerbDictionary(VerbsFolder(options));
}

// The issue files named, else those of the verb folder in use (a set of
// external verb files brings its own issues or none).
std::vector<std::string> IssueFiles(const PipelineOptions& options) {
  if (!options.petrarch.issues.empty() || !options.petrarch.verbs.empty()) return options.petrarch.issues;
  return IssueFilesIn(VerbsFolder(options));
}

}  // namespace

Result<Pipeline> Pipeline::Load(const PipelineOptions& options) {
  Result<ActorKnowledge> actors = LoadActors(options);
  if (!actors.ok()) return actors.status();
  Result<SyntaxModel> syntax = LoadSyntaxModel(options.data_dir + "/models");
  if (!syntax.ok()) return syntax.status();
  Result<NameTagger> names = NameTagger::Load(NameTaggerPath(options.data_dir + "/models"));
  if (!names.ok()) return names.status();
  auto knowledge = std::make_shared<Knowledge>(Knowledge{std::move(actors).value(), std::move(names).value(),
                                                         CueLexicon::Default(), std::move(syntax).value(), {}, {}, {},
                                                         {}, {}, {}});
  knowledge->warnings = knowledge->actors.warnings();
  if (options.code_events) {
    Result<VerbDictionary> verbs = LoadVerbs(options);
    if (!verbs.ok()) return verbs.status();
    Result<CameoOntology> cameo = LoadCameoOntology(options.data_dir + "/cameo");
    if (!cameo.ok()) return cameo.status();
    knowledge->verbs = std::move(verbs).value();
    knowledge->cameo = std::move(cameo).value();
    for (const std::string& w : knowledge->verbs.warnings()) knowledge->warnings.push_back(w);
    for (const std::string& w : knowledge->cameo.warnings()) knowledge->warnings.push_back(w);
    Result<DiscardList> discards = LoadDiscardList(options.petrarch.discards);
    if (!discards.ok()) return discards.status();
    knowledge->discards = std::move(discards).value();
    for (const std::string& w : knowledge->discards.warnings()) knowledge->warnings.push_back(w);
    Result<IssueList> issues = LoadIssueList(IssueFiles(options));
    if (!issues.ok()) return issues.status();
    knowledge->issues = std::move(issues).value();
    for (const std::string& w : knowledge->issues.warnings()) knowledge->warnings.push_back(w);
    Result<PicoOntology> pico = LoadPicoOntology(options.petrarch.pico);
    if (!pico.ok()) return pico.status();
    knowledge->pico = std::move(pico).value();
    for (const std::string& w : knowledge->pico.warnings()) knowledge->warnings.push_back(w);
    for (const std::string& line : options.petrarch.config)
      if (const std::optional<std::string> problem = PetrarchOptionProblem(line))
        knowledge->warnings.push_back("PETRARCH option '" + line + "': " + *problem);
  }
  return Pipeline(std::move(knowledge), options);
}

Result<Document> Pipeline::Annotate(const Record& record) const {
  Result<Article> article = Extract(record, options_.extract);
  if (!article.ok()) return article.status();
  return Annotate(std::move(article).value());
}

bool Pipeline::Reads(const std::string& language) const {
  const std::string primary = PrimaryLanguageTag(language);  // "en-US", "EN": "en"
  if (primary.empty() || options_.languages.empty()) return true;  // unknown or not a language code: read
  return std::any_of(options_.languages.begin(), options_.languages.end(),
                     [&](const std::string& read) { return PrimaryLanguageTag(read) == primary; });
}

Document Pipeline::Annotate(Article article) const {
  const bool read = Reads(article.language);
  if (!read)
    article.warnings.push_back(fmt::format("language '{}' is not one the annotators read ({}): sentences only",
                                           article.language, fmt::join(options_.languages, ", ")));
  Document doc(std::move(article));
  Segment(doc);
  if (!read) return doc;
  ParseSyntax(doc, knowledge_->syntax, knowledge_);
  TagTimes(doc, doc.article().published);
  AnnotateActors(doc, knowledge_->actors, &knowledge_->names);
  AnnotateQuotes(doc, knowledge_->cues);
  if (options_.code_events) {
    const CoderSettings& settings = *coder_settings_;
    CodeEvents(doc, knowledge_->verbs, knowledge_->cameo, &knowledge_->discards, &knowledge_->actors,
               &knowledge_->issues, &knowledge_->pico, &settings.tabari,
               settings.commas ? &*settings.commas : nullptr, options_.events.keep_actorless);
    SelectEvents(doc, options_.events);
  }
  return doc;
}

Pipeline Pipeline::WithOptions(PipelineOptions options) const { return Pipeline(knowledge_, std::move(options)); }

const std::vector<std::string>& Pipeline::warnings() const { return knowledge_->warnings; }

}  // namespace tidings
