// NameTagger: finds the names of people, organizations and places in a
// sentence, including names the actor knowledge has never seen ("Mr. Orlov",
// "Tallinn Shipyards", "Port Vesk").
//
// A greedy left-to-right BIO tagger over an averaged perceptron
// (syntax/perceptron.h). It reads each word's form, shape, prefixes and
// suffixes, capitalisation, its neighbours two either side, the part of
// speech the syntax stage gave it, whether the actor knowledge holds it
// (a person, state, demonym, capital, organization, outlet or title, and
// whether it is a known first name), where it sits in the sentence, whether
// the sentence is written in capitals (a headline), and the labels it has
// already chosen. The shipped model is trained on MEANTIME
// (data/models/README.md; `tidings train ner`). Cost: linear in the words,
// about twenty-five hash probes per word and nine rows of precomputed sums;
// of its twenty-five keys, eight are hashed for a word a NameTaggerMemo has
// seen.
//
// A NameTagger is immutable once trained or loaded and may be shared by threads.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/actor_gazetteer.h"
#include "annotate/actor_knowledge.h"
#include "syntax/perceptron.h"
#include "tidings/status.h"

namespace tidings {

struct SyntaxModel;

enum class NameType : std::uint8_t { kPerson, kOrganization, kLocation };

// "PER", "ORG", "LOC" (the CoNLL names).
const char* NameTypeLabel(NameType type);

struct NameSpan {
  std::uint32_t first = 0;  // token range [first, end)
  std::uint32_t end = 0;
  NameType type = NameType::kPerson;
  bool operator==(const NameSpan&) const = default;
};

// Gold names of one sentence (the training and scoring shape).
struct NameSentence {
  std::vector<std::string> words;
  std::vector<NameSpan> names;  // in text order, never overlapping
};

struct NameDocument {
  std::string name;
  std::vector<NameSentence> sentences;
};

// One sentence as the tagger reads it: tokens [first, end) of `tokens` and
// their universal parts of speech (upos[i - first]; empty strings when the
// syntax stage did not run).
struct NameTaggerInput {
  const TokenView* tokens = nullptr;
  std::uint32_t first = 0;
  std::uint32_t end = 0;
  std::span<const std::string_view> upos;
};

struct NameTaggerOptions {
  int epochs = 10;
  std::uint32_t seed = 1;    // order of sentences in each epoch
  float min_weight = 0.05f;  // averaged weights below are dropped from the model
};

struct NameTaggerTables;
struct NameTaggerWords;

// What Tag() works out for each distinct word of one text and keeps for the
// sentences after: the word's hashed forms, whether it is a first name, and
// the keys of the seventeen templates that read the word alone (its form,
// affixes and shape, as the word scored or as a neighbour one or two words
// away). A news article repeats over half of its words, which are then not
// hashed again. It holds views of the tokens' text, which must outlive it.
// One per text (a Document), not shared between threads; used with other
// knowledge it starts afresh.
class NameTaggerMemo {
 public:
  NameTaggerMemo();
  ~NameTaggerMemo();
  NameTaggerMemo(const NameTaggerMemo&) = delete;
  NameTaggerMemo& operator=(const NameTaggerMemo&) = delete;

 private:
  friend class NameTagger;
  std::unique_ptr<NameTaggerWords> words_;
};

class NameTagger {
 public:
  // The names of the sentence, in text order, as absolute token ranges.
  // `memo` (may be null) carries the per-word work over to the next
  // sentences of the same text; the names are the same either way.
  std::vector<NameSpan> Tag(const NameTaggerInput& sentence, const ActorKnowledge& knowledge,
                            NameTaggerMemo* memo = nullptr) const;

  std::size_t features() const { return model_.features(); }

  Status Save(const std::string& path) const;
  static Result<NameTagger> Load(const std::string& path);

 private:
  friend Result<NameTagger> TrainNameTagger(const std::vector<NameDocument>&, const ActorKnowledge&,
                                            const SyntaxModel&, const NameTaggerOptions&);
  syntax::PerceptronModel model_;
  // The weights of the templates over a few values each (parts of speech,
  // knowledge kinds, flags, labels) summed per combination when the model
  // is set: 16 of a word's 41 keys are then read from rows rather than
  // hashed and looked up. Null when no model is set.
  std::shared_ptr<const NameTaggerTables> tables_;
};

// Learns a tagger from gold sentences, tagging their words with `syntax`
// and looking them up in `knowledge` exactly as Tag() will.
Result<NameTagger> TrainNameTagger(const std::vector<NameDocument>& docs, const ActorKnowledge& knowledge,
                                   const SyntaxModel& syntax, const NameTaggerOptions& options);

// The model file the pipeline loads: `models_dir`/names.ner.
std::string NameTaggerPath(const std::string& models_dir);

}  // namespace tidings
