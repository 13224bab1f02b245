#include "code/tabari_matcher.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "code/coder.h"
#include "code/dictionary_files.h"

namespace tidings {
namespace {

// A run of words naming one actor.
struct ActorUnit {
  std::uint32_t first = 0, last = 0;  // word indices, inclusive
  std::int32_t entity = -1;
  std::string code;
  Span span;
};

// The sentence as TABARI sees it: upper-case words and the actors among them.
struct WordView {
  std::vector<std::uint32_t> token;  // the word's token in the sentence
  std::vector<std::string> upper;
  std::vector<bool> capitalized;
  std::vector<std::int32_t> unit_of;  // index into units, -1 outside actors
  std::vector<ActorUnit> units;
  bool all_caps = true;
};

// A pattern token with its alternatives chosen: a word, synset, actor slot or skip.
struct Step {
  PatternTokenKind kind = PatternTokenKind::kWord;
  std::string text;  // kWord: without a trailing '~'
  bool exact = false;
  bool glued = false;  // the next step must match the very next word
  std::uint32_t synset = 0;
};

constexpr std::size_t kMaxVariants = 64;

// The step lists a TABARI pattern stands for, one per choice of its
// alternatives; phrase and noun brackets are dropped (TABARI has none).
void Expand(const std::vector<PatternToken>& tokens, std::size_t k, std::vector<Step> prefix,
            std::vector<std::vector<Step>>& out) {
  if (out.size() >= kMaxVariants) return;
  for (; k < tokens.size(); ++k) {
    const PatternToken& t = tokens[k];
    switch (t.kind) {
      case PatternTokenKind::kAltOpen: {
        // The group's end and its choices (bars of its own level).
        std::vector<std::pair<std::size_t, std::size_t>> choices;
        std::size_t start = k + 1, e = k + 1;
        for (int depth = 0; e < tokens.size(); ++e) {
          const PatternTokenKind kind = tokens[e].kind;
          if (kind == PatternTokenKind::kAltOpen) ++depth;
          if (kind == PatternTokenKind::kAltClose && depth-- == 0) break;
          if (kind == PatternTokenKind::kAltBar && depth == 0) {
            choices.push_back({start, e});
            start = e + 1;
          }
        }
        if (e == tokens.size()) return;
        choices.push_back({start, e});
        std::vector<PatternToken> rest(tokens.begin() + e + 1, tokens.end());
        for (const auto& [a, b] : choices) {
          // The choice, then what follows the group; "}_WORD" glues the choice's end to WORD.
          std::vector<PatternToken> variant(tokens.begin() + a, tokens.begin() + b);
          if (!variant.empty() && tokens[e].glued) variant.back().glued = true;
          variant.insert(variant.end(), rest.begin(), rest.end());
          Expand(variant, 0, prefix, out);
        }
        return;
      }
      case PatternTokenKind::kWord:
      case PatternTokenKind::kSynset:
      case PatternTokenKind::kVerb:
      case PatternTokenKind::kSource:
      case PatternTokenKind::kTarget:
      case PatternTokenKind::kCompound:
      case PatternTokenKind::kSkip: {
        Step s;
        s.kind = t.kind;
        s.text = t.text;
        // A word joined to the next by '_' ends there ("IN_*" is no stem of INTO); '~' keeps it a stem.
        s.exact = t.exact || (t.glued && !s.text.ends_with('~'));
        if (s.kind == PatternTokenKind::kWord && s.text.ends_with('~')) s.text.pop_back();
        s.glued = t.glued;
        s.synset = t.synset;
        prefix.push_back(std::move(s));
        break;
      }
      default:
        if (t.glued && !prefix.empty()) prefix.back().glued = true;
        break;
    }
  }
  out.push_back(std::move(prefix));
}

bool WordIs(std::string_view word, const Step& s) {
  return s.exact ? word == s.text : word.starts_with(s.text);
}

// What a match found: the actors its '$', '+' and '%' took, its length.
struct Found {
  std::int32_t source = -1, target = -1;
  bool compound = false;
  int score = 0;
};

// Matches a synset member at seq[q] as TABARI reads one: its words are
// stems, other words may come between them, and "$" or "+" in it takes an
// actor. Returns the position after the match (0 when none); a member scores
// a little under the same words written in the pattern.
std::size_t MatchMember(const WordView& w, std::string_view member, const std::vector<std::uint32_t>& seq,
                        std::size_t q, bool backwards, Found& found) {
  std::vector<std::string_view> parts;
  for (std::size_t a = 0; a <= member.size();) {
    const std::size_t b = std::min(member.find(' ', a), member.size());
    if (b > a) parts.push_back(member.substr(a, b - a));
    a = b + 1;
  }
  if (parts.empty()) return 0;
  if (backwards) std::reverse(parts.begin(), parts.end());
  Found trial = found;
  std::size_t pos = q;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::size_t last_start = i == 0 ? q + 1 : seq.size();
    bool matched = false;
    for (std::size_t k = pos; k < last_start && k < seq.size() && !matched; ++k) {
      const std::int32_t unit = w.unit_of[seq[k]];
      if (parts[i] == "$" || parts[i] == "+") {
        if (unit < 0) continue;
        (parts[i] == "$" ? trial.source : trial.target) = unit;
        while (k < seq.size() && w.unit_of[seq[k]] == unit) ++k;
        pos = k;
        matched = true;
      } else if (unit < 0 && w.upper[seq[k]].starts_with(parts[i])) {
        pos = k + 1;
        matched = true;
      }
    }
    if (!matched) return 0;
  }
  trial.score += 2 * static_cast<int>(parts.size()) - 1;
  found = trial;
  return pos;
}

// Matches `steps` in order against the words seq[0..] (the words after the
// verb, or those before it read backwards); `glue` requires the first step at
// seq[0].
bool MatchSteps(const WordView& w, const VerbDictionary& dict, const std::vector<Step>& steps,
                const std::vector<std::uint32_t>& seq, bool backwards, bool glue, Found& found) {
  std::size_t pos = 0;
  for (const Step& s : steps) {
    const std::size_t last_start = glue ? std::min(pos + 1, seq.size()) : seq.size();
    bool matched = false;
    for (std::size_t q = pos; q < last_start && !matched; ++q) {
      switch (s.kind) {
        case PatternTokenKind::kWord:
          if (w.unit_of[seq[q]] < 0 && WordIs(w.upper[seq[q]], s)) {
            pos = q + 1;
            found.score += 2;
            matched = true;
          }
          break;
        case PatternTokenKind::kSynset:
          for (const std::string& member : dict.synsets()[s.synset].members) {
            const std::size_t end = MatchMember(w, member, seq, q, backwards, found);
            if (end == 0) continue;
            pos = end;
            matched = true;
            break;
          }
          break;
        case PatternTokenKind::kSource:
        case PatternTokenKind::kTarget:
        case PatternTokenKind::kCompound:
        case PatternTokenKind::kSkip: {
          const std::int32_t unit = w.unit_of[seq[q]];
          if (unit < 0) break;
          if (s.kind == PatternTokenKind::kSource) found.source = unit;
          if (s.kind == PatternTokenKind::kTarget) found.target = unit;
          if (s.kind == PatternTokenKind::kCompound) {
            found.source = found.target = unit;
            found.compound = true;
          }
          while (q < seq.size() && w.unit_of[seq[q]] == unit) ++q;
          pos = q;
          found.score += s.kind == PatternTokenKind::kSkip ? 0 : 1;
          matched = true;
          break;
        }
        default:
          break;
      }
    }
    if (!matched) return false;
    glue = s.glued;
  }
  return true;
}

// Matches one variant around the verb at words [v, v_end).
bool MatchVariant(const WordView& w, const VerbDictionary& dict, const std::vector<Step>& steps, std::uint32_t v,
                  std::uint32_t v_end, Found& found) {
  const auto star = std::find_if(steps.begin(), steps.end(), [](const Step& s) { return s.kind == PatternTokenKind::kVerb; });
  if (star == steps.end()) return false;
  // Before the verb, read backwards: each step must touch the one after it when glued to it.
  std::vector<Step> lower(steps.begin(), star);
  std::reverse(lower.begin(), lower.end());
  const bool lower_glue = !lower.empty() && lower.front().glued;
  for (std::size_t i = 0; i < lower.size(); ++i) lower[i].glued = i + 1 < lower.size() && lower[i + 1].glued;
  std::vector<std::uint32_t> before, after;
  for (std::uint32_t t = v; t-- > 0;) before.push_back(t);
  for (std::uint32_t t = v_end; t < w.upper.size(); ++t) after.push_back(t);
  const std::vector<Step> upper(star + 1, steps.end());
  return MatchSteps(w, dict, lower, before, /*backwards=*/true, lower_glue, found) &&
         MatchSteps(w, dict, upper, after, /*backwards=*/false, star->glued, found);
}

// Where a verb's clause ends for the target search: punctuation between
// clauses or a word opening a subordinate clause.
bool EndsClause(std::string_view word) {
  static constexpr std::string_view kEnds[] = {",",     ";",     ":",      "--",    "AFTER", "BEFORE", "WHEN",
                                               "WHILE", "WHICH", "WHO",    "WHERE", "BECAUSE", "IF", "UNLESS",
                                               "UNTIL", "SINCE", "ALTHOUGH", "THOUGH"};
  return std::find(std::begin(kEnds), std::end(kEnds), word) != std::end(kEnds);
}

// "X was (fiercely) opposed (earlier) by Y": a form of "be" just before the
// verb and "by" just after it make Y the source and X the target.
void PassiveActors(const WordView& w, std::uint32_t v, std::uint32_t end, std::int32_t* source, std::int32_t* target) {
  static constexpr std::string_view kBe[] = {"WAS", "WERE", "IS", "ARE", "BE", "BEEN", "BEING"};
  bool be = false;
  for (std::uint32_t k = v; k-- > 0 && k + 3 > v && !be;)
    be = std::find(std::begin(kBe), std::end(kBe), w.upper[k]) != std::end(kBe);
  if (!be) return;
  std::uint32_t by = end;
  while (by < w.upper.size() && by < end + 2 && w.upper[by] != "BY") ++by;
  if (by >= w.upper.size() || w.upper[by] != "BY" || by + 1 >= w.upper.size() || w.unit_of[by + 1] < 0) return;
  for (std::uint32_t k = 0; k < v && *target < 0; ++k) *target = w.unit_of[k];
  if (*target >= 0) *source = w.unit_of[by + 1];
}

bool IsWord(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '\'' || c == '-';
  });
}

