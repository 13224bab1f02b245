#include "syntax/parser.h"

#include <algorithm>
#include <climits>
#include <memory>
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

// What the features read of a state: the words around the stack top and the
// buffer front, and what is attached to them.
struct Positions {
  int s0, s1, s0h, s0h2, s0l, s0l2, s0r, s0r2;
  int n0, n1, n2, n0l, n0l2;
};

Positions PositionsOf(const ArcEagerState& st) {
  Positions x;
  x.s0 = st.top();
  x.s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
  x.s0h = st.head[x.s0];
  x.s0h2 = x.s0h >= 0 ? st.head[x.s0h] : -1;
  x.s0l = st.left1[x.s0], x.s0l2 = st.left2[x.s0], x.s0r = st.right1[x.s0], x.s0r2 = st.right2[x.s0];
  x.n0 = st.next <= st.n ? st.next : -1;
  x.n1 = x.n0 >= 0 && x.n0 + 1 <= st.n ? x.n0 + 1 : -1;
  x.n2 = x.n1 >= 0 && x.n1 + 1 <= st.n ? x.n1 + 1 : -1;
  x.n0l = x.n0 >= 0 ? st.left1[x.n0] : -1, x.n0l2 = x.n0 >= 0 ? st.left2[x.n0] : -1;
  return x;
}

// The word, tag and label templates that read nothing but one position of
// the state (label 0: none), for two positions where the second is empty
// whenever the first is: a word's head and grandhead, its first and second
// leftmost (or rightmost) dependents.
struct PositionTemplates {
  std::uint32_t word, tag, label;
};
struct PositionPair {
  PositionTemplates first, second;
};
enum PairId { kTopHeads, kTopLefts, kTopRights, kFrontLefts, kPairIds };
constexpr PositionPair kPositionPairs[kPairIds] = {
    {{39, 40, 53}, {51, 52, 0}}, {{42, 43, 44}, {54, 55, 56}}, {{45, 46, 47}, {57, 58, 59}}, {{48, 49, 50}, {60, 61, 62}}};

// The keys of an empty position are constants (kNoWord...), and so is the
// sum of their weights: the parser scores them once (ScoreEmptyPositions)
// and adds that row instead of looking them up at every step. Empty
// positions are common (most words have no left or right dependent): on
// UD English dev a fifth fewer lookups (2.0 instead of 2.6 million) and
// tag+parse ~7% faster; the sums are the same integers. Rows: for pair p,
// 2p = both positions empty, 2p + 1 = the second one empty.
constexpr int kEmptyRows = 2 * kPairIds;
constexpr int kMaxEmptyPerGroup = kPairIds;

// Writes keys of numbered templates. The numbers are part of the model: a
// template keeps its number when templates move between groups. With an
// `empty` list, positions of a PositionPair that are empty are written as
// the number of their constant row there instead of as keys.
class KeyWriter {
 public:
  KeyWriter(const ArcEagerState& st, const SentenceKeys& t, std::uint64_t* out, int* empty = nullptr)
      : st_(st), t_(t), out_(out), empty_(empty) {}
  std::uint64_t W(int x) const { return x < 0 ? kNoWord : t_.w[x]; }
  std::uint64_t P(int x) const { return x < 0 ? kNoTag : t_.p[x]; }
  std::uint64_t WP(int x) const { return x < 0 ? kNoWord : t_.wp[x]; }
  std::uint64_t L(int x) const {
    return x < 0 || st_.label[x] < 0 ? kNoLabel : static_cast<std::uint64_t>(st_.label[x]);
  }
  void Add(std::uint32_t id, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
    out_[n_++] = FeatureKey(id, a, b, c);
  }
  void AddPair(PairId pair, int first, int second) {
    if (empty_ != nullptr && first < 0 && second < 0) {
      empty_[empty_n_++] = 2 * pair;
      return;
    }
    AddPosition(kPositionPairs[pair].first, first);
    if (empty_ != nullptr && second < 0) empty_[empty_n_++] = 2 * pair + 1;
    else AddPosition(kPositionPairs[pair].second, second);
  }
  void AddPosition(const PositionTemplates& t, int x) {
    Add(t.word, W(x)), Add(t.tag, P(x));
    if (t.label != 0) Add(t.label, L(x));
  }
  std::size_t size() const { return n_; }
  std::size_t empty_size() const { return empty_n_; }

