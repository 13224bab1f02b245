// Dependencies on demand (Document::RequireDependencies) must change no
// annotation: the stages that read the parse ask for it sentence by
// sentence, and every sentence they skip is one no rule of theirs could use.
// Real news (PolNeAR dev, ../shared) runs through times, actors, quotes and
// the coder once with every sentence parsed up front and once with the
// parse on demand; times, quotes and events must come out the same, and
// on demand must parse fewer sentences.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "annotate/actor_annotator.h"
#include "annotate/quote_finder.h"
#include "annotate/time_tagger.h"
#include "code/cameo_ontology.h"
#include "code/coder.h"
#include "code/verb_dictionary_petrarch2.h"
#include "eval/quote_eval.h"
#include "syntax/syntax_model.h"

namespace tidings {
namespace {

const std::string kPolnear = TIDINGS_SHARED_DIR "/data/quotes/PolNeAR/dev";

// Every article of PolNeAR dev with an annotation file, segmented.
std::vector<Document> PolnearDocuments() {
  std::vector<Document> docs;
  Result<std::vector<PolnearFiles>> files = ListPolnear(kPolnear);
  if (!files.ok()) return docs;
  for (const PolnearFiles& file : *files) {
    Result<PolnearArticle> article = ReadPolnearArticle(file.text, file.annotations);
    if (article.ok()) docs.push_back(std::move(article->doc));
  }
  return docs;
}

// What the stages that read the parse produce, written out for comparison.
std::vector<std::string> Annotations(const Document& doc) {
  std::vector<std::string> out;
  for (const TimeExpression& t : doc.times) out.push_back(fmt::format("time {} {} {}", t.span.begin, t.span.end, t.value));
  for (const Quote& q : doc.quotes)
    out.push_back(fmt::format("quote {} {} {} {} {} {}", q.span.begin, q.span.end, static_cast<int>(q.kind),
                              q.speaker.begin, q.speaker.end, q.cue.begin));
  for (const Event& e : doc.events) {
    std::string line = fmt::format("event {} {} {} {}", e.sentence, e.span.begin, e.cameo, e.modality);
    for (const EventActor& a : e.sources) line += " s:" + a.actor;
    for (const EventActor& a : e.targets) line += " t:" + a.actor;
    out.push_back(line);
  }
  return out;
}

std::size_t ParsedSentences(const Document& doc) {
  std::size_t parsed = 0;
  for (const Sentence& s : doc.sentences)
    for (std::uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t)
      if (!doc.tokens[t].deprel.empty()) {
        ++parsed;
        break;
      }
  return parsed;
}

TEST(DeferredParse, ParsingOnDemandChangesNoTimeQuoteOrEvent) {
  std::vector<Document> docs = PolnearDocuments();
  if (docs.empty()) GTEST_SKIP() << "PolNeAR dev not found under " << kPolnear;
  Result<SyntaxModel> syntax = LoadSyntaxModel(TIDINGS_DATA_DIR "/models");
  ASSERT_TRUE(syntax.ok()) << syntax.status().ToString();
  Result<ActorKnowledge> actors = LoadActorKnowledge();
  ASSERT_TRUE(actors.ok()) << actors.status().ToString();
  Result<VerbDictionary> verbs = LoadBundledVerbDictionary();
  ASSERT_TRUE(verbs.ok()) << verbs.status().ToString();
  Result<CameoOntology> cameo = LoadCameoOntology();
  ASSERT_TRUE(cameo.ok()) << cameo.status().ToString();

  std::size_t sentences = 0, parsed_on_demand = 0, parsed_selecting = 0, annotations = 0;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    const Document& original = docs[d];
    // `selecting` drops events naming no actor, as the pipeline does by default: the coder then
    // leaves the sentences that can name none unparsed.
    Document on_demand = original, up_front = original, selecting = original;
    for (Document* doc : {&on_demand, &up_front, &selecting}) {
      ParseSyntax(*doc, *syntax);
      if (doc == &up_front) doc->RequireAllDependencies();
      TagTimes(*doc, "2016-11-01");
      AnnotateActors(*doc, *actors);
      AnnotateQuotes(*doc);
      CodeEvents(*doc, *verbs, *cameo, nullptr, &*actors, nullptr, nullptr, nullptr, nullptr,
                 /*actorless_kept=*/doc != &selecting);
    }
    const std::vector<std::string> expected = Annotations(up_front);
    EXPECT_EQ(Annotations(on_demand), expected) << "PolNeAR dev article " << d;
    SelectEvents(up_front, {});
    SelectEvents(selecting, {});
    EXPECT_EQ(Annotations(selecting), Annotations(up_front)) << "PolNeAR dev article " << d << ", events selected";
    sentences += original.sentences.size();
    parsed_on_demand += ParsedSentences(on_demand);
    parsed_selecting += ParsedSentences(selecting);
    annotations += expected.size();
  }
  EXPECT_GT(annotations, 1000u);  // the comparison covers real work
  EXPECT_LT(parsed_on_demand, sentences);
  EXPECT_LT(parsed_selecting, parsed_on_demand);
  std::printf("%zu sentences, %zu parsed on demand, %zu when events naming no actor are dropped\n", sentences,
              parsed_on_demand, parsed_selecting);
}

}  // namespace
}  // namespace tidings
