#include "annotate/quote_clauses.h"

#include <algorithm>
#include <array>

#include "annotate/quote_speaker.h"

namespace tidings {
namespace {

// The dependents of every token, in token order.
std::vector<std::vector<std::uint32_t>> Children(const Document& doc) {
  std::vector<std::vector<std::uint32_t>> out(doc.tokens.size());
  for (std::uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const std::int32_t h = doc.tokens[t].head;
    if (h >= 0 && static_cast<std::size_t>(h) < doc.tokens.size()) out[h].push_back(t);
  }
  return out;
}

class ClauseReader {
 public:
  ClauseReader(const QuoteWords& words, const CueLexicon& cues)
      : words_(words), doc_(words.doc()), cues_(cues), children_(Children(doc_)) {}

  std::vector<ParsedAttribution> Run() const {
    std::vector<ParsedAttribution> out;
    for (const Sentence& sentence : doc_.sentences) {
      const std::uint32_t end = sentence.first_token + sentence.token_count;
      for (std::uint32_t v = sentence.first_token; v < end; ++v) {
        CueLexicon::Match m = cues_.MatchAt(words_.lower(), v, end);
        const std::string& upos = doc_.tokens[v].upos;
        if (upos == "ADP" && words_.Is(v, "in") && NamesRecord(v)) {
          ReadSource({v, v + 1}, {sentence.first_token, end}, &out);
          continue;
        }
        if (m.words > 0 && m.cue_class == CueClass::kRecord) m = {};
        if (upos == "NOUN") {
          ReadNominal(v, m, &out);
          continue;
        }
        if (upos != "VERB" && !(upos == "ADJ" && (ThatClause(v) || IsStanceAdjective(v, m)))) continue;
        if (m.words == 0) {
          const CueClass* by_lemma = ByLemma(v);
          if (by_lemma && *by_lemma != CueClass::kRecord) m = {1, *by_lemma};  // "they report that …"
        }
        if (m.words == 0 && ThatClause(v)) m = {1, CueClass::kReport};
        if (m.words == 0 && AsJudgement(v)) m = {1, CueClass::kStance};
        if (m.words == 0 || m.cue_class == CueClass::kNoun) continue;
        if (m.cue_class == CueClass::kSource) {
          ReadSource({v, v + m.words}, {sentence.first_token, end}, &out);
          continue;
        }
        if (m.cue_class == CueClass::kRelay || m.cue_class == CueClass::kMedium) continue;
        ParsedAttribution a;
        a.cue = {v, v + m.words};
        if (m.cue_class == CueClass::kSeem) {
          if (ReadImpression(v, &a)) out.push_back(a);
          continue;
        }
        if (ReadPassive(v, &a)) {
          out.push_back(a);
          continue;
        }
        if (ReadBareParticiple(v, &a)) {
          out.push_back(a);
          continue;
        }
        a.speaker = Speaker(v);
        a.content = Content(v, a.cue, m.cue_class);
        if (a.speaker.empty() || a.content.empty()) continue;
        out.push_back(a);
      }
    }
    return out;
  }

 private:
  const std::string& Rel(std::uint32_t t) const { return doc_.tokens[t].deprel; }

  // A noun of the lexicon (by form or lemma) followed by the clause it
  // announces: "the minister's claim that …", "the union's decision to …".
  // The owner named by a possessive, or by the proper nouns compounded with
  // the noun ("a Reuters report that …"), is the speaker; without one the
  // noun reports no one and is skipped.
  void ReadNominal(std::uint32_t n, CueLexicon::Match m, std::vector<ParsedAttribution>* out) const {
    if (m.words != 1) {
      const CueClass* by_lemma = ByLemma(n);
      if (!by_lemma) return;
      m = {1, *by_lemma};
    }
    if (m.cue_class == CueClass::kSource || m.cue_class == CueClass::kRelay || m.cue_class == CueClass::kMedium ||
        m.cue_class == CueClass::kRecord)
      return;
    if (ReadReception(n, out)) return;
    const std::uint32_t next = n + 1;
    if (next >= words_.size()) return;
    const bool clause = words_.Is(next, "that") || words_.Is(next, "to");
    ParsedAttribution a;
    a.cue = {n, next};
    for (std::uint32_t c : children_[n]) {
      const std::string& rel = Rel(c);
      if (rel == "nmod:poss") a.speaker = SubjectPhrase(c);
      if (rel == "compound" && doc_.tokens[c].upos == "PROPN" && a.speaker.empty()) a.speaker = {c, n};
      if (clause && (rel == "acl" || rel == "acl:relcl" || rel == "ccomp") && Subtree(c).begin == next)
        a.content = Clause(c, a.cue);
      // "her criticism of the deal", "his support for the bill".
      if (!clause && rel == "nmod" && Subtree(c).begin == next && IsTopicPreposition(next)) {
        a.content = Clause(c, a.cue);
        ++a.content.begin;
      }
    }
    if (a.speaker.empty() || Words(a.content) < (clause ? kMinClauseWords : 1)) return;
    out->push_back(a);
  }

