// The seed's actor checks: every entity of the "entities" part of
// ../shared/seed/000_f904fa01004484fa.gold.json is found with its kind, actor
// and country, and each of its listed mentions is the text of one of its
// mentions.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "support/seed.h"
#include "tidings/extract.h"

namespace tidings {
namespace {

class SeedActors : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!testing::SeedAvailable()) GTEST_SKIP() << "shared seed not available";
    gold_ = testing::SeedGold().at("entities");
    doc_ = &testing::AnnotatedSeed();
  }

  // The entity named `name`, or one of whose mentions reads `name`.
  const Entity* Find(const std::string& name) const {
    for (const Entity& e : doc_->entities)
      if (e.name == name) return &e;
    for (const Entity& e : doc_->entities)
      for (std::uint32_t m : e.mentions)
        if (doc_->text(doc_->mentions[m].span) == name) return &e;
    return nullptr;
  }

  std::string Describe() const {
    std::string all;
    for (const Entity& e : doc_->entities) {
      all += e.id + " " + e.name + " [" + std::string(MentionKindName(e.kind)) + " " + e.actor + " " + e.country +
             "]:";
      for (std::uint32_t m : e.mentions) all += " '" + std::string(doc_->text(doc_->mentions[m].span)) + "'";
      all += "\n";
    }
    return all;
  }

  nlohmann::json gold_;
  const Document* doc_ = nullptr;
};

TEST_F(SeedActors, EveryGoldEntityIsFoundWithItsKindActorAndCountry) {
  for (const nlohmann::json& g : gold_) {
    const std::string name = g.at("name").get<std::string>();
    const Entity* e = Find(name);
    ASSERT_NE(e, nullptr) << name << " not found in\n" << Describe();
    EXPECT_EQ(MentionKindName(e->kind), g.at("kind").get<std::string>()) << name;
    if (g.contains("actor")) EXPECT_EQ(e->actor, g.at("actor").get<std::string>()) << name;
    if (g.contains("country")) EXPECT_EQ(e->country, g.at("country").get<std::string>()) << name;
  }
}

TEST_F(SeedActors, NamesSurnamesTitlesAndDescriptorsCoreferToTheirEntity) {
  for (const nlohmann::json& g : gold_) {
    if (!g.contains("mentions_include")) continue;
    const std::string name = g.at("name").get<std::string>();
    const Entity* e = Find(name);
    ASSERT_NE(e, nullptr) << name;
    for (const nlohmann::json& wanted : g.at("mentions_include")) {
      bool found = false;
      for (std::uint32_t m : e->mentions) found |= doc_->text(doc_->mentions[m].span) == wanted.get<std::string>();
      EXPECT_TRUE(found) << name << ": no mention '" << wanted.get<std::string>() << "' in\n" << Describe();
    }
  }
}

TEST_F(SeedActors, EntityIdsFollowFirstMentionOrder) {
  std::uint32_t previous = 0;
  for (std::size_t i = 0; i < doc_->entities.size(); ++i) {
    EXPECT_EQ(doc_->entities[i].id, "e" + std::to_string(i + 1));
    ASSERT_FALSE(doc_->entities[i].mentions.empty());
    EXPECT_GE(doc_->entities[i].mentions.front(), previous);
    previous = doc_->entities[i].mentions.front();
  }
}

}  // namespace
}  // namespace tidings
