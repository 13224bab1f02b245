#include "syntax/arc_eager.h"

#include <algorithm>

namespace tidings::syntax {

ArcEagerState::ArcEagerState(int words, int root_label)
    : n(words),
      root_label(root_label),
      head(words + 1, -1),
      label(words + 1, -1),
      left1(words + 1, -1),
      left2(words + 1, -1),
      right1(words + 1, -1),
      right2(words + 1, -1),
      left_count(words + 1, 0),
      right_count(words + 1, 0),
      left_labels(words + 1, 0),
      right_labels(words + 1, 0) {
  stack.reserve(words + 1);
  stack.push_back(0);
}

void ArcEagerState::Allowed(int labels, bool* allowed) const {
  const int s = top();
  const bool buffer = next <= n;
  allowed[kShift] = buffer;
  allowed[kReduce] = s != 0 && head[s] >= 0;
  for (int l = 0; l < labels; ++l) {
    allowed[LeftArc(l)] = buffer && s != 0 && head[s] < 0 && l != root_label;
    allowed[RightArc(l)] = buffer && (s == 0 ? l == root_label && right1[0] < 0 : l != root_label);
  }
}

void ArcEagerState::Costs(int labels, const bool* allowed, const std::vector<int>& gold_heads,
                          const std::vector<int>& gold_labels, int* costs) const {
  const int s = top(), b = next;
  // Gold dependents of s still in the buffer: lost once s leaves the stack.
  int s_children_in_buffer = 0;
  for (int k = b; k <= n && s >= 0; ++k) s_children_in_buffer += gold_heads[k] == s;
  if (allowed[kReduce]) costs[kReduce] = s_children_in_buffer;
  if (b > n) return;
  // Arcs between b and the stack that pushing b forecloses.
  int b_stack_arcs = 0, b_children_on_stack = 0;
  for (int k : stack) {
    b_stack_arcs += gold_heads[b] == k;
    if (k != 0 && head[k] < 0 && gold_heads[k] == b) ++b_children_on_stack;
  }
  costs[kShift] = b_stack_arcs + b_children_on_stack;
  const bool b_head_elsewhere = gold_heads[b] != s && (b_stack_arcs > 0 || gold_heads[b] > b);
  const int right_cost = b_head_elsewhere + b_children_on_stack;
  const bool s_head_in_buffer = s != 0 && gold_heads[s] > b;
  const int left_cost = s_head_in_buffer + s_children_in_buffer;
  for (int l = 0; l < labels; ++l) {
    if (allowed[LeftArc(l)]) costs[LeftArc(l)] = left_cost + (gold_heads[s] == b && gold_labels[s] != l);
    if (allowed[RightArc(l)]) costs[RightArc(l)] = right_cost + (gold_heads[b] == s && gold_labels[b] != l);
  }
}

void ArcEagerState::AddArc(int h, int d, int l) {
  head[d] = h;
  label[d] = l;
  if (d < h) {
    if (left1[h] < 0 || d < left1[h]) {
      left2[h] = left1[h];
      left1[h] = d;
    } else if (left2[h] < 0 || d < left2[h]) {
      left2[h] = d;
    }
    ++left_count[h];
    left_labels[h] |= std::uint64_t{1} << (l & 63);
  } else {
    if (d > right1[h]) {
      right2[h] = right1[h];
      right1[h] = d;
    } else if (d > right2[h]) {
      right2[h] = d;
    }
    ++right_count[h];
    right_labels[h] |= std::uint64_t{1} << (l & 63);
  }
}

void ArcEagerState::Apply(int action) {
  if (action == kShift) {
    stack.push_back(next++);
  } else if (action == kReduce) {
    stack.pop_back();
  } else if ((action & 1) == 0) {
    AddArc(next, top(), (action - 2) / 2);
    stack.pop_back();
  } else {
    AddArc(top(), next, (action - 3) / 2);
    stack.push_back(next++);
  }
}

void ArcEagerState::Finish(int leftover_label) {
  int root_word = right1[0];
  for (int d = 1; d <= n; ++d) {
    if (head[d] >= 0) continue;
    if (root_word < 0) {
      AddArc(0, d, root_label);
      root_word = d;
    } else {
      AddArc(root_word, d, leftover_label);
    }
  }
}

void AllowedOfEachKind(int labels, int root_label, bool* allowed) {
  // One state of each kind, with two words so that one is left in the buffer.
  ArcEagerState root_free(2, root_label), root_taken(2, root_label), headed(2, root_label), headless(2, root_label);
  root_taken.Apply(RightArc(root_label));
  root_taken.Apply(kReduce);
  headed.Apply(RightArc(root_label));
  headless.Apply(kShift);
  for (const ArcEagerState* st : {&root_free, &root_taken, &headed, &headless})
    st->Allowed(labels, allowed + st->AllowedKind() * ActionCount(labels));
}

}  // namespace tidings::syntax
