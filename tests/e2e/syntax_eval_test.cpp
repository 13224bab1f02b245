// Floors for the bundled syntax model on UD English EWT test (gold
// tokenization, every word scored; src/eval/syntax_eval.h), a little under
// the figures reached, and the stage on a Document from raw text. Skipped
// when the shared treebank is absent; evaluation only, no training.
#include <filesystem>

#include <gtest/gtest.h>

#include "eval/syntax_eval.h"
#include "text/segmenter.h"

namespace tidings {
namespace {

const std::string kDataDir = std::string(TIDINGS_SHARED_DIR) + "/data";

TEST(SyntaxEval, EwtTestTaggingAndParsingStayAboveTheirFloors) {
  if (!std::filesystem::exists(kDataDir + "/syntax/UD_English-EWT/en_ewt-ud-test.conllu"))
    GTEST_SKIP() << "no UD English EWT";
  Result<SuiteResult> result = EvalSyntax(kDataDir);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  std::cout << result->report << "\n";
  EXPECT_GE(result->figure("upos"), 0.945);
  EXPECT_GE(result->figure("xpos"), 0.94);
  EXPECT_GE(result->figure("lemma"), 0.96);
  EXPECT_GE(result->figure("uas"), 0.848);
  EXPECT_GE(result->figure("las"), 0.815);
  EXPECT_LT(result->figure("seconds"), 10);
}

struct Word {
  std::string text, tag, deprel, head;
};

std::vector<Word> Analyse(const SyntaxModel& model, std::string text) {
  Article article;
  article.paragraphs.push_back({std::move(text), ParagraphKind::kParagraph});
  Document doc(std::move(article));
  Segment(doc);
  ParseSyntax(doc, model);
  doc.RequireAllDependencies();
  std::vector<Word> words;
  for (const Token& t : doc.tokens)
    words.push_back({std::string(doc.text(t.span)), t.tag, t.deprel,
                     t.head < 0 ? "" : std::string(doc.text(doc.tokens[t.head].span))});
  return words;
}

TEST(SyntaxStage, PassiveSubjectAgentAndNegationAreFoundInRawText) {
  Result<SyntaxModel> model = LoadSyntaxModel(TIDINGS_DATA_DIR "/models");
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  const std::vector<Word> words = Analyse(*model, "Gondor was attacked by Arnor. Russia didn't help China.");
  ASSERT_EQ(words.size(), 12u);
  EXPECT_EQ(words[0].tag, "NNP");
  EXPECT_EQ(words[0].deprel, "nsubj:pass");
  EXPECT_EQ(words[0].head, "attacked");
  EXPECT_EQ(words[2].tag, "VBN");
  EXPECT_EQ(words[2].deprel, "root");
  EXPECT_EQ(words[4].deprel, "obl:agent");
  EXPECT_EQ(words[8].text, "n't");
  EXPECT_EQ(words[8].deprel, "advmod");
  EXPECT_EQ(words[10].deprel, "obj");
  EXPECT_EQ(words[10].head, "help");
}

TEST(SyntaxStage, HeadsIndexDocumentTokensAcrossSentences) {
  Result<SyntaxModel> model = LoadSyntaxModel(TIDINGS_DATA_DIR "/models");
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  Article article;
  article.paragraphs.push_back({"Talks failed. Both sides left the city.", ParagraphKind::kParagraph});
  Document doc(std::move(article));
  Segment(doc);
  ParseSyntax(doc, *model);
  doc.RequireAllDependencies();
  for (const Sentence& s : doc.sentences) {
    int roots = 0;
    for (std::uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      const Token& t = doc.tokens[i];
      if (t.head < 0) {
        ++roots;
        EXPECT_EQ(t.deprel, "root");
      } else {
        EXPECT_GE(static_cast<std::uint32_t>(t.head), s.first_token);
        EXPECT_LT(static_cast<std::uint32_t>(t.head), s.first_token + s.token_count);
      }
      EXPECT_FALSE(t.lemma.empty());
    }
    EXPECT_EQ(roots, 1);
  }
  EXPECT_EQ(doc.tokens[1].lemma, "fail");
  EXPECT_EQ(doc.tokens[5].lemma, "leave");
}

}  // namespace
}  // namespace tidings