// Whether actors `a` and `b` (b later) are listed together: "and", "nor" or
// commas right after `a`, then at most three lower-case words that are
// neither verbs, prepositions nor clause openers ("that") ("Fornost and the
// awful Gondor").
bool Joined(const WordView& w, const VerbDictionary& dict, const ActorUnit& a, const ActorUnit& b) {
  static constexpr std::string_view kPrepositions[] = {"OF",   "IN",   "AT",      "WITH",    "TO", "FOR",
                                                       "FROM", "ON",   "BY",      "BETWEEN", "AGAINST", "INTO",
                                                       "OVER", "NEAR", "TOWARDS", "ABOUT",   "THAN", "AS",
                                                       "THAT"};
  std::uint32_t t = a.last + 1;
  while (t < b.first && (w.upper[t] == "," || w.upper[t] == "AND" || w.upper[t] == "NOR")) ++t;
  if (t == a.last + 1 || t + 3 < b.first || a.last >= b.first) return false;
  for (; t < b.first; ++t) {
    const std::string& x = w.upper[t];
    if (w.capitalized[t] || EndsClause(x) || !IsWord(x) ||
        std::find(std::begin(kPrepositions), std::end(kPrepositions), x) != std::end(kPrepositions) ||
        !dict.FindVerbs(x).empty() || !dict.FindStemVerbs(x).empty())
      return false;
  }
  return true;
}

