// The syntax stage's training code, on a handful of made-up sentences
// written here: no treebank needed.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "syntax/arc_eager.h"
#include "syntax/conllu.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/projective.h"
#include "syntax/syntax_model.h"
#include "syntax/tagger.h"

namespace tidings::syntax {
namespace {

// Five tiny sentences in CoNLL-U, with a multiword token and a comment.
constexpr std::string_view kTreebank =
    "# text = Gondor attacked Arnor.\n"
    "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tArnor\tArnor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tRohan\tRohan\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tMordor\tMordor\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tarmies\tarmy\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\twent\tgo\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\thome\thome\tADV\tRB\t_\t3\tadvmod\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
    "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\tcry\tcry\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "3.1\tfoo\tfoo\tX\tFW\t_\t_\t_\t3:dep\t_\n"
    "\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tcities\tcity\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "5\tburned\tburn\tVERB\tVBD\t_\t3\tconj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n";

std::vector<TreebankSentence> Treebank() {
  Result<std::vector<TreebankSentence>> sentences = ParseConllu(kTreebank, "inline");
  EXPECT_TRUE(sentences.ok()) << sentences.status().ToString();
  return sentences.ok() ? std::move(*sentences) : std::vector<TreebankSentence>();
}

std::vector<WordKeys> KeysOf(const TreebankSentence& s) {
  std::vector<WordKeys> keys;
  for (const std::string& w : s.words) keys.push_back(MakeWordKeys(w));
  return keys;
}

TEST(SyntaxConllu, KeepsSyntacticWordsAndSkipsMultiwordTokensAndEmptyNodes) {
  const std::vector<TreebankSentence> sentences = Treebank();
  ASSERT_EQ(sentences.size(), 5u);
  EXPECT_EQ(sentences[3].words, (std::vector<std::string>{"do", "n't", "cry"}));
  EXPECT_EQ(sentences[3].heads, (std::vector<int>{2, 2, -1}));
  EXPECT_EQ(sentences[1].deprels[0], "nsubj:pass");
}

TEST(SyntaxConllu, MalformedLinesAreRejectedWithTheirLineNumber) {
  Result<std::vector<TreebankSentence>> short_line = ParseConllu("1\tA\ta\tX\n", "bad.conllu");
  ASSERT_FALSE(short_line.ok());
  EXPECT_NE(short_line.status().message().find("bad.conllu:1"), std::string::npos);
  Result<std::vector<TreebankSentence>> bad_head =
      ParseConllu("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\tX\t_\t9\tdep\t_\t_\n\n", "bad.conllu");
  EXPECT_FALSE(bad_head.ok());
}

TEST(SyntaxProjective, CrossingArcsAreLiftedUntilTheTreeIsProjective) {
  // Heads of words 1..4 (0 is the root): 1 <- 3, 2 <- 4, 4 <- 1; the arcs
  // 4 -> 2 and 1 -> 4 both pass over the root word 3.
  std::vector<int> heads = {-1, 3, 4, 0, 1};
  EXPECT_EQ(Projectivize(heads), 2);
  EXPECT_EQ(heads, (std::vector<int>{-1, 3, 1, 0, 3}));
  std::vector<int> projective = {-1, 2, 0, 2};
  EXPECT_EQ(Projectivize(projective), 0);
}

TEST(SyntaxArcEager, FollowingZeroCostActionsRebuildsTheGoldTree) {
  for (const TreebankSentence& s : Treebank()) {
    const int n = static_cast<int>(s.size()), labels = 20;
    std::vector<int> gold_heads(n + 1, -1), gold_labels(n + 1, -1);
    for (int i = 0; i < n; ++i) {
      gold_heads[i + 1] = s.heads[i] + 1;
      gold_labels[i + 1] = s.heads[i] < 0 ? 0 : 1 + i % 19;
    }
    ArcEagerState state(n, /*root_label=*/0);
    std::vector<int> costs(ActionCount(labels));
    bool allowed[kMaxClasses];
    while (!state.done()) {
      state.Allowed(labels, allowed);
      state.Costs(labels, allowed, gold_heads, gold_labels, costs.data());
      int action = -1;
      for (int a = 0; a < ActionCount(labels) && action < 0; ++a)
        if (allowed[a] && costs[a] == 0) action = a;
      ASSERT_GE(action, 0);
      state.Apply(action);
    }
    state.Finish(1);
    for (int d = 1; d <= n; ++d) {
      EXPECT_EQ(state.head[d], gold_heads[d]);
      EXPECT_EQ(state.label[d], gold_labels[d]);
    }
  }
}

TEST(SyntaxTraining, TaggerAndParserLearnTheirTrainingSentences) {
  const std::vector<TreebankSentence> sentences = Treebank();
  TaggerOptions tagger_options;
  tagger_options.epochs = 10;
  tagger_options.min_weight = 0;
  Result<Tagger> tagger = TrainTagger(sentences, tagger_options);
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  std::vector<std::vector<int>> tags;
  for (const TreebankSentence& s : sentences) {
    const std::vector<WordKeys> keys = KeysOf(s);
    tags.emplace_back(s.size());
    tagger->Tag(keys, tags.back());
    for (std::size_t i = 0; i < s.size(); ++i) {
      EXPECT_EQ(tagger->xpos(tags.back()[i]), s.xpos[i]) << s.words[i];
      EXPECT_EQ(tagger->upos(tags.back()[i]), s.upos[i]) << s.words[i];
    }
  }
  ParserOptions parser_options;
  parser_options.epochs = 15;
  parser_options.min_weight = 0;
  Result<Parser> parser = TrainParser(sentences, tags, parser_options);
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const std::vector<WordKeys> keys = KeysOf(sentences[s]);
    std::vector<int> heads(keys.size()), labels(keys.size());
    parser->Parse(keys, tags[s], heads, labels);
    EXPECT_EQ(heads, sentences[s].heads);
    for (std::size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(parser->label(labels[i]), sentences[s].deprels[i]);
  }
}

TEST(SyntaxTraining, SameDataGivesTheSameModelBytes) {
  const std::vector<TreebankSentence> sentences = Treebank();
  const std::string dir = ::testing::TempDir();
  for (const char* name : {"a", "b"}) {
    Result<Tagger> tagger = TrainTagger(sentences, TaggerOptions());
    ASSERT_TRUE(tagger.ok());
    ASSERT_TRUE(tagger->Save(dir + "/tagger_" + name).ok());
  }
  auto bytes = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_EQ(bytes(dir + "/tagger_a"), bytes(dir + "/tagger_b"));
}

TEST(SyntaxLemmatizer, LearnsSuffixRulesAndIrregularForms) {
  const Lemmatizer lemmatizer = TrainLemmatizer(Treebank());
  EXPECT_EQ(lemmatizer.Lemma("went", "VBD"), "go");
  EXPECT_EQ(lemmatizer.Lemma("Armies", "NNS"), "army");
  EXPECT_EQ(lemmatizer.Lemma("ladies", "NNS"), "lady");   // "-ies" seen twice
  EXPECT_EQ(lemmatizer.Lemma("Gondor", "NNP"), "Gondor");  // proper nouns keep their case
}

TEST(SyntaxModelFiles, SavedModelsLoadBackAndDamagedOnesAreRefused) {
  const std::vector<TreebankSentence> sentences = Treebank();
  const std::string dir = ::testing::TempDir() + "/syntax_model_files";
  std::filesystem::create_directories(dir);
  Result<Tagger> tagger = TrainTagger(sentences, TaggerOptions());
  ASSERT_TRUE(tagger.ok());
  const std::string path = dir + "/en_ewt.tagger";
  ASSERT_TRUE(tagger->Save(path).ok());
  Result<Tagger> loaded = Tagger::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->tag_count(), tagger->tag_count());

  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::string flipped = bytes;
  flipped[flipped.size() - 3] ^= 0x40;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << flipped;
  Result<Tagger> damaged = Tagger::Load(path);
  ASSERT_FALSE(damaged.ok());
  EXPECT_EQ(damaged.status().code(), Status::Code::kCorruption);
  EXPECT_NE(damaged.status().message().find("checksum"), std::string::npos);

  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes.substr(0, bytes.size() / 2);
  EXPECT_EQ(Tagger::Load(path).status().code(), Status::Code::kCorruption);
  EXPECT_EQ(Parser::Load(dir + "/missing.parser").status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace tidings::syntax
