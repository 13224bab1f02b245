// The arc-eager transition system (Nivre 2003) with a dynamic oracle
// (Goldberg and Nivre 2012), labelled.
//
// Words are numbered 1..n; 0 is an artificial root that starts on the stack.
// Actions: SHIFT, REDUCE, LEFT-l (next word becomes the head of the stack
// top, which is popped) and RIGHT-l (the stack top becomes the head of the
// next word, which is pushed). The root takes exactly one dependent, with the
// root label, and no other arc carries that label. A state is done when the
// buffer is empty; words still without a head are then attached by the
// parser (Finish). The state is a value: one per sentence being parsed.
#pragma once

#include <cstdint>
#include <vector>

namespace tidings::syntax {

enum : int { kShift = 0, kReduce = 1 };
inline int LeftArc(int label) { return 2 + 2 * label; }
inline int RightArc(int label) { return 3 + 2 * label; }
inline int ActionCount(int labels) { return 2 + 2 * labels; }

// The kinds of ArcEagerState::AllowedKind(): the root on top without or
// with its dependent (SHIFT then the only allowed action), a word on top
// with or without its head.
inline constexpr int kRootFreeKind = 0, kRootTakenKind = 1, kHeadedTopKind = 2, kHeadlessTopKind = 3;

class ArcEagerState {
 public:
  ArcEagerState(int words, int root_label);

  bool done() const { return next > n; }
  int top() const { return stack.back(); }

  // allowed[a] for every action a < ActionCount(labels).
  void Allowed(int labels, bool* allowed) const;
  // While the buffer is not empty, Allowed() depends on nothing but this
  // kind (above). AllowedOfEachKind() lists the actions of each.
  int AllowedKind() const {
    const int s = top();
    if (s == 0) return right1[0] < 0 ? kRootFreeKind : kRootTakenKind;
    return head[s] >= 0 ? kHeadedTopKind : kHeadlessTopKind;
  }
  // costs[a]: gold arcs an allowed action makes unreachable (labels
  // included); gold_heads[0..n] uses 0 for the root, gold_heads[0] unused.
  void Costs(int labels, const bool* allowed, const std::vector<int>& gold_heads,
             const std::vector<int>& gold_labels, int* costs) const;
  void Apply(int action);

  // Gives every word left without a head one: the first becomes the root's
  // dependent if the root has none, the others attach to that word with
  // `leftover_label`.
  void Finish(int leftover_label);

  int n;
  int root_label;
  int next = 1;  // first word of the buffer; the buffer is next..n
  std::vector<int> stack;
  std::vector<int> head, label;            // -1 until assigned
  std::vector<int> left1, left2;           // leftmost and second leftmost dependents
  std::vector<int> right1, right2;         // rightmost and second rightmost
  std::vector<std::uint8_t> left_count, right_count;
  std::vector<std::uint64_t> left_labels, right_labels;  // label sets as bits

 private:
  void AddArc(int h, int d, int l);
};

inline constexpr int kAllowedKinds = 4;
// allowed[k * ActionCount(labels) + a]: Allowed() of a state of
// AllowedKind() k that has words in its buffer, for a parser to look up
// instead of asking every state.
void AllowedOfEachKind(int labels, int root_label, bool* allowed);

}  // namespace tidings::syntax
