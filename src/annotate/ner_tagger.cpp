#include "annotate/ner_tagger.h"

#include <algorithm>
#include <array>
#include <memory>
#include <random>
#include <string_view>

#include <fmt/format.h>

#include "annotate/actor_names.h"
#include "syntax/features.h"
#include "syntax/syntax_model.h"

namespace tidings {
namespace {

using syntax::FeatureKey;
using syntax::HashText;
using syntax::WordKeys;

// Labels: O, then B and I of each NameType in enum order.
constexpr int kOutside = 0;
constexpr int kLabels = 7;
int BeginLabel(NameType t) { return 1 + 2 * static_cast<int>(t); }
bool IsInside(int label) { return label > 0 && label % 2 == 0; }
NameType LabelType(int label) { return static_cast<NameType>((label - 1) / 2); }

constexpr std::size_t kMaxFeatures = 64;
constexpr std::uint64_t kNoLabel = 99;

// What the actor knowledge says of a word: the kind of the longest phrase
// covering it, and whether the word begins that phrase.
enum Known : std::uint8_t {
  kUnknown,
  kKnownPerson,
  kKnownState,
  kKnownOrganization,
  kKnownMedia,
  kKnownPlace,
  kKnownDemonym,
  kKnownCapital,
  kKnownMetonym,
  kKnownDescriptor,
  kKnownTitle,
};

Known KnownKind(const ActorKnowledge& knowledge, const std::vector<std::uint32_t>& payloads) {
  Known best = kUnknown;
  for (std::uint32_t p : payloads) {
    const PhraseTarget& t = knowledge.target(p);
    if (t.type != PhraseTarget::Type::kActor) {
      if (best == kUnknown) best = kKnownTitle;
      continue;
    }
    switch (t.form) {
      case AliasForm::kName:
        switch (knowledge.actors()[t.index].kind) {
          case MentionKind::kPerson: return kKnownPerson;
          case MentionKind::kState: return kKnownState;
          case MentionKind::kOrganization: return kKnownOrganization;
          case MentionKind::kMedia: return kKnownMedia;
          case MentionKind::kPlace: return kKnownPlace;
          case MentionKind::kRole: best = kKnownTitle; break;
        }
        break;
      case AliasForm::kDemonym: best = kKnownDemonym; break;
      case AliasForm::kCapital: best = kKnownCapital; break;
      case AliasForm::kGovMetonym: best = kKnownMetonym; break;
      case AliasForm::kDescriptor: best = kKnownDescriptor; break;
    }
  }
  return best;
}

// A word's neighbour outside the sentence.
constexpr std::uint64_t kOutOfRange = 0x5eed;

// The templates over a few values each (parts of speech, knowledge kinds,
// first-name bits, word flags, the headline bit, labels): NameTaggerTables holds
// their weight sums for every combination, so Tag() adds a row for them
// instead of hashing and probing each (integer sums: the same scores).
bool IsTabledTemplate(std::uint32_t t) {
  return t == 1 || (t >= 19 && t <= 28) || t == 31 || t == 32 || t == 33 || t == 38 || t == 41;
}
enum class FeaturePart { kAll, kUntabled };

// The keys of the templates that read one word alone (given whether its
// sentence is in capitals): as the word scored (templates 2, 3, 8-15, 30)
// and as a neighbour of the word scored (4-7, 16, 17).
struct WordTemplateKeys {
  enum Own {
    kLower, kForm, kPrefix1, kPrefix2, kPrefix3, kSuffix1, kSuffix2, kSuffix3, kSuffix4, kShapeCaps, kCapsLower, kOwnKeys
  };
  enum Neighbour { kBefore, kAfter, kTwoBefore, kTwoAfter, kShapeBefore, kShapeAfter, kNeighbourKeys };
  std::array<std::uint64_t, kOwnKeys> own;
  std::array<std::uint64_t, kNeighbourKeys> neighbour;
};

// Those keys of word `w` (kOutOfRange lower and shape: of a word outside the sentence).
WordTemplateKeys TemplateKeysOf(const WordKeys& w, std::uint64_t caps) {
  return {{FeatureKey(2, w.lower), FeatureKey(3, w.form), FeatureKey(8, w.prefix[0]), FeatureKey(9, w.prefix[1]),
           FeatureKey(10, w.prefix[2]), FeatureKey(11, w.suffix[0]), FeatureKey(12, w.suffix[1]),
           FeatureKey(13, w.suffix[2]), FeatureKey(14, w.suffix[3]), FeatureKey(15, w.shape, caps),
           FeatureKey(30, caps, w.lower)},
          {FeatureKey(4, w.lower), FeatureKey(5, w.lower), FeatureKey(6, w.lower), FeatureKey(7, w.lower),
           FeatureKey(16, w.shape, caps), FeatureKey(17, w.shape, caps)}};
}

// The values a word's part of speech hashes to that the tables cover: out
// of the sentence, no tags (no syntax stage), an empty tag, the universal
// tags. Index kNoIndex: any other.
const std::array<std::uint64_t, 20>& TabledUpos() {
  static const std::array<std::uint64_t, 20> values = [] {
    std::array<std::uint64_t, 20> v{kOutOfRange, 0, HashText("")};
    constexpr std::array<std::string_view, 17> kTags = {"ADJ",   "ADP", "ADV",  "AUX",  "CCONJ", "DET",
                                                         "INTJ",  "NOUN", "NUM", "PART", "PRON",  "PROPN",
                                                         "PUNCT", "SCONJ", "SYM", "VERB", "X"};
    for (std::size_t i = 0; i < kTags.size(); ++i) v[3 + i] = HashText(kTags[i]);
    return v;
  }();
  return values;
}
constexpr std::uint8_t kNoIndex = 0xff;
constexpr std::size_t kUposValues = 20;
// Knowledge values: kind * 2 + inside (below 2 * (kKnownTitle + 1)), then out of the sentence.
constexpr std::size_t kKnownValues = 2 * (kKnownTitle + 1) + 1;
constexpr std::size_t kFlagValues = 32;  // every combination of syntax::kHasDigit ... kTitle
constexpr std::size_t kLabelValues = kLabels + 1;  // a label, then none (kNoLabel)

std::size_t LabelIndex(std::uint64_t label) { return label == kNoLabel ? kLabels : label; }

std::uint8_t UposIndex(std::uint64_t value) {
  const auto& values = TabledUpos();
  const auto it = std::find(values.begin(), values.end(), value);
  return it == values.end() ? kNoIndex : static_cast<std::uint8_t>(it - values.begin());
}

}  // namespace

// The distinct words of one text, each with what the tagger reads of it
// alone: an open-addressing table over (text, capitals).
struct NameTaggerWords {
  struct Word {
    std::string_view text;
    bool capitals = false;  // of its sentence: templates 15-17 and 30 read it
    bool first_name = false;
    std::uint64_t hash = 0;
    syntax::WordKeys keys;
    WordTemplateKeys templates;
  };

