#include "code/coder.h"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <string_view>

#include "code/dictionary_files.h"
#include "code/tabari_matcher.h"

namespace tidings {
namespace {

bool IsSubjectRel(std::string_view rel) { return rel.starts_with("nsubj") || rel.starts_with("csubj") || rel == "expl"; }

// Children of a verb whose subtrees are separate clauses or not part of its pattern space.
bool OutsideClause(std::string_view rel) {
  return IsSubjectRel(rel) || rel == "punct" || rel == "parataxis" || rel == "conj" || rel == "advcl" ||
         rel == "ccomp" || rel == "cc" || rel.starts_with("discourse") || rel == "vocative" || rel == "list";
}

// What one sentence offers the matcher.
struct SentenceView {
  const Document* doc = nullptr;
  const ActorKnowledge* knowledge = nullptr;  // agents ("government", "soldiers"); may be null
  std::uint32_t first = 0, count = 0;
  // Each token's children (local indices, in order): views of `child_list`.
  std::vector<std::span<const std::uint32_t>> children;
  std::vector<std::uint32_t> child_list, child_begin, child_fill;
  // Each token's surface form and lemma in upper case, views of `upper_text`.
  std::string upper_text;
  std::vector<std::string_view> upper, lemma_upper;
  std::vector<std::int32_t> mention_of;  // outermost resolved mention covering the token, -1 none
  std::vector<std::int32_t> head;        // local, -1 root
  std::vector<std::string_view> rel;
  // By VerbDictionary::WordId: the pattern words some token's surface form or
  // lemma is, and those some surface form is.
  std::vector<bool> form_seen, surface_seen;
  std::uint64_t seen_bits = 0;  // the VerbDictionary::WordBit of every id in form_seen
  std::vector<std::uint32_t> seen_ids;  // the ids set in form_seen and surface_seen
  // Verbs with a form starting with the token's surface form, and with its
  // lemma (VerbDictionary::FindWord, looked up with the ids above).
  std::vector<std::span<const std::uint32_t>> form_verbs, lemma_verbs;
  // A verb the tagger missed, being coded: the parse may hang the phrases on
  // both sides of it together ("guerrillas wounded soldiers" as one noun
  // phrase), so no noun phrase reaches across it. -1 when none.
  std::int32_t verb_barrier = -1;
  // The noun phrases the matched pattern's '^' passed over (MatchState::skipped).
  std::vector<std::uint32_t> skipped;
  // Whether verbs are read as UniversalPetrarch reads them (its dictionaries come with a PICO
  // ontology): a verb's subject is a dependent of its own or of a verb it complements, never of
  // a verb a preposition's clause modifies (SubjectOf).
  bool universal_petrarch = false;

