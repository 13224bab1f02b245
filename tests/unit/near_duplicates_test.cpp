#include "tidings/near_duplicates.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <sstream>

namespace tidings {
namespace {

// `count` words drawn from a vocabulary of `vocabulary` words, fixed seed.
std::vector<std::string> RandomWords(int count, std::uint32_t seed, int vocabulary = 5000) {
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> pick(0, vocabulary - 1);
  std::vector<std::string> words;
  for (int i = 0; i < count; ++i) words.push_back("w" + std::to_string(pick(random)));
  return words;
}

std::string Join(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : " ") + word;
  return text;
}

// The true Jaccard similarity of the two word lists' 4-word shingle sets.
double ShingleJaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  auto shingles = [](const std::vector<std::string>& words) {
    std::set<std::string> out;
    for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
      out.insert(words[i] + " " + words[i + 1] + " " + words[i + 2] + " " + words[i + 3]);
    }
    return out;
  };
  const std::set<std::string> sa = shingles(a), sb = shingles(b);
  std::size_t common = 0;
  for (const std::string& s : sa) common += sb.count(s);
  return double(common) / double(sa.size() + sb.size() - common);
}

TEST(NormalizeForDuplicates, FoldsCaseAndTurnsEveryNonWordRunIntoOneSpace) {
  EXPECT_EQ(NormalizeForDuplicates("  Hello,  WORLD!!\n\tThe U.S.-led talks... "), "hello world the u s led talks");
  EXPECT_EQ(NormalizeForDuplicates("ÉCOLE Straße «ΣΟΦΊΑ» 2026"), "école straße σοφία 2026");
  EXPECT_EQ(NormalizeForDuplicates("Kim\u2019s \u00a0letter\u2014today"), "kim s letter today");
  EXPECT_EQ(NormalizeForDuplicates("...!?"), "");
}

TEST(NormalizeForDuplicates, InvalidUtf8BytesBreakWordsInsteadOfFailing) {
  EXPECT_EQ(NormalizeForDuplicates("ab\xff" "cd \xc3"), "ab cd");
}

TEST(SignText, TextsEqualUpToCasePunctuationAndSpacingAreExactCopies) {
  const Signature a = SignText("Russia and China signed the agreement on Monday.");
  const Signature b = SignText("RUSSIA and  China signed the agreement -- on Monday");
  EXPECT_EQ(a.exact, b.exact);
  EXPECT_EQ(a, b);
  EXPECT_EQ(Similarity(a, b), 1.0);
  EXPECT_NE(a.exact, SignText("Russia and China signed the agreement on Tuesday.").exact);
}

TEST(SignText, IsDeterministicAndCountsShinglePositions) {
  const std::string text = Join(RandomWords(300, 1));
  EXPECT_EQ(SignText(text), SignText(text));
  EXPECT_EQ(SignText(text).shingles, 300u - kShingleWords + 1);
}

TEST(Similarity, EstimatesTheJaccardSimilarityOfShingleSets) {
  const std::vector<std::string> base = RandomWords(600, 2);
  for (int edits : {5, 20, 60, 150}) {
    std::vector<std::string> copy = base;
    std::mt19937 random(edits);
    for (int i = 0; i < edits; ++i) copy[random() % copy.size()] = "edit" + std::to_string(i);
    const double truth = ShingleJaccard(base, copy);
    const double estimate = Similarity(SignText(Join(base)), SignText(Join(copy)));
    EXPECT_NEAR(estimate, truth, 0.12) << edits << " edits";
  }
}

TEST(Similarity, UnrelatedTextsAndWordlessTextsScoreNearZero) {
  const Signature a = SignText(Join(RandomWords(400, 3)));
  const Signature b = SignText(Join(RandomWords(400, 4)));
  EXPECT_LT(Similarity(a, b), 0.05);
  const Signature empty = SignText(" -- ");
  EXPECT_EQ(empty.shingles, 0u);
  EXPECT_EQ(Similarity(a, empty), 0.0);
  EXPECT_EQ(Similarity(empty, SignText("!!")), 1.0);
}

TEST(Similarity, TextsShorterThanOneShingleAreComparedWhole) {
  EXPECT_EQ(Similarity(SignText("Hello there"), SignText("hello, there!")), 1.0);
  EXPECT_LT(Similarity(SignText("Hello there"), SignText("hello world")), 0.1);
}

TEST(BandKeys, MixTheBandIndexSoEqualBandsInDifferentPlacesDiffer) {
  Signature constant;
  constant.shingles = 1;
  constant.mins.fill(7);
  const std::vector<std::uint64_t> keys = BandKeys(constant);
  ASSERT_EQ(keys.size(), static_cast<std::size_t>(kBands));
  EXPECT_EQ(std::set<std::uint64_t>(keys.begin(), keys.end()).size(), keys.size());
}

