#include "annotate/actor_annotator.h"

#include <chrono>

#include "annotate/actor_mentions.h"
#include "annotate/coreference.h"

namespace tidings {
namespace {

Day Today() {
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return static_cast<int>(ymd.year()) * 10000 + static_cast<int>(static_cast<unsigned>(ymd.month())) * 100 +
         static_cast<int>(static_cast<unsigned>(ymd.day()));
}

// The article's date, or today.
Day ArticleDay(const Document& doc) {
  const std::string& published = doc.article().published;
  const Day day = published.size() >= 10 ? ParseIsoDay(std::string_view(published).substr(0, 10)) : -1;
  return day > 0 ? day : Today();
}

}  // namespace

void AnnotateActors(Document& doc, const ActorKnowledge& knowledge, const NameTagger* names) {
  const TokenView tokens = DocumentTokens(doc);
  const std::vector<FoundMention> found = FindActorMentions(doc, tokens, knowledge, names);
  ResolveActors(doc, tokens, found, knowledge, ArticleDay(doc));
}

}  // namespace tidings
