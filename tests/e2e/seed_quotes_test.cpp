// The seed's quotation checks: every quote of the "quotes" part of
// ../shared/seed/000_f904fa01004484fa.gold.json, found on the extracted,
// segmented and actor-annotated seed text, its speaker resolved to the gold
// entity ("the Chinese leader" is Xi Jinping, "the publication" KCNA).
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "support/seed.h"
#include "tidings/extract.h"

namespace tidings {
namespace {

class SeedQuotes : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!testing::SeedAvailable()) GTEST_SKIP() << "shared seed not available";
    gold_ = testing::SeedGold().at("quotes");
    doc_ = &testing::AnnotatedSeed();
  }

  // The quote whose content starts with `starts` (direct) or holds it
  // (indirect: the clause may open with "that" or a subject).
  const Quote* Find(const std::string& starts) const {
    for (const Quote& q : doc_->quotes) {
      const std::string_view text = doc_->text(q.span);
      if (text.starts_with(starts) || text.find(starts) != std::string_view::npos) return &q;
    }
    return nullptr;
  }

  std::string EntityName(std::int32_t entity) const {
    return entity >= 0 ? doc_->entities[entity].name : std::string("(none)");
  }

  std::string Describe() const {
    std::string out;
    for (const Quote& q : doc_->quotes)
      out += std::string(QuoteKindName(q.kind)) + " [" + std::string(doc_->text(q.speaker)) + " = " +
             EntityName(q.speaker_entity) + "] [" +
             std::string(doc_->text(q.cue)) + "] " + std::string(doc_->text(q.span).substr(0, 60)) + "\n";
    return out;
  }

  nlohmann::json gold_;
  const Document* doc_ = nullptr;
};

TEST_F(SeedQuotes, EveryGoldQuoteIsFoundWithKindCueAndSpeakerEntity) {
  ASSERT_FALSE(gold_.empty());
  for (const nlohmann::json& g : gold_) {
    const std::string starts = g.at("starts");
    SCOPED_TRACE(starts);
    const Quote* q = Find(starts);
    ASSERT_NE(q, nullptr) << Describe();
    EXPECT_EQ(QuoteKindName(q->kind), g.at("kind").get<std::string>());
    EXPECT_EQ(doc_->text(q->cue), g.at("cue").get<std::string>());
    EXPECT_EQ(EntityName(q->speaker_entity), g.at("speaker").get<std::string>())
        << "speaker span: " << doc_->text(q->speaker);
  }
}

TEST_F(SeedQuotes, DirectQuotesStartAtTheirFirstWord) {
  for (const nlohmann::json& g : gold_) {
    if (g.at("kind") != "direct") continue;
    const Quote* q = Find(g.at("starts"));
    ASSERT_NE(q, nullptr) << g.at("starts");
    EXPECT_TRUE(doc_->text(q->span).starts_with(g.at("starts").get<std::string>())) << doc_->text(q->span);
  }
}

TEST_F(SeedQuotes, RelaysAreTheEntitiesThatPassedTheWordsOn) {
  for (const nlohmann::json& g : gold_) {
    if (!g.contains("relayed_by")) continue;
    const Quote* q = Find(g.at("starts"));
    ASSERT_NE(q, nullptr) << g.at("starts");
    for (const nlohmann::json& relay : g.at("relayed_by")) {
      const std::string name = relay;
      bool found = false;
      for (std::size_t i = 0; i < q->relayed_by.size(); ++i) {
        found |= EntityName(q->relayed_by_entities[i]) == name;
      }
      EXPECT_TRUE(found) << name;
    }
  }
}

TEST_F(SeedQuotes, ScareQuotesAreNotQuotations) {
  for (const Quote& q : doc_->quotes) EXPECT_NE(doc_->text(q.span), "courage");
}

}  // namespace
}  // namespace tidings