  const Token& tok(std::uint32_t i) const { return doc->tokens[first + i]; }
  // The sentence's tokens for agent lookups, case-folded when first asked for (most sentences
  // never are).
  const TokenView& words() const {
    if (!words_ready) {
      words_.text.clear();
      words_.folded.clear();
      for (std::uint32_t i = 0; i < count; ++i) words_.Add(doc->text(tok(i).span));
      words_ready = true;
    }
    return words_;
  }
  mutable TokenView words_;
  mutable bool words_ready = false;
  // Word class and tag as views: compared with literals without measuring them.
  std::string_view upos(std::uint32_t i) const { return tok(i).upos; }
  std::string_view tag(std::uint32_t i) const { return tok(i).tag; }
};

void Subtree(const SentenceView& s, std::uint32_t i, std::vector<std::uint32_t>& out, int depth = 0) {
  if (depth > 256) return;
  out.push_back(i);
  for (std::uint32_t c : s.children[i]) Subtree(s, c, out, depth + 1);
}

// "expressed readiness to work on ...": an infinitive right after the verb's
// object is often attached to the verb (advcl) where it complements the noun
// (acl). Such a clause joins the verb's clause when a pattern needs it.
bool NounComplementAsAdvcl(const SentenceView& s, std::uint32_t v, std::uint32_t c) {
  if (s.rel[c] != "advcl") return false;
  std::int32_t to = -1;
  for (std::uint32_t g : s.children[c])
    if (s.rel[g] == "mark" && s.lemma_upper[g] == "TO") to = static_cast<std::int32_t>(g);
  if (to < 1) return false;
  for (std::uint32_t o : s.children[v]) {
    if (s.rel[o] != "obj" || s.upos(o) != "NOUN") continue;
    std::vector<std::uint32_t> np;
    Subtree(s, o, np);
    if (*std::max_element(np.begin(), np.end()) + 1 == static_cast<std::uint32_t>(to)) return true;
  }
  return false;
}

// "vowed late on Monday to start a war": an infinitive after a verb without an
// object, attached to it as an adverbial clause (advcl) where it is the
// verb's complement (xcomp).
bool VerbComplementAsAdvcl(const SentenceView& s, std::uint32_t v, std::uint32_t c) {
  if (s.rel[c] != "advcl" || c < v) return false;
  for (std::uint32_t o : s.children[v])
    if (s.rel[o] == "obj") return false;
  for (std::uint32_t g : s.children[c])
    if (s.rel[g] == "mark" && s.lemma_upper[g] == "TO") return true;
  return false;
}

// A relative clause is its own verb's ("supports a resolution that imposes
// sanctions on Gondor" sanctions no one): its subtree is left out.
void SubtreeWithoutRelatives(const SentenceView& s, std::uint32_t i, std::vector<std::uint32_t>& out, int depth = 0) {
  if (depth > 256) return;
  out.push_back(i);
  for (std::uint32_t c : s.children[i])
    if (s.rel[c] != "acl:relcl") SubtreeWithoutRelatives(s, c, out, depth + 1);
}

std::vector<std::uint32_t> ClauseOf(const SentenceView& s, std::uint32_t v) {
  std::vector<std::uint32_t> out{v};
  for (std::uint32_t c : s.children[v])
    if (!OutsideClause(s.rel[c])) SubtreeWithoutRelatives(s, c, out);
  std::sort(out.begin(), out.end());
  return out;
}

// Whether the clause headed by c has a verb of its own: c itself, or a verb
// its predicate governs ("that it is willing to withdraw").
bool HasVerbOfItsOwn(const SentenceView& s, std::uint32_t c) {
  if (s.upos(c) == "VERB") return true;
  for (std::uint32_t g : s.children[c])
    if (s.rel[g] == "xcomp" || s.rel[g] == "ccomp" || s.rel[g] == "advcl") return true;
  return false;
}

// Whether a pattern is plain words (PETRARCH-1, TABARI), without PETRARCH-2's
// noun phrases "{..}" and prepositional phrases "(..)".
bool PlainWords(const VerbPattern& p) {
  for (const PatternToken& t : p.tokens)
    if (t.kind == PatternTokenKind::kNounOpen || t.kind == PatternTokenKind::kPhraseOpen) return false;
  return true;
}

struct MatchState {
  int score = -1;
  std::int32_t source_tok = -1, target_tok = -1;
  std::uint32_t last_tok = 0;
  // The head words of the noun phrases of nouns a '^' passed over ("cabinet" in "beside the
  // cabinet of Gondor"): an actor after them is named alone, not as their agent (WithAgents).
  std::vector<std::uint32_t> skipped;
};

// False when the 64-bit digest of the words pattern `p` requires has a bit
// no word of the sentence sets: most patterns are dropped here, unread.
inline bool DigestAllows(const SentenceView& s, const VerbDictionary& dict, std::uint32_t p) {
  return (dict.RequiredBits(p) & ~s.seen_bits) == 0;
}

// False when a word pattern `p` requires matches no token of the sentence (see
// WordMatches). Callers test DigestAllows first, before reading the pattern.
inline bool RequiredWordsSeen(const SentenceView& s, const VerbDictionary& dict, std::uint32_t p) {
  for (const RequiredWord& w : dict.RequiredWords(p))
    if (!s.form_seen[w.word] && (w.plural == kNoWord || !s.surface_seen[w.plural])) return false;
  return true;
}

bool WordMatches(const SentenceView& s, std::uint32_t t, const PatternToken& p) {
  const std::string& w = p.text;
  if (s.upper[t] == w || s.lemma_upper[t] == w) return true;
  if (!p.exact && s.upper[t] == p.plural) return true;
  return false;
}

// PETRARCH-1 compares a pattern's words with the text's as written ("- *
// RESOLUTION" does not match "resolutions"); PETRARCH-2 dictionaries read
// lemmas and generate regular plurals.
bool PatternWordAt(const SentenceView& s, const VerbDictionary& dict, std::uint32_t t, const PatternToken& p) {
  return dict.has_phrase_patterns() ? WordMatches(s, t, p) : s.upper[t] == p.text;
}

// Matches `phrase` (space separated words) at seq[pos..]; returns the number of
// words consumed or 0.
std::size_t PhraseAt(const SentenceView& s, const std::vector<std::uint32_t>& seq, std::size_t pos,
                     std::string_view phrase) {
  std::size_t n = 0;
  std::size_t start = 0;
  while (start <= phrase.size()) {
    if (start < phrase.size() && phrase[start] != ' ') {
      if (pos + n >= seq.size()) return 0;
      const std::uint32_t t = seq[pos + n];
      // Most words differ from the token's already in their first letter: no need to find their end.
      const char first = phrase[start];
      if ((s.upper[t].empty() || s.upper[t][0] != first) && (s.lemma_upper[t].empty() || s.lemma_upper[t][0] != first))
        return 0;
      std::size_t end = phrase.find(' ', start);
      if (end == std::string_view::npos) end = phrase.size();
      const std::string_view word = phrase.substr(start, end - start);
      if (s.upper[t] != word && s.lemma_upper[t] != word) return 0;
      ++n;
      start = end + 1;
    } else {
      ++start;  // an empty word (a space here, or the end)
    }
  }
  return n;
}

bool HasAlternatives(const std::vector<PatternToken>& tokens) {
  return std::any_of(tokens.begin(), tokens.end(),
                     [](const PatternToken& p) { return p.kind == PatternTokenKind::kAltOpen; });
}

// The token sequences a pattern with TABARI alternatives ("HAS { NOT |
// REFUSED_TO } *") stands for, one per choice, the first group expanded
// first; at most 64. A pattern without alternatives is itself.
std::vector<std::vector<PatternToken>> WithoutAlternatives(const std::vector<PatternToken>& tokens) {
  constexpr std::size_t kMaxVariants = 64;
  std::vector<std::vector<PatternToken>> done, todo{tokens};
  while (!todo.empty() && done.size() + todo.size() <= kMaxVariants) {
    std::vector<PatternToken> t = std::move(todo.back());
    todo.pop_back();
    const auto open =
        std::find_if(t.begin(), t.end(), [](const PatternToken& p) { return p.kind == PatternTokenKind::kAltOpen; });
    if (open == t.end()) {
      done.push_back(std::move(t));
      continue;
    }
    // The group's choices, split at bars of its own level.
    std::vector<std::vector<PatternToken>> choices(1);
    auto k = open + 1;
    for (int depth = 0; k != t.end(); ++k) {
      if (k->kind == PatternTokenKind::kAltOpen) ++depth;
      if (k->kind == PatternTokenKind::kAltClose && depth-- == 0) break;
      if (k->kind == PatternTokenKind::kAltBar && depth == 0) choices.emplace_back();
      else choices.back().push_back(*k);
    }
    if (k == t.end()) continue;  // unbalanced: the reader rejects these, nothing to match
    for (auto c = choices.rbegin(); c != choices.rend(); ++c) {
      std::vector<PatternToken> variant(t.begin(), open);
      variant.insert(variant.end(), c->begin(), c->end());
      variant.insert(variant.end(), k + 1, t.end());
      todo.push_back(std::move(variant));
    }
  }
  return done;
}

// Matches pattern tokens [begin, end) as a subsequence of seq; words glued
// to the previous one must follow it directly, the first one too when
// `glued_start` (a verb glued to it, "*_DOWN"). `matched_end` receives the
// position in seq after the last token matched.
bool MatchSequence(const SentenceView& s, const VerbDictionary& dict, const std::vector<PatternToken>& pt,
                   std::size_t begin, std::size_t end, const std::vector<std::uint32_t>& seq, MatchState& m,
                   bool glued_start = false, std::size_t* matched_end = nullptr) {
  std::size_t pos = 0;
  bool glued = glued_start;
  int score = 0;
  int noun_depth = 0;
  for (std::size_t k = begin; k < end; ++k) {
    const PatternToken& p = pt[k];
    switch (p.kind) {
      case PatternTokenKind::kNounOpen: ++noun_depth; break;
      case PatternTokenKind::kNounClose: noun_depth = std::max(0, noun_depth - 1); break;
      case PatternTokenKind::kWord:
      case PatternTokenKind::kSynset: {
        bool found = false;
        for (std::size_t q = pos; q < seq.size(); ++q) {
          std::size_t used = 0;
          if (p.kind == PatternTokenKind::kWord) {
            used = PatternWordAt(s, dict, seq[q], p) ? 1 : 0;
          } else {
            for (const std::string& member : dict.synsets()[p.synset].members) {
              used = PhraseAt(s, seq, q, member);
              if (used) break;
            }
          }
          if (used) {
            pos = q + used;
            // Words of a noun phrase ({CONGRATULATORY LETTER}) are more specific than loose ones.
            score += (noun_depth > 0 ? 3 : 2) * static_cast<int>(used);
            m.last_tok = std::max(m.last_tok, seq[q + used - 1]);
            found = true;
            break;
          }
          if (glued) break;
        }
        if (!found) return false;
        glued = p.glued;
        break;
      }
      case PatternTokenKind::kSource:
      case PatternTokenKind::kTarget:
      case PatternTokenKind::kCompound: {
        bool found = false;
        for (std::size_t q = pos; q < seq.size(); ++q) {
          if (s.mention_of[seq[q]] >= 0) {
            if (p.kind != PatternTokenKind::kTarget) m.source_tok = seq[q];
            if (p.kind != PatternTokenKind::kSource) m.target_tok = seq[q];
            const std::int32_t mention = s.mention_of[seq[q]];
            while (q < seq.size() && s.mention_of[seq[q]] == mention) ++q;
            pos = q;
            m.last_tok = std::max(m.last_tok, seq[q - 1]);
            score += 1;
            found = true;
            break;
          }
        }
        if (!found) return false;
        glued = false;
        break;
      }
      case PatternTokenKind::kSkip: {
        // "^" passes over the next noun phrase ("* AT ^ +": warned at the capital of Arnor -> Arnor):
        // the adpositions and adverbs before it ("beside" in "ratified the accord beside Andor in
        // Kestria" against "* ACCORD ^ +": Kestria), its determiners and modifiers, then its actor or
        // its run of nouns. It stops at a verb, a conjunction or punctuation: the words before them
        // belong to no noun phrase of the same phrase, so nothing but those is passed over.
        std::size_t q = pos;
        auto upos = [&](std::size_t k) -> std::string_view { return s.upos(seq[k]); };
        auto in_mention = [&](std::size_t k) { return s.mention_of[seq[k]] >= 0; };
        auto modifier = [&](std::size_t k) {
          return upos(k) == "DET" || upos(k) == "ADJ" || upos(k) == "NUM" || upos(k) == "PRON";
        };
        auto noun = [&](std::size_t k) { return upos(k) == "NOUN" || upos(k) == "PROPN"; };
        auto starts_noun_phrase = [&](std::size_t k) { return in_mention(k) || modifier(k) || noun(k); };
        while (q < seq.size() && !starts_noun_phrase(q) && (upos(q) == "ADP" || upos(q) == "ADV")) ++q;
        if (q == seq.size() || !starts_noun_phrase(q)) q = pos;
        while (q < seq.size() && !in_mention(q) && modifier(q)) ++q;
        if (q < seq.size() && in_mention(q)) {
          const std::int32_t mention = s.mention_of[seq[q]];
          while (q < seq.size() && s.mention_of[seq[q]] == mention) ++q;
        } else {
          const std::size_t nouns = q;
          while (q < seq.size() && !in_mention(q) && noun(q)) ++q;
          if (q > nouns) m.skipped.push_back(seq[q - 1]);
        }
        pos = q;
        glued = false;
        break;
      }
      default:
        break;
    }
  }
  m.score += score;
  if (matched_end) *matched_end = pos;
  return true;
}

// PETRARCH-1 reads the words before the verb from the verb backwards, so each
// plain pattern word before '*' is found nearest the verb ("- + WAS_ *": the
// actor right before "was", not the sentence's first one): tokens [0, star)
// are matched on the shortest tail of `before` that holds them. `pre_end`
// receives the position in `before` after the last token matched.
bool MatchNearestBeforeVerb(const SentenceView& s, const VerbDictionary& dict, const std::vector<PatternToken>& pt,
                            std::size_t star, const std::vector<std::uint32_t>& before, MatchState& m,
                            std::size_t* pre_end) {
  MatchState tried = m;
  if (!MatchSequence(s, dict, pt, 0, star, before, tried, false, pre_end)) return false;
  // Only a target: a source or compound before the verb is the subject's whole phrase, whose
  // first conjunct stands farthest from the verb.
  const auto target = [](const PatternToken& t) { return t.kind == PatternTokenKind::kTarget; };
  if (std::none_of(pt.begin(), pt.begin() + static_cast<std::ptrdiff_t>(star), target)) {
    m = tried;
    return true;
  }
  std::vector<std::uint32_t> tail;
  for (std::size_t start = before.size(); start-- > 1;) {
    tail.assign(before.begin() + static_cast<std::ptrdiff_t>(start), before.end());
    MatchState nearer = m;
    std::size_t end = 0;
    if (MatchSequence(s, dict, pt, 0, star, tail, nearer, false, &end)) {
      m = nearer;
      *pre_end = start + end;
      return true;
    }
  }
  m = tried;
  return true;
}

// Whether the apposition `c` of `h` continues h's name without a break:
// "Tree Prime Minister Dorn" parsed as "Tree" with the apposition "Prime
// Minister Dorn" is one name of a title and a person; "Dorn, the minister"
// is not.
bool NameContinuation(const SentenceView& s, std::uint32_t h, std::uint32_t c) {
  if (c < h || s.upos(h) == "PRON") return false;
  std::vector<std::uint32_t> app;
  Subtree(s, c, app);
  const std::uint32_t first = *std::min_element(app.begin(), app.end());
  if (first != h + 1) return false;
  return std::none_of(app.begin(), app.end(), [&](std::uint32_t t) { return s.upos(t) == "PUNCT"; });
}

// Tokens of the noun phrase headed by `h`, without conjuncts, clauses and
// appositions (but with a name's continuation), in order.
std::vector<std::uint32_t> NounPhrase(const SentenceView& s, std::uint32_t h) {
  std::vector<std::uint32_t> sub{h};
  for (std::uint32_t c : s.children[h]) {
    const std::string_view r = s.rel[c];
    if (r == "appos" && NameContinuation(s, h, c)) Subtree(s, c, sub);
    else if (r != "conj" && r != "cc" && r != "acl:relcl" && r != "acl" && r != "appos" && r != "punct" && r != "dep" &&
             r != "parataxis")
      Subtree(s, c, sub);
  }
  if (s.verb_barrier >= 0) {
    const std::uint32_t barrier = static_cast<std::uint32_t>(s.verb_barrier);
    std::erase_if(sub, [&](std::uint32_t t) { return t == barrier || (t < barrier) != (h < barrier); });
  }
  std::sort(sub.begin(), sub.end());
  return sub;
}

// The agent whose phrase starts the run of `phrase` tokens at k (all outside
// mentions), or null; `length` is set to its length in tokens.
const AgentEntry* AgentAt(const SentenceView& s, const std::vector<std::uint32_t>& phrase, std::size_t k,
                          std::uint32_t* length) {
  std::size_t run = k;
  while (run + 1 < phrase.size() && phrase[run + 1] == phrase[run] + 1 && s.mention_of[phrase[run + 1]] < 0) ++run;
  // An agent of several words the parse split off the phrase ("the Gondor Ministry of Silly
  // Walks" with "of Silly Walks" hung elsewhere) runs on in the text, up to a verb or a comma.
  std::uint32_t end = phrase[run] + 1;
  while (end < s.count && s.mention_of[end] < 0 && static_cast<std::int32_t>(end) != s.verb_barrier &&
         s.upos(end) != "VERB" && s.upos(end) != "AUX" && s.upos(end) != "PUNCT")
    ++end;
  static thread_local std::vector<std::uint32_t> payloads;  // LongestMatch clears it; read before returning
  *length = s.knowledge->gazetteer().LongestMatch(s.words(), phrase[k], end, &payloads);
  if (*length == 0) return nullptr;
  for (std::uint32_t p : payloads) {
    const PhraseTarget& target = s.knowledge->target(p);
    if (target.type != PhraseTarget::Type::kActor) return &s.knowledge->agents()[target.index];
  }
  return nullptr;
}

// The agent codes written in the noun phrase headed by `h` around `code`:
// "Gondor's government" GON + GOV, "MSF Arnor" NGO~ + ARN. False when the
// phrase holds no agent.
bool ComposeAgents(const SentenceView& s, std::uint32_t h, const std::string& code, std::string* composed) {
  const std::vector<std::uint32_t> phrase = NounPhrase(s, h);
  std::string before, after = code;
  bool found = false;
  for (std::size_t k = 0; k < phrase.size();) {
    std::uint32_t length = 0;
    const AgentEntry* agent = s.mention_of[phrase[k]] < 0 ? AgentAt(s, phrase, k, &length) : nullptr;
    if (!agent) {
      ++k;
      continue;
    }
    std::string& side = agent->prepend ? before : after;
    if (!side.ends_with(agent->code)) side += agent->code;
    found = true;
    k += length;
  }
  *composed = before + after;
  return found;
}

// Whether the noun phrase headed by h names an actor.
bool PhraseNamesActor(const SentenceView& s, std::uint32_t h) {
  for (std::uint32_t t : NounPhrase(s, h))
    if (s.mention_of[t] >= 0) return true;
  return false;
}

// The actor codes of `mention` with the agents written around it, as
// PETRARCH composes them. Only states and organizations take agents (a
// person's code already holds the role); an agent code already ending the
// code is not repeated ("White House officials" stays USAGOV). Conjuncts
// share what they modify ("soldiers of Arnor and Gondor": ARNMIL, GONMIL),
// and conjoined agent nouns each make an actor ("Danish media and
// government": DNKMED, DNKGOV).
std::vector<std::string> WithAgents(const SentenceView& s, std::uint32_t token, const std::string& code) {
  const Document& doc = *s.doc;
  const std::int32_t mention = s.mention_of[token];
  const MentionKind kind = doc.entities[doc.mentions[mention].entity].kind;
  if (!s.knowledge || code.empty() || (kind != MentionKind::kState && kind != MentionKind::kOrganization))
    return {code};
  // The noun phrase the actor modifies: "Gondor's government", "soldiers from Gondor".
  std::uint32_t top = token;
  for (int steps = 0; steps < 8 && s.head[top] >= 0; ++steps) {
    const std::uint32_t up = static_cast<std::uint32_t>(s.head[top]);
    const std::string_view r = s.rel[top];
    if (s.mention_of[up] == mention) {
      top = up;
      continue;
    }
    // A later conjunct of actors attaches where the first one does; a conjunct that is a noun
    // phrase of its own ("Ithilen and the government of Valdoria") keeps its agents.
    if (r == "conj" && s.mention_of[up] >= 0 && s.mention_of[top] == mention) {
      top = up;
      continue;
    }
    const std::string_view upos = s.upos(up);
    if (upos != "NOUN" && upos != "PROPN") break;
    if (std::find(s.skipped.begin(), s.skipped.end(), up) != s.skipped.end()) break;
    bool attaches = r == "compound" || r == "nmod:poss" || r == "amod" || r == "flat";
    if (r == "nmod")
      for (std::uint32_t c : s.children[top])
        if (s.rel[c] == "case") attaches = s.upper[c] == "OF" || s.upper[c] == "IN" || s.upper[c] == "FROM";
    if (!attaches) break;
    top = up;
  }
  // The agent nouns conjoined with the phrase's head that name no actor of their own.
  std::vector<std::uint32_t> heads{top};
  std::uint32_t first = top;
  if (s.rel[top] == "conj" && s.head[top] >= 0 && s.mention_of[s.head[top]] < 0) first = s.head[top];
  if (first != top) heads.insert(heads.begin(), first);
  for (std::uint32_t c : s.children[first])
    if (s.rel[c] == "conj" && c != top && (s.upos(c) == "NOUN") && !PhraseNamesActor(s, c)) heads.push_back(c);
  std::vector<std::string> codes;
  for (std::uint32_t h : heads) {
    std::string composed;
    const bool agents = ComposeAgents(s, h, code, &composed);
    if ((h == top || agents) && std::find(codes.begin(), codes.end(), composed) == codes.end())
      codes.push_back(std::move(composed));
  }
  return codes;
}

// Entities named by the noun phrase headed by `h` and its conjuncts, from
// tokens before `limit` only.
// The state or organization whose office a titled name holds: "Ithilen's
// minister Calimehtar" is Ithilen's minister (PETRARCH codes a noun phrase by
// its first actor, with the agents of the phrase), or -1. Without a title
// between them ("Gondor's ally Arnor") the name stands for itself.
std::int32_t OfficeHolderState(const SentenceView& s, std::uint32_t h) {
  if (!s.knowledge) return -1;
  for (std::uint32_t c : s.children[h]) {
    if (s.rel[c] != "nmod:poss" || s.mention_of[c] < 0 || s.mention_of[c] == s.mention_of[h]) continue;
    const MentionKind kind = s.doc->entities[s.doc->mentions[s.mention_of[c]].entity].kind;
    if (kind != MentionKind::kState && kind != MentionKind::kOrganization) continue;
    std::string composed;
    if (ComposeAgents(s, h, "", &composed)) return static_cast<std::int32_t>(c);
  }
  return -1;
}

// "ethnic Albanians demonstrated in Serbia": a state's people named as an ethnic group live in
// the one other state the sentence names, and act as that state's; elsewhere `code` stays.
std::string EthnicGroupsState(const SentenceView& s, std::uint32_t token, const std::string& code) {
  const std::int32_t mention = s.mention_of[token];
  std::uint32_t first = token;
  while (first > 0 && s.mention_of[first - 1] == mention) --first;
  if (first == 0 || s.upper[first - 1] != "ETHNIC" || code.size() != 3) return code;
  std::string other;
  for (std::uint32_t t = 0; t < s.count; ++t) {
    if (s.mention_of[t] < 0 || s.mention_of[t] == mention) continue;
    const Entity& e = s.doc->entities[s.doc->mentions[s.mention_of[t]].entity];
    const MentionKind kind = e.kind;
    if ((kind != MentionKind::kState && kind != MentionKind::kPlace) || e.actor.size() < 3) continue;
    const std::string country = e.actor.substr(0, 3);
    if (country == code) continue;
    if (!other.empty() && other != country) return code;
    other = country;
  }
  return other.empty() ? code : other;
}

void ActorsOf(const SentenceView& s, std::uint32_t h, std::vector<EventActor>& out, std::uint32_t limit = UINT32_MAX,
              int depth = 0) {
  if (depth > 32 || h >= limit) return;
  const Document& doc = *s.doc;
  const std::vector<std::uint32_t> phrase = NounPhrase(s, h);
  auto add = [&](std::uint32_t token) {
    const Mention& m = doc.mentions[s.mention_of[token]];
    const Entity& e = doc.entities[m.entity];
    for (const EventActor& a : out)
      if (a.entity == m.entity) return;
    for (std::string& code : WithAgents(s, token, EthnicGroupsState(s, token, e.actor)))
      out.push_back({m.span, m.entity, std::move(code)});
  };
  if (const std::int32_t office = s.mention_of[h] >= 0 ? OfficeHolderState(s, h) : -1; office >= 0) {
    add(static_cast<std::uint32_t>(office));
  } else if (s.mention_of[h] >= 0) {
    add(h);
  } else {
    // The first actor inside the phrase; its own conjuncts join it ("the ambassadors of Arnor,
    // Osgiliath and Gondor").
    for (std::uint32_t t : phrase)
      if (t < limit && s.mention_of[t] >= 0) {
        add(t);
        std::uint32_t inner = t;
        while (s.head[inner] >= 0 && s.mention_of[s.head[inner]] == s.mention_of[t]) inner = s.head[inner];
        if (inner != h)
          for (std::uint32_t c : s.children[inner])
            if (s.rel[c] == "conj") ActorsOf(s, c, out, limit, depth + 1);
        break;
      }
  }
  for (std::uint32_t c : s.children[h])
    if (s.rel[c] == "conj") ActorsOf(s, c, out, limit, depth + 1);
}

bool HasChild(const SentenceView& s, std::uint32_t v, std::string_view rel);

// One actor: the same entity in the same role (a state and its police are two actors).
bool SameActor(const EventActor& a, const EventActor& b) { return a.entity == b.entity && a.actor == b.actor; }

// Whether the actor is named by a city or site standing for its state ("Bree" for Arnor).
bool NamedByPlace(const Document& doc, const EventActor& a) {
  for (const Mention& m : doc.mentions)
    if (m.span.begin == a.text.begin && m.span.end == a.text.end) return m.kind == MentionKind::kPlace;
  return false;
}

bool NamesStateOrPlace(const Document& doc, const EventActor& a) {
  if (a.entity < 0) return false;
  const MentionKind kind = doc.entities[a.entity].kind;
  return kind == MentionKind::kState || kind == MentionKind::kPlace;
}

// Where a verb's own stretch of words ends, reading rightwards: punctuation
// that separates clauses, a subordinating or relative word, or a verb with a
// subject of its own.
bool ClauseBoundary(const SentenceView& s, std::uint32_t t) {
  static constexpr std::string_view kWords[] = {"WHICH", "WHO",   "WHOM",  "WHOSE",  "UNLESS", "AFTER",
                                                "BEFORE", "BECAUSE", "WHILE", "WHEN", "SINCE",  "IF",
                                                "UNTIL", "ALTHOUGH", "THOUGH", "WHERE"};
  const std::string_view w = s.upper[t];
  // "complete, full diplomatic ties": a comma between adjectives stays inside the noun phrase.
  if (w == "," && t > 0 && t + 1 < s.count && s.upos(t - 1) == "ADJ" && s.upos(t + 1) == "ADJ") return false;
  if (w == "," || w == ";" || w == ":" || w == "--") return true;
  for (std::string_view k : kWords)
    if (w == k) return true;
  if (s.upos(t) != "VERB") return false;
  // A verb the tagger missed may be parsed as the subject of the participle after it ("The
  // Arnorians reject proposed changes": "reject" the subject of "proposed"): no clause of its own.
  bool subject = false;
  for (std::uint32_t c : s.children[t]) {
    if (s.rel[c] != "nsubj" && s.rel[c] != "nsubj:pass") continue;
    if (static_cast<std::int32_t>(c) == s.verb_barrier) return false;
    subject = true;
  }
  return subject;
}

bool HasChild(const SentenceView& s, std::uint32_t v, std::string_view rel) {
  for (std::uint32_t c : s.children[v])
    if (s.rel[c] == rel) return true;
  return false;
}

// Whether token t lies inside a time expression ("on Thursday", "today"). The
// parser trained on web text often makes the day in "Gondor on Monday
// rejected ..." the verb's subject.
bool InTimeExpression(const SentenceView& s, std::uint32_t t) {
  const Span span = s.tok(t).span;
  for (const TimeExpression& time : s.doc->times)
    if (time.span.contains(span)) return true;
  return false;
}

// A coordinated subject the parser split into several children of the verb
// ("Mordor, the Shire and Bree welcomed": two nsubj), or whose first names
// hang on the verb as modifiers ("Fornost and the awful Gondor": Fornost an
// advmod): the actors of such a child before the verb join the subject's
// when only commas, conjunctions, determiners and adjectives stand between
// the two. A first phrase holding a clause ("crowds burned down its embassy, an
// official said") is no member of a list.
bool CoordinatedWith(const SentenceView& s, std::uint32_t a, std::uint32_t b) {
  std::vector<std::uint32_t> first, second;
  Subtree(s, std::min(a, b), first);
  Subtree(s, std::max(a, b), second);
  if (std::any_of(first.begin(), first.end(), [&](std::uint32_t t) { return s.upos(t) == "VERB"; })) return false;
  const std::uint32_t from = *std::max_element(first.begin(), first.end()) + 1;
  const std::uint32_t to = *std::min_element(second.begin(), second.end());
  for (std::uint32_t t = from; t < to; ++t) {
    const std::string_view upos = s.upos(t);
    if (s.upper[t] != "," && upos != "CCONJ" && upos != "DET" && upos != "ADJ") return false;
  }
  return from <= to;
}

// Whether a comma stands between tokens a and b (a before b).
bool CommaBetween(const SentenceView& s, std::int32_t a, std::int32_t b) {
  for (std::int32_t t = a + 1; t < b; ++t)
    if (s.upper[t] == ",") return true;
  return false;
}

void AddSplitSubjects(const SentenceView& s, std::uint32_t subj, std::vector<EventActor>& sources) {
  // Only a subject has co-subjects: a subject inherited from a noun the verb modifies ("crowds
  // burned down its embassy, an official said": "crowds" the object of "said") has none.
  if (s.head[subj] < 0 || !IsSubjectRel(s.rel[subj])) return;
  const std::uint32_t verb = static_cast<std::uint32_t>(s.head[subj]);
  for (std::uint32_t c : s.children[verb]) {
    if (c == subj || c > verb || InTimeExpression(s, c)) continue;
    const std::string_view r = s.rel[c];
    const bool name = s.mention_of[c] >= 0 && (r == "advmod" || r == "dep" || r == "appos");
    // While the subjects so far name no actor, any other subject of the verb not parted from it by
    // a comma is part of the split coordination ("The lions and the awful Gondor" parsed as three
    // subjects).
    const bool uncoded_split = r == "nsubj" && sources.empty() &&
                               !CommaBetween(s, static_cast<std::int32_t>(std::min(c, subj)),
                                             static_cast<std::int32_t>(std::max(c, subj)));
    if ((r == "nsubj" || name) && (CoordinatedWith(s, c, subj) || uncoded_split))
      ActorsOf(s, c, sources, verb);
  }
}

// "Arnor President Umbardacil", an unknown name with a title after the name
// of a state (which the tagger may read as a determiner or leave outside the
// phrase): the state holds the office the title names (ARNGOV), as PETRARCH
// codes a noun phrase by its first actor with the agents of the phrase.
void StateOfTitledName(const SentenceView& s, std::uint32_t h, std::vector<EventActor>& sources) {
  if (!s.knowledge || s.mention_of[h] >= 0 || s.upos(h) != "PROPN") return;
  const std::uint32_t start = NounPhrase(s, h).front();
  std::uint32_t state = start;
  if (s.mention_of[start] < 0) {
    // Left outside the phrase: only when nothing else names the subject.
    if (start == 0 || !sources.empty()) return;
    state = start - 1;
  }
  if (s.mention_of[state] < 0) return;
  std::vector<EventActor> named;
  ActorsOf(s, state, named, h);
  for (const EventActor& a : named) {
    std::string composed;
    if (!ComposeAgents(s, h, a.actor, &composed)) continue;
    std::erase_if(sources, [&](const EventActor& b) { return b.entity == a.entity; });
    sources.push_back({a.text, a.entity, std::move(composed)});
  }
}

// "French and Egyptian warships launched ...", parsed with the demonyms outside the subject's
// phrase ("French" the root): the actors named right before the common noun phrase headed by h,
// with only adjectives, determiners and conjunctions between, modify it.
void ActorsModifyingFromBefore(const SentenceView& s, std::uint32_t h, std::vector<EventActor>& out) {
  const std::uint32_t phrase_start = NounPhrase(s, h).front();
  std::uint32_t start = phrase_start;
  while (start > 0 && (s.mention_of[start - 1] >= 0 || s.upos(start - 1) == "ADJ" ||
                       s.upos(start - 1) == "DET" || s.upos(start - 1) == "CCONJ"))
    --start;
  for (std::uint32_t t = start; t < phrase_start; ++t) {
    if (s.mention_of[t] < 0) continue;
    std::vector<EventActor> one;
    ActorsOf(s, t, one, h);
    for (EventActor& a : one)
      if (std::none_of(out.begin(), out.end(), [&](const EventActor& b) { return b.entity == a.entity; }))
        out.push_back(std::move(a));
  }
}

// Whether verb v heads an infinitive of purpose or a bare infinitive clause
// ("sent troops to patrol the border"), whose subject is its governor's.
bool InfinitiveClause(const SentenceView& s, std::uint32_t v) {
  for (std::uint32_t c : s.children[v])
    if (s.rel[c] == "mark" && s.lemma_upper[c] == "TO") return true;
  return false;
}

// The direct object of verb v's infinitive of purpose ("opened fire to disperse the
// protesters"), or -1.
std::int32_t PurposeObject(const SentenceView& s, std::uint32_t v) {
  for (std::uint32_t c : s.children[v])
    if (c > v && s.rel[c] == "advcl" && InfinitiveClause(s, c))
      for (std::uint32_t o : s.children[c])
        if (s.rel[o] == "obj") return static_cast<std::int32_t>(o);
  return -1;
}

// Whether verb v heads a participle clause ("issued a statement demanding
// ...", "left Gondor, accompanied by ..."), whose subject is its governor's.
bool ParticipleClause(const SentenceView& s, std::uint32_t v) {
  const std::string_view tag = s.tag(v);
  return tag == "VBG" || tag == "VBN";
}

// "Valdoria was sharply and unfairly criticized": a parse taking the first adverb for the
// predicate of "was" hangs the past participle v on it as a conjunct. Adverbs between "be" and a
// past participle make it a passive all the same. `head` is the adverb the subject hangs on.
bool ParticipleAfterCopulaAdverbs(const SentenceView& s, std::uint32_t v, std::int32_t head) {
  if (s.tag(v) != "VBN" || s.upos(head) != "ADV" || !HasChild(s, head, "cop")) return false;
  for (std::int32_t cur = static_cast<std::int32_t>(v); cur != head; cur = s.head[cur])
    if (cur < 0 || s.rel[cur] != "conj" || s.upos(cur) != (cur == static_cast<std::int32_t>(v) ? "VERB" : "ADV"))
      return false;
  for (std::int32_t t = head + 1; t < static_cast<std::int32_t>(v); ++t)
    if (s.upos(t) != "ADV" && s.upos(t) != "CCONJ" && s.upos(t) != "PUNCT") return false;
  return true;
}

// The subject token of verb v, inherited through xcomp/conj, infinitives
// of purpose and participle clauses; passive agents separately. Read as
// UniversalPetrarch reads it, a gerund under a preposition ("before shelling
// Arnor", "on touring its ports") inherits none: its clause is coded without
// a source. News readers take the governing verb's subject ("Eriador thanked
// Gondor before shelling Arnor": Eriador shelled), so only that
// reading of the suites' dictionaries drops it; a bare participle clause
// ("..., praising Kestria") shares its governor's subject in both.
std::int32_t SubjectOf(const SentenceView& s, std::uint32_t v, bool* passive) {
  std::int32_t cur = static_cast<std::int32_t>(v);
  bool through_conjuncts = true;  // v reached the verb holding the subject by conjuncts alone
  for (int steps = 0; cur >= 0 && steps < 16; ++steps) {
    // Of several subjects the parse gives a verb, the first, unless a comma parts it from a later
    // one before the verb ("crowds burned down its embassy, an official said": the official);
    // split coordinated subjects join it later (AddSplitSubjects).
    std::int32_t subject = -1;
    for (std::uint32_t c : s.children[cur]) {
      if (InTimeExpression(s, c)) continue;
      const std::string_view r = s.rel[c];
      if (r != "nsubj" && r != "csubj" && r != "expl" && r != "nsubj:pass") continue;
      if (subject < 0) subject = static_cast<std::int32_t>(c);
      else if (static_cast<std::int32_t>(c) < cur && CommaBetween(s, subject, c)) subject = static_cast<std::int32_t>(c);
    }
    if (subject >= 0) {
      if (steps == 0 && s.rel[subject] == "nsubj:pass") *passive = true;
      if (steps > 0 && ParticipleAfterCopulaAdverbs(s, v, cur)) *passive = true;
      // "while being barred from promotions", "should be trained and equipped": a verb with a
      // passive auxiliary of its own, or a bare past participle joined to a passive verb, is
      // passive with the subject it inherits; one with an object is active ("was weakened and
      // released hostages").
      if (steps > 0 && !HasChild(s, v, "obj") &&
          (HasChild(s, v, "aux:pass") ||
           (through_conjuncts && s.rel[subject] == "nsubj:pass" && s.tag(v) == "VBN" && !HasChild(s, v, "aux"))))
        *passive = true;
      return subject;
    }
    std::string_view r = s.rel[cur];
    through_conjuncts = through_conjuncts && r == "conj";
    const std::int32_t up = s.head[cur];
    const bool prepositional_gerund = s.universal_petrarch && HasChild(s, cur, "mark");
    if (r == "xcomp" || r == "conj" ||
        (r == "advcl" && (InfinitiveClause(s, cur) || (ParticipleClause(s, cur) && !prepositional_gerund)))) {
      cur = up;
    } else if (r == "acl:relcl" || r == "acl") {
      return s.head[cur];
    } else if (r == "dep" && s.head[cur] >= 0 && s.head[cur] < cur &&
               (s.upos(s.head[cur]) == "NOUN" || s.upos(s.head[cur]) == "PROPN")) {
      // A verb hung from the noun phrase before it ("Ivory Coast rebels on Friday rejected ..."):
      // that phrase is its subject.
      if (steps == 0 && HasChild(s, cur, "aux:pass")) *passive = true;
      return s.head[cur];
    } else {
      break;
    }
  }
  return -1;
}

bool IsNegationWord(std::string_view upper);

// The words PETRARCH-2 reads a pattern's pre-verb nouns in: the verb's subject
// phrase before it ("Gondor's death toll has risen" for "- {DEATH TOLL} *"),
// without the coordinators of its conjuncts, and the auxiliaries and negation
// of the verb group ("did not", "won't"). An adverb or a governing verb
// before the verb ("recently allowed", "indicated it deplored") is no part of
// it. False when the parse gives the verb no subject: every word before the
// verb is read then, as the tagger may have missed the subject.
bool SubjectPhraseBefore(const SentenceView& s, std::uint32_t v, std::vector<std::uint32_t>& out) {
  bool passive = false;
  const std::int32_t subject = SubjectOf(s, v, &passive);
  if (subject < 0) return false;
  std::vector<std::uint32_t> phrase;
  Subtree(s, static_cast<std::uint32_t>(subject), phrase);
  for (std::uint32_t t : phrase)
    if (t < v && s.rel[t] != "cc" && s.rel[t] != "cc:preconj" && s.upos(t) != "PUNCT") out.push_back(t);
  for (std::uint32_t t = static_cast<std::uint32_t>(subject) + 1; t < v; ++t)
    if ((s.upos(t) == "AUX" || s.upos(t) == "PART" || IsNegationWord(s.upper[t])) &&
        std::find(out.begin(), out.end(), t) == out.end())
      out.push_back(t);
  std::sort(out.begin(), out.end());
  return true;
}

// The words before verb v without its own infinitive marker and auxiliaries:
// a PETRARCH-2 pre-verb prepositional phrase ("- (TO) *") is a phrase
// modifying the verb, not the "to" of "inching nearer to accord".
std::vector<std::uint32_t> WithoutVerbGroup(const SentenceView& s, std::uint32_t v, const std::vector<std::uint32_t>& pre) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t t : pre) {
    const std::string_view r = s.rel[t];
    if (s.head[t] == static_cast<std::int32_t>(v) && (r == "mark" || r == "aux" || r == "aux:pass" || r == "cop")) continue;
    out.push_back(t);
  }
  return out;
}

