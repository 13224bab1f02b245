#include "syntax/parser.h"

#include <algorithm>
#include <random>
#include <set>

#include <fmt/format.h>

#include "syntax/arc_eager.h"
#include "syntax/projective.h"

namespace tidings::syntax {
namespace {

constexpr int kMaxFeatures = 96;
constexpr std::uint64_t kNoWord = 1, kNoTag = 0xfffe, kNoLabel = 0xfffd;
constexpr std::uint64_t kRootTag = 0xfffc;

// Word, tag and word+tag keys of words 0..n, 0 being the artificial root.
struct SentenceKeys {
  std::vector<std::uint64_t> w, p, wp;
};

SentenceKeys KeysOf(std::span<const WordKeys> words, std::span<const int> tags) {
  SentenceKeys keys;
  const std::size_t n = words.size();
  keys.w.resize(n + 1);
  keys.p.resize(n + 1);
  keys.wp.resize(n + 1);
  keys.w[0] = HashText("\x01<root>");
  keys.p[0] = kRootTag;
  for (std::size_t i = 1; i <= n; ++i) {
    keys.w[i] = words[i - 1].lower;
    keys.p[i] = static_cast<std::uint64_t>(tags[i - 1]);
  }
  for (std::size_t i = 0; i <= n; ++i) keys.wp[i] = Mix(keys.w[i] ^ (keys.p[i] * 0x9e3779b97f4a7c15ULL));
  return keys;
}

// Distances beyond a few words matter only roughly.
std::uint64_t DistanceBucket(int d) {
  if (d <= 4) return static_cast<std::uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

std::size_t Features(const ArcEagerState& st, const SentenceKeys& t, std::uint64_t* k) {
  auto W = [&](int x) { return x < 0 ? kNoWord : t.w[x]; };
  auto P = [&](int x) { return x < 0 ? kNoTag : t.p[x]; };
  auto WP = [&](int x) { return x < 0 ? kNoWord : t.wp[x]; };
  auto L = [&](int x) { return x < 0 || st.label[x] < 0 ? kNoLabel : static_cast<std::uint64_t>(st.label[x]); };
  const int s0 = st.top();
  const int n0 = st.next <= st.n ? st.next : -1;
  const int n1 = n0 >= 0 && n0 + 1 <= st.n ? n0 + 1 : -1;
  const int n2 = n1 >= 0 && n1 + 1 <= st.n ? n1 + 1 : -1;
  const int s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
  const int s0h = st.head[s0];
  const int s0h2 = s0h >= 0 ? st.head[s0h] : -1;
  const int s0l = st.left1[s0], s0l2 = st.left2[s0], s0r = st.right1[s0], s0r2 = st.right2[s0];
  const int n0l = n0 >= 0 ? st.left1[n0] : -1, n0l2 = n0 >= 0 ? st.left2[n0] : -1;
  const std::uint64_t d = n0 >= 0 ? DistanceBucket(n0 - s0) : 0;
  const std::uint64_t s0vl = st.left_count[s0], s0vr = st.right_count[s0];
  const std::uint64_t n0vl = n0 >= 0 ? st.left_count[n0] : 0;
  const std::uint64_t s0sl = st.left_labels[s0], s0sr = st.right_labels[s0];
  const std::uint64_t n0sl = n0 >= 0 ? st.left_labels[n0] : 0;

  std::size_t n = 0;
  std::uint32_t id = 0;
  auto add = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) { k[n++] = FeatureKey(++id, a, b, c); };
  // Single words.
  add(WP(s0)), add(W(s0)), add(P(s0));
  add(WP(n0)), add(W(n0)), add(P(n0));
  add(WP(n1)), add(W(n1)), add(P(n1));
  add(WP(n2)), add(W(n2)), add(P(n2));
  // Pairs of stack top and buffer front.
  add(WP(s0), WP(n0)), add(WP(s0), W(n0)), add(W(s0), WP(n0));
  add(WP(s0), P(n0)), add(P(s0), WP(n0)), add(W(s0), W(n0));
  add(P(s0), P(n0)), add(P(n0), P(n1));
  // Triples of tags.
  add(P(n0), P(n1), P(n2)), add(P(s0), P(n0), P(n1));
  add(P(s0h), P(s0), P(n0)), add(P(s0), P(s0l), P(n0));
  add(P(s0), P(s0r), P(n0)), add(P(s0), P(n0), P(n0l));
  // Distance.
  add(W(s0), d), add(P(s0), d), add(W(n0), d), add(P(n0), d);
  add(W(s0), W(n0), d), add(P(s0), P(n0), d);
  // Valency.
  add(W(s0), s0vr), add(P(s0), s0vr), add(W(s0), s0vl), add(P(s0), s0vl);
  add(W(n0), n0vl), add(P(n0), n0vl);
  // Head and outermost dependents.
  add(W(s0h)), add(P(s0h)), add(L(s0));
  add(W(s0l)), add(P(s0l)), add(L(s0l));
  add(W(s0r)), add(P(s0r)), add(L(s0r));
  add(W(n0l)), add(P(n0l)), add(L(n0l));
  // Grandhead and second outermost dependents.
  add(W(s0h2)), add(P(s0h2)), add(L(s0h));
  add(W(s0l2)), add(P(s0l2)), add(L(s0l2));
  add(W(s0r2)), add(P(s0r2)), add(L(s0r2));
  add(W(n0l2)), add(P(n0l2)), add(L(n0l2));
  add(P(s0), P(s0l), P(s0l2)), add(P(s0), P(s0r), P(s0r2));
  add(P(s0), P(s0h), P(s0h2)), add(P(n0), P(n0l), P(n0l2));
  // Label sets.
  add(W(s0), s0sr), add(P(s0), s0sr), add(W(s0), s0sl), add(P(s0), s0sl);
  add(W(n0), n0sl), add(P(n0), n0sl);
  // The word under the stack top.
  add(WP(s1)), add(P(s1), P(s0), P(n0)), add(L(s0), P(s0), P(n0));
  return n;
}

std::vector<int> GoldHeads(const TreebankSentence& s) {
  std::vector<int> heads(s.size() + 1, -1);
  for (std::size_t i = 0; i < s.size(); ++i) heads[i + 1] = s.heads[i] + 1;
  return heads;
}

int IndexOf(const std::vector<std::string>& names, std::string_view name) {
  const auto it = std::find(names.begin(), names.end(), name);
  return it == names.end() ? -1 : static_cast<int>(it - names.begin());
}

}  // namespace

Status Parser::SetLabels(std::vector<std::string> labels) {
  if (ActionCount(static_cast<int>(labels.size())) > kMaxClasses)
    return Status::Unsupported(fmt::format("{} dependency labels, the parser handles {}", labels.size(),
                                           (kMaxClasses - 2) / 2));
  labels_ = std::move(labels);
  root_label_ = IndexOf(labels_, "root");
  if (root_label_ < 0 || labels_.size() < 2)
    return Status::InvalidInput("the dependency labels must include 'root' and one other");
  // Unattached words are rare; the loosest relation the data has suits them.
  leftover_label_ = IndexOf(labels_, "dep");
  if (leftover_label_ < 0) leftover_label_ = IndexOf(labels_, "parataxis");
  if (leftover_label_ < 0) leftover_label_ = root_label_ == 0 ? 1 : 0;
  return Status::Ok();
}

void Parser::Parse(std::span<const WordKeys> words, std::span<const int> tags, std::span<int> heads,
                   std::span<int> labels) const {
  const int n = static_cast<int>(words.size());
  const SentenceKeys keys = KeysOf(words, tags);
  ArcEagerState state(n, root_label_);
  const int labels_n = label_count(), actions = ActionCount(labels_n);
  std::uint64_t features[kMaxFeatures];
  std::int32_t scores[kMaxClasses];
  bool allowed[kMaxClasses];
  while (!state.done()) {
    model_.Score({features, Features(state, keys, features)}, scores);
    state.Allowed(labels_n, allowed);
    state.Apply(BestAllowed(scores, allowed, actions));
  }
  state.Finish(leftover_label_);
  for (int i = 0; i < n; ++i) {
    heads[i] = state.head[i + 1] - 1;
    labels[i] = state.label[i + 1];
  }
}

Status Parser::Save(const std::string& path) const {
  ByteWriter out;
  out.Put<std::uint32_t>(static_cast<std::uint32_t>(labels_.size()));
  for (const std::string& label : labels_) out.PutString(label);
  model_.Write(out);
  return WriteModelFile(path, "parser", out.bytes());
}

Result<Parser> Parser::Load(const std::string& path) {
  Result<std::string> payload = ReadModelFile(path, "parser");
  if (!payload.ok()) return payload.status();
  ByteReader in(*payload);
  const auto count = in.Get<std::uint32_t>();
  if (count > kMaxClasses) return Status::Corruption(fmt::format("{}: {} labels, at most {}", path, count, kMaxClasses));
  std::vector<std::string> labels;
  for (std::uint32_t l = 0; l < count && in.ok(); ++l) labels.push_back(in.GetString());
  Parser parser;
  if (Status s = parser.SetLabels(std::move(labels)); !s.ok())
    return Status::Corruption(fmt::format("{}: {}", path, s.message()));
  if (!in.ok() || !parser.model_.Read(in) || !in.at_end() ||
      parser.model_.classes() != ActionCount(parser.label_count()))
    return Status::Corruption(fmt::format("{}: the parser model is inconsistent", path));
  return parser;
}

Result<Parser> TrainParser(const std::vector<TreebankSentence>& sentences, const std::vector<std::vector<int>>& tags,
                           const ParserOptions& options) {
  std::set<std::string> label_set;
  for (const TreebankSentence& s : sentences) label_set.insert(s.deprels.begin(), s.deprels.end());
  Parser parser;
  if (Status s = parser.SetLabels({label_set.begin(), label_set.end()}); !s.ok()) return s;
  const int labels_n = parser.label_count(), actions = ActionCount(labels_n);

  std::vector<std::vector<int>> gold_heads(sentences.size()), gold_labels(sentences.size());
  std::vector<std::vector<WordKeys>> words(sentences.size());
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    gold_heads[s] = GoldHeads(sentences[s]);
    Projectivize(gold_heads[s]);
    gold_labels[s].assign(1, -1);
    for (const std::string& deprel : sentences[s].deprels) gold_labels[s].push_back(IndexOf(parser.labels_, deprel));
    for (const std::string& w : sentences[s].words) words[s].push_back(MakeWordKeys(w));
  }

