// CodeEvents takes its agent knowledge as optional: without it a side is
// coded by its actors alone and no rule may reach for the agent gazetteer
// (a titled name after a state's name once did, and crashed on real news).
#include <gtest/gtest.h>

#include <string>

#include "annotate/actor_annotator.h"
#include "annotate/quote_finder.h"
#include "annotate/time_tagger.h"
#include "code/cameo_ontology.h"
#include "code/coder.h"
#include "code/validation_records.h"
#include "code/verb_dictionary_petrarch2.h"
#include "syntax/syntax_model.h"
#include "text/segmenter.h"

namespace tidings {
namespace {

const std::string kPloverDev = TIDINGS_SHARED_DIR "/data/events/PLOVER/PLOVER_GSR_CAMEO.dev.json";

// Every PLOVER dev sentence, at its own date, through the stages the coder
// needs, coded with the bundled verbs and no agents.
TEST(CoderWithoutAgents, CodesRealNewsByActorsAlone) {
  Result<ValidationSuite> suite = ReadPloverGold(kPloverDev);
  if (!suite.ok()) GTEST_SKIP() << suite.status().ToString();
  Result<SyntaxModel> syntax = LoadSyntaxModel(TIDINGS_DATA_DIR "/models");
  Result<ActorKnowledge> actors = LoadActorKnowledge();
  Result<VerbDictionary> verbs = LoadBundledVerbDictionary();
  Result<CameoOntology> cameo = LoadCameoOntology();
  ASSERT_TRUE(syntax.ok() && actors.ok() && verbs.ok() && cameo.ok());
  std::size_t events = 0;
  for (const ValidationRecord& record : suite->records) {
    Document doc(RecordArticle(record));
    Segment(doc);
    ParseSyntax(doc, *syntax);
    TagTimes(doc, doc.article().published);
    AnnotateActors(doc, *actors);
    AnnotateQuotes(doc);
    CodeEvents(doc, *verbs, *cameo);
    events += doc.events.size();
  }
  EXPECT_GT(events, suite->records.size() / 2);  // most sentences still code an event
}

}  // namespace
}  // namespace tidings