  // A cue noun its verb's subject receives: "The plan drew sharp criticism
  // from farmers", "she has won the support of the unions", "the bill faced
  // criticism". The subject is what is judged; the "from" or "of" phrase
  // after the noun, when there is one, is who judges it.
  bool ReadReception(std::uint32_t n, std::vector<ParsedAttribution>* out) const {
    static constexpr std::array<std::string_view, 10> kReceive = {"draw", "attract", "face",  "receive", "win",
                                                                 "earn", "garner",  "gain",  "enjoy",   "get"};
    // Nouns of judging, not of things that pass between people ("got the
    // message", "faced pressure", "won the contest").
    static constexpr std::array<std::string_view, 7> kJudgement = {
        "criticism", "support", "praise", "backing", "endorsement", "condemnation", "rebuke"};
    if (std::find(kJudgement.begin(), kJudgement.end(), doc_.tokens[n].lemma) == kJudgement.end()) return false;
    const std::int32_t head = doc_.tokens[n].head;
    if (Rel(n) != "obj" || head < 0 || static_cast<std::uint32_t>(head) > n) return false;
    const std::uint32_t v = static_cast<std::uint32_t>(head);
    if (std::find(kReceive.begin(), kReceive.end(), doc_.tokens[v].lemma) == kReceive.end()) return false;
    const std::int32_t subject = Child(v, "nsubj");
    if (subject < 0 || static_cast<std::uint32_t>(subject) > v) return false;
    ParsedAttribution a;
    a.cue = {n, n + 1};
    a.content = SubjectPhrase(static_cast<std::uint32_t>(subject));
    // The judge: "from X" hung on the noun or on the verb, "of X" on the noun.
    for (std::uint32_t holder : {n, v})
      for (std::uint32_t c : children_[holder]) {
        const std::int32_t kase = Child(c, "case");
        if (c <= n || kase < 0 || !a.speaker.empty()) continue;
        const std::uint32_t k = static_cast<std::uint32_t>(kase);
        if (words_.Is(k, "from") || (holder == n && words_.Is(k, "of") && k == n + 1))
          a.speaker = Trimmed({k + 1, Subtree(c).end});
      }
    if (a.content.empty()) return false;
    out->push_back(a);
    return true;
  }

  // An adjective of the lexicon's stance cues, said of its subject: "the
  // unions are eager to strike", "she is critical of the deal".
  bool IsStanceAdjective(std::uint32_t a, CueLexicon::Match m) const {
    if (m.words == 0) {
      const CueClass* by_lemma = ByLemma(a);
      if (by_lemma) m = {1, *by_lemma};
    }
    return m.words == 1 && m.cue_class == CueClass::kStance && Child(a, "nsubj") >= 0;
  }

  // "in" marking a document or survey: "In a poll released Monday, …",
  // "… in the ministry's report".
  bool NamesRecord(std::uint32_t in) const {
    const std::int32_t head = doc_.tokens[in].head;
    if (head <= static_cast<std::int32_t>(in) || Rel(in) != "case") return false;
    const std::uint32_t noun = static_cast<std::uint32_t>(head);
    const CueLexicon::Match m = cues_.MatchAt(words_.lower(), noun, noun + 1);
    return m.words == 1 && m.cue_class == CueClass::kRecord;
  }