  PerceptronTrainer trainer(actions);
  std::vector<std::size_t> order(sentences.size());
  for (std::size_t s = 0; s < order.size(); ++s) order[s] = s;
  std::mt19937 rng(options.seed);
  std::uint64_t features[kMaxFeatures];
  std::vector<float> scores(actions);
  std::vector<int> costs(actions);
  bool allowed[kMaxClasses], zero_cost[kMaxClasses];
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (std::size_t s = order.size(); s > 1; --s) std::swap(order[s - 1], order[rng() % s]);
    const bool explore = epoch >= options.explore_from_epoch;
    for (std::size_t s : order) {
      const SentenceKeys keys = KeysOf(words[s], tags[s]);
      ArcEagerState state(static_cast<int>(sentences[s].size()), parser.root_label_);
      while (!state.done()) {
        const std::size_t n = Features(state, keys, features);
        trainer.Score({features, n}, scores.data());
        state.Allowed(labels_n, allowed);
        state.Costs(labels_n, allowed, gold_heads[s], gold_labels[s], costs.data());
        int least = 1 << 30;
        for (int a = 0; a < actions; ++a)
          if (allowed[a]) least = std::min(least, costs[a]);
        for (int a = 0; a < actions; ++a) zero_cost[a] = allowed[a] && costs[a] == least;
        const int guess = BestAllowed(scores.data(), allowed, actions);
        const int best_gold = BestAllowed(scores.data(), zero_cost, actions);
        if (!zero_cost[guess]) trainer.Update({features, n}, best_gold, guess);
        trainer.Tick();
        const bool follow_guess = explore && (rng() % 1000) < options.explore_rate * 1000;
        state.Apply(follow_guess ? guess : best_gold);
      }
    }
  }
  parser.model_ = trainer.Finish(options.min_weight);
  return parser;
}

}  // namespace tidings::syntax
