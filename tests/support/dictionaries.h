// Pipelines over small dictionaries a test writes itself: the texts of the
// actor, agent, verb and PICO files (PETRARCH or TABARI formats) go to this
// test process's scratch folder and load through PipelineOptions::petrarch,
// the way a user's own dictionaries do. An empty text means no such file.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/scratch.h"
#include "tidings/pipeline.h"

namespace tidings::testing {

struct DictionaryTexts {
  std::string actors, agents, verbs, pico;
};

// Loads the pipeline; a load error or a dictionary warning fails the calling test.
inline Pipeline LoadWithDictionaries(const std::string& scratch_name, const DictionaryTexts& texts) {
  const std::filesystem::path dir = ScratchPath(scratch_name);
  std::filesystem::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& text, std::vector<std::string>& paths) {
    if (text.empty()) return;
    std::ofstream(dir / name) << text;
    paths.push_back((dir / name).string());
  };
  PipelineOptions options;
  // The coder's reading is under test: events naming a target alone stay, as in the validation suites.
  options.events.keep_sourceless = true;
  write("actors.txt", texts.actors, options.petrarch.actors);
  write("agents.txt", texts.agents, options.petrarch.agents);
  write("verbs.txt", texts.verbs, options.petrarch.verbs);
  write("pico.txt", texts.pico, options.petrarch.pico);
  Result<Pipeline> loaded = Pipeline::Load(options);
  EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
  if (loaded.ok()) {
    EXPECT_TRUE(loaded->warnings().empty()) << loaded->warnings().front();
  }
  return std::move(loaded).value();
}

// "SRC/TGT/CODE" per event of `doc` and pair of its actors, "-" for a side without one.
inline std::vector<std::string> EventTriples(const Document& doc) {
  std::vector<std::string> out;
  const EventActor none{{}, -1, "-"};
  for (const Event& e : doc.events)
    for (const EventActor& s : e.sources.empty() ? std::vector<EventActor>{none} : e.sources)
      for (const EventActor& t : e.targets.empty() ? std::vector<EventActor>{none} : e.targets)
        out.push_back(s.actor + "/" + t.actor + "/" + e.cameo);
  return out;
}

}  // namespace tidings::testing