  // "according to X": the cue is the case marker of X. Closing its
  // sentence after a comma, X reports all that comes before; opening it (or
  // after a short adverbial: "In fact, according to …"), all that follows;
  // inside, the clause X hangs from, in two pieces.
  void ReadSource(TokenRange cue, TokenRange sentence, std::vector<ParsedAttribution>* out) const {
    const std::int32_t source = doc_.tokens[cue.begin].head;
    if (source < 0 || static_cast<std::uint32_t>(source) < cue.end || Rel(cue.begin) != "case") return;
    std::int32_t clause = doc_.tokens[static_cast<std::uint32_t>(source)].head;
    if (clause < 0) return;
    // "The plan, according to aides, was …": the parser may hang the source
    // on the subject; the clause is the subject's.
    const std::string& clause_pos = doc_.tokens[static_cast<std::uint32_t>(clause)].upos;
    if ((clause_pos == "NOUN" || clause_pos == "PROPN" || clause_pos == "PRON") &&
        doc_.tokens[static_cast<std::uint32_t>(clause)].head >= 0)
      clause = doc_.tokens[static_cast<std::uint32_t>(clause)].head;
    ParsedAttribution a;
    a.cue = cue;
    a.speaker = Trimmed({cue.end, Subtree(static_cast<std::uint32_t>(source)).end});
    const TokenRange rest = Trimmed({a.speaker.end, sentence.end});
    const TokenRange before = Trimmed({sentence.begin, cue.begin});
    const bool after_break = cue.begin > sentence.begin && !words_.IsWord(cue.begin - 1);
    const TokenRange whole = Subtree(static_cast<std::uint32_t>(clause));
    if (after_break && (rest.empty() || whole.end <= a.speaker.end)) {
      // The parser may end X too early ("a poll that shows more voters |
      // view …"): nothing of the clause follows, so X runs to the end.
      a.content = before;
      a.speaker.end = std::max(a.speaker.end, rest.end);
    } else if (before.empty() || IsLead(before)) {
      a.content = rest;
    } else {
      a.content = Trimmed({std::max(whole.begin, sentence.begin), cue.begin});
      a.content_after = Trimmed({a.speaker.end, std::min(whole.end, sentence.end)});
    }
    if (a.speaker.empty() || Words(a.content) + Words(a.content_after) < kMinClauseWords) return;
    out->push_back(a);
  }

  // "The plan seems doomed", "she appeared to waver", "it seems (that) …":
  // no one is named; the subject and what is said of it are the content,
  // the cue inside, or the clause alone after an empty "it".
  bool ReadImpression(std::uint32_t v, ParsedAttribution* a) const {
    // "it appears that …" may be read with the clause as the subject.
    std::int32_t ccomp = Child(v, "ccomp");
    if (ccomp < 0) ccomp = Child(v, "csubj");
    if (ccomp > static_cast<std::int32_t>(v)) {
      a->content = Clause(static_cast<std::uint32_t>(ccomp), a->cue);
      return Words(a->content) >= kMinClauseWords;
    }
    std::int32_t complement = Child(v, "xcomp");
    if (complement < 0) {
      // "seems like a smart move"
      for (std::uint32_t c : children_[v]) {
        const std::int32_t kase = Child(c, "case");
        if (c > v && Rel(c) == "obl" && kase >= 0 && words_.Is(static_cast<std::uint32_t>(kase), "like"))
          complement = static_cast<std::int32_t>(c);
      }
    }
    const std::int32_t subject = Child(v, "nsubj");
    if (complement < static_cast<std::int32_t>(v) || subject < 0 || subject > static_cast<std::int32_t>(v)) return false;
    // "Appear" with a bare adjective or noun describes a look ("the river
    // appears brown"); "appeared ready to quit" or "appears to" is an impression.
    const std::string& kind = doc_.tokens[complement].upos;
    if (doc_.tokens[v].lemma == "appear" && (kind == "ADJ" || kind == "NOUN") && Child(complement, "xcomp") < 0 &&
        Child(complement, "ccomp") < 0)
      return false;
    const TokenRange said = Clause(static_cast<std::uint32_t>(complement), a->cue);
    if (said.empty()) return false;
    const bool empty_it = words_.Is(static_cast<std::uint32_t>(subject), "it");
    a->content = {empty_it ? said.begin : Subtree(static_cast<std::uint32_t>(subject)).begin, said.end};
    return Words(a->content) >= kMinClauseWords;
  }

  // A short adverbial opening a sentence before a comma, the writer's words:
  // "In fact,", "However,", "But".
  bool IsLead(TokenRange r) const {
    const std::string& pos = doc_.tokens[r.begin].upos;
    return Words(r) <= kMaxLeadWords && (pos == "ADV" || pos == "ADP" || pos == "CCONJ" || pos == "SCONJ");
  }

  // `r` without the punctuation at its edges.
  TokenRange Trimmed(TokenRange r) const {
    while (r.begin < r.end && !words_.IsWord(r.begin) && doc_.tokens[r.begin].deprel == "punct") ++r.begin;
    while (r.end > r.begin && !words_.IsWord(r.end - 1) && doc_.tokens[r.end - 1].deprel == "punct") --r.end;
    return r;
  }