TEST(BandKeys, NearDuplicatesShareAKeyAndUnrelatedTextsDoNot) {
  std::vector<std::string> base = RandomWords(500, 5), copy = base;
  copy[100] = "changed";
  copy.erase(copy.begin() + 400, copy.end());
  const std::vector<std::uint64_t> a = BandKeys(SignText(Join(base)));
  const std::vector<std::uint64_t> b = BandKeys(SignText(Join(copy)));
  const std::vector<std::uint64_t> c = BandKeys(SignText(Join(RandomWords(500, 6))));
  int shared_with_copy = 0, shared_with_unrelated = 0;
  for (int band = 0; band < kBands; ++band) {
    shared_with_copy += a[band] == b[band];
    shared_with_unrelated += a[band] == c[band];
  }
  EXPECT_GT(shared_with_copy, 0);
  EXPECT_EQ(shared_with_unrelated, 0);
}

TEST(SignatureBytes, RoundTripAndRejectWrongSizeOrVersionByName) {
  const Signature signature = SignText("The ministry said the talks would resume next week.");
  const std::string bytes = SerializeSignature(signature);
  ASSERT_EQ(bytes.size(), kSignatureBytes);
  Result<Signature> parsed = ParseSignature(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(*parsed, signature);

  Result<Signature> short_blob = ParseSignature(std::string_view(bytes).substr(0, 100));
  ASSERT_FALSE(short_blob.ok());
  EXPECT_NE(short_blob.status().message().find("100 bytes"), std::string::npos);
  std::string other_version = bytes;
  other_version[0] = 9;
  Result<Signature> versioned = ParseSignature(other_version);
  ASSERT_FALSE(versioned.ok());
  EXPECT_NE(versioned.status().message().find("version 9"), std::string::npos);
}

TEST(SignatureBytes, AreLittleEndianWithTheVersionFirst) {
  Signature signature;
  signature.exact = 0x0102030405060708ull;
  signature.shingles = 0x0A0B0C0D;
  const std::string bytes = SerializeSignature(signature);
  EXPECT_EQ(bytes[0], 1);
  EXPECT_EQ(bytes[1], 0x08);
  EXPECT_EQ(bytes[8], 0x01);
  EXPECT_EQ(bytes[9], 0x0D);
}

TEST(NearDuplicateIndex, AddReturnsEarlierCopiesAndClustersLinkThemTransitively) {
  const std::vector<std::string> story = RandomWords(400, 7);
  std::vector<std::string> trimmed(story.begin(), story.begin() + 320);
  std::vector<std::string> retitled = story;
  retitled.insert(retitled.begin(), {"exclusive", "leaders", "meet", "in", "moscow"});
  std::vector<std::string> edited = trimmed;
  for (int i = 0; i < 300; i += 50) edited[i] = "edited";

  NearDuplicateIndex index;
  EXPECT_TRUE(index.Add(10, SignText(Join(story))).empty());
  EXPECT_TRUE(index.Add(20, SignText(Join(RandomWords(400, 8)))).empty());
  EXPECT_EQ(index.Add(30, SignText(Join(trimmed))), (std::vector<std::uint64_t>{10}));
  EXPECT_EQ(index.Add(40, SignText(Join(retitled))), (std::vector<std::uint64_t>{10, 30}));
  EXPECT_FALSE(index.Add(50, SignText(Join(edited))).empty());
  EXPECT_TRUE(index.Add(60, SignText(Join(RandomWords(50, 9)))).empty());
  EXPECT_EQ(index.Add(70, SignText(Join(RandomWords(50, 9)))), (std::vector<std::uint64_t>{60}));

  EXPECT_EQ(index.size(), 7u);
  EXPECT_EQ(index.Clusters(), (std::vector<std::vector<std::uint64_t>>{{10, 30, 40, 50}, {60, 70}}));
}

TEST(NearDuplicateIndex, ChainsOfCopiesFormOneClusterEvenWhenTheEndsDiffer) {
  const std::vector<std::string> words = RandomWords(900, 10);
  auto window = [&](int i) { return SignText(Join({words.begin() + 100 * i, words.begin() + 100 * i + 600})); };
  // Windows sliding by 100 words: neighbours share 500 of 600 words, the ends only 300.
  ASSERT_FALSE(AreNearDuplicates(window(0), window(3)));
  NearDuplicateIndex index;
  for (int i = 0; i < 4; ++i) index.Add(i, window(i));
  EXPECT_EQ(index.Clusters(), (std::vector<std::vector<std::uint64_t>>{{0, 1, 2, 3}}));
}

}  // namespace
}  // namespace tidings