 private:
  const ArcEagerState& st_;
  const SentenceKeys& t_;
  std::uint64_t* out_;
  int* empty_;
  std::size_t n_ = 0, empty_n_ = 0;
};

// The features fall into five groups by the part of the state they read, so
// that the parser rescores a group only when that part changed:
//   buffer: the next three words; changes when a word leaves the buffer;
//   front:  the buffer front's left dependents; also changes with LEFT;
//   top:    the stack top, its head, grandhead and left dependents. A
//           word's head and left dependents are set before it is pushed or
//           when it is popped, so this is scored once per word;
//   right:  the stack top's right dependents: while a word is on the stack
//           only they change, so its score stays valid as long as their
//           count does;
//   pair:   the stack top with the buffer front (and the word under the
//           top); changes at every transition.
std::size_t BufferFeatures(const ArcEagerState& st, const SentenceKeys& t, std::uint64_t* k) {
  const Positions x = PositionsOf(st);
  KeyWriter f(st, t, k);
  f.Add(4, f.WP(x.n0)), f.Add(5, f.W(x.n0)), f.Add(6, f.P(x.n0));
  f.Add(7, f.WP(x.n1)), f.Add(8, f.W(x.n1)), f.Add(9, f.P(x.n1));
  f.Add(10, f.WP(x.n2)), f.Add(11, f.W(x.n2)), f.Add(12, f.P(x.n2));
  f.Add(20, f.P(x.n0), f.P(x.n1)), f.Add(21, f.P(x.n0), f.P(x.n1), f.P(x.n2));
  return f.size();
}

void FrontFeatures(KeyWriter& f, const ArcEagerState& st) {
  const Positions x = PositionsOf(st);
  const int n0 = x.n0;
  const std::uint64_t n0vl = n0 >= 0 ? st.left_count[n0] : 0, n0sl = n0 >= 0 ? st.left_labels[n0] : 0;
  f.Add(37, f.W(n0), n0vl), f.Add(38, f.P(n0), n0vl);
  f.AddPair(kFrontLefts, x.n0l, x.n0l2);  // 48-50, 60-62
  f.Add(66, f.P(n0), f.P(x.n0l), f.P(x.n0l2));
  f.Add(71, f.W(n0), n0sl), f.Add(72, f.P(n0), n0sl);
}

void TopFeatures(KeyWriter& f, const ArcEagerState& st) {
  const Positions x = PositionsOf(st);
  const int s0 = x.s0;
  const std::uint64_t s0vl = st.left_count[s0], s0sl = st.left_labels[s0];
  f.Add(1, f.WP(s0)), f.Add(2, f.W(s0)), f.Add(3, f.P(s0));
  f.Add(35, f.W(s0), s0vl), f.Add(36, f.P(s0), s0vl);
  f.Add(41, f.L(s0));
  f.AddPair(kTopHeads, x.s0h, x.s0h2);    // 39, 40, 53; 51, 52
  f.AddPair(kTopLefts, x.s0l, x.s0l2);    // 42-44, 54-56
  f.Add(63, f.P(s0), f.P(x.s0l), f.P(x.s0l2));
  f.Add(65, f.P(s0), f.P(x.s0h), f.P(x.s0h2));
  f.Add(69, f.W(s0), s0sl), f.Add(70, f.P(s0), s0sl);
}

