// Who a lone surname is (src/annotate/coreference.cpp): the person the article
// named with it, before any known person of that surname it never named.
#include <gtest/gtest.h>

#include <string>

#include "support/bundled_pipeline.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

Document Annotate(const std::string& text) {
  Article article;
  article.id = "coreference";
  article.published = "2020-11-04";
  article.paragraphs.push_back({text});
  return testing::BundledPipeline().Annotate(std::move(article));
}

// The entity of the last mention whose text is `words`.
const Entity* EntityOfLast(const Document& doc, std::string_view words) {
  const Entity* found = nullptr;
  for (const Mention& m : doc.mentions)
    if (doc.text(m.span) == words && m.entity >= 0) found = &doc.entities[m.entity];
  return found;
}

// The bundled people know a Mexican foreign minister whose alias is "Green";
// a story about a vice-chancellor of that surname is not about her.
TEST(ArticleCoreference, ALoneSurnameIsThePersonTheArticleNamedWithIt) {
  const Document doc = Annotate(
      "Prof David Green, vice-chancellor of Worcester University, spoke on Monday. Green says closing campuses "
      "is unsustainable.");
  const Entity* green = EntityOfLast(doc, "Green");
  ASSERT_NE(green, nullptr);
  EXPECT_NE(green->name, "Rosario Green");
  EXPECT_NE(green->country, "MEX");
  EXPECT_FALSE(green->actor.starts_with("MEX")) << green->actor;
}

// A known person named in full keeps the surname, and one whose surname alone
// is all the article gives is still found by it.
TEST(ArticleCoreference, AKnownPersonNamedInFullOrAloneKeepsTheSurname) {
  const Document named = Annotate("Rosario Green met the envoy in Mexico City. Green said talks went well.");
  const Entity* green = EntityOfLast(named, "Green");
  ASSERT_NE(green, nullptr);
  EXPECT_EQ(green->name, "Rosario Green");
  EXPECT_EQ(green->country, "MEX");
  const Document alone = Annotate("Putin said talks went well.");
  const Entity* putin = EntityOfLast(alone, "Putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->country, "RUS");
}

}  // namespace
}  // namespace tidings