// Whether the pre-verb part of a pattern (tokens before `star`) is PETRARCH-2's
// pre-verb nouns: no prepositional phrase ("(DESPITE $) *", read among the
// verb's modifiers) and no word glued to the verb ("RECENTLY_*", read right
// before it).
bool PreVerbNouns(const std::vector<PatternToken>& tokens, std::size_t star) {
  if (star == 0 || tokens[star - 1].glued) return false;
  for (std::size_t k = 0; k < star; ++k)
    if (tokens[k].kind == PatternTokenKind::kPhraseOpen) return false;
  return true;
}

// Whether token t hangs on verb v through phrases alone, no clause or other verb between.
bool InVerbsOwnPhrases(const SentenceView& s, std::uint32_t t, std::uint32_t v) {
  static constexpr std::string_view kClauses[] = {"xcomp", "ccomp", "advcl", "acl", "acl:relcl", "parataxis", "conj"};
  for (std::int32_t cur = static_cast<std::int32_t>(t); cur >= 0; cur = s.head[cur]) {
    if (cur == static_cast<std::int32_t>(v)) return true;
    if (std::find(std::begin(kClauses), std::end(kClauses), s.rel[cur]) != std::end(kClauses) ||
        s.upos(cur) == "VERB")
      return false;
  }
  return false;
}

