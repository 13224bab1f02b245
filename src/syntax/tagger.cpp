#include "syntax/tagger.h"

#include <algorithm>
#include <map>
#include <random>

#include <fmt/format.h>

namespace tidings::syntax {
namespace {

constexpr std::uint64_t kNoTag = 0xffff;
constexpr int kMaxFeatures = 32;
// A word is put in the lexicon when seen this often, nearly always one way.
constexpr int kLexiconMinCount = 20;
constexpr double kLexiconMinShare = 0.995;

const WordKeys& Before() {
  static const WordKeys keys = MakeWordKeys("\x01<s>");
  return keys;
}
const WordKeys& After() {
  static const WordKeys keys = MakeWordKeys("\x01</s>");
  return keys;
}

const WordKeys& At(std::span<const WordKeys> words, std::ptrdiff_t i) {
  if (i < 0) return Before();
  if (i >= static_cast<std::ptrdiff_t>(words.size())) return After();
  return words[i];
}

// Fills `k` with the features of word i that do not read the tags before
// it: they can be fetched a word ahead.
std::size_t WordFeatures(std::span<const WordKeys> words, std::ptrdiff_t i, std::uint64_t* k) {
  const WordKeys& w0 = words[i];
  const WordKeys& m1 = At(words, i - 1);
  const WordKeys& m2 = At(words, i - 2);
  const WordKeys& n1 = At(words, i + 1);
  const WordKeys& n2 = At(words, i + 2);
  std::size_t n = 0;
  k[n++] = FeatureKey(1, 0);
  k[n++] = FeatureKey(2, w0.lower);
  k[n++] = FeatureKey(3, w0.form);
  k[n++] = FeatureKey(4, m1.lower);
  k[n++] = FeatureKey(5, n1.lower);
  k[n++] = FeatureKey(6, m2.lower);
  k[n++] = FeatureKey(7, n2.lower);
  for (int s = 0; s < 4; ++s) k[n++] = FeatureKey(8 + s, w0.suffix[s]);
  for (int s = 0; s < 3; ++s) k[n++] = FeatureKey(12 + s, w0.prefix[s]);
  k[n++] = FeatureKey(15, w0.shape);
  k[n++] = FeatureKey(16, m1.shape);
  k[n++] = FeatureKey(17, n1.shape);
  k[n++] = FeatureKey(22, m1.suffix[2]);
  k[n++] = FeatureKey(23, n1.suffix[2]);
  k[n++] = FeatureKey(24, w0.lower, n1.lower);
  k[n++] = FeatureKey(25, m1.lower, w0.lower);
  k[n++] = FeatureKey(26, w0.flags | (i == 0 ? 32u : 0u));
  k[n++] = FeatureKey(28, n2.suffix[2]);
  return n;
}

// Appends to `k` the features of word i that read the two tags before it.
std::size_t TagFeatures(std::span<const WordKeys> words, std::ptrdiff_t i, std::uint64_t p1, std::uint64_t p2,
                        std::uint64_t* k) {
  const WordKeys& w0 = words[i];
  const WordKeys& n1 = At(words, i + 1);
  std::size_t n = 0;
  k[n++] = FeatureKey(18, p1);
  k[n++] = FeatureKey(19, p1, p2);
  k[n++] = FeatureKey(20, p1, w0.lower);
  k[n++] = FeatureKey(21, p2);
  k[n++] = FeatureKey(27, p1, w0.suffix[2]);
  k[n++] = FeatureKey(29, p1, n1.lower);
  return n;
}

// Every feature of word i given the two tags before it.
std::size_t Features(std::span<const WordKeys> words, std::ptrdiff_t i, std::uint64_t p1, std::uint64_t p2,
                     std::uint64_t* k) {
  const std::size_t n = WordFeatures(words, i, k);
  return n + TagFeatures(words, i, p1, p2, k + n);
}

std::vector<WordKeys> KeysOf(const std::vector<std::string>& words) {
  std::vector<WordKeys> keys;
  keys.reserve(words.size());
  for (const std::string& w : words) keys.push_back(MakeWordKeys(w));
  return keys;
}

}  // namespace

int Tagger::Lookup(std::uint64_t form) const {
  const std::uint32_t* tag = lexicon_.Find(form);
  return tag == nullptr ? -1 : static_cast<int>(*tag);
}

void Tagger::Tag(std::span<const WordKeys> words, std::span<int> tags) const {
  // Lexicon words first: they need no scoring, and they show which word is
  // scored next. The tag-free features of that word are computed and their
  // slots requested while the current one is scored.
  for (std::size_t i = 0; i < words.size(); ++i) tags[i] = Lookup(words[i].form);
  const auto scored_from = [&](std::size_t i) {
    while (i < words.size() && tags[i] >= 0) ++i;
    return i;
  };
  std::uint64_t keys[2][kMaxFeatures];
  std::size_t next_n = 0;
  int next_keys = 0;
  const auto look_ahead = [&](std::size_t i) {
    if (i >= words.size()) return;
    next_keys ^= 1;
    next_n = WordFeatures(words, static_cast<std::ptrdiff_t>(i), keys[next_keys]);
    model_.Prefetch({keys[next_keys], next_n});
  };
  look_ahead(scored_from(0));
  // Scored in halves (PerceptronModel::Start, Finish) rather than by Score:
  // the word's own keys were prefetched a word ahead, so only the tag keys
  // are, and the sums are read where they are left instead of copied.
  PerceptronModel::Pending pending;
  std::uint64_t p1 = kNoTag, p2 = kNoTag;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (tags[i] < 0) {
      std::uint64_t* k = keys[next_keys];
      const std::size_t word_n = next_n;
      look_ahead(scored_from(i + 1));
      const std::size_t tag_n = TagFeatures(words, static_cast<std::ptrdiff_t>(i), p1, p2, k + word_n);
      model_.Prefetch({k + word_n, tag_n});
      model_.Start({k, word_n + tag_n}, pending);
      const std::int32_t* scores = model_.Finish(pending);
      tags[i] = static_cast<int>(std::max_element(scores, scores + model_.classes()) - scores);
    }
    p2 = p1;
    p1 = static_cast<std::uint64_t>(tags[i]);
  }
}