  const CueClass* ByLemma(std::uint32_t t) const { return cues_.FindLemma(doc_.tokens[t].lemma, words_.lower(t)); }

  // A preposition that names what a cue noun is about.
  bool IsTopicPreposition(std::uint32_t t) const {
    const std::string& p = words_.lower(t);
    return p == "of" || p == "about" || p == "for" || p == "on" || p == "over" || p == "against" || p == "with";
  }

  std::int32_t Child(std::uint32_t t, std::string_view rel) const {
    for (std::uint32_t c : children_[t])
      if (Rel(c) == rel) return static_cast<std::int32_t>(c);
    return -1;
  }

  // A verb outside the lexicon that takes a "that" clause reports or
  // judges it: "Trump knows that …", "the court ruled that …".
  bool ThatClause(std::uint32_t v) const {
    const std::int32_t ccomp = Child(v, "ccomp");
    if (ccomp < 0 || static_cast<std::uint32_t>(ccomp) < v) return false;
    const std::int32_t mark = Child(static_cast<std::uint32_t>(ccomp), "mark");
    if (mark < 0) return false;
    const std::string& w = words_.lower(static_cast<std::uint32_t>(mark));
    return w == "that" || w == "whether" || w == "if";
  }

  // The clause a cue reports: its ccomp, or a question the parser hung on
  // it as an adverbial ("asked whether the plan was legal", "was asked if
  // she would run") when it follows the cue or its object.
  std::int32_t Complement(std::uint32_t v) const {
    const std::int32_t ccomp = Child(v, "ccomp");
    if (ccomp >= 0) return ccomp;
    const std::int32_t obj = Child(v, "obj");
    const std::uint32_t after = obj > static_cast<std::int32_t>(v) ? Subtree(static_cast<std::uint32_t>(obj)).end : v + 1;
    for (std::uint32_t c : children_[v]) {
      if (c <= v || Rel(c) != "advcl") continue;
      const std::int32_t mark = Child(c, "mark");
      if (mark < 0 || !(words_.Is(static_cast<std::uint32_t>(mark), "whether") || words_.Is(static_cast<std::uint32_t>(mark), "if")))
        continue;
      if (Subtree(c).begin == after) return static_cast<std::int32_t>(c);
    }
    return -1;
  }

  // A verb that puts its object "as" something judges it: "sees the vote
  // as a warning", "cast himself as an outsider", "named her as the
  // culprit".
  bool AsJudgement(std::uint32_t v) const {
    // Light verbs put things to a use, not to a judgement: "used the money
    // as a deposit", "kept him as an adviser".
    static constexpr std::array<std::string_view, 12> kLight = {"use",  "have", "make", "keep", "take", "run",
                                                               "send", "turn", "play", "get",  "give", "put"};
    if (std::find(kLight.begin(), kLight.end(), doc_.tokens[v].lemma) != kLight.end()) return false;
    const std::int32_t obj = Child(v, "obj");
    if (obj <= static_cast<std::int32_t>(v)) return false;
    const std::uint32_t after = Subtree(static_cast<std::uint32_t>(obj)).end;
    for (std::uint32_t c : children_[v]) {
      if (c < after || (Rel(c) != "obl" && Rel(c) != "xcomp" && Rel(c) != "advcl")) continue;
      const TokenRange phrase = Subtree(c);
      return phrase.begin == after && words_.Is(after, "as");
    }
    return false;
  }

  // [first, last] token of the subtree under `t` (the parse is projective).
  TokenRange Subtree(std::uint32_t t) const {
    TokenRange r{t, t + 1};
    std::vector<std::uint32_t> stack{t};
    while (!stack.empty()) {
      const std::uint32_t u = stack.back();
      stack.pop_back();
      r.begin = std::min(r.begin, u);
      r.end = std::max(r.end, u + 1);
      for (std::uint32_t c : children_[u]) stack.push_back(c);
    }
    return r;
  }

  // The subject phrase: its words up to the subject's head word, plus what
  // follows when short ("Smith, a spokesman for the ministry,").
  TokenRange SubjectPhrase(std::uint32_t subject) const {
    TokenRange r = Subtree(subject);
    if (r.end - r.begin > kMaxSpeakerWords) r.end = subject + 1;
    while (r.end > r.begin + 1 && !words_.IsWord(r.end - 1)) --r.end;
    return r;
  }