// The unit and the units listed with it ("A, B and C"), in text order.
std::vector<std::int32_t> WithConjuncts(const WordView& w, const VerbDictionary& dict, std::int32_t unit) {
  std::vector<std::int32_t> out{unit};
  for (std::int32_t u = unit; u > 0 && Joined(w, dict, w.units[u - 1], w.units[u]); --u) out.insert(out.begin(), u - 1);
  for (std::int32_t u = unit;
       u + 1 < static_cast<std::int32_t>(w.units.size()) && Joined(w, dict, w.units[u], w.units[u + 1]); ++u)
    out.push_back(u + 1);
  return out;
}

// Keeps only the words not marked in `drop` (and the actors among them).
void DropWords(WordView& w, const std::vector<bool>& drop) {
  WordView kept;
  kept.all_caps = w.all_caps;
  std::vector<std::int32_t> new_unit(w.units.size(), -1);
  for (std::size_t u = 0; u < w.units.size(); ++u) {
    if (drop[w.units[u].first]) continue;
    new_unit[u] = static_cast<std::int32_t>(kept.units.size());
    kept.units.push_back(w.units[u]);
  }
  std::vector<bool> placed(kept.units.size(), false);
  for (std::uint32_t i = 0; i < w.upper.size(); ++i) {
    if (drop[i]) continue;
    const std::int32_t unit = w.unit_of[i] < 0 ? -1 : new_unit[w.unit_of[i]];
    if (unit >= 0 && !placed[unit]) {
      kept.units[unit].first = static_cast<std::uint32_t>(kept.upper.size());
      placed[unit] = true;
    }
    if (unit >= 0) kept.units[unit].last = static_cast<std::uint32_t>(kept.upper.size());
    kept.token.push_back(w.token[i]);
    kept.upper.push_back(std::move(w.upper[i]));
    kept.capitalized.push_back(w.capitalized[i]);
    kept.unit_of.push_back(unit);
  }
  w = std::move(kept);
}

// Rebuilds unit_of from the units (in text order).
void IndexUnits(WordView& w) {
  std::sort(w.units.begin(), w.units.end(), [](const ActorUnit& a, const ActorUnit& b) { return a.first < b.first; });
  std::fill(w.unit_of.begin(), w.unit_of.end(), -1);
  for (std::size_t u = 0; u < w.units.size(); ++u)
    for (std::uint32_t k = w.units[u].first; k <= w.units[u].last; ++k) w.unit_of[k] = static_cast<std::int32_t>(u);
}

// TABARI's pronouns: "he", "it", "them" ... stand for the sentence's first
// actor (with the actors listed with it: "A and B ... they"), when it comes
// before them.
void ResolvePronouns(const Document& doc, const Sentence& sentence, const VerbDictionary& dict, WordView& w) {
  static constexpr std::string_view kPronouns[] = {"HE", "SHE", "IT", "THEY", "HIM", "HER", "THEM"};
  if (w.units.empty()) return;
  const std::vector<std::int32_t> first = WithConjuncts(w, dict, 0);
  ActorUnit referent = w.units[0];
  for (std::size_t i = 1; i < first.size(); ++i) referent.code += "/" + w.units[first[i]].code;
  std::vector<ActorUnit> pronouns;
  for (std::uint32_t k = w.units[first.back()].last + 1; k < w.upper.size(); ++k) {
    if (w.unit_of[k] >= 0 ||
        std::find(std::begin(kPronouns), std::end(kPronouns), w.upper[k]) == std::end(kPronouns))
      continue;
    ActorUnit pronoun = referent;
    pronoun.first = pronoun.last = k;
    pronoun.span = doc.tokens[sentence.first_token + w.token[k]].span;
    pronouns.push_back(std::move(pronoun));
  }
  if (pronouns.empty()) return;
  for (ActorUnit& u : pronouns) w.units.push_back(std::move(u));
  IndexUnits(w);
}