  // The index of the word, added when new.
  std::uint32_t Find(std::string_view text, const std::string& folded, bool capitals, const ActorKnowledge& knowledge) {
    if (2 * (words.size() + 1) > slots.size()) Grow();
    const std::uint64_t hash = syntax::HashText(text) + capitals;
    const std::size_t mask = slots.size() - 1;
    for (std::size_t s = hash & mask;; s = (s + 1) & mask) {
      if (slots[s] == 0) {
        const WordKeys keys = syntax::MakeWordKeys(text);
        words.push_back({text, capitals, knowledge.IsFirstName(folded), hash, keys, TemplateKeysOf(keys, capitals)});
        slots[s] = static_cast<std::uint32_t>(words.size());
        return slots[s] - 1;
      }
      const Word& w = words[slots[s] - 1];
      if (w.hash == hash && w.capitals == capitals && w.text == text) return slots[s] - 1;
    }
  }

  void Grow() {
    slots.assign(std::max<std::size_t>(64, 2 * slots.size()), 0);
    words.reserve(slots.size() / 2);  // the words fit until the next Grow()
    const std::size_t mask = slots.size() - 1;
    for (std::uint32_t i = 0; i < words.size(); ++i) {
      std::size_t s = words[i].hash & mask;
      while (slots[s] != 0) s = (s + 1) & mask;
      slots[s] = i + 1;
    }
  }

