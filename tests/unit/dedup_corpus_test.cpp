#include "eval/dedup_corpus.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

#include "tidings/near_duplicates.h"

namespace tidings {
namespace {

// A source of `paragraphs` paragraphs of 60 words each, words unique to `seed`.
SourceArticle MadeUpSource(std::uint32_t seed, int paragraphs = 5, std::string site = "example.org") {
  std::mt19937 random(seed);
  SourceArticle source{std::move(site), "Headline " + std::to_string(seed) + " about the talks", {}};
  for (int p = 0; p < paragraphs; ++p) {
    std::string paragraph;
    for (int w = 0; w < 60; ++w) paragraph += "s" + std::to_string(seed) + "w" + std::to_string(random() % 3000) + (w % 12 == 11 ? ". " : " ");
    source.paragraphs.push_back(paragraph);
  }
  return source;
}

std::vector<SourceArticle> MadeUpSources(int count) {
  std::vector<SourceArticle> sources;
  for (int i = 0; i < count; ++i) sources.push_back(MadeUpSource(i + 1, 3 + i % 4, i % 2 ? "a.example" : "b.example"));
  return sources;
}

TEST(DistinctSources, DropsShortSourcesAndCopiesOfEarlierOnes) {
  SourceArticle original = MadeUpSource(1);
  SourceArticle copy = original;
  copy.title = "Another headline";
  copy.paragraphs.pop_back();
  SourceArticle short_one = MadeUpSource(2, 1);
  const std::vector<SourceArticle> kept = DistinctSources({original, short_one, copy, MadeUpSource(3)});
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].title, original.title);
  EXPECT_EQ(kept[1].title, MadeUpSource(3).title);
}

TEST(GenerateDedupCorpus, IsDeterministicForASeedAndChangesWithIt) {
  const std::vector<SourceArticle> sources = MadeUpSources(24);
  const std::vector<CorpusDocument> a = GenerateDedupCorpus(sources, 7), b = GenerateDedupCorpus(sources, 7);
  const std::vector<CorpusDocument> c = GenerateDedupCorpus(sources, 8);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].text, b[i].text);
  bool differs = a.size() != c.size();
  for (std::size_t i = 0; !differs && i < a.size(); ++i) differs = a[i].text != c[i].text;
  EXPECT_TRUE(differs);
}

TEST(GenerateDedupCorpus, MakesEveryKindOfCopyPerBaseAndLoneHardNegatives) {
  const std::vector<SourceArticle> sources = MadeUpSources(24);  // 20 bases, a pool of 4
  const std::vector<CorpusDocument> documents = GenerateDedupCorpus(sources, 7);
  std::map<std::string, int> kinds;
  std::map<int, std::set<std::string>> kinds_of_group;
  for (const CorpusDocument& document : documents) {
    ++kinds[document.kind];
    kinds_of_group[document.group].insert(document.kind);
  }
  for (const char* kind : {"original", "case-spacing", "header-footer", "truncated", "edited", "retitled", "wire-copy"}) {
    EXPECT_EQ(kinds[kind], 20) << kind;
  }
  EXPECT_EQ(kinds["moved"], 20);  // every made-up source has sentences to move
  EXPECT_EQ(kinds["follow-up"], 2);
  EXPECT_EQ(kinds["boilerplate-sibling"], 0);  // needs four pool sources beyond the follow-up bodies
  for (const auto& [group, group_kinds] : kinds_of_group) {
    if (group_kinds.count("original")) {
      EXPECT_EQ(group_kinds.size(), 8u);
    } else {
      EXPECT_EQ(group_kinds.size(), 1u);
    }
  }
}

TEST(GenerateDedupCorpus, CopiesResembleTheirOriginalAndNegativesDoNot) {
  const std::vector<SourceArticle> sources = MadeUpSources(60);  // 50 bases, a pool of 10
  const std::vector<CorpusDocument> documents = GenerateDedupCorpus(sources, 11);
  std::map<int, Signature> originals;
  for (const CorpusDocument& document : documents) {
    if (document.kind == "original") originals[document.group] = SignText(document.text);
  }
  int siblings = 0;
  for (const CorpusDocument& document : documents) {
    const Signature signature = SignText(document.text);
    if (originals.count(document.group)) {
      EXPECT_GE(Similarity(signature, originals[document.group]), 0.4) << document.kind;
    } else {
      siblings += document.kind == "boilerplate-sibling";
      for (const auto& [group, original] : originals) EXPECT_LT(Similarity(signature, original), 0.4) << document.kind;
    }
  }
  EXPECT_EQ(siblings, 3);
}

}  // namespace
}  // namespace tidings