// Words of [a, b) that hold a letter or digit.
std::size_t CountWords(const WordView& w, std::uint32_t a, std::uint32_t b) {
  std::size_t n = 0;
  for (std::uint32_t k = a; k < b; ++k)
    n += std::any_of(w.upper[k].begin(), w.upper[k].end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
  return n;
}

// TABARI's comma rule: a clause set off by commas whose length lies within
// `limits` is an aside ("X, the leader of Y, said"), not read. Commas inside
// a list of actors ("A, B and C") set off nothing.
void DropAsides(WordView& w, const VerbDictionary& dict, const CommaLimits& limits) {
  const std::uint32_t n = static_cast<std::uint32_t>(w.upper.size());
  std::vector<bool> listed(n, false);
  for (std::size_t u = 0; u + 1 < w.units.size(); ++u)
    if (Joined(w, dict, w.units[u], w.units[u + 1]))
      for (std::uint32_t k = w.units[u].last + 1; k < w.units[u + 1].first; ++k) listed[k] = true;
  std::vector<std::uint32_t> commas;
  for (std::uint32_t k = 0; k < n; ++k)
    if (w.upper[k] == "," && !listed[k]) commas.push_back(k);
  if (commas.empty()) return;
  std::vector<bool> drop(n, false);
  auto drop_if = [&](std::uint32_t a, std::uint32_t b, std::size_t min, std::size_t max) {
    const std::size_t words = CountWords(w, a, b);
    if (words < min || words > max) return false;
    std::fill(drop.begin() + a, drop.begin() + b, true);
    return true;
  };
  // Left to right, an aside takes both its commas with it; the commas left
  // may open the sentence's last clause or close its first.
  std::vector<std::uint32_t> left;
  for (std::size_t c = 0; c < commas.size(); ++c) {
    if (c + 1 < commas.size() && drop_if(commas[c], commas[c + 1] + 1, limits.min, limits.max)) {
      ++c;
      continue;
    }
    left.push_back(commas[c]);
  }
  if (left.empty()) return DropWords(w, drop);
  drop_if(0, left.front() + 1, limits.begin_min, limits.begin_max);
  std::uint32_t end = n;
  while (end > left.back() + 1 && !IsWord(w.upper[end - 1])) --end;
  drop_if(left.back(), end, limits.end_min, limits.end_max);
  DropWords(w, drop);
}

WordView ReadWords(const Document& doc, const Sentence& sentence) {
  WordView w;
  const std::uint32_t n = sentence.token_count;
  w.token.resize(n);
  w.upper.resize(n);
  w.capitalized.resize(n);
  w.unit_of.assign(n, -1);
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::string_view text = doc.text(doc.tokens[sentence.first_token + i].span);
    w.token[i] = i;
    w.upper[i] = AsciiUpper(text);
    w.capitalized[i] = !text.empty() && std::isupper(static_cast<unsigned char>(text[0]));
    for (char c : text)
      if (std::islower(static_cast<unsigned char>(c))) w.all_caps = false;
  }
  // Outermost mention with an actor code per word (mentions are in text order, longest first).
  Span taken{0, 0};
  for (const Mention& m : doc.mentions) {
    if (m.span.end <= sentence.span.begin || m.span.begin >= sentence.span.end) continue;
    if (m.entity < 0 || doc.entities[m.entity].actor.empty()) continue;
    if (taken.size() > 0 && taken.contains(m.span)) continue;
    taken = m.span;
    ActorUnit unit{UINT32_MAX, 0, m.entity, doc.entities[m.entity].actor, m.span};
    for (std::uint32_t i = 0; i < n; ++i)
      if (doc.tokens[sentence.first_token + i].span.overlaps(m.span) && w.unit_of[i] < 0) {
        unit.first = std::min(unit.first, i);
        unit.last = i;
        w.unit_of[i] = static_cast<std::int32_t>(w.units.size());
      }
    if (unit.first != UINT32_MAX) w.units.push_back(std::move(unit));
  }
  return w;
}

// TABARI reads actor names in any case and with a plural or possessive
// ending ("ithilen government radios", "Libyas"): the actor phrases the
// annotation did not find that way, or found only in part, are looked up on
// the words in capitals, as written and with a final S taken off.
void AddActorsInAnyCase(const Document& doc, const Sentence& sentence, const ActorKnowledge& knowledge, WordView& w) {
  const std::string& published = doc.article().published;
  const Day day = published.size() >= 10 ? ParseIsoDay(std::string_view(published).substr(0, 10)) : -1;
  const std::uint32_t n = static_cast<std::uint32_t>(w.upper.size());
  std::vector<std::string> singular(w.upper);
  for (std::string& word : singular)
    if (word.size() > 3 && word.back() == 'S' && word[word.size() - 2] != 'S') word.pop_back();
  TokenView as_written, without_s;
  for (std::uint32_t i = 0; i < n; ++i) {
    as_written.Add(w.upper[i]);
    without_s.Add(singular[i]);
  }
  for (std::uint32_t i = 0; i < n;) {
    std::int32_t actor = -1;
    std::uint32_t length = 0;
    for (const TokenView* view : {&as_written, &without_s}) {
      std::vector<std::uint32_t> payloads;
      const std::uint32_t found = knowledge.gazetteer().LongestMatch(*view, i, n, &payloads);
      for (std::uint32_t p : payloads)
        if (found > length && knowledge.target(p).type == PhraseTarget::Type::kActor) {
          length = found;
          actor = static_cast<std::int32_t>(knowledge.target(p).index);
        }
    }
    // Kept only with a code, where it covers more than the units it overlaps, and all of them.
    const std::string code = actor >= 0 ? knowledge.ActorCode(knowledge.actors()[actor], day) : "";
    bool better = !code.empty();
    for (std::uint32_t k = i; better && k < i + length; ++k) {
      const std::int32_t u = w.unit_of[k];
      if (u >= 0) better = w.units[u].first >= i && w.units[u].last < i + length && w.units[u].last - w.units[u].first + 1 < length;
    }
    if (!better) {
      ++i;
      continue;
    }
    std::erase_if(w.units, [&](const ActorUnit& u) { return u.first >= i && u.last < i + length; });
    const Span span{doc.tokens[sentence.first_token + w.token[i]].span.begin,
                    doc.tokens[sentence.first_token + w.token[i + length - 1]].span.end};
    w.units.push_back({i, i + length - 1, -1, code, span});
    IndexUnits(w);
    i += length;
  }
}

