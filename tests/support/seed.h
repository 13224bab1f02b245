// The reference input (../shared/seed) and its gold reading, shared by the
// seed tests: loaded once, extracted once, annotated by the real pipeline.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "support/bundled_pipeline.h"
#include "tidings/pipeline.h"

namespace tidings::testing {

inline constexpr const char* kSeedText = TIDINGS_SHARED_DIR "/seed/000_f904fa01004484fa.txt";
inline constexpr const char* kSeedGold = TIDINGS_SHARED_DIR "/seed/000_f904fa01004484fa.gold.json";

inline std::string ReadWholeFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

inline bool SeedAvailable() { return std::ifstream(kSeedText) && std::ifstream(kSeedGold); }

// The gold reading; call only when SeedAvailable().
inline const nlohmann::json& SeedGold() {
  static const nlohmann::json gold = nlohmann::json::parse(ReadWholeFile(kSeedGold));
  return gold;
}

// The seed as the readers hand it over: a scraped plain-text record.
inline Record SeedRecord() {
  Record record;
  record.input = kSeedText;
  record.kind = PayloadKind::kText;
  record.payload = ReadWholeFile(kSeedText);
  return record;
}

// The seed extracted and annotated by every stage; call only when SeedAvailable().
inline const Document& AnnotatedSeed() {
  static const Document* doc = [] {
    Result<Document> annotated = BundledPipeline().Annotate(SeedRecord());
    EXPECT_TRUE(annotated.ok()) << annotated.status().ToString();
    return new Document(std::move(annotated).value());
  }();
  return *doc;
}

}  // namespace tidings::testing