// UniversalPetrarch reads a passive without a "by" phrase with its PETRARCH-2
// patterns as done to the subject by the first actor the verb's own phrases
// name after it ("an Arnorian was shot dead in Gondor": GON > ARN; "Gondor was
// criticized over its dispute with Arnor": ARN > GON). An actor of a clause
// the verb governs is that clause's ("Gondor was seen to attack Arnor").
void ActorAfterAgentlessPassive(const SentenceView& s, std::uint32_t v, const std::vector<std::uint32_t>& after,
                                const std::vector<EventActor>& targets, std::vector<EventActor>& out) {
  for (std::uint32_t t : after) {
    const std::int32_t mention = s.mention_of[t];
    if (mention < 0 || InTimeExpression(s, t)) continue;
    std::uint32_t h = t;  // the head of the phrase holding the mention
    while (s.head[h] >= 0 && s.mention_of[s.head[h]] == mention) h = static_cast<std::uint32_t>(s.head[h]);
    if (!InVerbsOwnPhrases(s, h, v)) continue;
    std::vector<EventActor> found;
    ActorsOf(s, h, found);
    std::erase_if(found, [&](const EventActor& a) {
      return std::any_of(targets.begin(), targets.end(), [&](const EventActor& b) { return b.entity == a.entity; });
    });
    if (found.empty()) continue;
    out.insert(out.end(), found.begin(), found.end());
    return;
  }
}

// Where the actors of a verb without a subject in the parse may stand: the
// words before it back to another verb or a clause opener. The tagger may
// read an unknown name opening a sentence as an adjective ("Fornost and
// Gondor welcome ..."), leaving the verb without a subject.
void ActorsBeforeVerb(const SentenceView& s, std::uint32_t v, std::vector<EventActor>& out, bool stop_at_comma = false) {
  std::vector<std::uint32_t> heads;
  for (std::uint32_t t = v; t-- > 0;) {
    const std::string_view upos = s.upos(t);
    // "Gondor on Monday rejected ...": the date and its preposition stand between actor and verb.
    if (InTimeExpression(s, t) || (upos == "ADP" && t + 1 < v && InTimeExpression(s, t + 1))) continue;
    if ((upos == "VERB" || upos == "AUX") && s.head[t] != static_cast<std::int32_t>(v)) break;
    if (upos == "SCONJ" || upos == "ADP" || s.upper[t] == ";" || s.upper[t] == "THAT" || s.upper[t] == "WHO" ||
        s.upper[t] == "WHICH" || (stop_at_comma && s.upper[t] == ","))
      break;
    if (s.mention_of[t] >= 0 && (heads.empty() || s.mention_of[heads.back()] != s.mention_of[t])) heads.push_back(t);
  }
  for (auto it = heads.rbegin(); it != heads.rend(); ++it) {
    std::vector<EventActor> one;
    ActorsOf(s, *it, one, v);
    for (EventActor& a : one)
      if (std::none_of(out.begin(), out.end(), [&](const EventActor& b) { return b.entity == a.entity; }))
        out.push_back(std::move(a));
  }
}

// "it", "they", not the relative "that" or "which" (whose clause describes a noun).
bool PersonalPronoun(const SentenceView& s, std::uint32_t t) {
  if (s.upos(t) != "PRON") return false;
  const std::string_view w = s.lemma_upper[t];
  return w != "THAT" && w != "WHICH" && w != "WHO" && w != "WHOM" && w != "WHAT";
}

// "its troops", "their forces": a noun whose possessor is a pronoun.
bool PossessedByPronoun(const SentenceView& s, std::uint32_t n) {
  for (std::uint32_t c : s.children[n])
    if (s.rel[c] == "nmod:poss" && s.upos(c) == "PRON") return true;
  return false;
}

// The subject of v's complement clause ("demanded that the US cancel ..."), or -1;
// `obliged` tells whether that clause says its subject must act ("said Sudan must return ...").
std::int32_t ComplementSubject(const SentenceView& s, std::uint32_t v, bool* obliged) {
  for (std::uint32_t c : s.children[v]) {
    if (s.rel[c] != "ccomp") continue;
    std::int32_t subject = -1;
    for (std::uint32_t g : s.children[c]) {
      if (s.rel[g] == "aux" && s.lemma_upper[g] == "MUST") *obliged = true;
      if (s.rel[g] == "nsubj" || s.rel[g] == "nsubj:pass") subject = static_cast<std::int32_t>(g);
    }
    return subject;
  }
  return -1;
}

std::int32_t AgentOf(const SentenceView& s, std::uint32_t v) {
  for (std::uint32_t c : s.children[v]) {
    if (s.rel[c] == "obl:agent") return static_cast<std::int32_t>(c);
    if (s.rel[c] == "obl")
      for (std::uint32_t g : s.children[c])
        if (s.rel[g] == "case" && s.lemma_upper[g] == "BY") return static_cast<std::int32_t>(c);
  }
  // "was attacked by Burundian militiamen armed with ...", parsed past the agent: the first
  // actor of the phrase right after "by".
  if (v + 1 < s.count && s.upper[v + 1] == "BY")
    for (std::uint32_t t = v + 2; t < s.count && s.upos(t) != "PUNCT" && s.upos(t) != "VERB"; ++t)
      if (s.mention_of[t] >= 0) return static_cast<std::int32_t>(t);
  return -1;
}

bool IsNegationWord(std::string_view upper) { return upper == "NOT" || upper == "N'T" || upper == "NEVER"; }

// "Kestria was seen to attack Valdoria", "is said to have left", "is believed to hold": a passive
// verb of saying, believing or perceiving without a "by" phrase raises the subject of its
// infinitive; it reports that clause's act, no act of anyone's.
bool RaisingPassive(const SentenceView& s, std::uint32_t v) {
  // Not "expect" or "fear": "X is expected to attack Y" forecasts an act, it reports none.
  static constexpr std::string_view kRaisingVerbs[] = {"SAY",        "REPORT",   "BELIEVE", "KNOW",    "THINK",
                                                       "SEE",        "HEAR",     "ALLEGE",  "RUMOR",   "RUMOUR",
                                                       "CLAIM",      "UNDERSTAND", "CONSIDER", "SUSPECT", "ESTIMATE",
                                                       "PRESUME",    "ASSUME",   "OBSERVE"};
  if (std::find(std::begin(kRaisingVerbs), std::end(kRaisingVerbs), s.lemma_upper[v]) == std::end(kRaisingVerbs) ||
      !HasChild(s, v, "nsubj:pass") || AgentOf(s, v) >= 0)
    return false;
  for (std::uint32_t c : s.children[v])
    if (s.rel[c] == "xcomp" && c > v && HasChild(s, c, "mark")) return true;
  return false;
}

// Whether verb v itself is negated ("did not clash", "won't clash"; not "won't try to clash").
bool DirectlyNegated(const SentenceView& s, std::uint32_t v) {
  for (std::uint32_t c : s.children[v])
    if ((s.rel[c] == "advmod" || s.rel[c] == "neg" || s.rel[c] == "aux") &&
        (IsNegationWord(s.lemma_upper[c]) || IsNegationWord(s.upper[c])))
      return true;
  return false;
}

// Whether a pattern names a negation itself ("- NOT * [112]", "- &NEGATVAUXVRB * ...").
bool PatternSpellsNegation(const VerbPattern& p, const VerbDictionary& dict) {
  for (const PatternToken& t : p.tokens) {
    if (t.kind == PatternTokenKind::kWord && IsNegationWord(t.text)) return true;
    if (t.kind != PatternTokenKind::kSynset || t.synset >= dict.synsets().size()) continue;
    for (const std::string& member : dict.synsets()[t.synset].members) {
      std::size_t start = 0;
      for (std::size_t end; start <= member.size(); start = end + 1) {
        end = std::min(member.find(' ', start), member.size());
        if (IsNegationWord(std::string_view(member).substr(start, end - start))) return true;
      }
    }
  }
  return false;
}

// The one country the sentence's actors belong to ("Cairo", "Egyptian",
// "Egypt's president"), or "" when it names several.
// When it names none, the one country of the whole article ("The transport minister resigned"
// in a story whose only state named is Britain, by "Downing Street").
std::string SentenceCountry(const SentenceView& s) {
  // Adds the country of an actor code to `country`; false once a second one shows.
  const auto one_country = [](const std::string& code, std::string& country) {
    if (code.size() < 3 || !std::isupper(static_cast<unsigned char>(code[0])) || code.starts_with("IGO") ||
        code.starts_with("NGO") || code.starts_with("---"))
      return true;
    const std::string_view prefix = std::string_view(code).substr(0, 3);
    if (country.empty()) country = prefix;
    return country == prefix;
  };
  const Document& doc = *s.doc;
  std::string country;
  for (std::uint32_t t = 0; t < s.count; ++t)
    if (s.mention_of[t] >= 0 && !one_country(doc.entities[doc.mentions[s.mention_of[t]].entity].actor, country))
      return "";
  if (!country.empty()) return country;
  for (const Mention& m : doc.mentions)
    if (m.entity >= 0 && !one_country(doc.entities[m.entity].actor, country)) return "";
  return country;
}

// Whether the agent knowledge is the project's (data/actors/agents.txt, the
// only one whose agents name titles), whose convention gives a lone agent the
// country of its sentence or article when they tell one; PETRARCH and TABARI
// code it without one ("---EDU").
bool InfersAgentCountries(const ActorKnowledge* knowledge) {
  return knowledge && std::any_of(knowledge->agents().begin(), knowledge->agents().end(),
                                  [](const AgentEntry& a) { return !a.title.empty(); });
}

// Whether token t, inside verb v's clause, stands in a phrase that dates the
// event by another one ("resigned hours after the watchdog said ...",
// "left before the talks with Gondor"): no party to v's event.
bool InTimeClause(const SentenceView& s, std::uint32_t t, std::uint32_t v) {
  for (std::int32_t cur = static_cast<std::int32_t>(t); cur >= 0 && cur != static_cast<std::int32_t>(v);
       cur = s.head[cur])
    for (std::uint32_t c : s.children[cur]) {
      const std::string_view w = s.lemma_upper[c];
      if ((s.rel[c] == "case" || s.rel[c] == "mark") && (w == "AFTER" || w == "BEFORE" || w == "SINCE" || w == "UNTIL"))
        return true;
    }
  return false;
}

// The direct object of verb v, or -1.
std::int32_t DirectObject(const SentenceView& s, std::uint32_t v) {
  for (std::uint32_t c : s.children[v])
    if (s.rel[c] == "obj") return static_cast<std::int32_t>(c);
  return -1;
}

// An actor for the noun phrase headed by h when it names no actor but holds
// agent nouns ("riot police", "student demonstrators"): `country` with their
// agent codes.
void AgentOnlyActor(const SentenceView& s, std::uint32_t h, const std::string& country, std::vector<EventActor>& out) {
  if (!s.knowledge || PhraseNamesActor(s, h)) return;
  std::string code;
  if (!ComposeAgents(s, h, country, &code)) return;
  out.push_back({s.tok(h).span, -1, std::move(code)});
}

// Whether token t modifies the noun h as a word of its compound ("official"
// in "the official news agency"), directly or through other such words.
bool CompoundModifierOf(const SentenceView& s, std::uint32_t t, std::uint32_t h) {
  for (int steps = 0; steps < 8 && s.head[t] >= 0; ++steps) {
    if (s.rel[t] != "compound" && s.rel[t] != "amod") return false;
    t = static_cast<std::uint32_t>(s.head[t]);
    if (t == h) return true;
  }
  return false;
}

// Whether the noun phrase headed by h is an agent noun's ("the senior
// official", "official news agency"), not one merely holding an agent
// ("removal of the government").
bool HeadedByAgent(const SentenceView& s, std::uint32_t h) {
  if (!s.knowledge) return false;
  const std::vector<std::uint32_t> phrase = NounPhrase(s, h);
  for (std::size_t k = 0; k < phrase.size() && phrase[k] <= h; ++k) {
    std::uint32_t length = 0;
    if (s.mention_of[phrase[k]] < 0 && AgentAt(s, phrase, k, &length) &&
        (phrase[k] + length > h || CompoundModifierOf(s, phrase[k] + length - 1, h)))
      return true;
  }
  return false;
}

// Actors without a country for the agent nouns heading the noun phrase h and
// its conjuncts, PETRARCH's "---GOV".
void AgentNounActors(const SentenceView& s, std::uint32_t h, std::vector<EventActor>& out) {
  // "the state news agency Velnor reported": an unknown name right after a common noun names what
  // the noun's phrase describes, which the parse may hang apart from it; that phrase codes it.
  if (h > 0 && s.upos(h) == "PROPN" && s.mention_of[h] < 0 && s.upos(h - 1) == "NOUN" &&
      s.mention_of[h - 1] < 0 && !HeadedByAgent(s, h) && HeadedByAgent(s, h - 1)) {
    AgentOnlyActor(s, h - 1, "---", out);
    return;
  }
  if (HeadedByAgent(s, h)) AgentOnlyActor(s, h, "---", out);
  for (std::uint32_t c : s.children[h])
    if (s.rel[c] == "conj" && HeadedByAgent(s, c)) AgentOnlyActor(s, c, "---", out);
}