// With a TABARI or PETRARCH actor dictionary, TABARI reads the actors itself,
// on the words in capitals by the dictionary's own phrase rules (stems, noun
// endings, gaps: tabari_actor_phrases.h): the best phrase at each word, left
// to right; they replace the annotation's mentions. A phrase coded "---" on
// the day names nobody: its words are neither an actor nor a verb.
void ReadTabariActors(const Document& doc, const Sentence& sentence, const ActorKnowledge& knowledge, WordView& w) {
  const std::string& published = doc.article().published;
  const Day day = published.size() >= 10 ? ParseIsoDay(std::string_view(published).substr(0, 10)) : -1;
  std::vector<ActorUnit> units;
  for (std::uint32_t i = 0; i < w.upper.size();) {
    const std::optional<TabariActorPhrases::Match> m = knowledge.tabari_phrases().LongestAt(w.upper, i);
    const std::string code = m ? knowledge.ActorCode(knowledge.actors()[m->payload], day) : "";
    if (code.empty()) {
      ++i;
      continue;
    }
    if (code == "---") {
      std::fill(w.upper.begin() + m->first, w.upper.begin() + m->last + 1, code);
    } else {
      const std::int32_t entity = w.unit_of[i] >= 0 ? w.units[w.unit_of[i]].entity : -1;
      const Span span{doc.tokens[sentence.first_token + w.token[m->first]].span.begin,
                      doc.tokens[sentence.first_token + w.token[m->last]].span.end};
      units.push_back({m->first, m->last, entity, code, span});
    }
    i = m->last + 1;
  }
  w.units = std::move(units);
  IndexUnits(w);
}

// The agent whose phrase starts at word `first` and ends before `limit`
// outside actors, or null; `*length` its words.
const AgentEntry* AgentAt(const ActorKnowledge& knowledge, const TokenView& tokens, const WordView& w,
                          std::uint32_t first, std::uint32_t limit, std::uint32_t* length) {
  std::uint32_t end = first;
  while (end < limit && w.unit_of[end] < 0) ++end;
  std::vector<std::uint32_t> payloads;
  *length = end > first ? knowledge.gazetteer().LongestMatch(tokens, first, end, &payloads) : 0;
  for (std::uint32_t p : payloads)
    if (knowledge.target(p).type != PhraseTarget::Type::kActor) return &knowledge.agents()[knowledge.target(p).index];
  return nullptr;
}

// The agent phrase of at most four words that ends right before word `end`
// (the longest), or null; `*first` and `*length` its words.
const AgentEntry* AgentEndingAt(const ActorKnowledge& knowledge, const TokenView& tokens, const WordView& w,
                                std::uint32_t end, std::uint32_t* first, std::uint32_t* length) {
  for (std::uint32_t start = end >= 4 ? end - 4 : 0; start < end; ++start) {
    const AgentEntry* agent = AgentAt(knowledge, tokens, w, start, end, length);
    if (agent && start + *length == end) {
      *first = start;
      return agent;
    }
  }
  return nullptr;
}

// TABARI's agents: the agent phrase right after an actor ("Bree Prime
// Minister", "Gondor's president") or right before it, alone or with "of" or
// "in" ("peace campaigners in Kestria", "the ambassadors of Arnor") adds its
// code; a code already ending with it is kept. "Former" before the agent or
// its actor makes it CAMEO's elite, ELI ("former Gondor prosecutors").
// With `convert`, an agent phrase that joins no actor ("security forces")
// becomes an actor of its own, coded "~MIL" (or "NGO~" for a code that goes
// before the country's).
void AddAgents(const Document& doc, const Sentence& sentence, const ActorKnowledge& knowledge, bool convert,
               WordView& w) {
  TokenView tokens;
  for (std::uint32_t i = 0; i < w.upper.size(); ++i) tokens.Add(doc.text(doc.tokens[sentence.first_token + i].span));
  const std::uint32_t n = static_cast<std::uint32_t>(w.upper.size());
  std::vector<bool> taken(n, false);
  auto former = [&](std::uint32_t k) { return k > 0 && w.upper[k - 1] == "FORMER"; };
  for (ActorUnit& u : w.units) {
    const AgentEntry* agent = nullptr;
    std::uint32_t length = 0, after = u.last + 1, first = 0;
    if (after < n && w.upper[after] == "'S") ++after;
    bool elite = former(u.first);
    if (after < n && w.upper[after] == "FORMER") elite = ++after < n;
    if (after < n) agent = AgentAt(knowledge, tokens, w, after, n, &length);
    if (agent) first = after;
    if (!agent && u.first > 0) {
      const bool preposition = u.first >= 2 && (w.upper[u.first - 1] == "OF" || w.upper[u.first - 1] == "IN");
      agent = AgentEndingAt(knowledge, tokens, w, u.first, &first, &length);
      if (!agent && preposition) agent = AgentEndingAt(knowledge, tokens, w, u.first - 1, &first, &length);
      if (agent && taken[first]) agent = nullptr;  // the agent of the actor before it
      if (agent) elite = former(first);
    }
    if (!agent) continue;
    std::fill(taken.begin() + first, taken.begin() + first + length, true);
    const std::string code = elite ? "ELI" : agent->code;
    if (code.empty() || u.code.ends_with(code)) continue;
    u.code = agent->prepend && !elite ? code + u.code : u.code + code;
  }
  if (!convert) return;
  std::vector<ActorUnit> alone;
  for (std::uint32_t t = 0; t < n; ++t) {
    std::uint32_t length = 0;
    const AgentEntry* agent = taken[t] || w.unit_of[t] >= 0 ? nullptr : AgentAt(knowledge, tokens, w, t, n, &length);
    if (!agent || agent->code.empty() || length == 0) continue;
    const std::uint32_t last = t + length - 1;
    const Span span{doc.tokens[sentence.first_token + w.token[t]].span.begin,
                    doc.tokens[sentence.first_token + w.token[last]].span.end};
    alone.push_back({t, last, -1, agent->prepend ? agent->code + "~" : "~" + agent->code, span});
    t = last;
  }
  if (alone.empty()) return;
  for (ActorUnit& u : alone) w.units.push_back(std::move(u));
  IndexUnits(w);
}