  TokenRange Speaker(std::uint32_t v) const {
    // "…, saying …", "… and warned …", "wants to tell …": a verb with no
    // subject of its own takes the subject of the verbs it hangs from.
    std::uint32_t u = v;
    for (std::uint32_t level = 0; level <= kMaxSubjectClimb; ++level) {
      const std::int32_t subject = Child(u, "nsubj");
      if (subject >= 0) return SubjectPhrase(static_cast<std::uint32_t>(subject));
      const std::string& rel = Rel(u);
      const std::int32_t head = doc_.tokens[u].head;
      if (head < 0) return u == v ? NameAfterOpeningAdjunct(v) : TokenRange{};
      // "a group of parents urging the board …": the noun the participle describes.
      const std::string& head_pos = doc_.tokens[static_cast<std::uint32_t>(head)].upos;
      if (rel == "acl" && (head_pos == "NOUN" || head_pos == "PROPN")) {
        TokenRange r = SubjectPhrase(static_cast<std::uint32_t>(head));
        r.end = std::min(r.end, v);
        while (r.end > r.begin + 1 && !words_.IsWord(r.end - 1)) --r.end;
        return r;
      }
      if (rel != "advcl" && rel != "conj" && rel != "xcomp") return {};
      u = static_cast<std::uint32_t>(head);
    }
    return {};
  }

  // "At a rally on Tuesday, Senator Ana Ruiz endorsed …": the parse may
  // hang a name after an opening adjunct on the adjunct, leaving the main
  // verb with no subject. A capitalised phrase right before the finite verb
  // (its auxiliaries and adverbs aside), after the adjunct's comma, is it.
  TokenRange NameAfterOpeningAdjunct(std::uint32_t v) const {
    const std::string& tag = doc_.tokens[v].tag;
    if (tag != "VBD" && tag != "VBZ" && tag != "VBP") return {};
    std::uint32_t k = v;
    while (k > 0 && (doc_.tokens[k - 1].upos == "AUX" || doc_.tokens[k - 1].upos == "ADV")) --k;
    std::uint32_t first = k;
    while (first > 0 && !IsSentenceStart(first)) --first;
    const TokenRange name = PhraseBefore(words_, first, k);
    if (name.empty() || name.begin == first || !words_.Is(name.begin - 1, ",") || !words_.IsCapitalised(name.begin))
      return {};
    return name;
  }

  // "Asked whether the plan was legal, …", "When asked about the delays,
  // …": a past participle opening its clause with no subject reports its
  // question or clause without a speaker, or with the agent "by" names
  // ("Asked by reporters why …").
  bool ReadBareParticiple(std::uint32_t v, ParsedAttribution* a) const {
    // The tagger may read the participle as a past tense ("Asked" VBD).
    const std::string& tag = doc_.tokens[v].tag;
    if ((tag != "VBN" && tag != "VBD") || Child(v, "nsubj") >= 0 || Child(v, "aux:pass") >= 0 || Child(v, "aux") >= 0)
      return false;
    std::uint32_t first = v;
    while (first > 0 && (words_.Is(first - 1, "when") || words_.Is(first - 1, "if") || words_.Is(first - 1, "once") ||
                         words_.Is(first - 1, "as")))
      --first;
    if (!IsSentenceStart(first)) return false;
    const std::int32_t question = Complement(v);
    a->content = question > static_cast<std::int32_t>(v) ? Clause(static_cast<std::uint32_t>(question), a->cue)
                                                         : About(v, a->cue);  // "asked about the delays"
    const std::int32_t agent = Child(v, "obl:agent");
    if (agent > static_cast<std::int32_t>(v)) {
      a->speaker = SubjectPhrase(static_cast<std::uint32_t>(agent));
      if (!a->speaker.empty() && words_.Is(a->speaker.begin, "by")) ++a->speaker.begin;
    }
    return Words(a->content) >= kMinClauseWords;
  }

  bool IsSentenceStart(std::uint32_t t) const {
    const auto s = std::lower_bound(doc_.sentences.begin(), doc_.sentences.end(), t,
                                    [](const Sentence& s, std::uint32_t t) { return s.first_token < t; });
    return s != doc_.sentences.end() && s->first_token == t;
  }