void RightFeatures(KeyWriter& f, const ArcEagerState& st) {
  const Positions x = PositionsOf(st);
  const int s0 = x.s0;
  const std::uint64_t s0vr = st.right_count[s0], s0sr = st.right_labels[s0];
  f.Add(33, f.W(s0), s0vr), f.Add(34, f.P(s0), s0vr);
  f.AddPair(kTopRights, x.s0r, x.s0r2);   // 45-47, 57-59
  f.Add(64, f.P(s0), f.P(x.s0r), f.P(x.s0r2));
  f.Add(67, f.W(s0), s0sr), f.Add(68, f.P(s0), s0sr);
}

// The first steps of the pair group's keys (FeatureKeyFirst, Next) over
// values that stay while a word is on top of the stack: its word and tag,
// its head, its left dependents and label, and the word under it, which
// are set before the word is pushed (see the groups above); its right
// dependents, which change only with its right count; the buffer front
// alone. The parser computes each once per word (or right count, or front)
// instead of at every transition: a third fewer hash steps in the pair
// group, the same keys.
struct TopParts {
  std::uint64_t wp13, wp14, w15, wp16, p17, w18, p19, p22, p26, w27, p28, w31, p32;  // first steps
  std::uint64_t h23, l24, s74, l75;                                                  // first two steps
  std::uint64_t key73;                                                               // the whole key
};
struct FrontParts {
  std::uint64_t w29, p30;
};

TopParts TopPartsOf(const ArcEagerState& st, const SentenceKeys& t) {
  const Positions x = PositionsOf(st);
  const KeyWriter f(st, t, nullptr);
  const int s0 = x.s0;
  TopParts p;
  p.wp13 = FeatureKeyFirst(13, f.WP(s0)), p.wp14 = FeatureKeyFirst(14, f.WP(s0));
  p.w15 = FeatureKeyFirst(15, f.W(s0)), p.wp16 = FeatureKeyFirst(16, f.WP(s0));
  p.p17 = FeatureKeyFirst(17, f.P(s0)), p.w18 = FeatureKeyFirst(18, f.W(s0));
  p.p19 = FeatureKeyFirst(19, f.P(s0)), p.p22 = FeatureKeyFirst(22, f.P(s0));
  p.p26 = FeatureKeyFirst(26, f.P(s0)), p.w27 = FeatureKeyFirst(27, f.W(s0));
  p.p28 = FeatureKeyFirst(28, f.P(s0)), p.w31 = FeatureKeyFirst(31, f.W(s0));
  p.p32 = FeatureKeyFirst(32, f.P(s0));
  p.h23 = FeatureKeyNext(FeatureKeyFirst(23, f.P(x.s0h)), f.P(s0));
  p.l24 = FeatureKeyNext(FeatureKeyFirst(24, f.P(s0)), f.P(x.s0l));
  p.s74 = FeatureKeyNext(FeatureKeyFirst(74, f.P(x.s1)), f.P(s0));
  p.l75 = FeatureKeyNext(FeatureKeyFirst(75, f.L(s0)), f.P(s0));
  p.key73 = FeatureKey(73, f.WP(x.s1));
  return p;
}

// Template 25's first two steps: the stack top and its rightmost dependent.
std::uint64_t RightPartOf(const ArcEagerState& st, const SentenceKeys& t) {
  const Positions x = PositionsOf(st);
  const KeyWriter f(st, t, nullptr);
  return FeatureKeyNext(FeatureKeyFirst(25, f.P(x.s0)), f.P(x.s0r));
}

FrontParts FrontPartsOf(const ArcEagerState& st, const SentenceKeys& t) {
  const Positions x = PositionsOf(st);
  const KeyWriter f(st, t, nullptr);
  return {FeatureKeyFirst(29, f.W(x.n0)), FeatureKeyFirst(30, f.P(x.n0))};
}