// The verb entries a candidate at word t selects and the words it spans.
std::vector<std::uint32_t> VerbAt(const WordView& w, const VerbDictionary& dict, std::uint32_t t, std::uint32_t* end) {
  const std::uint32_t n = static_cast<std::uint32_t>(w.upper.size());
  std::string form = w.upper[t];
  std::vector<std::string> longer;
  for (std::uint32_t k = t + 1; k < n && k < t + 3 && w.unit_of[k] < 0; ++k) longer.push_back(form += " " + w.upper[k]);
  for (std::size_t k = longer.size(); k-- > 0;) {
    std::vector<std::uint32_t> found = dict.FindVerbs(longer[k]);
    if (!found.empty()) {
      *end = t + 2 + static_cast<std::uint32_t>(k);
      return found;
    }
  }
  *end = t + 1;
  std::vector<std::uint32_t> found = dict.FindVerbs(w.upper[t]);
  if (found.empty()) found = dict.FindStemVerbs(w.upper[t]);
  return found;
}

// Whether two units have a member code in common ("ELF/GON" and "GON").
bool SharesMember(const ActorUnit& a, const ActorUnit& b) {
  for (std::size_t i = 0; i <= a.code.size();) {
    const std::size_t slash = std::min(a.code.find('/', i), a.code.size());
    const std::string_view member = std::string_view(a.code).substr(i, slash - i);
    for (std::size_t j = 0; j <= b.code.size();) {
      const std::size_t b_slash = std::min(b.code.find('/', j), b.code.size());
      if (member == std::string_view(b.code).substr(j, b_slash - j)) return true;
      j = b_slash + 1;
    }
    i = slash + 1;
  }
  return false;
}

// Whether word k is a verb whose own code is subordinate ("said" [023?]).
bool ReportsSpeech(const WordView& w, const VerbDictionary& dict, std::uint32_t k) {
  if (w.unit_of[k] >= 0) return false;
  std::uint32_t end = k + 1;
  for (std::uint32_t e : VerbAt(w, dict, k, &end)) {
    const VerbEntry& entry = dict.verbs()[e];
    if ((entry.has_code ? entry.code : dict.blocks()[entry.block].default_code).subordinate) return true;
  }
  return false;
}

struct Coded {
  VerbCode code;
  std::vector<std::int32_t> sources, targets;
  bool compound = false;
  std::uint32_t verb = 0;
  const VerbPattern* pattern = nullptr;
  const VerbEntry* entry = nullptr;
};

// The event the verb candidate at word t codes, if any; `discard` when its code discards the sentence.
std::optional<Coded> CodeCandidate(const WordView& w, const VerbDictionary& dict, std::uint32_t clause,
                                   std::uint32_t clause_end, std::uint32_t t, bool* discard) {
  std::uint32_t end = t + 1;
  const std::vector<std::uint32_t> entries = VerbAt(w, dict, t, &end);
  if (entries.empty()) return std::nullopt;
  Coded c;
  c.verb = t;
  c.entry = &dict.verbs()[entries.front()];
  Found best;
  best.score = -1;
  // The blocks of the entries, each once, in order.
  std::vector<std::uint32_t> blocks;
  for (std::uint32_t e : entries)
    if (std::find(blocks.begin(), blocks.end(), dict.verbs()[e].block) == blocks.end())
      blocks.push_back(dict.verbs()[e].block);
  for (std::uint32_t block : blocks) {
    for (std::uint32_t p : dict.blocks()[block].patterns) {
      std::vector<std::vector<Step>> variants;
      Expand(dict.patterns()[p].tokens, 0, {}, variants);
      for (const std::vector<Step>& steps : variants) {
        Found f;
        if (MatchVariant(w, dict, steps, t, end, f) && f.score > best.score) {
          best = f;
          c.pattern = &dict.patterns()[p];
        }
      }
    }
  }
  c.code = c.pattern ? c.pattern->code : c.entry->has_code ? c.entry->code : dict.blocks()[c.entry->block].default_code;
  if (c.code.discard) {
    *discard = true;
    return std::nullopt;
  }
  if (c.code.null()) return std::nullopt;
  std::int32_t source = best.source, target = best.target;
  c.compound = best.compound;
  if (source < 0 && target < 0) PassiveActors(w, t, end, &source, &target);
  // The first actor of the clause other than the target, else of the sentence; in reported speech
  // ("X said (that) Y praised Z") the first after the reporting verb.
  std::uint32_t from = clause;
  for (std::uint32_t k = clause; k < t; ++k)
    if (ReportsSpeech(w, dict, k)) from = k + 1;
  for (std::uint32_t pass = 0; pass < 2 && source < 0; ++pass, from = 0)
    for (std::uint32_t k = from; k < t && source < 0; ++k)
      if (w.unit_of[k] >= 0 && w.unit_of[k] != target) source = w.unit_of[k];
  // A pattern giving the target before the verb and no source ("+ WAS * DEAD"): the
  // first other actor of the clause after the verb ("X was shot dead in Y").
  const bool target_before = best.target >= 0 && w.units[best.target].last < t;
  for (std::uint32_t k = end; k < clause_end && source < 0 && target_before; ++k)
    if (w.unit_of[k] >= 0 && !SharesMember(w.units[w.unit_of[k]], w.units[target])) source = w.unit_of[k];
  // A target is no member of the source ("Gondor urged them", "them" being Gondor and Arnor).
  auto other = [&](std::uint32_t k) {
    return w.unit_of[k] >= 0 && (source < 0 || !SharesMember(w.units[w.unit_of[k]], w.units[source]));
  };
  for (std::uint32_t k = end; k < clause_end && target < 0; ++k)
    if (other(k)) target = w.unit_of[k];
  if (source >= 0) c.sources = WithConjuncts(w, dict, source);
  // Without one after the verb, the target is the nearest actor before it that is not
  // the source or listed with it ("A accepts that B might affirm"); a reporting verb
  // ("B, A said") has none.
  for (std::uint32_t k = t; k-- > clause && target < 0 && source >= 0 && !c.code.subordinate;)
    if (other(k) && std::find(c.sources.begin(), c.sources.end(), w.unit_of[k]) == c.sources.end())
      target = w.unit_of[k];
  if (target >= 0) c.targets = c.compound ? c.sources : WithConjuncts(w, dict, target);
  return c;
}