// "future" or "hypothetical" when an auxiliary or "if" of verb v says so, else "".
std::string_view TenseModality(const SentenceView& s, std::uint32_t v) {
  for (std::uint32_t c : s.children[v]) {
    if (s.rel[c] != "aux" && s.rel[c] != "mark") continue;
    const std::string_view w = s.upper[c];
    if (w == "WILL" || w == "SHALL" || w == "'LL") return "future";
    if (w == "WOULD" || w == "COULD" || w == "MIGHT" || w == "MAY" || w == "SHOULD" || w == "IF") return "hypothetical";
  }
  return "";
}

std::string ModalityOf(const SentenceView& s, std::uint32_t v) {
  if (DirectlyNegated(s, v)) return "negated";
  if (std::string_view tense = TenseModality(s, v); !tense.empty()) return std::string(tense);
  std::int32_t cur = static_cast<std::int32_t>(v);
  for (int steps = 0; steps < 6 && cur >= 0; ++steps) {
    std::string_view r = s.rel[cur];
    if (r != "xcomp" && r != "acl" && r != "ccomp" && r != "obl" && r != "advcl") break;
    // "will give Arnor a grant to finance ...", "will try to meet": an infinitive of purpose or a
    // verb's complement happens when its governor does.
    const bool same_time = r == "xcomp" || (r == "advcl" && InfinitiveClause(s, static_cast<std::uint32_t>(cur)));
    cur = s.head[cur];
    if (cur < 0) break;
    if (std::string_view tense = TenseModality(s, static_cast<std::uint32_t>(cur)); same_time && !tense.empty())
      return std::string(tense);
    const std::string_view l = s.lemma_upper[cur];
    if (l == "WISH" || l == "HOPE") return "wished";
    // "failed to reach agreement", "refused to meet": the governed event did not happen.
    if (l == "FAIL" || l == "REFUSE" || l == "DECLINE") return "negated";
    if (l == "WILLING" || l == "READY" || l == "READINESS" || l == "WILLINGNESS" || l == "PLAN" || l == "INTEND" ||
        l == "WANT" || l == "SEEK" || l == "AIM" || l == "PREPARE" || l == "INTENTION" || l == "DETERMINED" ||
        l == "COMMIT" || l == "PROMISE" || l == "PLEDGE" || l == "VOW" || l == "PREPARED" || l == "COMMITTED" ||
        l == "EAGER" || l == "KEEN" || l == "RESOLVED" || l == "OFFER" || l == "AGREE")
      return "intended";
  }
  return "asserted";
}

// Whether token t is a noun ending an actor's noun phrase ("Gondor's new
// mayor", "Arnor officials"): an actor stands before it with only modifiers
// between. Unless `any_noun`, t must be an agent noun.
bool EndsActorPhrase(const SentenceView& s, std::uint32_t t, bool any_noun) {
  if (s.upos(t) != "NOUN") return false;
  std::uint32_t length = 0;
  if (!any_noun && (!s.knowledge || !AgentAt(s, {t}, 0, &length))) return false;
  for (std::uint32_t k = t; k-- > 0;) {
    if (s.mention_of[k] >= 0) return true;
    const std::string_view upos = s.upos(k);
    if (upos != "ADJ" && upos != "DET" && upos != "PART" && upos != "NOUN") return false;
  }
  return false;
}

// A word in lower case other than the sentence's first: where MistaggedVerb
// may take a dictionary verb the tagger read as another word class.
bool LowerCaseWordInside(const SentenceView& s, std::uint32_t i) {
  if (i == 0 || s.upos(i) == "PUNCT") return false;
  const std::string_view text = s.doc->text(s.tok(i).span);
  return !text.empty() && text[0] >= 'a' && text[0] <= 'z';
}

// A dictionary verb the tagger read as another word class right after an
// actor ("Gondor arms Arnor", "Arnor and Rohan welcomed", "Gondor's minister
// left"; unknown names opening a sentence throw the tagger off): TABARI and
// PETRARCH-1 take any dictionary verb in that place as the verb: a word in
// lower case right after an actor's name or its agent noun, matched by its
// surface form. In a sentence where the tagger found no verb at all, after
// any noun ending an actor's phrase ("Bree's new mayor left yesterday for ...").
bool MistaggedVerb(const SentenceView& s, const VerbDictionary& dict, std::uint32_t i, bool verbless) {
  const std::string_view upos = s.upos(i);
  if (upos == "VERB" || upos == "AUX" || s.mention_of[i] >= 0 || !LowerCaseWordInside(s, i)) return false;
  // After a possessive determiner the word is what it possesses ("pulled her punches").
  if (s.tag(i - 1) == "PRP$") return false;
  if (s.mention_of[i - 1] < 0 && !EndsActorPhrase(s, i - 1, /*any_noun=*/verbless)) return false;
  return !dict.FindVerbs(s.upper[i]).empty() || !dict.FindStemVerbs(s.upper[i]).empty();
}

// "Gondor is a fine place to visit": an infinitive describing the noun a
// copula predicates (what one could do there) reports no event.
bool DescribesPredicateNoun(const SentenceView& s, std::uint32_t v) {
  if (s.rel[v] != "acl" || s.head[v] < 0 || !HasChild(s, v, "mark")) return false;
  bool to = false;
  for (std::uint32_t c : s.children[v]) to |= s.rel[c] == "mark" && s.lemma_upper[c] == "TO";
  return to && HasChild(s, static_cast<std::uint32_t>(s.head[v]), "cop");
}

bool IsPredicate(const SentenceView& s, std::uint32_t i) {
  const std::string_view upos = s.upos(i);
  if (upos == "VERB") return true;
  // A copula or auxiliary heading its clause ("is" without a main verb is rare; nouns via their verb).
  return upos == "AUX" && s.rel[i] == "root";
}

// Whether child c of verb v holds what a request or an accusation coded at v says ("demanded
// that Arnor cancel the sale", "urged Arnor to recognize Gondor", "accused Arnor of violating the
// truce", "arrested him for spying"): a that-clause, an infinitive after the verb's object, or a
// gerund after "of" or "for".
bool ContentClause(const SentenceView& s, std::uint32_t v, std::uint32_t c, bool request) {
  const std::string_view r = s.rel[c];
  if (request && (r == "ccomp" || r == "xcomp")) return true;
  if (r != "advcl" && r != "acl") return false;
  for (std::uint32_t g : s.children[c]) {
    if (s.rel[g] != "mark" && s.rel[g] != "case") continue;
    const std::string_view w = s.lemma_upper[g];
    if (request && w == "TO" && HasChild(s, v, "obj")) return true;
    if ((w == "OF" || w == "FOR") && s.tag(c) == "VBG") return true;
  }
  return false;
}

// The events a request (CAMEO 02, 10) or an accusation or arrest (11, 17) of another actor
// reports are what is asked or alleged, not events that happened: the verbs of its content
// clauses code nothing.
void CoverReportedContent(const SentenceView& s, std::uint32_t v, const std::string& code, std::vector<bool>& covered) {
  const bool request = code.starts_with("02") || code.starts_with("10");
  if (!request && !code.starts_with("11") && !code.starts_with("17")) return;
  for (std::uint32_t c : s.children[v]) {
    if (!ContentClause(s, v, c, request)) continue;
    std::vector<std::uint32_t> content;
    Subtree(s, c, content);
    for (std::uint32_t t : content) covered[t] = true;
  }
}

// A plain pattern's '+' before the verb ("- NOTED + *": "Gondor noted that
// Arnor regretted ...") names the one acted on; its source is then the first
// actor named before that one, as PETRARCH-1 and TABARI take the first actor
// of the words before the verb, not the verb's own subject (the target).
void SourceBeforePlainTarget(const SentenceView& s, std::uint32_t v, MatchState& m) {
  if (m.source_tok >= 0 || m.target_tok < 0 || m.target_tok > static_cast<std::int32_t>(v)) return;
  const std::int32_t target = s.mention_of[m.target_tok];
  for (std::int32_t t = 0; t < m.target_tok; ++t)
    if (s.mention_of[t] >= 0 && s.mention_of[t] != target) {
      m.source_tok = t;
      return;
    }
}

// Whether a code's act is said or aimed at others than those doing it: a
// statement, demand, criticism, rejection or threat several actors make
// together ("Gondor and Arnor warned that a blockade would harm the region")
// is no act of each on the other, as meeting or fighting together is.
bool AddressesOutsiders(const std::string& code) {
  return code.starts_with("01") || code.starts_with("10") || code.starts_with("11") || code.starts_with("12") ||
         code.starts_with("13");
}

// PETRARCH-1 codes one event per verb phrase: once its verb codes, the verbs
// of the clauses the phrase holds after it (an infinitive of purpose, a
// that-clause: "called on Gondor to be allowed to leave") code nothing.
void CoverVerbPhrase(const SentenceView& s, std::uint32_t v, std::vector<bool>& covered) {
  for (std::uint32_t c : s.children[v]) {
    if (c < v || (s.rel[c] != "advcl" && s.rel[c] != "ccomp")) continue;
    std::vector<std::uint32_t> inside;
    Subtree(s, c, inside);
    for (std::uint32_t t : inside) covered[t] = true;
  }
}

// Whether verb c continues the verb phrase of the verb it hangs on, as UniversalPetrarch reads
// one: an open complement (xcomp) or an infinitive clause ("to" + verb, also when parsed advcl).
bool ChainComplement(const SentenceView& s, std::uint32_t c) {
  return s.rel[c] == "xcomp" || (s.rel[c] == "advcl" && InfinitiveClause(s, c));
}

// UniversalPetrarch reads a chain of verbs from its complement (ChainComplement): CodeSentence
// tries the complement's verb right before the verb it complements. The verb is left to a
// complement a pattern of its own coded ("Arnor plans to invite Gondor to ratify the charter":
// the ratification is the chain's event) unless the words its own pattern matched, ending at
// `matched_end`, reach into it.
bool LeftToComplement(const SentenceView& s, std::uint32_t v, const std::vector<bool>& pattern_coded,
                      std::uint32_t matched_end) {
  for (std::uint32_t c : s.children[v])
    if (c > v && ChainComplement(s, c) && pattern_coded[c] && matched_end < c) return true;
  return false;
}

// A verb of a chain coding the chain itself (LeftToComplement false): every event that begins in
// the subtree of one of its chain complements is dropped, as the verb's clause covers it; those
// of verbs the complement's words govern, relative clauses included, go with it.
void DropComplementEvents(const SentenceView& s, std::uint32_t v, std::vector<Event>& events,
                          std::vector<Event>& subordinate_events) {
  for (std::uint32_t c : s.children[v]) {
    if (c < v || !ChainComplement(s, c)) continue;
    std::vector<std::uint32_t> complement;
    Subtree(s, c, complement);
    std::vector<std::uint32_t> begins;
    for (std::uint32_t t : complement) begins.push_back(s.tok(t).span.begin);
    for (std::vector<Event>* list : {&events, &subordinate_events})
      std::erase_if(*list, [&](const Event& e) { return std::find(begins.begin(), begins.end(), e.span.begin) != begins.end(); });
  }
}

// Whether some verb of the sentence may code an event: a dictionary verb with
// a form beginning with the form or lemma of a token that may be coded as a
// verb (or a TABARI stem a form begins with) whose own code, or a pattern of
// whose block with all its required words in the sentence, codes something. Without one CodeSentence
// finds nothing whatever the parse says, so the sentence needs no parse.
bool MayCode(const SentenceView& s, const VerbDictionary& dict) {
  const auto codes = [](const VerbCode& code) { return !code.null() && !code.discard; };
  // Blocks whose patterns were read and code nothing here: many tokens reach the same ones.
  std::vector<std::uint32_t> blocks_read;
  const auto verb_may_code = [&](std::uint32_t v) {
    const VerbEntry& entry = dict.verbs()[v];
    const VerbBlock& block = dict.blocks()[entry.block];
    if (codes(entry.has_code ? entry.code : block.default_code)) return true;
    if (std::find(blocks_read.begin(), blocks_read.end(), entry.block) != blocks_read.end()) return false;
    blocks_read.push_back(entry.block);
    for (std::uint32_t p : block.patterns)
      if (DigestAllows(s, dict, p) && codes(dict.patterns()[p].code) && RequiredWordsSeen(s, dict, p))
        return true;
    return false;
  };
  for (std::uint32_t i = 0; i < s.count; ++i) {
    // Only tokens CodeSentence may take as a verb (IsPredicate, MistaggedVerb): the tags
    // are the tagger's, known without the parse.
    const std::string_view upos = s.upos(i);
    if (upos != "VERB" && upos != "AUX" && !LowerCaseWordInside(s, i)) continue;
    for (std::span<const std::uint32_t> verbs : {s.form_verbs[i], s.lemma_verbs[i]})
      for (std::uint32_t v : verbs)
        if (verb_may_code(v)) return true;
    if (dict.has_stem_verbs())
      for (std::uint32_t v : dict.FindStemVerbs(s.upper[i]))
        if (verb_may_code(v)) return true;
  }
  return false;
}

// Marks in `dropped` the tokens of the comma-delimited clauses `limits` take out: between two
// commas, from the start to the first comma, from the last comma to the sentence's end (its
// closing punctuation left out), each of a length in words (punctuation not counted) within
// its limits; a maximum of 0 turns a kind off. Commas within a noun phrase delimit nothing.
// Left to right, an aside dropped takes both its commas; the next starts after it.
void DropCommaClauses(const SentenceView& s, const CommaLimits& limits, std::vector<bool>& dropped) {
  // A comma inside a noun phrase sets off nothing: one between actors listed together ("A, B, C and
  // D", "A, the awful B, and C"; not "A, the B newspaper") or between adjectives ("long, bitter talks").
  auto listing = [&](std::uint32_t c) {
    if (c == 0 || c + 1 >= s.count) return false;
    std::uint32_t next = c + 1;
    while (next + 1 < s.count && next < c + 4 && (s.upos(next) == "DET" || s.upos(next) == "ADJ")) ++next;
    if (s.mention_of[c - 1] >= 0 && s.mention_of[next] >= 0 && s.mention_of[c - 1] != s.mention_of[next]) {
      // The actor after the comma is a whole item of the list: a comma, conjunction or the end follows it.
      std::uint32_t after = next;
      while (after < s.count && s.mention_of[after] == s.mention_of[next]) ++after;
      return after == s.count || s.upos(after) == "PUNCT" || s.upos(after) == "CCONJ";
    }
    return s.upos(c - 1) == "ADJ" && s.upos(c + 1) == "ADJ";
  };
  std::vector<std::uint32_t> commas;
  for (std::uint32_t i = 0; i < s.count; ++i)
    if (s.upper[i] == "," && !listing(i)) commas.push_back(i);
  if (commas.empty()) return;
  auto words = [&](std::uint32_t a, std::uint32_t b) {  // words in [a, b)
    std::size_t n = 0;
    for (std::uint32_t t = a; t < b; ++t) n += s.upos(t) != "PUNCT";
    return n;
  };
  auto within = [](std::size_t n, std::size_t lo, std::size_t hi) { return hi > 0 && n >= lo && n <= hi; };
  auto drop = [&](std::uint32_t a, std::uint32_t b) {
    for (std::uint32_t t = a; t < b; ++t) dropped[t] = true;
  };
  if (within(words(0, commas.front()), limits.begin_min, limits.begin_max)) drop(0, commas.front() + 1);
  std::uint32_t end = s.count;
  while (end > 0 && s.upos(end - 1) == "PUNCT" && s.upper[end - 1] != ",") --end;
  if (commas.back() < end && within(words(commas.back() + 1, end), limits.end_min, limits.end_max))
    drop(commas.back(), end);
  for (std::size_t c = 0; c + 1 < commas.size(); ++c) {
    if (dropped[commas[c]] && dropped[commas[c + 1]]) continue;
    if (within(words(commas[c] + 1, commas[c + 1]), limits.min, limits.max)) {
      drop(commas[c] + 1, commas[c + 1] + 1);
      ++c;
    }
  }
}