// The pair group from the parts above, which must be those of `st`.
std::size_t PairFeatures(const ArcEagerState& st, const SentenceKeys& t, const TopParts& top, std::uint64_t right,
                         const FrontParts& front, std::uint64_t* k) {
  const Positions x = PositionsOf(st);
  const int s0 = x.s0, n0 = x.n0;
  const std::uint64_t d = n0 >= 0 ? DistanceBucket(n0 - s0) : 0;
  const KeyWriter f(st, t, nullptr);
  const std::uint64_t wp = f.WP(n0), w = f.W(n0), p = f.P(n0);
  std::size_t n = 0;
  const auto add = [&](std::uint64_t first, std::uint64_t b, std::uint64_t c = 0) {
    k[n++] = FeatureKeyLast(FeatureKeyNext(first, b), c);
  };
  add(top.wp13, wp), add(top.wp14, w), add(top.w15, wp);          // 13-15
  add(top.wp16, p), add(top.p17, wp), add(top.w18, w);            // 16-18
  add(top.p19, p);                                                // 19
  add(top.p22, p, f.P(x.n1)), k[n++] = FeatureKeyLast(top.h23, p);  // 22, 23
  k[n++] = FeatureKeyLast(top.l24, p), k[n++] = FeatureKeyLast(right, p);  // 24, 25
  add(top.p26, p, f.P(x.n0l));                                    // 26
  add(top.w27, d), add(top.p28, d), add(front.w29, d), add(front.p30, d);  // 27-30
  add(top.w31, w, d), add(top.p32, p, d);                         // 31, 32
  k[n++] = top.key73, k[n++] = FeatureKeyLast(top.s74, p), k[n++] = FeatureKeyLast(top.l75, p);  // 73-75
  return n;
}

std::size_t PairFeatures(const ArcEagerState& st, const SentenceKeys& t, std::uint64_t* k) {
  return PairFeatures(st, t, TopPartsOf(st, t), RightPartOf(st, t), FrontPartsOf(st, t), k);
}

// Every feature of the state, for training.
std::size_t Features(const ArcEagerState& st, const SentenceKeys& t, std::uint64_t* k) {
  std::size_t n = BufferFeatures(st, t, k);
  KeyWriter f(st, t, k + n);
  FrontFeatures(f, st);
  TopFeatures(f, st);
  RightFeatures(f, st);
  n += f.size();
  return n + PairFeatures(st, t, k + n);
}

// Adds rows `ids` of `rows` (`classes` scores each) to `sums`. Cloned for
// AVX2 like the perceptron's AddRowsTo: eight sums an instruction where the
// baseline's SSE2 adds four.
__attribute__((target_clones("avx2", "default"))) void AddScoreRows(const std::int32_t* rows, const int* ids,
                                                                   std::size_t n, int classes, std::int32_t* sums) {
  for (std::size_t r = 0; r < n; ++r) {
    const std::int32_t* add = rows + static_cast<std::size_t>(ids[r]) * classes;
    for (int c = 0; c < classes; ++c) sums[c] += add[c];
  }
}

// The allowed action with the highest sum of the five groups' scores, the
// first of equals (as BestAllowed). `allowed`: -1 for an allowed action, 0
// for the others. Both loops vectorise (AVX2 clone as above); sums of weights
// never reach INT32_MIN, which marks the actions not allowed.
struct GroupSums {
  const std::int32_t *a, *b, *c, *d, *e;
};
__attribute__((target_clones("avx2", "default"))) int BestOfSums(GroupSums g, const std::int32_t* allowed, int classes,
                                                                std::int32_t* __restrict sums) {
  std::int32_t best = INT32_MIN;
  for (int k = 0; k < classes; ++k) {
    const std::int32_t sum = g.a[k] + g.b[k] + g.c[k] + g.d[k] + g.e[k];
    sums[k] = (sum & allowed[k]) | (INT32_MIN & ~allowed[k]);  // branch-free, so that it vectorises
    best = std::max(best, sums[k]);
  }
  for (int k = 0; k < classes; ++k)
    if (sums[k] == best && allowed[k] != 0) return k;
  return -1;
}

