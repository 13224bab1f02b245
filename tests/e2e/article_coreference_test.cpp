// Who a lone surname is (src/annotate/coreference.cpp): the person the article
// named with it, before any known person of that surname it never named.
#include <gtest/gtest.h>

#include <string>

#include "support/article.h"
#include "support/bundled_pipeline.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

Document Annotate(const std::string& text, const std::string& published = "2020-11-04") {
  return testing::BundledPipeline().Annotate(testing::OneParagraphArticle(text, published));
}

// The entity of the first or last mention whose text is `words`.
const Entity* EntityOf(const Document& doc, std::string_view words, bool last = true) {
  const Entity* found = nullptr;
  for (const Mention& m : doc.mentions)
    if (doc.text(m.span) == words && m.entity >= 0 && (last || !found)) found = &doc.entities[m.entity];
  return found;
}

// The bundled people know a former Mexican foreign minister whose alias is
// "Green"; a story about a vice-chancellor of that surname is not about her.
TEST(ArticleCoreference, ALoneSurnameIsThePersonTheArticleNamedWithIt) {
  const Document doc = Annotate(
      "Prof David Green, vice-chancellor of Worcester University, spoke on Monday. Green says closing campuses "
      "is unsustainable.");
  const Entity* first = EntityOf(doc, "Green", /*last=*/false);
  const Entity* green = EntityOf(doc, "Green");
  ASSERT_NE(green, nullptr);
  EXPECT_EQ(green, first);
  EXPECT_NE(green->country, "MEX");
  // A head of government in office is no exception in a story that never names his country.
  const Document councillor = Annotate(
      "Burnley council leader Afrasiab Anwar called on the Labour leader to step down. Anwar said the party had "
      "lost its way.",
      "2023-10-27");
  const Entity* anwar = EntityOf(councillor, "Anwar");
  ASSERT_NE(anwar, nullptr);
  EXPECT_EQ(anwar, EntityOf(councillor, "Afrasiab Anwar"));
}

// A known person named in full keeps the surname, and so does one whose
// surname alone is all the article gives.
TEST(ArticleCoreference, AKnownPersonNamedInFullOrAloneKeepsTheSurname) {
  const Document named = Annotate("Rosario Green met the envoy in Mexico City. Green said talks went well.");
  const Entity* green = EntityOf(named, "Green");
  ASSERT_NE(green, nullptr);
  EXPECT_EQ(green->name, "Rosario Green");
  EXPECT_EQ(green->country, "MEX");
  const Document alone = Annotate("Putin said talks went well.");
  const Entity* putin = EntityOf(alone, "Putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->country, "RUS");
}

// A known person in office on the article's date, in a country the article
// names, keeps the surname from a relative named before; an organization's
// name is no one's surname.
TEST(ArticleCoreference, OfficeHoldersAndOrganizationsKeepTheirNames) {
  const Document relative = Annotate(
      "Hunter Biden appeared in court on Monday. Biden signed the bill the U.S. Congress passed.", "2023-07-27");
  const Entity* biden = EntityOf(relative, "Biden");
  ASSERT_NE(biden, nullptr);
  EXPECT_EQ(biden->name, "Joe Biden");
  const Document un = Annotate("Kim Jong Un oversaw a missile test. The UN condemned the launch.", "2023-07-27");
  const Entity* kim = EntityOf(un, "Kim Jong Un");
  const Entity* body = EntityOf(un, "UN");
  ASSERT_NE(body, nullptr);
  EXPECT_NE(body, kim);
  EXPECT_NE(body->kind, MentionKind::kPerson);
}

}  // namespace
}  // namespace tidings
