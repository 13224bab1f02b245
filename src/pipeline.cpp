#include "tidings/pipeline.h"

#include "annotate/actor_annotator.h"
#include "annotate/quote_finder.h"
#include "annotate/time_tagger.h"
#include "text/segmenter.h"

namespace tidings {

struct Pipeline::Knowledge {
  ActorKnowledge actors;
  CueLexicon cues;
  std::vector<std::string> warnings;
};

Pipeline::Pipeline(std::shared_ptr<const Knowledge> knowledge, PipelineOptions options)
    : knowledge_(std::move(knowledge)), options_(std::move(options)) {}

Result<Pipeline> Pipeline::Load(const PipelineOptions& options) {
  Result<ActorKnowledge> actors = LoadActorKnowledge(options.data_dir + "/actors");
  if (!actors.ok()) return actors.status();
  auto knowledge = std::make_shared<Knowledge>(Knowledge{std::move(actors).value(), CueLexicon::Default(), {}});
  knowledge->warnings = knowledge->actors.warnings();
  return Pipeline(std::move(knowledge), options);
}

Result<Document> Pipeline::Annotate(const Record& record) const {
  Result<Article> article = Extract(record, options_.extract);
  if (!article.ok()) return article.status();
  return Annotate(std::move(article).value());
}

Document Pipeline::Annotate(Article article) const {
  Document doc(std::move(article));
  Segment(doc);
  TagTimes(doc, doc.article().published);
  AnnotateActors(doc, knowledge_->actors);
  AnnotateQuotes(doc, knowledge_->cues);
  return doc;
}

const std::vector<std::string>& Pipeline::warnings() const { return knowledge_->warnings; }

}  // namespace tidings