  // "The plan was endorsed by the union": the agent speaks of the subject.
  bool ReadPassive(std::uint32_t v, ParsedAttribution* a) const {
    const std::int32_t subject = Child(v, "nsubj:pass");
    const std::int32_t agent = Child(v, "obl:agent");
    if (subject < 0) return false;
    if (agent < 0) return ReadAgentlessPassive(v, static_cast<std::uint32_t>(subject), a);
    a->speaker = SubjectPhrase(static_cast<std::uint32_t>(agent));
    if (!a->speaker.empty() && words_.Is(a->speaker.begin, "by")) ++a->speaker.begin;
    a->content = Clause(static_cast<std::uint32_t>(subject), a->cue);
    return !a->speaker.empty() && !a->content.empty();
  }

  // "The plan was described as reckless", "it is expected that …": no one
  // is named, the subject and what is said of it are the content.
  bool ReadAgentlessPassive(std::uint32_t v, std::uint32_t subject, ParsedAttribution* a) const {
    a->speaker = {};
    if (words_.Is(v, "supposed")) return false;  // "was supposed to": a modal, no one's words
    const std::int32_t ccomp = Complement(v);
    if (ccomp > static_cast<std::int32_t>(v)) {
      a->content = Clause(static_cast<std::uint32_t>(ccomp), a->cue);
      return Words(a->content) >= kMinClauseWords;
    }
    if (subject > v) return false;
    for (std::uint32_t c : children_[v]) {
      if (c < a->cue.end) continue;
      const std::int32_t kase = Child(c, "case");
      const bool topic = Rel(c) == "obl" && kase >= 0 && IsTopicPreposition(static_cast<std::uint32_t>(kase));
      const bool as = Rel(c) == "obl" && kase >= 0 && words_.Is(static_cast<std::uint32_t>(kase), "as");
      if (Rel(c) != "xcomp" && !topic && !as) continue;
      const TokenRange said = Clause(c, a->cue);
      if (said.empty()) return false;
      a->content = {Clause(subject, a->cue).begin, said.end};
      return Words(a->content) >= kMinClauseWords;
    }
    return false;
  }

  // A complement subtree as content, without the punctuation around it.
  // With `after_cue`, a subtree holding the cue's own preposition ("called
  // for the repeal") starts after the cue.
  TokenRange Clause(std::uint32_t head, TokenRange cue, bool after_cue = false) const {
    TokenRange r = Subtree(head);
    if (after_cue && r.begin >= cue.begin && r.begin < cue.end && head >= cue.end) r.begin = cue.end;
    if (r.begin < cue.end && cue.begin < r.end) return {};
    r.end = BeforeParticipleCue(r);
    while (r.begin < r.end && !words_.IsWord(r.begin) && doc_.tokens[r.begin].deprel == "punct") ++r.begin;
    while (r.end > r.begin && !words_.IsWord(r.end - 1) && doc_.tokens[r.end - 1].deprel == "punct") --r.end;
    return r;
  }

  // A participle cue after a comma starts an attribution of its own ("vowed
  // to win back trust, while acknowledging that …", "…, saying …"): the
  // content ends before it.
  std::uint32_t BeforeParticipleCue(TokenRange r) const {
    for (std::uint32_t u = r.begin + kMinClauseWords; u < r.end; ++u) {
      if (doc_.tokens[u].upos != "VERB" || !words_.lower(u).ends_with("ing")) continue;
      const CueLexicon::Match m = cues_.MatchAt(words_.lower(), u, r.end);
      if (m.words == 0 || m.cue_class == CueClass::kNoun || m.cue_class == CueClass::kSource ||
          m.cue_class == CueClass::kRelay || m.cue_class == CueClass::kMedium || m.cue_class == CueClass::kSeem ||
          m.cue_class == CueClass::kRecord)
        continue;
      std::uint32_t stop = u;
      if (words_.Is(stop - 1, "while")) --stop;
      if (words_.Is(stop - 1, ",")) return stop - 1;
    }
    return r.end;
  }

  std::uint32_t Words(TokenRange r) const {
    std::uint32_t n = 0;
    for (std::uint32_t t = r.begin; t < r.end; ++t) n += words_.IsWord(t) ? 1 : 0;
    return n;
  }