// Scores of the buffer, front, top and right groups, kept while the parts
// of the state they read stay as they were; the pair group is scored afresh at
// every transition. About a third fewer weight lookups than scoring every
// feature each time, and the same sums. The buffer and front scores stay
// in the Pending they were summed in.
class GroupScores {
 public:
  // `empty_rows`: kEmptyRows rows of `classes` scores (Parser::empty_rows_).
  GroupScores(int words, int classes, const std::int32_t* empty_rows)
      : classes_(classes),
        empty_rows_(empty_rows),
        top_(new std::int32_t[static_cast<std::size_t>(words + 1) * classes]),  // read only once scored
        right_(new std::int32_t[static_cast<std::size_t>(words + 1) * classes]),
        right_count_(words + 1, -1),
        top_parts_(new TopParts[words + 1]),
        right_parts_(new std::uint64_t[words + 1]) {}

  // The best action in `st` among `allowed` (-1 or 0 per action, see
  // BestOfSums), every feature counted.
  int Best(const PerceptronModel& model, const ArcEagerState& st, const SentenceKeys& t,
           const std::int32_t* allowed) {
    // The keys of every group that needs scoring, their slots fetched
    // together, then the weights they point to, so that the cache misses of
    // all groups overlap.
    std::uint64_t buffer_keys[kMaxFeatures], front_keys[kMaxFeatures], top_keys[kMaxFeatures],
        right_keys[kMaxFeatures], pair_keys[kMaxFeatures];
    int front_empty[kMaxEmptyPerGroup], top_empty[kMaxEmptyPerGroup], right_empty[kMaxEmptyPerGroup];
    std::size_t buffer_n = 0, front_n = 0, top_n = 0, right_n = 0;
    std::size_t front_empty_n = 0, top_empty_n = 0, right_empty_n = 0;
    const bool buffer_changed = st.next != buffer_at_;
    if (buffer_changed) {
      buffer_n = BufferFeatures(st, t, buffer_keys);
      model.Prefetch({buffer_keys, buffer_n});
      buffer_at_ = st.next;
      front_parts_ = FrontPartsOf(st, t);
    }
    const bool front_changed = st.next != front_at_ || st.left_count[st.next] != front_left_count_;
    if (front_changed) {
      KeyWriter f(st, t, front_keys, front_empty);
      FrontFeatures(f, st);
      front_n = f.size(), front_empty_n = f.empty_size();
      model.Prefetch({front_keys, front_n});
      front_at_ = st.next;
      front_left_count_ = st.left_count[st.next];
    }
    const int s0 = st.top();
    std::int32_t* top = &top_[static_cast<std::size_t>(s0) * classes_];
    std::int32_t* right = &right_[static_cast<std::size_t>(s0) * classes_];
    const bool top_new = right_count_[s0] < 0;
    if (top_new) {
      KeyWriter f(st, t, top_keys, top_empty);
      TopFeatures(f, st);
      top_n = f.size(), top_empty_n = f.empty_size();
      model.Prefetch({top_keys, top_n});
      top_parts_[s0] = TopPartsOf(st, t);
    }
    const bool right_changed = right_count_[s0] != st.right_count[s0];
    if (right_changed) {
      KeyWriter f(st, t, right_keys, right_empty);
      RightFeatures(f, st);
      right_n = f.size(), right_empty_n = f.empty_size();
      model.Prefetch({right_keys, right_n});
      right_count_[s0] = st.right_count[s0];
      right_parts_[s0] = RightPartOf(st, t);
    }
    const std::size_t pair_n = PairFeatures(st, t, top_parts_[s0], right_parts_[s0], front_parts_, pair_keys);
    model.Prefetch({pair_keys, pair_n});
    if (buffer_changed) model.Start({buffer_keys, buffer_n}, pending_[0]);
    if (front_changed) model.Start({front_keys, front_n}, pending_[1]);
    if (top_new) model.Start({top_keys, top_n}, pending_[2]);
    if (right_changed) model.Start({right_keys, right_n}, pending_[3]);
    model.Start({pair_keys, pair_n}, pending_[4]);
    if (buffer_changed) buffer_ = model.Finish(pending_[0]);
    if (front_changed) {
      front_ = model.Finish(pending_[1]);
      AddScoreRows(empty_rows_, front_empty, front_empty_n, classes_, front_);
    }
    if (top_new) KeepSums(model.Finish(pending_[2]), {top_empty, top_empty_n}, top);
    if (right_changed) KeepSums(model.Finish(pending_[3]), {right_empty, right_empty_n}, right);
    const std::int32_t* pair = model.Finish(pending_[4]);
    std::int32_t sums[kMaxClasses];
    return BestOfSums({pair, buffer_, front_, top, right}, allowed, classes_, sums);
  }

