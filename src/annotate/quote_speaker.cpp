#include "annotate/quote_speaker.h"

#include <array>

namespace tidings {
namespace {

// Tokens that may stand inside a name even though they are not words.
bool IsNameJoiner(const QuoteWords& words, std::uint32_t t) {
  return words.Is(t, "&") || words.Is(t, "-") || words.Is(t, "'s");
}

// A phrase must name something: a word that is not a determiner, and no
// dangling determiner or preposition at its end.
bool Names(const QuoteWords& words, TokenRange r) {
  if (r.empty()) return false;
  const std::uint32_t last = r.end - 1;
  if (words.IsDeterminer(last) && !words.IsSubjectPronoun(last)) return false;
  if (words.Is(last, "of") || words.Is(last, "for") || words.Is(last, "'s") || words.Is(last, "and")) return false;
  for (std::uint32_t t = r.begin; t < r.end; ++t)
    if (words.IsWord(t) && !words.IsDeterminer(t)) return true;
  return false;
}

int KindRank(MentionKind kind) {
  switch (kind) {
    case MentionKind::kPerson:
    case MentionKind::kRole:
      return 0;
    case MentionKind::kOrganization:
    case MentionKind::kMedia:
      return 1;
    default:
      return 2;
  }
}

const Mention* BestMention(const Document& doc, Span span, bool linked_only) {
  const Mention* best = nullptr;
  for (const Mention& m : doc.mentions) {
    if (m.span.begin >= span.end) break;  // mentions are in text order
    if (!m.span.overlaps(span) || (linked_only && m.entity < 0)) continue;
    if (!best || KindRank(m.kind) < KindRank(best->kind) ||
        (KindRank(m.kind) == KindRank(best->kind) && m.span.size() > best->span.size()))
      best = &m;
  }
  return best;
}

}  // namespace

TokenRange PhraseBefore(const QuoteWords& words, std::uint32_t floor, std::uint32_t end) {
  std::uint32_t begin = end;
  while (begin > floor) {
    const std::uint32_t t = begin - 1;
    // A bracketed aside belongs to the name: "Rep. Gwen Moore (D-Wis.)".
    if (words.Is(t, ")")) {
      std::uint32_t open = t;
      while (open > floor && t - open < kMaxBracketWords && !words.Is(open, "(")) --open;
      if (!words.Is(open, "(") || open == floor) break;
      begin = open;
      continue;
    }
    if (!words.IsWord(t) && !IsNameJoiner(words, t)) break;
    if (words.IsClauseWord(t)) break;
    // "Xi and Putin said" joins two names; "... and officials said" starts a clause.
    if (words.Is(t, "and") &&
        !(t > floor && words.IsCapitalised(t - 1) && begin < end && words.IsCapitalised(begin)))
      break;
    if (end - t > kMaxSpeakerWords) return {};
    begin = t;
  }
  // A sentence-initial adjunct is not part of the subject: "On Monday officials said".
  if (begin < end && words.IsAdjunctStart(begin) && !words.IsSubjectPronoun(begin)) {
    ++begin;
    while (begin < end && words.IsCalendarWord(begin)) ++begin;
  }
  TokenRange r{begin, end};
  return Names(words, r) ? r : TokenRange{};
}

TokenRange PhraseAfter(const QuoteWords& words, std::uint32_t begin, std::uint32_t limit, bool strict) {
  if (begin >= limit || !words.IsWord(begin)) return {};
  if (strict && !words.IsCapitalised(begin) && !words.IsDeterminer(begin) && !words.IsSubjectPronoun(begin))
    return {};
  std::uint32_t end = begin;
  while (end < limit && end - begin < kMaxSpeakerWords) {
    if (!words.IsWord(end) && !IsNameJoiner(words, end)) break;
    if (words.IsClauseWord(end) && !(end == begin && words.IsSubjectPronoun(end))) break;
    if (words.IsFiniteVerb(end)) break;
    if (end > begin && words.IsAdjunctStart(end)) break;
    ++end;
  }
  TokenRange r{begin, end};
  return Names(words, r) ? r : TokenRange{};
}

std::int32_t EntityOf(const Document& doc, Span span) {
  const Mention* m = BestMention(doc, span, /*linked_only=*/true);
  return m ? m->entity : -1;
}

bool MentionKindOf(const Document& doc, Span span, MentionKind* kind) {
  const Mention* m = BestMention(doc, span, /*linked_only=*/true);
  if (!m) m = BestMention(doc, span, /*linked_only=*/false);
  if (!m) return false;
  *kind = m->kind;
  return true;
}

}  // namespace tidings