// "CALL" and "UPON" -> "CALL UPON", a verb form of two words.
std::string TwoWords(std::string_view a, std::string_view b) {
  std::string out;
  out.reserve(a.size() + 1 + b.size());
  out.append(a).append(1, ' ').append(b);
  return out;
}

// Fills s.upper and s.lemma_upper, all in one buffer.
void ReadUpperWords(SentenceView& s) {
  auto lemma = [&](const Token& t) { return t.lemma.empty() ? s.doc->text(t.span) : std::string_view(t.lemma); };
  std::size_t size = 0;
  for (std::uint32_t i = 0; i < s.count; ++i) size += s.doc->text(s.tok(i).span).size() + lemma(s.tok(i)).size();
  s.upper_text.clear();
  s.upper_text.reserve(size);  // no reallocation below: the views stay valid
  s.upper.resize(s.count);
  s.lemma_upper.resize(s.count);
  auto add = [&](std::string_view word) {
    const std::size_t start = s.upper_text.size();
    for (char c : word) s.upper_text.push_back(AsciiUpper(c));
    return std::string_view(s.upper_text).substr(start, word.size());
  };
  for (std::uint32_t i = 0; i < s.count; ++i) {
    s.upper[i] = add(s.doc->text(s.tok(i).span));
    s.lemma_upper[i] = add(lemma(s.tok(i)));
  }
}

// Whether mention m overlaps `sentence` and names an actor (its entity has an actor code).
bool ActorMentionIn(const Document& doc, const Mention& m, const Sentence& sentence) {
  return m.span.end > sentence.span.begin && m.span.begin < sentence.span.end && m.entity >= 0 &&
         !doc.entities[m.entity].actor.empty();
}

// The indices of the mentions that may overlap `sentence`: mentions are in
// text order, so a sentence's are found by search, not by reading the page's.
std::pair<std::size_t, std::size_t> MentionRange(const Document& doc, const Sentence& sentence) {
  const std::vector<Mention>& all = doc.mentions;
  auto first = std::partition_point(all.begin(), all.end(),
                                    [&](const Mention& m) { return m.span.begin < sentence.span.begin; });
  while (first != all.begin() && std::prev(first)->span.end > sentence.span.begin) --first;
  const auto last =
      std::partition_point(first, all.end(), [&](const Mention& m) { return m.span.begin < sentence.span.end; });
  return {static_cast<std::size_t>(first - all.begin()), static_cast<std::size_t>(last - all.begin())};
}

// Whether an event of sentence s could name an actor, known without its
// parse: an actor's mention lies in it, or a phrase of the knowledge (an
// agent noun such as "police"; the longest phrase at a token may be an
// actor's and a shorter one an agent's) starts at one of its tokens. Every
// actor of an event comes from one of these (ActorsOf, AgentOnlyActor,
// AgentNounActors).
bool MayNameActor(const SentenceView& s, const Sentence& sentence) {
  const auto [first, last] = MentionRange(*s.doc, sentence);
  for (std::size_t mi = first; mi < last; ++mi)
    if (ActorMentionIn(*s.doc, s.doc->mentions[mi], sentence)) return true;
  if (!s.knowledge) return false;
  static thread_local std::vector<std::uint32_t> payloads;
  for (std::uint32_t t = 0; t < s.count; ++t)
    if (s.knowledge->gazetteer().LongestMatch(s.words(), t, s.count, &payloads) > 0) return true;
  return false;
}