  const ActorKnowledge* knowledge = nullptr;  // whose first names the words hold
  std::vector<Word> words;
  std::vector<std::uint32_t> slots;  // 1 + index into words, 0 when free; a power of two long
};

NameTaggerMemo::NameTaggerMemo() : words_(std::make_unique<NameTaggerWords>()) {}
NameTaggerMemo::~NameTaggerMemo() = default;

namespace {

// The per-word facts of one sentence, computed once before tagging; the
// words themselves are looked up in (and added to) `words`.
class SentenceFacts {
 public:
  SentenceFacts(const NameTaggerInput& in, const ActorKnowledge& knowledge, NameTaggerWords& words)
      : words_(words) {
    const std::uint32_t n = in.end - in.first;
    capitals_ = SentenceInCapitals(*in.tokens, in.first, in.end);
    WordKeys outside;
    outside.lower = outside.shape = kOutOfRange;
    outside_ = TemplateKeysOf(outside, capitals_).neighbour;
    index_.reserve(n);
    for (std::uint32_t i = in.first; i < in.end; ++i)
      index_.push_back(words.Find(in.tokens->text[i], in.tokens->folded[i], capitals_, knowledge));
    known_.assign(n, 0);
    std::vector<std::uint32_t> payloads;
    for (std::uint32_t i = in.first; i < in.end;) {
      const std::uint32_t len = knowledge.gazetteer().LongestMatch(*in.tokens, i, in.end, &payloads);
      if (len == 0) {
        ++i;
        continue;
      }
      const Known kind = KnownKind(knowledge, payloads);
      for (std::uint32_t k = 0; k < len; ++k) known_[i - in.first + k] = static_cast<std::uint8_t>(kind * 2 + (k > 0));
      i += len;
    }
    upos_.reserve(n);
    upos_index_.reserve(n);
    for (std::uint32_t k = 0; k < n; ++k) {
      upos_.push_back(k < in.upos.size() ? HashText(in.upos[k]) : 0);
      upos_index_.push_back(UposIndex(upos_.back()));
    }
  }

  std::uint32_t size() const { return static_cast<std::uint32_t>(index_.size()); }

