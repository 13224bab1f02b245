#include "annotate/ner_tagger.h"

#include <algorithm>
#include <array>
#include <random>

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

// The per-word facts of one sentence, computed once before tagging.
class SentenceFacts {
 public:
  SentenceFacts(const NameTaggerInput& in, const ActorKnowledge& knowledge) {
    const std::uint32_t n = in.end - in.first;
    words_.reserve(n);
    for (std::uint32_t i = in.first; i < in.end; ++i) words_.push_back(syntax::MakeWordKeys(in.tokens->text[i]));
    known_.assign(n, 0);
    first_name_.assign(n, false);
    std::vector<std::uint32_t> payloads;
    for (std::uint32_t i = in.first; i < in.end;) {
      first_name_[i - in.first] = knowledge.IsFirstName(in.tokens->folded[i]);
      const std::uint32_t len = knowledge.gazetteer().LongestMatch(*in.tokens, i, in.end, &payloads);
      if (len == 0) {
        ++i;
        continue;
      }
      const Known kind = KnownKind(knowledge, payloads);
      for (std::uint32_t k = 0; k < len; ++k) known_[i - in.first + k] = static_cast<std::uint8_t>(kind * 2 + (k > 0));
      for (std::uint32_t k = 1; k < len; ++k)
        first_name_[i - in.first + k] = knowledge.IsFirstName(in.tokens->folded[i + k]);
      i += len;
    }
    upos_.reserve(n);
    for (std::uint32_t k = 0; k < n; ++k) upos_.push_back(k < in.upos.size() ? HashText(in.upos[k]) : 0);
    capitals_ = SentenceInCapitals(*in.tokens, in.first, in.end);
  }

  std::uint32_t size() const { return static_cast<std::uint32_t>(words_.size()); }

  // The keys of word k given the two labels before it.
  std::size_t Features(std::int64_t k, std::uint64_t p1, std::uint64_t p2, std::uint64_t* keys) const {
    std::size_t n = 0;
    const auto add = [&](std::uint32_t t, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
      keys[n++] = FeatureKey(t, a, b, c);
    };
    const WordKeys& w = words_[k];
    const std::uint64_t caps = capitals_;
    add(1, 0);
    add(2, w.lower);
    add(3, w.form);
    add(4, Lower(k - 1));
    add(5, Lower(k + 1));
    add(6, Lower(k - 2));
    add(7, Lower(k + 2));
    for (int i = 0; i < 3; ++i) add(8 + i, w.prefix[i]);
    for (int i = 0; i < 4; ++i) add(11 + i, w.suffix[i]);
    add(15, w.shape, caps);
    add(16, Shape(k - 1), caps);
    add(17, Shape(k + 1), caps);
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
    add(30, caps, w.lower);
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

 private:
  static constexpr std::uint64_t kOutOfRange = 0x5eed;
  bool In(std::int64_t k) const { return k >= 0 && k < static_cast<std::int64_t>(words_.size()); }
  std::uint64_t Lower(std::int64_t k) const { return In(k) ? words_[k].lower : kOutOfRange; }
  std::uint64_t Shape(std::int64_t k) const { return In(k) ? words_[k].shape : kOutOfRange; }
  std::uint64_t Upos(std::int64_t k) const { return In(k) ? upos_[k] : kOutOfRange; }
  std::uint64_t KnownAt(std::int64_t k) const { return In(k) ? known_[k] : kOutOfRange; }
  std::uint64_t FirstName(std::int64_t k) const { return In(k) ? first_name_[k] : 2; }

  std::vector<WordKeys> words_;
  std::vector<std::uint64_t> upos_;
  std::vector<std::uint8_t> known_;
  std::vector<bool> first_name_;
  bool capitals_ = false;
};

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

std::vector<NameSpan> NameTagger::Tag(const NameTaggerInput& sentence, const ActorKnowledge& knowledge) const {
  if (sentence.end <= sentence.first || model_.classes() != kLabels) return {};
  const SentenceFacts facts(sentence, knowledge);
  std::uint64_t keys[kMaxFeatures];
  std::int32_t scores[kLabels];
  bool allowed[kLabels];
  std::vector<int> labels(facts.size());
  std::uint64_t p1 = kNoLabel, p2 = kNoLabel;
  for (std::uint32_t k = 0; k < facts.size(); ++k) {
    const std::size_t n = facts.Features(k, p1, p2, keys);
    model_.Score({keys, n}, scores);
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
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (std::size_t s = order.size(); s > 1; --s) std::swap(order[s - 1], order[rng() % s]);
    for (std::size_t s : order) {
      const PreparedSentence& p = sentences[s];
      const NameTaggerInput input{&p.tokens, 0, static_cast<std::uint32_t>(p.tokens.text.size()), p.upos};
      const SentenceFacts facts(input, knowledge);
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
  return tagger;
}

std::string NameTaggerPath(const std::string& models_dir) { return models_dir + "/names.ner"; }

}  // namespace tidings