void CodeSentence(Document& doc, std::uint32_t index, const VerbDictionary& dict, const ActorKnowledge* knowledge,
                  const PicoOntology* pico, const CommaLimits* commas, bool actorless_kept) {
  const Sentence& sentence = doc.sentences[index];
  if (sentence.token_count == 0) return;
  // The view's buffers are kept from one sentence to the next (one view per thread): a sentence
  // then costs no allocation once the thread has seen a longer one.
  static thread_local SentenceView scratch;
  SentenceView& s = scratch;
  s.doc = &doc;
  s.knowledge = knowledge;
  s.universal_petrarch = pico && !pico->empty();
  s.first = sentence.first_token;
  s.count = sentence.token_count;
  s.words_ready = false;
  s.verb_barrier = -1;
  s.skipped.clear();
  ReadUpperWords(s);
  // Only the ids the previous sentence set are cleared (all of them for another dictionary's size).
  if (s.form_seen.size() != dict.word_count()) {
    s.form_seen.assign(dict.word_count(), false);
    s.surface_seen.assign(dict.word_count(), false);
  } else {
    for (std::uint32_t id : s.seen_ids) s.form_seen[id] = s.surface_seen[id] = false;
  }
  s.seen_ids.clear();
  s.seen_bits = 0;
  s.form_verbs.resize(s.count);
  s.lemma_verbs.resize(s.count);
  for (std::uint32_t i = 0; i < s.count; ++i) {
    const VerbDictionary::WordFacts form = dict.FindWord(s.upper[i]);
    const VerbDictionary::WordFacts lemma = s.lemma_upper[i] == s.upper[i] ? form : dict.FindWord(s.lemma_upper[i]);
    if (form.id != kNoWord) {
      s.form_seen[form.id] = s.surface_seen[form.id] = true;
      s.seen_bits |= dict.WordBit(form.id);
      s.seen_ids.push_back(form.id);
    }
    if (lemma.id != kNoWord) {
      s.form_seen[lemma.id] = true;
      s.seen_bits |= dict.WordBit(lemma.id);
      s.seen_ids.push_back(lemma.id);
    }
    s.form_verbs[i] = form.verbs_starting;
    s.lemma_verbs[i] = lemma.verbs_starting;
  }
  if (!MayCode(s, dict)) return;
  // Events naming no actor are dropped (EventSelection): the parse would be spent for nothing.
  if (!actorless_kept && !MayNameActor(s, sentence)) return;
  doc.RequireDependencies(index);
  s.mention_of.assign(s.count, -1);
  s.head.assign(s.count, -1);
  s.rel.resize(s.count);
  // Children in one list, grouped by head (a counting sort keeps each group in token order).
  std::vector<std::uint32_t>& child_begin = s.child_begin;
  child_begin.assign(s.count + 1, 0);
  for (std::uint32_t i = 0; i < s.count; ++i) {
    const Token& t = s.tok(i);
    s.rel[i] = t.deprel;
    if (t.head >= static_cast<std::int32_t>(s.first) && t.head < static_cast<std::int32_t>(s.first + s.count) &&
        t.head != static_cast<std::int32_t>(s.first + i)) {
      s.head[i] = t.head - static_cast<std::int32_t>(s.first);
      ++child_begin[s.head[i] + 1];
    }
  }
  for (std::uint32_t i = 0; i < s.count; ++i) child_begin[i + 1] += child_begin[i];
  s.child_list.resize(child_begin[s.count]);
  s.children.resize(s.count);
  {
    std::vector<std::uint32_t>& fill = s.child_fill;
    fill.assign(child_begin.begin(), child_begin.end() - 1);
    for (std::uint32_t i = 0; i < s.count; ++i)
      if (s.head[i] >= 0) s.child_list[fill[s.head[i]]++] = i;
    for (std::uint32_t i = 0; i < s.count; ++i)
      s.children[i] = std::span<const std::uint32_t>(s.child_list.data() + child_begin[i], child_begin[i + 1] - child_begin[i]);
  }
  // Outermost resolved mention per token (mentions are in text order, longest first).
  {
    std::uint32_t ti = 0;
    Span taken{0, 0};
    const auto [first, last] = MentionRange(doc, sentence);
    for (std::size_t mi = first; mi < last; ++mi) {
      const Mention& m = doc.mentions[mi];
      if (!ActorMentionIn(doc, m, sentence)) continue;
      if (taken.contains(m.span) && taken.size() > 0) continue;
      taken = m.span;
      for (ti = 0; ti < s.count; ++ti)
        if (s.tok(ti).span.overlaps(m.span) && s.mention_of[ti] < 0) s.mention_of[ti] = static_cast<std::int32_t>(mi);
    }
  }
  // PETRARCH's comma rule (PETR_config.ini comma_*): a clause set off by commas whose length in
  // words lies within the limits is taken out of the sentence: its actors and verbs code nothing.
  std::vector<bool> dropped;  // empty without the rule: nothing taken out
  if (commas) {
    dropped.assign(s.count, false);
    DropCommaClauses(s, *commas, dropped);
    for (std::uint32_t i = 0; i < s.count; ++i)
      if (dropped[i]) s.mention_of[i] = -1;
  }
  // A TABARI actor coded "###" discards its sentence (PETRARCH reads no such code).
  for (std::uint32_t i = 0; i < s.count; ++i)
    if (s.mention_of[i] >= 0) {
      const std::string& actor = doc.entities[doc.mentions[s.mention_of[i]].entity].actor;
      if (actor == "###") return;
    }
  // Verbs in order of depth, then position: governing verbs first.
  std::vector<int> depth(s.count, 0);
  for (std::uint32_t i = 0; i < s.count; ++i) {
    int d = 0;
    for (std::int32_t h = s.head[i]; h >= 0 && d < 64; h = s.head[h]) ++d;
    depth[i] = d;
  }
  bool verbless = true;
  for (std::uint32_t i = 0; i < s.count; ++i) verbless &= s.upos(i) != "VERB" && s.upos(i) != "AUX";
  std::vector<std::uint32_t> order;
  for (std::uint32_t i = 0; i < s.count; ++i) {
    if (!dropped.empty() && dropped[i]) continue;
    if (IsPredicate(s, i)) {
      order.push_back(i);
    } else if (MistaggedVerb(s, dict, i, verbless)) {
      order.push_back(i);
      // Parsed as the subject of the participle after it ("reject proposed changes"), it governs
      // that participle: it goes first, and its clause covers the participle.
      if (s.head[i] == static_cast<std::int32_t>(i) + 1 && s.rel[i] == "nsubj" && IsPredicate(s, i + 1))
        depth[i] = depth[i + 1] - 1;
    }
  }
  // Governing verbs first; in UniversalPetrarch's reading a chain complement's verb right before
  // the verb it complements (LeftToComplement).
  // Ranks are spaced wider than the longest chain (depth is at most 64), so a chain's complements,
  // each one below the verb it complements, never tie with a verb one level up.
  constexpr int kRankSpacing = 128;
  std::vector<int> rank(s.count);
  for (std::uint32_t i = 0; i < s.count; ++i) rank[i] = kRankSpacing * depth[i];
  if (s.universal_petrarch) {
    std::vector<std::uint32_t> by_depth(s.count);
    std::iota(by_depth.begin(), by_depth.end(), 0u);
    std::stable_sort(by_depth.begin(), by_depth.end(), [&](std::uint32_t a, std::uint32_t b) { return depth[a] < depth[b]; });
    for (std::uint32_t i : by_depth)
      if (ChainComplement(s, i) && s.head[i] >= 0 && static_cast<std::uint32_t>(s.head[i]) < i) rank[i] = rank[s.head[i]] - 1;
  }
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return rank[a] < rank[b]; });
  std::vector<bool> pattern_coded(s.count, false);

  std::vector<bool> covered(s.count, false);
  std::vector<Event> events, subordinate_events;
  bool discard = false;
  for (std::uint32_t v : order) {
    if (covered[v] || DescribesPredicateNoun(s, v)) continue;
    // Candidate verb entries: phrasal verb first, then surface form, then lemma.
    std::vector<std::uint32_t> entries;
    for (std::uint32_t c : s.children[v])
      if (s.rel[c] == "compound:prt") {
        entries = dict.FindVerbs(TwoWords(s.upper[v], s.upper[c]));
        if (entries.empty()) entries = dict.FindVerbs(TwoWords(s.lemma_upper[v], s.upper[c]));
        break;
      }
    // A verb of several words the parse does not join ("called upon Arnor": "upon" heads no particle).
    if (entries.empty() && v + 1 < s.count) {
      entries = dict.FindVerbs(TwoWords(s.upper[v], s.upper[v + 1]));
      if (entries.empty()) entries = dict.FindVerbs(TwoWords(s.lemma_upper[v], s.upper[v + 1]));
    }
    if (entries.empty()) entries = dict.FindVerbs(s.upper[v]);
    if (entries.empty()) entries = dict.FindVerbs(s.lemma_upper[v]);
    if (entries.empty()) entries = dict.FindStemVerbs(s.upper[v]);
    if (entries.empty()) continue;

    std::vector<std::uint32_t> clause = ClauseOf(s, v);
    s.verb_barrier = IsPredicate(s, v) ? -1 : static_cast<std::int32_t>(v);
    s.skipped.clear();
    if (!IsPredicate(s, v)) {
      // Its parse is no clause: the words up to the next clause boundary are.
      clause = {v};
      for (std::uint32_t t = v + 1; t < s.count && !ClauseBoundary(s, t); ++t) clause.push_back(t);
    }
    std::vector<std::uint32_t> post, pre;
    for (std::uint32_t t : clause)
      if (t > v) post.push_back(t);
    pre.resize(v);
    std::iota(pre.begin(), pre.end(), 0u);
    std::vector<std::uint32_t> subject_phrase;
    const bool reads_subject_phrase = dict.has_phrase_patterns() && SubjectPhraseBefore(s, v, subject_phrase);
    const std::vector<std::uint32_t> pre_phrases = dict.has_phrase_patterns() ? WithoutVerbGroup(s, v, pre) : pre;

    const VerbPattern* best = nullptr;
    MatchState best_state;
    // The patterns of the entries' blocks, in dictionary order, that may match: their required
    // words are in the sentence. PETRARCH has no complex coding: a "[+++]" pattern is passed
    // over, not a discard.
    std::vector<std::uint32_t> candidates;
    {
      std::vector<std::uint32_t> seen_blocks;
      for (std::uint32_t e : entries) {
        const std::uint32_t block = dict.verbs()[e].block;
        if (std::find(seen_blocks.begin(), seen_blocks.end(), block) != seen_blocks.end()) continue;
        seen_blocks.push_back(block);
        for (std::uint32_t pi : dict.blocks()[block].patterns)
          if (DigestAllows(s, dict, pi) && !dict.patterns()[pi].code.complex &&
              RequiredWordsSeen(s, dict, pi))
            candidates.push_back(pi);
      }
    }
    auto match_patterns = [&](const std::vector<std::uint32_t>& after, bool plain_only = false) {
      for (std::uint32_t pi : candidates) {
        const VerbPattern& p = dict.patterns()[pi];
        if (plain_only && !PlainWords(p)) continue;
        auto match_tokens = [&](const std::vector<PatternToken>& tokens) {
          std::size_t star = 0;
          while (star < tokens.size() && tokens[star].kind != PatternTokenKind::kVerb) ++star;
          if (star == tokens.size()) return;
          MatchState m;
          m.score = 0;
          m.last_tok = v;
          // A word glued to the verb ("RECENTLY_*") stands right before it, and one the verb is
          // glued to ("*_DOWN") right after it.
          std::size_t pre_end = 0;
          const bool in_subject = reads_subject_phrase && PreVerbNouns(tokens, star);
          const bool glued_to_verb = star > 0 && tokens[star - 1].glued;
          const std::vector<std::uint32_t>& before = in_subject ? subject_phrase : glued_to_verb ? pre : pre_phrases;
          if (!(dict.has_phrase_patterns() ? MatchSequence(s, dict, tokens, 0, star, before, m, false, &pre_end)
                                           : MatchNearestBeforeVerb(s, dict, tokens, star, before, m, &pre_end)))
            return;
          if (star > 0 && tokens[star - 1].glued && pre_end != pre.size()) return;
          const bool verb_glued = tokens[star].glued && !after.empty() && after.front() == v + 1;
          if (tokens[star].glued && !verb_glued) return;
          if (!MatchSequence(s, dict, tokens, star + 1, tokens.size(), after, m, verb_glued)) return;
          if (m.score > best_state.score) {
            best = &p;
            best_state = m;
          }
        };
        // Most patterns have no alternatives: match them in place rather than copy them.
        if (!HasAlternatives(p.tokens)) {
          match_tokens(p.tokens);
          continue;
        }
        for (const std::vector<PatternToken>& tokens : WithoutAlternatives(p.tokens)) match_tokens(tokens);
      }
    };
    match_patterns(post);
    // A clause joins the verb's when a pattern then matches better: an infinitive complementing
    // its object ("readiness to work on ...") or the verb ("vowed late on Monday to start a war"), and
    // for patterns of plain words a complement clause without a verb of its own (HasVerbOfItsOwn:
    // "allowed that Gondor is a really pleasant place"), which has no event of its own: PETRARCH-1
    // and TABARI read such patterns on along the text, where PETRARCH-2's phrase patterns stay
    // inside the verb phrase.
    const auto widen = [&](const auto& joins, bool plain_only) {
      std::vector<std::uint32_t> extra;
      for (std::uint32_t c : s.children[v])
        if (joins(c)) Subtree(s, c, extra);
      if (extra.empty()) return;
      std::vector<std::uint32_t> wider = clause;
      wider.insert(wider.end(), extra.begin(), extra.end());
      std::sort(wider.begin(), wider.end());
      std::vector<std::uint32_t> wider_post;
      for (std::uint32_t t : wider)
        if (t > v) wider_post.push_back(t);
      const int before = best_state.score;
      match_patterns(wider_post, plain_only);
      if (best_state.score > before) {
        clause = std::move(wider);
        post = std::move(wider_post);
      }
    };
    widen([&](std::uint32_t c) { return NounComplementAsAdvcl(s, v, c) || VerbComplementAsAdvcl(s, v, c); },
          /*plain_only=*/false);
    widen([&](std::uint32_t c) { return s.rel[c] == "ccomp" && !HasVerbOfItsOwn(s, c); }, /*plain_only=*/true);
    // Unless a pattern of its own codes the phrase, a raising passive leaves its infinitive's act
    // to that verb.
    if (!best && RaisingPassive(s, v)) continue;
    VerbCode code;
    if (best) {
      code = best->code;
    } else {
      const VerbEntry& entry = dict.verbs()[entries.front()];
      code = entry.has_code ? entry.code : dict.blocks()[entry.block].default_code;
    }
    if (code.discard) {
      discard = true;
      break;
    }
    if (s.universal_petrarch && LeftToComplement(s, v, pattern_coded, best ? best_state.last_tok : v)) {
      pattern_coded[v] = true;
      continue;
    }
    if (code.null()) continue;
    // UniversalPetrarch negates the meaning of a negated verb through its ontology ("did not
    // clash" [110] is 050); a code without a negation there stays.
    if (pico && !pico->empty() && DirectlyNegated(s, v) && !(best && PatternSpellsNegation(*best, dict))) {
      if (std::string forward = pico->Negated(code.forward); !forward.empty()) code.forward = std::move(forward);
      if (std::string reverse = pico->Negated(code.reverse); !reverse.empty()) code.reverse = std::move(reverse);
      // "did not reject": the negation of a rejection is the null code, no event.
      for (std::string* c : {&code.forward, &code.reverse})
        if (*c == "---") c->clear();
      if (code.null()) continue;
    }

    if (best) pattern_coded[v] = true;

    // A '%' after the verb names the compound its subject acts on when the subject names actors
    // ("Eriador agrees with Arnor and Gondor"); only without them do its members act on each other.
    if (best_state.source_tok > static_cast<std::int32_t>(v) && best_state.source_tok == best_state.target_tok) {
      bool subject_passive = false;
      const std::int32_t subject = SubjectOf(s, v, &subject_passive);
      std::vector<EventActor> subject_actors;
      if (subject >= 0 && !subject_passive) {
        const std::uint32_t before = static_cast<std::uint32_t>(subject) < v ? v : UINT32_MAX;
        ActorsOf(s, static_cast<std::uint32_t>(subject), subject_actors, before);
      }
      if (!subject_actors.empty()) best_state.source_tok = -1;
    }

    // Actors.
    s.skipped = best_state.skipped;
    if (!dict.has_phrase_patterns() && IsPredicate(s, v)) SourceBeforePlainTarget(s, v, best_state);
    bool passive = false;
    std::vector<EventActor> sources, targets;
    std::int32_t subject_tok = -1, agent_tok = -1;  // for actors named by an agent noun alone
    if (best_state.source_tok >= 0) {
      ActorsOf(s, best_state.source_tok, sources);
      // A '$' after the verb without a '+' ("- * ARMISTICE $": "Gondor honoured the armistice
      // alongside Arnor") names the source; the subject is the one it acts with or on, the target.
      if (best_state.source_tok > static_cast<std::int32_t>(v) && best_state.target_tok < 0) {
        bool subject_passive = false;
        const std::int32_t subject = SubjectOf(s, v, &subject_passive);
        if (subject >= 0 && !subject_passive)
          ActorsOf(s, static_cast<std::uint32_t>(subject), targets, static_cast<std::uint32_t>(subject) < v ? v : UINT32_MAX);
      }
    } else {
      std::int32_t subj = SubjectOf(s, v, &passive);
      subject_tok = subj;
      // A subject before the verb names no actor after it (the verb may hang inside its phrase).
      const std::uint32_t subj_limit = subj >= 0 && static_cast<std::uint32_t>(subj) < v ? v : UINT32_MAX;
      // PETRARCH-1 and TABARI read voice only from a "by" phrase: with their plain-word patterns a
      // passive without one codes its subject as the source ("Gondor was criticized over its
      // dispute with Arnor": GON > ARN), as the dictionary's authors expect.
      const std::int32_t agent = passive ? AgentOf(s, v) : -1;
      if (passive && agent < 0 && !dict.has_phrase_patterns()) passive = false;
      if (passive) {
        agent_tok = agent;
        if (agent >= 0) ActorsOf(s, agent, sources);
        if (subj >= 0) ActorsOf(s, subj, targets, subj_limit);
        // Only UniversalPetrarch's dictionaries (they come with its PICO ontology) are written for this
        // reading; in news coded with others a place after the verb is not the doer ("a tourist was
        // killed in Bangkok" names no killer).
        if (agent < 0 && pico && !pico->empty()) ActorAfterAgentlessPassive(s, v, post, targets, sources);
      } else if (subj >= 0) {
        ActorsOf(s, subj, sources, subj_limit);
        AddSplitSubjects(s, static_cast<std::uint32_t>(subj), sources);
        if (static_cast<std::uint32_t>(subj) < v) StateOfTitledName(s, static_cast<std::uint32_t>(subj), sources);
        if (sources.empty() && static_cast<std::uint32_t>(subj) < v && s.upos(subj) == "NOUN")
          ActorsModifyingFromBefore(s, static_cast<std::uint32_t>(subj), sources);
        // A subject inherited from another verb that names no actor, where the parse hung the
        // verb's own subject elsewhere ("In what was described as a setback, Chancellor Kohl
        // has cancelled ...": Kohl an apposition, the verb a conjunct of "described"): the
        // actors right before the verb.
        if (sources.empty() && s.rel[v] == "conj" && s.head[subj] != static_cast<std::int32_t>(v) &&
            !PersonalPronoun(s, subj) && !PossessedByPronoun(s, subj))
          ActorsBeforeVerb(s, v, sources, /*stop_at_comma=*/true);
      } else {
        ActorsBeforeVerb(s, v, sources);
      }
      // "Syria says it is willing to withdraw", "... that its troops had left": an unresolved
      // pronoun subject (or one a pronoun possesses) of a reported or complement clause is the
      // governing clause's subject.
      if (sources.empty() && !passive && subj >= 0 && (PersonalPronoun(s, subj) || PossessedByPronoun(s, subj))) {
        std::int32_t cur = static_cast<std::int32_t>(v);
        for (int steps = 0; steps < 8 && cur >= 0 && sources.empty(); ++steps) {
          const std::int32_t up = s.head[cur];
          if (up < 0) break;
          // The parser may hang the reported clause on a word between ("said on Monday that its
          // troops ...": a relative clause of "Monday"): any verb above it governs it.
          if (s.rel[cur] == "ccomp" || s.rel[cur] == "advcl" || s.rel[cur] == "parataxis" || s.upos(up) == "VERB") {
            bool up_passive = false;
            const std::int32_t up_subj = SubjectOf(s, up, &up_passive);
            if (up_subj >= 0 && up_subj != subj && !up_passive) {
              ActorsOf(s, up_subj, sources, up_subj < up ? static_cast<std::uint32_t>(up) : UINT32_MAX);
              // "The party said it will boycott ...": a governing subject named by agent nouns
              // alone is the one the sentence's country is given to below.
              if (sources.empty()) subject_tok = up_subj;
            }
          }
          cur = up;
        }
      }
    }
    // A '%' slot holding one actor ("Gondor met Arnor's envoy" against "- % *") is the source alone;
    // the target is then found as for any pattern.
    if (best_state.source_tok >= 0 && best_state.source_tok == best_state.target_tok && sources.size() < 2)
      best_state.target_tok = -1;
    if (best_state.target_tok >= 0) {
      targets.clear();
      ActorsOf(s, best_state.target_tok, targets);
      // "met his Arnorian counterpart": a '+' that only names the source again (the possessive)
      // leaves the target to the search below, which passes over the source.
      if (best_state.source_tok != best_state.target_tok &&
          std::all_of(targets.begin(), targets.end(), [&](const EventActor& t) {
            return std::any_of(sources.begin(), sources.end(), [&](const EventActor& a) { return SameActor(a, t); });
          }))
        targets.clear();
    }
    // The actors of the noun phrase holding token t as targets, unless they are the source.
    const bool protest = code.forward.starts_with("14");
    auto take_target = [&](std::uint32_t t) {
      const std::int32_t mention = s.mention_of[t];
      if (mention < 0) return false;
      // The noun phrase head holding the mention, for conjuncts.
      std::uint32_t h = t;
      while (s.head[h] >= 0 && s.mention_of[s.head[h]] == mention) h = s.head[h];
      std::vector<EventActor> found;
      ActorsOf(s, h, found);
      // The source named again is no target, but another part of its state is: "Gondor's police
      // detained Gondor's journalists", "Gondor's government imposed a curfew in Gondor". A protest
      // in the protesters' own state or city is aimed at that state (PLOVER's domestic protest).
      // Of a list naming the source among others (Gondor's "pact binding Arnor, Eriador and
      // Gondor"), the others are.
      std::erase_if(found, [&](const EventActor& f) {
        return !(protest && NamesStateOrPlace(doc, f)) &&
               std::any_of(sources.begin(), sources.end(), [&](const EventActor& a) { return SameActor(a, f); });
      });
      targets.insert(targets.end(), found.begin(), found.end());
      return !found.empty();
    };
    if (targets.empty() && !code.forward.starts_with("01")) {
      // The parse often hangs the phrase naming the target outside the verb's clause ("withdraw its
      // troops from neighboring Lebanon", "providing intelligence to Macedonia which ..."): the first
      // actor after the verb, before the next clause or comma, is the target.
      for (std::uint32_t t = v + 1; t < s.count && !ClauseBoundary(s, t); ++t)
        if (take_target(t)) break;
    }
    if (targets.empty())
      for (std::uint32_t t : post)
        if (!InTimeClause(s, t, v) && take_target(t)) break;
    // "sent experts to Gondor to investigate": an infinitive of purpose acts on its governor's target.
    if (targets.empty() && s.rel[v] == "advcl" && InfinitiveClause(s, v) && s.head[v] >= 0 &&
        static_cast<std::uint32_t>(s.head[v]) < v)
      for (std::uint32_t t = s.head[v] + 1; t < v; ++t)
        if (take_target(t)) break;
    // "opened fire to disperse the Gondorian protesters": an event without a target acts on the
    // object of its infinitive of purpose.
    const std::int32_t purpose_object = code.forward.starts_with("01") ? -1 : PurposeObject(s, v);
    if (targets.empty() && purpose_object >= 0)
      for (std::uint32_t t : NounPhrase(s, static_cast<std::uint32_t>(purpose_object)))
        if (take_target(t)) break;
    // Several parties meeting, talking or negotiating in a city meet each other there: the city is
    // the venue ("Gondorian and Arnorian envoys met in Bree"), not a party.
    if (sources.size() >= 2 && code.forward.starts_with("04") && best_state.target_tok < 0 &&
        std::all_of(targets.begin(), targets.end(), [&](const EventActor& a) { return NamedByPlace(doc, a); }))
      targets.clear();
    // The one addressed by a demand is the subject of its complement clause; a statement that
    // another actor must act ("Russia said Sudan must return the helicopter") is a demand on it,
    // and one without a target of its own is about it ("Arnor believes Gondor can cope").
    bool obliged = false;
    const std::int32_t addressed = ComplementSubject(s, v, &obliged);
    const bool statement = code.forward.starts_with("01");
    bool demand_by_statement = false;
    if (addressed >= 0 && (targets.empty() || (statement && obliged))) {
      std::vector<EventActor> named;
      ActorsOf(s, addressed, named);
      bool self = named.size() == 1 && sources.size() == 1 && named[0].entity == sources[0].entity;
      if (!named.empty() && !self) {
        targets = std::move(named);
        if (statement && obliged) {
          code = VerbCode{"100", "", false, false};
          demand_by_statement = true;
        }
      }
    }
    // "Police arrested protesters in Cairo": a side named by an agent noun alone is of the one
    // country the sentence names, or naming none, the article (SentenceCountry); when neither
    // tells one country, of no known country ("---COP"), as PETRARCH codes it, not no actor at all.
    if ((sources.empty() || targets.empty()) && InfersAgentCountries(s.knowledge)) {
      std::string country = SentenceCountry(s);
      if (country.empty()) country = "---";
      const std::int32_t source_phrase = passive ? agent_tok : subject_tok;
      const std::int32_t target_phrase = passive ? subject_tok : DirectObject(s, v);
      if (sources.empty() && source_phrase >= 0)
        AgentOnlyActor(s, static_cast<std::uint32_t>(source_phrase), country, sources);
      if (targets.empty() && target_phrase >= 0 && !code.forward.starts_with("01"))
        AgentOnlyActor(s, static_cast<std::uint32_t>(target_phrase), country, targets);
      if (targets.empty() && purpose_object >= 0)
        AgentOnlyActor(s, static_cast<std::uint32_t>(purpose_object), country, targets);
    } else if (sources.empty() != targets.empty()) {
      // PETRARCH and TABARI code a side named by agent nouns without a country: "police arrested
      // students" RUSCOP/---EDU, "clerics and lawmakers believe" ---REL and ---LEG.
      const std::int32_t phrase = sources.empty() ? (passive ? agent_tok : subject_tok)
                                                  : (passive ? subject_tok : DirectObject(s, v));
      if (phrase >= 0) AgentNounActors(s, static_cast<std::uint32_t>(phrase), sources.empty() ? sources : targets);
    } else if (sources.empty()) {
      // With no actor on either side, so is the source: "an official said on Thursday" ---GOV.
      const std::int32_t phrase = passive ? agent_tok : subject_tok;
      if (phrase >= 0) AgentNounActors(s, static_cast<std::uint32_t>(phrase), sources);
    }
    // A subordinate verb ("X said Y regretted ...") leaves its clause to the verbs inside it.
    if (!code.subordinate) {
      for (std::uint32_t t : clause) covered[t] = true;
      if (s.universal_petrarch) DropComplementEvents(s, v, events, subordinate_events);
    }
    if (!code.subordinate && !dict.has_phrase_patterns()) CoverVerbPhrase(s, v, covered);
    if (!targets.empty()) CoverReportedContent(s, v, code.forward, covered);

    Event base;
    base.sentence = index;
    const Token& vt = s.tok(v);
    base.span = {vt.span.begin, std::max(vt.span.end, s.tok(best_state.last_tok >= v ? best_state.last_tok : v).span.end)};
    base.modality = ModalityOf(s, v);
    if (best) {
      base.evidence_file = dict.files()[best->file];
      base.evidence_line = best->line;
      base.evidence_pattern = PatternText(*best, dict);
    } else {
      const VerbEntry& entry = dict.verbs()[entries.front()];
      base.evidence_file = dict.files()[entry.file];
      base.evidence_line = entry.line;
      base.evidence_pattern = entry.base;
    }
    if (demand_by_statement) base.evidence_pattern += " + MUST (complement clause)";
    auto emit = [&](const std::string& c, const std::vector<EventActor>& src, const std::vector<EventActor>& tgt) {
      if (c.empty()) return;
      // An actor acting on itself (a '%' slot or target search finding the source again) is no event.
      if (src.size() == 1 && tgt.size() == 1 && SameActor(src[0], tgt[0]) && !(protest && NamesStateOrPlace(doc, tgt[0])))
        return;
      for (const Event& old : events)
        if (old.cameo == c && old.span.begin == base.span.begin && old.sources.size() == src.size() &&
            old.targets.size() == tgt.size() &&
            std::equal(src.begin(), src.end(), old.sources.begin(),
                       [](const EventActor& a, const EventActor& b) { return a.entity == b.entity; }) &&
            std::equal(tgt.begin(), tgt.end(), old.targets.begin(),
                       [](const EventActor& a, const EventActor& b) { return a.entity == b.entity; }))
          return;
      Event e = base;
      e.cameo = c;
      e.sources = src;
      e.targets = tgt;
      (code.subordinate ? subordinate_events : events).push_back(std::move(e));
    };
    // A '%' slot names a compound actor that is both source and target ("Gondor and Osgiliath have
    // delayed their meeting"); so does a compound subject without a target ("Xi and Putin exchanged
    // greetings"): each acts on each.
    const bool compound = best_state.source_tok >= 0 && best_state.source_tok == best_state.target_tok;
    if (compound || (targets.empty() && sources.size() >= 2 && !AddressesOutsiders(code.forward))) {
      for (const EventActor& a : sources)
        for (const EventActor& b : sources)
          if (a.entity != b.entity) emit(code.forward, {a}, {b});
    } else {
      emit(code.forward, sources, targets);
      if (code.paired) emit(code.reverse, targets, sources);
    }
  }
  if (discard) return;
  if (events.empty()) events = std::move(subordinate_events);

  for (Event& e : events) doc.events.push_back(std::move(e));
}

}  // namespace

