// The reading and coding stages are written for English: an article detected
// as another language is split into sentences and nothing more, with a
// warning, unless the caller asks for its language (PipelineOptions::languages).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/article.h"
#include "support/bundled_pipeline.h"
#include "support/scratch.h"
#include "tidings/corpus_ingest.h"
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
  for (const char* language : {"en", "", "??"}) {  // "??" is no language code: unknown
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

TEST(LanguageGate, RegionsAndCaseDoNotMatter) {
  EXPECT_FALSE(testing::BundledPipeline().Annotate(ArticleIn("en-GB", kAttack)).events.empty());
  PipelineOptions upper;
  upper.languages = {"EN"};
  EXPECT_FALSE(testing::BundledPipeline().WithOptions(upper).Annotate(ArticleIn("en", kAttack)).events.empty());
}

Result<Document> AnnotatePage(const std::string& html) {
  Record record;
  record.payload = html;
  record.kind = PayloadKind::kHtml;
  record.url = "https://news.example/story";
  return testing::BundledPipeline().Annotate(record);
}

// A German page, detected as German by the extractor, is not read with the
// English name tagger ("Die Minister" and "Nach Angaben" read as people).
TEST(LanguageGate, ADetectedGermanPageGetsSentencesOnly) {
  const Result<Document> doc = AnnotatePage(
      "<html><head><title>Haushalt</title></head><body><article><p>Die Minister finden am Montag in Berlin "
      "keine Einigung über den Haushalt des kommenden Jahres. Nach Angaben der Regierung sollen die Gespräche "
      "am Mittwoch weitergehen, wenn die Fraktionen ihre Vorschläge vorgelegt haben.</p><p>Auch in Holland und "
      "in Frankreich wird über ähnliche Sparpläne gestritten, berichten Zeitungen beider Länder am Dienstag.</p>"
      "</article></body></html>");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->article().language, "de");
  EXPECT_GE(doc->sentences.size(), 3u);
  EXPECT_TRUE(doc->mentions.empty());
  EXPECT_TRUE(doc->times.empty());
  EXPECT_TRUE(Warns(*doc, "language 'de'"));
}

// An English article that declares itself English and ends in a longer
// subscription notice in French (which CLD2 alone calls French) is read as
// English.
TEST(LanguageGate, ADeclaredEnglishArticleWithAForeignNoticeIsRead) {
  const Result<Document> doc = AnnotatePage(
      "<html lang=\"en\"><head><title>Talks</title></head><body><article><p>Russian troops attacked Ukraine on "
      "Monday, the defence ministry in Kyiv said, hours after talks in Geneva ended without an agreement. The "
      "ministry said the attack began before dawn and that several villages near the border had been shelled. "
      "Officials in Moscow did not comment on the report.</p><p>Ce contenu est réservé aux abonnés. Pour lire la "
      "suite de cet article, abonnez-vous dès maintenant et profitez de tous nos articles, de nos newsletters et "
      "de nos archives sans limite, sur tous vos écrans, où que vous soyez et quand vous le souhaitez. Votre "
      "abonnement vous donne aussi accès à nos éditions du soir, à nos enquêtes et à nos débats en ligne avec la "
      "rédaction.</p></article></body></html>");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->article().language, "en");
  EXPECT_FALSE(doc->events.empty());
}

// Ingest says how many of the records it stored got sentences only, so that
// a corpus of mostly foreign pages does not pass for one read in full.
TEST(LanguageGate, IngestCountsTheArticlesItStoredWithSentencesOnly) {
  namespace fs = std::filesystem;
  const fs::path dir = testing::ScratchPath("language_gate_ingest");
  fs::remove_all(dir);
  fs::create_directories(dir / "pages");
  std::ofstream(dir / "pages" / "de.txt")
      << "Die Regierung hat am Montag neue Gesetze beschlossen, die nach Ansicht der Opposition die "
         "Pressefreiheit einschränken. Der Minister sagte, die Maßnahmen seien notwendig, um die Sicherheit "
         "des Landes zu gewährleisten und die Bürger des Landes vor Angriffen zu schützen.\n";
  std::ofstream(dir / "pages" / "en.txt") << kAttack << "\n";
  const std::string db = (dir / "corpus.db").string();
  CorpusIngestOptions options;
  options.jobs = 1;
  Result<IngestCounts> first = IngestCorpus(db, testing::BundledPipeline(), {(dir / "pages").string()}, options, {});
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->processed, 2u);
  EXPECT_EQ(first->sentences_only, 1u);
  // A rerun stores nothing, so it reads nothing to sentences only either.
  Result<IngestCounts> again = IngestCorpus(db, testing::BundledPipeline(), {(dir / "pages").string()}, options, {});
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->already_stored, 2u);
  EXPECT_EQ(again->sentences_only, 0u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace tidings