 private:
  // to = sums and the empty rows `empty`.
  void KeepSums(const std::int32_t* sums, std::span<const int> empty, std::int32_t* to) const {
    std::copy(sums, sums + classes_, to);
    AddScoreRows(empty_rows_, empty.data(), empty.size(), classes_, to);
  }

  int classes_;
  const std::int32_t* empty_rows_;
  int buffer_at_ = -1, front_at_ = -1, front_left_count_ = -1;
  const std::int32_t* buffer_ = nullptr;   // in pending_[0], once scored
  std::int32_t* front_ = nullptr;          // in pending_[1]
  std::unique_ptr<std::int32_t[]> top_;    // per word: its top group's scores
  std::unique_ptr<std::int32_t[]> right_;  // per word: its right group's scores
  std::vector<int> right_count_;           // per word: its right dependents when scored, -1 never
  std::unique_ptr<TopParts[]> top_parts_;  // per word, with its top group
  std::unique_ptr<std::uint64_t[]> right_parts_;  // per word, with its right group
  FrontParts front_parts_{};               // with the buffer group
  PerceptronModel::Pending pending_[5];    // buffer, front, top, right, pair
};

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
  const int actions = ActionCount(label_count());
  bool allowed[kAllowedKinds * kMaxClasses];
  AllowedOfEachKind(label_count(), root_label_, allowed);
  allowed_.assign(allowed, allowed + kAllowedKinds * actions);
  for (std::int32_t& a : allowed_) a = -a;  // true -> -1
  return Status::Ok();
}

void Parser::ScoreEmptyPositions() {
  const int classes = model_.classes();
  empty_rows_.assign(static_cast<std::size_t>(kEmptyRows) * classes, 0);
  const ArcEagerState no_state(0, root_label_);
  const SentenceKeys no_words;
  for (int pair = 0; pair < kPairIds; ++pair) {
    std::uint64_t keys[kMaxFeatures];
    KeyWriter both(no_state, no_words, keys);
    both.AddPosition(kPositionPairs[pair].first, -1);
    both.AddPosition(kPositionPairs[pair].second, -1);
    model_.Score({keys, both.size()}, &empty_rows_[static_cast<std::size_t>(2 * pair) * classes]);
    KeyWriter second(no_state, no_words, keys);
    second.AddPosition(kPositionPairs[pair].second, -1);
    model_.Score({keys, second.size()}, &empty_rows_[static_cast<std::size_t>(2 * pair + 1) * classes]);
  }
}

void Parser::Parse(std::span<const WordKeys> words, std::span<const int> tags, std::span<int> heads,
                   std::span<int> labels) const {
  const int n = static_cast<int>(words.size());
  const SentenceKeys keys = KeysOf(words, tags);
  ArcEagerState state(n, root_label_);
  const int labels_n = label_count(), actions = ActionCount(labels_n);
  GroupScores group_scores(n, actions, empty_rows_.data());
  while (!state.done()) {
    const int kind = state.AllowedKind();
    // The root on top with its dependent: SHIFT is the only action allowed,
    // which is what scoring would choose.
    if (kind == kRootTakenKind) {
      state.Apply(kShift);
      continue;
    }
    const std::int32_t* allowed = &allowed_[static_cast<std::size_t>(kind) * actions];
    state.Apply(group_scores.Best(model_, state, keys, allowed));
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
  parser.ScoreEmptyPositions();
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
  parser.ScoreEmptyPositions();
  return parser;
}

}  // namespace tidings::syntax