  // The keys of word k given the two labels before it, those of `part`.
  std::size_t Features(std::int64_t k, std::uint64_t p1, std::uint64_t p2, std::uint64_t* keys,
                       FeaturePart part = FeaturePart::kAll) const {
    std::size_t n = 0;
    const auto add = [&](std::uint32_t t, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
      if (part == FeaturePart::kAll || !IsTabledTemplate(t)) keys[n++] = FeatureKey(t, a, b, c);
    };
    // The word templates' keys, hashed once per word (all untabled).
    const std::array<std::uint64_t, WordTemplateKeys::kOwnKeys>& own_keys = WordAt(k).templates.own;
    const auto own = [&](WordTemplateKeys::Own which) { keys[n++] = own_keys[which]; };
    const auto neighbour = [&](std::int64_t j, WordTemplateKeys::Neighbour which) {
      keys[n++] = In(j) ? WordAt(j).templates.neighbour[which] : outside_[which];
    };
    const WordKeys& w = WordAt(k).keys;
    const std::uint64_t caps = capitals_;
    add(1, 0);
    own(WordTemplateKeys::kLower);  // 2
    own(WordTemplateKeys::kForm);   // 3
    neighbour(k - 1, WordTemplateKeys::kBefore);     // 4: Lower(k - 1)
    neighbour(k + 1, WordTemplateKeys::kAfter);      // 5: Lower(k + 1)
    neighbour(k - 2, WordTemplateKeys::kTwoBefore);  // 6: Lower(k - 2)
    neighbour(k + 2, WordTemplateKeys::kTwoAfter);   // 7: Lower(k + 2)
    own(WordTemplateKeys::kPrefix1);    // 8
    own(WordTemplateKeys::kPrefix2);    // 9
    own(WordTemplateKeys::kPrefix3);    // 10
    own(WordTemplateKeys::kSuffix1);    // 11
    own(WordTemplateKeys::kSuffix2);    // 12
    own(WordTemplateKeys::kSuffix3);    // 13
    own(WordTemplateKeys::kSuffix4);    // 14
    own(WordTemplateKeys::kShapeCaps);  // 15
    neighbour(k - 1, WordTemplateKeys::kShapeBefore);  // 16: Shape(k - 1), caps
    neighbour(k + 1, WordTemplateKeys::kShapeAfter);   // 17: Shape(k + 1), caps
    add(18, Shape(k - 1), w.shape, Shape(k + 1));
    add(19, Upos(k));
    add(20, Upos(k - 1));
    add(21, Upos(k + 1));
    add(22, Upos(k - 1), Upos(k));
    add(23, Upos(k), Upos(k + 1));
    add(24, KnownAt(k));
    add(25, KnownAt(k - 1));
    add(26, KnownAt(k + 1));
    add(27, KnownAt(k), Upos(k));
    add(28, FirstName(k), FirstName(k - 1));
    add(29, k == 0, w.shape, caps);
    own(WordTemplateKeys::kCapsLower);  // 30
    add(31, caps, KnownAt(k), Upos(k));
    add(32, p1);
    add(33, p1, p2);
    add(34, p1, w.lower);
    add(35, p1, w.shape);
    add(36, Lower(k - 1), w.shape);
    add(37, w.shape, Lower(k + 1));
    add(38, p1, KnownAt(k));
    add(39, Lower(k - 1), Lower(k));
    add(40, Lower(k), Lower(k + 1));
    add(41, w.flags, caps);
    return n;
  }

  // Whether the tables cover word k: its tag and its neighbours' are ones they hold.
  bool InTables(std::int64_t k) const {
    return UposAt(k - 1) != kNoIndex && UposAt(k) != kNoIndex && UposAt(k + 1) != kNoIndex;
  }
  // Indices into the tables' values (Tabled(k) words only).
  std::size_t UposAt(std::int64_t k) const { return In(k) ? upos_index_[k] : 0; }
  std::size_t KnownIndex(std::int64_t k) const { return In(k) ? known_[k] : kKnownValues - 1; }
  std::size_t FirstNameAt(std::int64_t k) const { return FirstName(k); }
  std::size_t Flags(std::int64_t k) const { return WordAt(k).keys.flags; }
  std::size_t Capitals() const { return capitals_; }

 private:
  bool In(std::int64_t k) const { return k >= 0 && k < static_cast<std::int64_t>(index_.size()); }
  const NameTaggerWords::Word& WordAt(std::int64_t k) const { return words_.words[index_[k]]; }
  std::uint64_t Lower(std::int64_t k) const { return In(k) ? WordAt(k).keys.lower : kOutOfRange; }
  std::uint64_t Shape(std::int64_t k) const { return In(k) ? WordAt(k).keys.shape : kOutOfRange; }
  std::uint64_t Upos(std::int64_t k) const { return In(k) ? upos_[k] : kOutOfRange; }
  std::uint64_t KnownAt(std::int64_t k) const { return In(k) ? known_[k] : kOutOfRange; }
  std::uint64_t FirstName(std::int64_t k) const { return In(k) ? WordAt(k).first_name : 2; }