// The actors a unit stands for: one per member of a compound code ("FRO/BIL/SAM").
std::vector<EventActor> Members(const ActorUnit& unit) {
  std::vector<EventActor> out;
  for (std::size_t start = 0; start <= unit.code.size();) {
    const std::size_t slash = std::min(unit.code.find('/', start), unit.code.size());
    if (slash > start) out.push_back({unit.span, unit.entity, unit.code.substr(start, slash - start)});
    start = slash + 1;
  }
  return out;
}

// Appends the events of `chosen` (one per source and target, the reverse of
// a paired code too); returns how many.
std::size_t Emit(Document& doc, std::uint32_t index, const WordView& w, const VerbDictionary& dict,
                 const Coded& chosen) {
  const Sentence& sentence = doc.sentences[index];
  Event base;
  base.sentence = index;
  base.span = doc.tokens[sentence.first_token + w.token[chosen.verb]].span;
  base.date = doc.article().published.substr(0, std::min<std::size_t>(10, doc.article().published.size()));
  if (chosen.pattern) {
    base.evidence_file = dict.files()[chosen.pattern->file];
    base.evidence_line = chosen.pattern->line;
    base.evidence_pattern = PatternText(*chosen.pattern, dict);
  } else {
    base.evidence_file = dict.files()[chosen.entry->file];
    base.evidence_line = chosen.entry->line;
    base.evidence_pattern = chosen.entry->base;
  }
  // The actors of `units`, each member of a compound code apart: one list
  // each, or all in one when `together`.
  auto sides = [&](const std::vector<std::int32_t>& units, bool together) {
    std::vector<std::vector<EventActor>> out(1);
    for (std::int32_t u : units)
      for (EventActor& member : Members(w.units[u])) {
        if (!together && !out.back().empty()) out.emplace_back();
        out.back().push_back(std::move(member));
      }
    return out;
  };
  std::size_t added = 0;
  auto emit = [&](const std::string& code, const std::vector<std::int32_t>& from, const std::vector<std::int32_t>& to) {
    if (code.empty()) return;
    // A one-sided event keeps its actors together: the settings that complete it read them as a group.
    const bool together = from.empty() || to.empty();
    for (const std::vector<EventActor>& source : sides(from, together))
      for (const std::vector<EventActor>& target : sides(to, together)) {
        if (!source.empty() && !target.empty() && source[0].actor == target[0].actor) continue;
        Event e = base;
        e.cameo = code;
        e.sources = source;
        e.targets = target;
        doc.events.push_back(std::move(e));
        ++added;
      }
  };
  emit(chosen.code.forward, chosen.sources, chosen.targets);
  // A compound actor ('%') codes each pair both ways under each code of a pair.
  if (chosen.code.paired) emit(chosen.code.reverse, chosen.targets, chosen.sources);
  return added;
}

// Whether word t may be a verb: a word outside actors, not capitalized inside
// a mixed-case sentence (a name or title) and not after an article.
bool MayBeVerb(const WordView& w, std::uint32_t t) {
  if (w.unit_of[t] >= 0 || !IsWord(w.upper[t])) return false;
  if (t > 0 && w.capitalized[t] && !w.all_caps) return false;
  return t == 0 || (w.upper[t - 1] != "THE" && w.upper[t - 1] != "A" && w.upper[t - 1] != "AN");
}