  TokenRange Content(std::uint32_t v, TokenRange cue, CueClass cue_class) const {
    const std::int32_t ccomp = Complement(v);
    const std::int32_t xcomp = Child(v, "xcomp");
    const std::int32_t obj = Child(v, "obj");
    if (ccomp >= 0) {
      TokenRange r = Clause(static_cast<std::uint32_t>(ccomp), cue);
      // "found the plan would raise taxes": the parser may hang the clause's
      // subject on the cue as its object.
      if (obj > static_cast<std::int32_t>(v) && obj < ccomp && !r.empty())
        r.begin = std::min(r.begin, Subtree(static_cast<std::uint32_t>(obj)).begin);
      if (Words(r) >= kMinClauseWords) return r;
    }
    if (cue_class == CueClass::kClause) return About(v, cue);
    if (cue_class == CueClass::kSay) {
      const TokenRange about = About(v, cue);
      // "was saying the opposite", "said what she wanted": the object is what was said.
      if (!about.empty() || obj <= static_cast<std::int32_t>(v) || doc_.tokens[static_cast<std::uint32_t>(obj)].upos == "PRON")
        return about;
      return Clause(static_cast<std::uint32_t>(obj), cue);
    }
    // "vowed to fight"; "urged voters to stay home" starts at the object.
    if (xcomp >= 0 && Child(static_cast<std::uint32_t>(xcomp), "mark") >= 0) {
      const bool object_first = obj > static_cast<std::int32_t>(v) && obj < xcomp;
      return WithWhatFollows(v, Clause(static_cast<std::uint32_t>(object_first ? obj : xcomp), cue), cue);
    }
    // "proposed dropping the tax": a gerund complement.
    if (xcomp > static_cast<std::int32_t>(v) && obj < 0 && words_.lower(static_cast<std::uint32_t>(xcomp)).ends_with("ing"))
      return Clause(static_cast<std::uint32_t>(xcomp), cue);
    // "called for talks", "called on Trump to apologize": the object of the
    // cue's own preposition and what follows it.
    if (cue.end - cue.begin > 1) {
      TokenRange r{cue.end, cue.end};
      for (std::uint32_t c : children_[v])
        if (c >= cue.end - 1 && (Rel(c) == "obl" || Rel(c) == "obj" || Rel(c) == "advcl" || Rel(c) == "xcomp"))
          r.end = std::max(r.end, Clause(c, cue, /*after_cue=*/true).end);
      if (!r.empty()) return r;
    }
    if (obj < 0 || static_cast<std::uint32_t>(obj) < v) return About(v, cue);
    const TokenRange content =
        WithWhatFollows(v, WithoutCircumstances(static_cast<std::uint32_t>(obj), Clause(static_cast<std::uint32_t>(obj), cue)), cue);
    // A bare pronoun ("criticized them") says nothing of what was said.
    if (content.end == content.begin + 1 && doc_.tokens[content.begin].upos == "PRON") return {};
    return content;
  }

  // The object and what the cue says of it, the complements that follow it
  // without a break: "called the plan reckless", "urged his supporters to
  // vote", "blamed him for the delays"; not a clause of the circumstances.
  TokenRange WithWhatFollows(std::uint32_t v, TokenRange content, TokenRange cue) const {
    if (content.empty()) return content;
    for (std::uint32_t c : children_[v]) {
      if (c < content.end) continue;
      const std::string& rel = Rel(c);
      if (rel != "xcomp" && rel != "obl" && rel != "obl:unmarked" && rel != "advcl" && rel != "ccomp" && rel != "obj" &&
          rel != "iobj")
        break;
      if (IsCircumstance(c)) break;
      const TokenRange next = Clause(c, cue);
      // Only punctuation between: "called the plan a “disaster.”"
      std::uint32_t gap = content.end;
      while (gap < next.begin && !words_.IsWord(gap) && !words_.Is(gap, ",")) ++gap;
      if (next.empty() || next.begin < content.end || gap != next.begin) break;
      content.end = next.end;
    }
    return content;
  }

  // An object phrase `r` of head `obj` without a circumstance clause the
  // parse hangs on the object: "praised the contract after the strike ended".
  TokenRange WithoutCircumstances(std::uint32_t obj, TokenRange r) const {
    for (std::uint32_t c : children_[obj]) {
      if (c <= obj || !IsCircumstance(c)) continue;
      r.end = std::min(r.end, Subtree(c).begin);
      while (r.end > r.begin && !words_.IsWord(r.end - 1)) --r.end;
      break;
    }
    return r;
  }