  const NameTaggerWords& words_;
  std::vector<std::uint32_t> index_;  // token -> word of words_
  std::array<std::uint64_t, WordTemplateKeys::kNeighbourKeys> outside_;  // the neighbour keys of a word outside
  std::vector<std::uint64_t> upos_;
  std::vector<std::uint8_t> upos_index_;  // into TabledUpos(), or kNoIndex
  std::vector<std::uint8_t> known_;
  bool capitals_ = false;
};

}  // namespace

// The weight sums of the tabled templates, one row per combination of
// their values, read from the model once.
struct NameTaggerTables {
  using Row = std::array<std::int32_t, kLabels>;
  std::vector<Row> word;          // [capitals][known][upos]: templates 1, 19, 24, 27, 31
  std::vector<Row> pos_before;    // [upos before][upos]: 20, 22
  std::vector<Row> pos_after;     // [upos][upos after]: 21, 23
  std::vector<Row> known_before;  // [known before]: 25
  std::vector<Row> known_after;   // [known after]: 26
  std::vector<Row> first_names;   // [first name][first name before, or 2]: 28
  std::vector<Row> flags;         // [flags][capitals]: 41
  std::vector<Row> labels;        // [label before][label before it]: 32, 33
  std::vector<Row> label_known;   // [label before][known]: 38
};

namespace {

NameTaggerTables::Row SumOf(const syntax::PerceptronModel& model, const std::vector<std::uint64_t>& keys) {
  NameTaggerTables::Row row;
  model.Score(keys, row.data());
  return row;
}

std::shared_ptr<const NameTaggerTables> BuildTables(const syntax::PerceptronModel& model) {
  auto t = std::make_shared<NameTaggerTables>();
  const auto& upos = TabledUpos();
  const auto known = [](std::size_t i) -> std::uint64_t { return i + 1 < kKnownValues ? i : kOutOfRange; };
  for (std::uint64_t caps = 0; caps < 2; ++caps)
    for (std::size_t kn = 0; kn < kKnownValues; ++kn)
      for (std::size_t u = 0; u < kUposValues; ++u)
        t->word.push_back(SumOf(model, {FeatureKey(1, 0), FeatureKey(19, upos[u]), FeatureKey(24, known(kn)),
                                        FeatureKey(27, known(kn), upos[u]), FeatureKey(31, caps, known(kn), upos[u])}));
  for (std::size_t a = 0; a < kUposValues; ++a)
    for (std::size_t b = 0; b < kUposValues; ++b) {
      t->pos_before.push_back(SumOf(model, {FeatureKey(20, upos[a]), FeatureKey(22, upos[a], upos[b])}));
      t->pos_after.push_back(SumOf(model, {FeatureKey(21, upos[b]), FeatureKey(23, upos[a], upos[b])}));
    }
  for (std::size_t kn = 0; kn < kKnownValues; ++kn) {
    t->known_before.push_back(SumOf(model, {FeatureKey(25, known(kn))}));
    t->known_after.push_back(SumOf(model, {FeatureKey(26, known(kn))}));
  }
  for (std::uint64_t f = 0; f < 2; ++f)
    for (std::uint64_t before = 0; before < 3; ++before) t->first_names.push_back(SumOf(model, {FeatureKey(28, f, before)}));
  for (std::uint64_t flags = 0; flags < kFlagValues; ++flags)
    for (std::uint64_t caps = 0; caps < 2; ++caps) t->flags.push_back(SumOf(model, {FeatureKey(41, flags, caps)}));
  const auto label = [](std::size_t i) -> std::uint64_t { return i < kLabels ? i : kNoLabel; };
  for (std::size_t p1 = 0; p1 < kLabelValues; ++p1) {
    for (std::size_t p2 = 0; p2 < kLabelValues; ++p2)
      t->labels.push_back(SumOf(model, {FeatureKey(32, label(p1)), FeatureKey(33, label(p1), label(p2))}));
    for (std::size_t kn = 0; kn < kKnownValues; ++kn)
      t->label_known.push_back(SumOf(model, {FeatureKey(38, label(p1), known(kn))}));
  }
  return t;
}

// Adds the rows of word k (facts.InTables(k)) after labels p1, p2 to `scores`.
void AddTabled(const NameTaggerTables& t, const SentenceFacts& f, std::int64_t k, std::uint64_t p1, std::uint64_t p2,
               std::int32_t* scores) {
  const NameTaggerTables::Row* rows[] = {
      &t.word[(f.Capitals() * kKnownValues + f.KnownIndex(k)) * kUposValues + f.UposAt(k)],
      &t.pos_before[f.UposAt(k - 1) * kUposValues + f.UposAt(k)],
      &t.pos_after[f.UposAt(k) * kUposValues + f.UposAt(k + 1)],
      &t.known_before[f.KnownIndex(k - 1)],
      &t.known_after[f.KnownIndex(k + 1)],
      &t.first_names[f.FirstNameAt(k) * 3 + f.FirstNameAt(k - 1)],
      &t.flags[f.Flags(k) * 2 + f.Capitals()],
      &t.labels[LabelIndex(p1) * kLabelValues + LabelIndex(p2)],
      &t.label_known[LabelIndex(p1) * kKnownValues + f.KnownIndex(k)]};
  for (const NameTaggerTables::Row* row : rows)
    for (int l = 0; l < kLabels; ++l) scores[l] += (*row)[l];
}

// Labels a model may choose after `previous`: I-X only continues X.
void AllowedAfter(int previous, bool* allowed) {
  for (int l = 0; l < kLabels; ++l)
    allowed[l] = !IsInside(l) || (previous != kOutside && LabelType(previous) == LabelType(l));
}

std::vector<NameSpan> SpansOf(const std::vector<int>& labels, std::uint32_t offset) {
  std::vector<NameSpan> spans;
  for (std::uint32_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == kOutside || IsInside(labels[i])) continue;
    std::uint32_t j = i + 1;
    while (j < labels.size() && IsInside(labels[j])) ++j;
    spans.push_back({offset + i, offset + j, LabelType(labels[i])});
  }
  return spans;
}

std::vector<int> GoldLabels(const NameSentence& sentence) {
  std::vector<int> labels(sentence.words.size(), kOutside);
  for (const NameSpan& s : sentence.names) {
    if (s.end > labels.size() || s.first >= s.end) continue;
    labels[s.first] = BeginLabel(s.type);
    for (std::uint32_t i = s.first + 1; i < s.end; ++i) labels[i] = BeginLabel(s.type) + 1;
  }
  return labels;
}

// A gold sentence prepared as Tag() sees one: tokens, tags from the syntax model.
struct PreparedSentence {
  TokenView tokens;
  std::vector<std::string_view> upos;
  std::vector<int> gold;
};

// True when the tokens [first, end) are exactly a demonym ("Japanese"):
// CoNLL and the actor stage treat those as adjectives, not place names,
// whatever a training corpus says.
bool IsDemonym(const TokenView& tokens, std::uint32_t first, std::uint32_t end, const ActorKnowledge& knowledge) {
  std::vector<std::uint32_t> payloads;
  if (knowledge.gazetteer().LongestMatch(tokens, first, end, &payloads) != end - first) return false;
  return std::all_of(payloads.begin(), payloads.end(), [&](std::uint32_t p) {
    const PhraseTarget& t = knowledge.target(p);
    return t.type == PhraseTarget::Type::kActor && t.form == AliasForm::kDemonym;
  });
}

PreparedSentence Prepare(const NameSentence& sentence, const SyntaxModel& syntax, const ActorKnowledge& knowledge) {
  PreparedSentence p;
  for (const std::string& w : sentence.words) p.tokens.Add(w);
  p.upos = TagAndParse(syntax, p.tokens.text).upos;
  NameSentence kept = sentence;
  std::erase_if(kept.names, [&](const NameSpan& n) {
    return n.end > p.tokens.text.size() || IsDemonym(p.tokens, n.first, n.end, knowledge);
  });
  p.gold = GoldLabels(kept);
  return p;
}

}  // namespace

