// The reading and coding stages are written for English: an article detected
// as another language is split into sentences and nothing more, with a
// warning, unless the caller asks for its language (PipelineOptions::languages).
#include <gtest/gtest.h>

#include <string>

#include "support/article.h"
#include "support/bundled_pipeline.h"
#include "tidings/extract.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

Article ArticleIn(const std::string& language, const std::string& text) {
  Article article = testing::OneParagraphArticle(text);
  article.language = language;
  return article;
}

bool Warns(const Document& doc, const std::string& piece) {
  for (const std::string& w : doc.article().warnings)
    if (w.find(piece) != std::string::npos) return true;
  return false;
}

// An English sentence the bundled coder reads as an attack between states.
const char* kAttack = "Russian troops attacked Ukraine on Monday, the defence ministry in Kyiv said.";

TEST(LanguageGate, EnglishAndUnknownArticlesAreRead) {
  for (const char* language : {"en", ""}) {
    const Document doc = testing::BundledPipeline().Annotate(ArticleIn(language, kAttack));
    EXPECT_FALSE(doc.events.empty()) << "language '" << language << "'";
    EXPECT_FALSE(doc.mentions.empty());
    EXPECT_FALSE(doc.times.empty());
    EXPECT_FALSE(Warns(doc, "sentences only"));
  }
}

TEST(LanguageGate, AnotherLanguageGetsSentencesOnlyAndSaysSo) {
  const Document doc = testing::BundledPipeline().Annotate(ArticleIn("de", kAttack));
  EXPECT_EQ(doc.sentences.size(), 1u);
  EXPECT_TRUE(doc.events.empty());
  EXPECT_TRUE(doc.mentions.empty());
  EXPECT_TRUE(doc.times.empty());
  EXPECT_TRUE(doc.quotes.empty());
  EXPECT_TRUE(Warns(doc, "language 'de'")) << (doc.article().warnings.empty() ? "" : doc.article().warnings[0]);
}

TEST(LanguageGate, TheCallerChoosesTheLanguagesRead) {
  PipelineOptions any;
  any.languages.clear();
  EXPECT_FALSE(testing::BundledPipeline().WithOptions(any).Annotate(ArticleIn("de", kAttack)).events.empty());
  PipelineOptions german;
  german.languages = {"en", "de"};
  EXPECT_FALSE(testing::BundledPipeline().WithOptions(german).Annotate(ArticleIn("de", kAttack)).events.empty());
  EXPECT_TRUE(testing::BundledPipeline().WithOptions(german).Annotate(ArticleIn("fr", kAttack)).events.empty());
}

// A German page, detected as German by the extractor, yields no English
// readings of its words: "finden" (find) is no verdict, "Holland" no actor.
TEST(LanguageGate, ADetectedGermanPageYieldsNoEvents) {
  const std::string html =
      "<html><head><title>Haushalt</title></head><body><article><p>Die Minister finden am Montag in Berlin "
      "keine Einigung über den Haushalt des kommenden Jahres. Nach Angaben der Regierung sollen die Gespräche "
      "am Mittwoch weitergehen, wenn die Fraktionen ihre Vorschläge vorgelegt haben.</p><p>Auch in Holland und "
      "in Frankreich wird über ähnliche Sparpläne gestritten, berichten Zeitungen beider Länder am Dienstag.</p>"
      "</article></body></html>";
  Record record;
  record.payload = html;
  record.kind = PayloadKind::kHtml;
  record.url = "https://zeitung.example/haushalt";
  const Result<Document> doc = testing::BundledPipeline().Annotate(record);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->article().language, "de");
  EXPECT_GE(doc->sentences.size(), 3u);
  EXPECT_TRUE(doc->events.empty());
  EXPECT_TRUE(doc->mentions.empty());
}

}  // namespace
}  // namespace tidings