Status Tagger::Save(const std::string& path) const {
  ByteWriter out;
  out.Put<std::uint32_t>(static_cast<std::uint32_t>(upos_.size()));
  for (std::size_t t = 0; t < upos_.size(); ++t) {
    out.PutString(upos_[t]);
    out.PutString(xpos_[t]);
  }
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;
  lexicon_.ForEach([&](std::uint64_t form, std::uint32_t tag) { entries.emplace_back(form, tag); });
  std::sort(entries.begin(), entries.end());
  std::vector<std::uint64_t> forms;
  std::vector<std::uint8_t> tags;
  for (const auto& [form, tag] : entries) {
    forms.push_back(form);
    tags.push_back(static_cast<std::uint8_t>(tag));
  }
  out.PutArray(forms);
  out.PutArray(tags);
  model_.Write(out);
  return WriteModelFile(path, "tagger", out.bytes());
}

Result<Tagger> Tagger::Load(const std::string& path) {
  Result<std::string> payload = ReadModelFile(path, "tagger");
  if (!payload.ok()) return payload.status();
  ByteReader in(*payload);
  Tagger tagger;
  const auto count = in.Get<std::uint32_t>();
  if (count > kMaxClasses) return Status::Corruption(fmt::format("{}: {} tags, at most {}", path, count, kMaxClasses));
  for (std::uint32_t t = 0; t < count && in.ok(); ++t) {
    tagger.upos_.push_back(in.GetString());
    tagger.xpos_.push_back(in.GetString());
  }
  const std::vector<std::uint64_t> forms = in.GetArray<std::uint64_t>();
  const std::vector<std::uint8_t> tags = in.GetArray<std::uint8_t>();
  const bool model_ok = in.ok() && tagger.model_.Read(in);
  if (!model_ok || !in.at_end() || forms.size() != tags.size() || tagger.model_.classes() != static_cast<int>(count) ||
      std::any_of(tags.begin(), tags.end(), [&](std::uint8_t t) { return t >= count; }))
    return Status::Corruption(fmt::format("{}: the tagger model is inconsistent", path));
  for (std::size_t e = 0; e < forms.size(); ++e) tagger.lexicon_.Insert(forms[e], tags[e]);
  return tagger;
}

Result<Tagger> TrainTagger(const std::vector<TreebankSentence>& sentences, const TaggerOptions& options) {
  // Joint tags, numbered in sorted order so that retraining gives the same ids.
  std::map<std::pair<std::string, std::string>, int> tag_ids;
  for (const TreebankSentence& s : sentences)
    for (std::size_t i = 0; i < s.size(); ++i) tag_ids.emplace(std::pair{s.upos[i], s.xpos[i]}, 0);
  if (tag_ids.empty()) return Status::InvalidInput("no training sentences for the tagger");
  if (tag_ids.size() > kMaxClasses)
    return Status::Unsupported(fmt::format("{} joint tags, the tagger handles {}", tag_ids.size(), kMaxClasses));
  Tagger tagger;
  for (auto& [pair, id] : tag_ids) {
    id = static_cast<int>(tagger.upos_.size());
    tagger.upos_.push_back(pair.first);
    tagger.xpos_.push_back(pair.second);
  }
  std::vector<std::vector<int>> gold(sentences.size());
  std::map<std::uint64_t, std::map<int, int>> counts;
  for (std::size_t s = 0; s < sentences.size(); ++s)
    for (std::size_t i = 0; i < sentences[s].size(); ++i) {
      gold[s].push_back(tag_ids[{sentences[s].upos[i], sentences[s].xpos[i]}]);
      ++counts[HashText(sentences[s].words[i])][gold[s].back()];
    }
  for (const auto& [form, by_tag] : counts) {
    int total = 0;
    for (const auto& [tag, n] : by_tag) total += n;
    const auto top = std::max_element(by_tag.begin(), by_tag.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    if (total >= kLexiconMinCount && top->second >= kLexiconMinShare * total) tagger.lexicon_.Insert(form, static_cast<std::uint32_t>(top->first));
  }

  PerceptronTrainer trainer(static_cast<int>(tag_ids.size()));
  std::vector<std::size_t> order(sentences.size());
  for (std::size_t s = 0; s < order.size(); ++s) order[s] = s;
  std::mt19937 rng(options.seed);
  std::uint64_t keys[kMaxFeatures];
  std::vector<float> scores(trainer.classes());
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (std::size_t s = order.size(); s > 1; --s) std::swap(order[s - 1], order[rng() % s]);
    for (std::size_t s : order) {
      const std::vector<WordKeys> words = KeysOf(sentences[s].words);
      std::uint64_t p1 = kNoTag, p2 = kNoTag;
      for (std::size_t i = 0; i < words.size(); ++i) {
        int tag = tagger.Lookup(words[i].form);
        if (tag < 0) {
          const std::size_t n = Features(words, static_cast<std::ptrdiff_t>(i), p1, p2, keys);
          trainer.Score({keys, n}, scores.data());
          tag = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          trainer.Update({keys, n}, gold[s][i], tag);
          trainer.Tick();
        }
        p2 = p1;
        p1 = static_cast<std::uint64_t>(tag);
      }
    }
  }
  tagger.model_ = trainer.Finish(options.min_weight);
  return tagger;
}

}  // namespace tidings::syntax