  // A clause of time, cause or condition hanging from a cue or its object
  // ("backed her after the debate ended", "praised him when he resigned"):
  // the circumstances of the act, not what it says. (Phrases of "at" or
  // "in" are left in: the parse hangs many a complement's own adjunct on
  // the cue.)
  bool IsCircumstance(std::uint32_t c) const {
    static constexpr std::array<std::string_view, 11> kCircumstanceMarks = {
        "when", "while", "after", "before", "because", "since", "until", "if", "although", "once", "where"};
    if (Rel(c) != "advcl" && !Rel(c).starts_with("acl")) return false;
    // The word opening the clause: its "mark", or a "when" read as an adverb.
    const std::string& opening = words_.lower(Subtree(c).begin);
    return std::find(kCircumstanceMarks.begin(), kCircumstanceMarks.end(), opening) != kCircumstanceMarks.end();
  }

  // What a cue is about: "spoke of the war", "complained about the heat".
  // Or a clause so introduced: "talked about how the harbour would be
  // rebuilt", "spoke of moving on".
  TokenRange About(std::uint32_t v, TokenRange cue) const {
    for (std::uint32_t c : children_[v]) {
      if (c < cue.end || words_.IsCalendarWord(c)) continue;  // "spoke on Tuesday"
      if (Rel(c) != "obl" && Rel(c) != "advcl") continue;
      const std::int32_t kase = Child(c, Rel(c) == "obl" ? "case" : "mark");
      if (kase < 0 || (Rel(c) == "advcl" && static_cast<std::uint32_t>(kase) < cue.end)) continue;
      const std::string& p = words_.lower(static_cast<std::uint32_t>(kase));
      if (p == "on" && IsOccasion(c)) continue;
      if (p == "about" || p == "of" || p == "on" || p == "against" || p == "over") return WithWhatFollows(v, Clause(c, cue), cue);
    }
    return {};
  }

  // An "on" phrase telling when, how or for whom someone spoke, not of what:
  // "on arriving", "on condition of anonymity", "on her behalf", "on the
  // record", "on the phone", "on a radio show", "on Kestria Radio". Only
  // gerunds of arriving or learning tell a moment ("on landing", "on hearing
  // the verdict"); others are the topic ("spoke on raising the fees").
  bool IsOccasion(std::uint32_t c) const {
    static constexpr std::array<std::string_view, 13> kOccasions = {
        "condition", "behalf", "record", "background", "phone", "telephone", "camera",
        "air",       "show",   "program", "programme", "episode", "podcast"};
    static constexpr std::array<std::string_view, 10> kMomentGerunds = {
        "arriving", "returning", "landing", "leaving", "reaching",
        "entering", "hearing",   "learning", "taking",  "receiving"};
    const std::string& head = words_.lower(c);
    if (Rel(c) == "advcl") return std::find(kMomentGerunds.begin(), kMomentGerunds.end(), head) != kMomentGerunds.end();
    if (std::find(kOccasions.begin(), kOccasions.end(), head) != kOccasions.end()) return true;
    const CueClass* medium = cues_.Find(head);  // "on Kestria Radio", not "on radio licences"
    return medium && *medium == CueClass::kMedium;
  }

  // Verbs climbed from a cue to find its subject ("said he wanted to
  // try to explain" reaches "he" from "explain" in three steps).
  static constexpr std::uint32_t kMaxSubjectClimb = 3;

  // Words a complement clause needs; shorter ones are fragments the parser
  // took for clauses.
  static constexpr std::uint32_t kMinClauseWords = 3;

  // Words of an adverbial opening a sentence before its source ("In
  // addition, according to …"); longer, they are content.
  static constexpr std::uint32_t kMaxLeadWords = 3;

  const QuoteWords& words_;
  const Document& doc_;
  const CueLexicon& cues_;
  std::vector<std::vector<std::uint32_t>> children_;
};

}  // namespace

std::vector<ParsedAttribution> FindParsedAttributions(const QuoteWords& words, const CueLexicon& cues) {
  const Document& doc = words.doc();
  if (!doc.has_dependencies() || doc.tokens.empty()) return {};
  return ClauseReader(words, cues).Run();
}

void RequireAttributionParses(Document& doc, const QuoteWords& words, const CueLexicon& cues) {
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const std::uint32_t begin = doc.sentences[s].first_token, end = begin + doc.sentences[s].token_count;
    for (std::uint32_t t = begin; t < end; ++t) {
      const std::string& w = words.lower(t);
      if (w == "that" || w == "whether" || w == "if" || w == "as" || cues.MatchAt(words.lower(), t, end).words > 0 ||
          cues.Find(doc.tokens[t].lemma) != nullptr) {
        doc.RequireDependencies(s);
        break;
      }
    }
  }
}

}  // namespace tidings