const char* NameTypeLabel(NameType type) {
  switch (type) {
    case NameType::kPerson: return "PER";
    case NameType::kOrganization: return "ORG";
    case NameType::kLocation: return "LOC";
  }
  return "";
}

std::vector<NameSpan> NameTagger::Tag(const NameTaggerInput& sentence, const ActorKnowledge& knowledge,
                                      NameTaggerMemo* memo) const {
  if (sentence.end <= sentence.first || model_.classes() != kLabels) return {};
  NameTaggerMemo one_sentence;
  NameTaggerWords& words = *(memo != nullptr ? memo : &one_sentence)->words_;
  if (words.knowledge != &knowledge) words = NameTaggerWords{&knowledge, {}, {}};
  const SentenceFacts facts(sentence, knowledge, words);
  std::uint64_t keys[kMaxFeatures];
  std::int32_t scores[kLabels];
  bool allowed[kLabels];
  std::vector<int> labels(facts.size());
  std::uint64_t p1 = kNoLabel, p2 = kNoLabel;
  for (std::uint32_t k = 0; k < facts.size(); ++k) {
    const bool tabled = tables_ != nullptr && facts.InTables(k);
    const std::size_t n = facts.Features(k, p1, p2, keys, tabled ? FeaturePart::kUntabled : FeaturePart::kAll);
    model_.Score({keys, n}, scores);
    if (tabled) AddTabled(*tables_, facts, k, p1, p2, scores);
    AllowedAfter(k > 0 ? labels[k - 1] : kOutside, allowed);
    labels[k] = syntax::BestAllowed(scores, allowed, kLabels);
    p2 = p1;
    p1 = static_cast<std::uint64_t>(labels[k]);
  }
  return SpansOf(labels, sentence.first);
}