// TABARI's COMPLEX limits: a sentence with `limits.verbs` verbs or more, or
// `limits.conjunctions` conjunctions ("and", "or", "but", "nor" not joining
// actors of a list) or more, is too complex to code.
bool TooComplex(const WordView& w, const VerbDictionary& dict, const ComplexLimits& limits) {
  if (limits.verbs == 0 && limits.conjunctions == 0) return false;  // no COMPLEX command: nothing to count
  std::size_t verbs = 0, conjunctions = 0;
  const std::uint32_t n = static_cast<std::uint32_t>(w.upper.size());
  for (std::uint32_t t = 0; t < n; ++t) {
    const std::string& x = w.upper[t];
    if (x == "AND" || x == "OR" || x == "BUT" || x == "NOR") {
      const bool listing = t > 0 && w.unit_of[t - 1] >= 0 &&
                           std::any_of(w.unit_of.begin() + t, w.unit_of.end(), [&](std::int32_t u) {
                             return u >= 0 && Joined(w, dict, w.units[w.unit_of[t - 1]], w.units[u]);
                           });
      conjunctions += !listing;
      continue;
    }
    std::uint32_t end = t + 1;
    if (!MayBeVerb(w, t) || VerbAt(w, dict, t, &end).empty()) continue;
    ++verbs;
    t = end - 1;
  }
  return (limits.verbs > 0 && verbs >= limits.verbs) || (limits.conjunctions > 0 && conjunctions >= limits.conjunctions);
}

// The verbs that code the clause of words [clause, clause_end): the first
// candidate with a code and both actors, else the first subordinate one;
// with `one_sided`, else the first lacking an actor (a default or an
// earlier sentence gives it). With `all` (CODE ALL), every candidate with
// a code and both actors.
std::vector<Coded> CodeClause(const WordView& w, const VerbDictionary& dict, std::uint32_t clause,
                              std::uint32_t clause_end, bool one_sided, bool all, bool* discard) {
  std::optional<Coded> subordinate, lacking;
  std::vector<Coded> every;
  for (std::uint32_t t = clause; t < clause_end; ++t) {
    if (!MayBeVerb(w, t)) continue;
    std::optional<Coded> c = CodeCandidate(w, dict, clause, clause_end, t, discard);
    if (*discard) return {};
    if (!c) continue;
    if (c->sources.empty() || c->targets.empty()) {
      if (one_sided && !lacking) lacking = std::move(c);
      continue;
    }
    if (all) every.push_back(std::move(*c));
    else if (!c->code.subordinate) return {std::move(*c)};
    else if (!subordinate) subordinate = std::move(c);
  }
  if (!every.empty()) return every;
  if (subordinate) return {std::move(*subordinate)};
  if (lacking) return {std::move(*lacking)};
  return {};
}

}  // namespace

bool UsesTabariMatching(const VerbDictionary& dict) {
  return dict.has_stem_verbs();
}

std::size_t CodeSentenceAsTabari(Document& doc, std::uint32_t index, const VerbDictionary& dict,
                                 const TabariSettings& settings, const ActorKnowledge* agents) {
  const Sentence& sentence = doc.sentences[index];
  WordView w = ReadWords(doc, sentence);
  if (agents && !agents->tabari_phrases().empty()) ReadTabariActors(doc, sentence, *agents, w);
  else if (agents) AddActorsInAnyCase(doc, sentence, *agents, w);
  if (agents) AddAgents(doc, sentence, *agents, settings.convert_agents, w);
  DropAsides(w, dict, settings.comma);
  ResolvePronouns(doc, sentence, dict, w);
  // An event may lack an actor only where the settings can supply it.
  const bool one_sided = !settings.default_source.empty() || !settings.default_target.empty() || settings.forward;
  for (const ActorUnit& u : w.units)
    if (u.code == "###") return 0;
  if (TooComplex(w, dict, settings.complex)) return 0;
  // One event per clause: clauses end at "but", semicolons and an "and" right before a verb.
  std::vector<Coded> coded;
  const std::uint32_t n = static_cast<std::uint32_t>(w.upper.size());
  // "and" opens a clause when a verb follows, after "then" and a subject of its own
  // ("and then it asked"), unless it joins two actors ("A and B asked").
  auto ends_clause = [&](std::uint32_t k) {
    if (w.upper[k] == "BUT" || w.upper[k] == ";") return true;
    if (w.upper[k] != "AND" && w.upper[k] != "OR") return false;
    std::uint32_t next = k + 1;
    if (next < n && w.upper[next] == "THEN") ++next;
    if (next < n && w.unit_of[next] >= 0) {
      if (k > 0 && (w.unit_of[k - 1] >= 0 || w.capitalized[k - 1])) return false;
      next = w.units[w.unit_of[next]].last + 1;
    }
    if (next >= n || w.unit_of[next] >= 0 || w.capitalized[next]) return false;
    std::uint32_t end = next + 1;
    return !VerbAt(w, dict, next, &end).empty();
  };
  for (std::uint32_t clause = 0; clause < n;) {
    std::uint32_t clause_end = clause;
    while (clause_end < n && !ends_clause(clause_end)) ++clause_end;
    bool discard = false;
    std::vector<Coded> found = CodeClause(w, dict, clause, clause_end, one_sided,
                                          settings.code_by == TabariSettings::CodeBy::kAll, &discard);
    if (discard) return 0;
    for (Coded& c : found) coded.push_back(std::move(c));
    clause = clause_end + 1;
  }
  // An actor coded "+++" (an agent may follow it) as source or target makes the sentence too complex to code.
  for (const Coded& chosen : coded)
    for (const std::vector<std::int32_t>* side : {&chosen.sources, &chosen.targets})
      for (std::int32_t u : *side)
        if (w.units[u].code.starts_with("+++")) return 0;
  std::size_t added = 0;
  for (const Coded& chosen : coded) added += Emit(doc, index, w, dict, chosen);
  return added;
}

}  // namespace tidings