std::string PatternText(const VerbPattern& pattern, const VerbDictionary& verbs) {
  std::string out;
  for (const PatternToken& t : pattern.tokens) {
    std::string piece;
    switch (t.kind) {
      case PatternTokenKind::kWord: piece = t.text + (t.exact ? "_" : ""); break;
      case PatternTokenKind::kVerb: piece = "*"; break;
      case PatternTokenKind::kSource: piece = "$"; break;
      case PatternTokenKind::kTarget: piece = "+"; break;
      case PatternTokenKind::kCompound: piece = "%"; break;
      case PatternTokenKind::kSkip: piece = "^"; break;
      case PatternTokenKind::kSynset:
        piece = "&" + (t.synset < verbs.synsets().size() ? verbs.synsets()[t.synset].name : t.text);
        break;
      case PatternTokenKind::kPhraseOpen: piece = "("; break;
      case PatternTokenKind::kPhraseClose: piece = ")"; break;
      case PatternTokenKind::kNounOpen: piece = "{"; break;
      case PatternTokenKind::kNounClose: piece = "}"; break;
      case PatternTokenKind::kAltOpen: piece = "{"; break;
      case PatternTokenKind::kAltBar: piece = "|"; break;
      case PatternTokenKind::kAltClose: piece = "}"; break;
    }
    if (!out.empty() && out.back() != '(' && out.back() != '{' && piece != ")" && piece != "}") out += ' ';
    out += piece;
    if (t.glued && !out.empty() && out.back() != '_') out += '_';
  }
  return out;
}

void SelectEvents(Document& doc, const EventSelection& selection) {
  std::vector<Event> kept;
  std::int64_t sentence = -1;  // of the event before
  for (Event& e : doc.events) {
    // The governing verb's event is the sentence's first, whatever the other rules then say of it.
    const bool first_of_sentence = static_cast<std::int64_t>(e.sentence) != sentence;
    sentence = e.sentence;
    if (selection.one_event_per_sentence && !first_of_sentence) continue;
    if (selection.require_dyad && (e.sources.empty() || e.targets.empty())) continue;
    if (e.sources.empty() && !selection.keep_actorless && (e.targets.empty() || !selection.keep_sourceless)) continue;
    kept.push_back(std::move(e));
  }
  doc.events = std::move(kept);
}

namespace {

// The sentence's words in the upper case dictionaries are written in.
std::vector<std::string> UpperWords(const Document& doc, const Sentence& sentence) {
  std::vector<std::string> words;
  words.reserve(sentence.token_count);
  for (std::uint32_t t = 0; t < sentence.token_count; ++t)
    words.push_back(AsciiUpper(doc.text(doc.tokens[sentence.first_token + t].span)));
  return words;
}

// The event's own date: the first full calendar date of its sentence that does not modify a noun
// ("New Year greetings", "New Year's message"), else the publication date.
std::string SentenceDate(const Document& doc, const Sentence& sentence) {
  for (const TimeExpression& t : doc.times) {
    if (!sentence.span.contains(t.span) || t.type != TimeExpression::Type::kDate) continue;
    bool attributive = false;
    for (std::uint32_t k = sentence.first_token; k < sentence.first_token + sentence.token_count; ++k) {
      const Token& tok = doc.tokens[k];
      if (tok.span.end != t.span.end && !(tok.span.begin < t.span.end && t.span.end <= tok.span.end)) continue;
      std::string_view r = tok.deprel;
      attributive = r.starts_with("compound") || r == "nmod:poss" || r == "amod";
      if (!attributive && k + 1 < sentence.first_token + sentence.token_count &&
          AsciiUpper(doc.text(doc.tokens[k + 1].span)) == "'S")
        attributive = true;
      break;
    }
    if (attributive) continue;
    const std::string& v = t.value;
    if (v.size() == 10 && std::isdigit(static_cast<unsigned char>(v[0])) && v[4] == '-' && v[7] == '-' &&
        std::isdigit(static_cast<unsigned char>(v[9])))
      return v;
  }
  const std::string& published = doc.article().published;
  return published.substr(0, std::min<std::size_t>(10, published.size()));
}

// Fills what the ontology says of e.cameo: name, root, Goldstein value, QuadClass and PLOVER
// category, the PLOVER category read with the event's modality. An unknown code keeps its root.
void DescribeEvent(Event& e, const CameoOntology& cameo) {
  if (const CameoEvent* c = cameo.Find(e.cameo)) {
    e.cameo_name = c->name;
    e.root = c->root;
    e.goldstein = c->goldstein;
    e.quad_class = c->quad_class;
    e.plover_event = c->plover_event;
    e.plover_mode = c->plover_mode;
    // PLOVER codes promised, planned, conditional and future cooperation (consult to yield) as AGREE,
    // and future or conditional protest, sanctions, coercion and force as THREATEN.
    const bool not_yet = e.modality == "future" || e.modality == "intended" || e.modality == "hypothetical";
    if (e.modality == "negated" && e.root >= "03" && e.root <= "08") {
      // Cooperation refused or not given ("will not accept", "failed to reach agreement").
      e.plover_event = "REJECT";
      e.plover_mode.clear();
    } else if (not_yet && e.root >= "04" && e.root <= "08") {
      e.plover_event = "AGREE";
      e.plover_mode.clear();
    } else if ((e.modality == "future" || e.modality == "hypothetical") && e.root >= "14") {
      e.plover_event = "THREATEN";
      e.plover_mode.clear();
    }
  } else {
    e.root = e.cameo.substr(0, std::min<std::size_t>(2, e.cameo.size()));
  }
}

// Completes the events doc.events[from..] of sentence `index`, however they were found: their date,
// who says they happened (the quotation holding them) and the ontology's fields.
void CompleteEvents(Document& doc, std::uint32_t index, const CameoOntology& cameo, std::size_t from) {
  if (from == doc.events.size()) return;
  doc.RequireDependencies(index);  // SentenceDate reads the relations of dates
  const std::string date = SentenceDate(doc, doc.sentences[index]);
  for (std::size_t k = from; k < doc.events.size(); ++k) {
    Event& e = doc.events[k];
    e.date = date;
    for (const Quote& q : doc.quotes) {
      if (!q.span.overlaps(e.span)) continue;
      e.speaker = q.speaker_entity;
      e.speaker_text = q.speaker;
      e.relayed_by = q.relayed_by_entities;
      e.relayed_by_text = q.relayed_by;
      break;
    }
    DescribeEvent(e, cameo);
  }
}

// Gives each event the issue codes of its sentence, looked up once per
// sentence that has events.
void TagIssues(Document& doc, const IssueList& issues) {
  std::uint32_t tagged = UINT32_MAX;
  std::vector<std::string> codes;
  for (Event& e : doc.events) {
    if (e.sentence != tagged) {
      tagged = e.sentence;
      codes.clear();
      for (const auto& found : issues.Find(UpperWords(doc, doc.sentences[e.sentence]))) codes.push_back(found.first);
    }
    e.issues = codes;
  }
}

}  // namespace

void CodeEvents(Document& doc, const VerbDictionary& verbs, const CameoOntology& cameo,
                const DiscardList* discards, const ActorKnowledge* agents, const IssueList* issues,
                const PicoOntology* pico, const TabariSettings* tabari, const CommaLimits* commas,
                bool actorless_kept) {
  doc.events.clear();
  std::vector<bool> discarded(doc.sentences.size(), false);
  if (discards && !discards->empty()) {
    for (std::uint32_t i = 0; i < doc.sentences.size(); ++i) {
      const DiscardPhrase* phrase = discards->Find(UpperWords(doc, doc.sentences[i]));
      if (phrase && phrase->story) return;
      discarded[i] = phrase != nullptr;
    }
  }
  const bool tabari_verbs = UsesTabariMatching(verbs);
  const TabariSettings tabari_settings = tabari ? *tabari : TabariSettings{};
  for (std::uint32_t i = 0; i < doc.sentences.size(); ++i) {
    if (discarded[i]) continue;
    const std::size_t before = doc.events.size();
    // TABARI dictionaries are written for its reading of the word sequence, which has no parse to fall back on.
    if (tabari_verbs) CodeSentenceAsTabari(doc, i, verbs, tabari_settings, agents);
    else CodeSentence(doc, i, verbs, agents, pico, commas, actorless_kept);
    CompleteEvents(doc, i, cameo, before);
  }
  if (issues && !issues->phrases().empty()) TagIssues(doc, *issues);
}

}  // namespace tidings