Status NameTagger::Save(const std::string& path) const {
  syntax::ByteWriter out;
  model_.Write(out);
  return syntax::WriteModelFile(path, "names", out.bytes());
}

Result<NameTagger> NameTagger::Load(const std::string& path) {
  Result<std::string> payload = syntax::ReadModelFile(path, "names");
  if (!payload.ok()) return payload.status();
  syntax::ByteReader in(*payload);
  NameTagger tagger;
  if (!tagger.model_.Read(in) || !in.at_end() || tagger.model_.classes() != kLabels)
    return Status::Corruption(fmt::format("{}: the name tagger model is inconsistent", path));
  tagger.tables_ = BuildTables(tagger.model_);
  return tagger;
}

Result<NameTagger> TrainNameTagger(const std::vector<NameDocument>& docs, const ActorKnowledge& knowledge,
                                   const SyntaxModel& syntax, const NameTaggerOptions& options) {
  std::vector<PreparedSentence> sentences;
  for (const NameDocument& doc : docs)
    for (const NameSentence& s : doc.sentences)
      if (!s.words.empty()) sentences.push_back(Prepare(s, syntax, knowledge));
  if (sentences.empty()) return Status::InvalidInput("no sentences to train the name tagger on");

  syntax::PerceptronTrainer trainer(kLabels);
  std::vector<std::size_t> order(sentences.size());
  for (std::size_t s = 0; s < order.size(); ++s) order[s] = s;
  std::mt19937 rng(options.seed);
  std::uint64_t keys[kMaxFeatures];
  float scores[kLabels];
  bool allowed[kLabels];
  NameTaggerWords words;
  words.knowledge = &knowledge;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (std::size_t s = order.size(); s > 1; --s) std::swap(order[s - 1], order[rng() % s]);
    for (std::size_t s : order) {
      const PreparedSentence& p = sentences[s];
      const NameTaggerInput input{&p.tokens, 0, static_cast<std::uint32_t>(p.tokens.text.size()), p.upos};
      const SentenceFacts facts(input, knowledge, words);
      std::uint64_t p1 = kNoLabel, p2 = kNoLabel;
      int previous = kOutside;
      for (std::uint32_t k = 0; k < facts.size(); ++k) {
        const std::size_t n = facts.Features(k, p1, p2, keys);
        trainer.Score({keys, n}, scores);
        AllowedAfter(previous, allowed);
        const int guess = syntax::BestAllowed(scores, allowed, kLabels);
        if (guess != p.gold[k]) trainer.Update({keys, n}, p.gold[k], guess);
        trainer.Tick();
        previous = guess;
        p2 = p1;
        p1 = static_cast<std::uint64_t>(guess);
      }
    }
  }
  NameTagger tagger;
  tagger.model_ = trainer.Finish(options.min_weight);
  tagger.tables_ = BuildTables(tagger.model_);
  return tagger;
}

std::string NameTaggerPath(const std::string& models_dir) { return models_dir + "/names.ner"; }

}  // namespace tidings
