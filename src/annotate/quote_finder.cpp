#include "annotate/quote_finder.h"

#include <algorithm>
#include <array>
#include <optional>

#include "annotate/quote_clauses.h"
#include "annotate/quote_marks.h"
#include "annotate/quote_speaker.h"
#include "annotate/quote_words.h"

namespace tidings {
namespace {

// Words that may stand between a speaker and its cue: "Xi also said",
// "officials have repeatedly said", "but now says".
bool IsAuxOrAdverb(const std::string& w) {
  static constexpr std::array<std::string_view, 30> kWords = {
      "has",     "have",    "had",        "also",     "then",       "later",     "earlier",  "once",
      "long",    "often",   "previously", "recently", "repeatedly", "reportedly", "further", "again",
      "publicly", "privately", "separately", "initially", "first",  "finally",   "already",  "just",
      "still",   "even",    "only",       "would",    "will",       "now"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

bool IsNegation(const std::string& w) { return w == "not" || w == "n't" || w == "never"; }

bool IsSentenceEnd(const std::string& w) { return w == "." || w == "!" || w == "?" || w == "..." || w == "…"; }

// Who said it and with which cue, before the content is known.
struct Attribution {
  TokenRange cue;
  TokenRange speaker;
  std::vector<TokenRange> relays;
};

class Finder {
 public:
  Finder(Document& doc, const CueLexicon& cues)
      : doc_(doc), words_(doc), cues_(cues), regions_(FindQuotedRegions(doc)) {
    token_region_.assign(words_.size(), -1);
    std::uint32_t t = 0;
    for (std::size_t r = 0; r < regions_.size(); ++r) {
      while (t < words_.size() && doc.tokens[t].span.end <= regions_[r].outer.begin) ++t;
      for (std::uint32_t u = t; u < words_.size() && doc.tokens[u].span.begin < regions_[r].outer.end; ++u)
        token_region_[u] = static_cast<std::int32_t>(r);
    }
    region_used_.assign(regions_.size(), false);
    cue_used_.assign(words_.size(), false);
  }

  void Run() {
    RequireAttributionParses(doc_, words_, cues_);
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      ScanSentence(s, /*source_pass=*/false);
      ScanSentence(s, /*source_pass=*/true);
    }
    for (const TokenRange& paragraph : ParagraphTokens()) {
      ReadSpeakerLabel(paragraph);
      ReadSignature(paragraph);
    }
    AddParsedAttributions();
    AddImpressions();
    CarryAttributions();
    for (Quote& q : quotes_) {
      if (q.speaker.size() > 0) q.speaker_entity = EntityOf(doc_, q.speaker);
      for (const Span& relay : q.relayed_by) q.relayed_by_entities.push_back(EntityOf(doc_, relay));
    }
    std::stable_sort(quotes_.begin(), quotes_.end(),
                     [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
    doc_.quotes = std::move(quotes_);
  }

 private:
  // ---- token tests ---------------------------------------------------------

  bool InRegion(std::uint32_t t) const { return token_region_[t] >= 0; }
  bool IsOpenMark(std::uint32_t t) const {
    return InRegion(t) && doc_.tokens[t].span.begin == regions_[token_region_[t]].outer.begin;
  }
  bool IsCloseMark(std::uint32_t t) const {
    return InRegion(t) && doc_.tokens[t].span.end == regions_[token_region_[t]].outer.end &&
           !words_.IsWord(t);
  }
  bool Is(std::uint32_t t, std::string_view w) const { return t < words_.size() && words_.Is(t, w); }

  bool IsTime(std::uint32_t t) const {
    const Span span = doc_.tokens[t].span;
    for (const TimeExpression& time : doc_.times)
      if (time.span.overlaps(span)) return true;
    return false;
  }

  // Dates and adverbs right after a cue: "said Tuesday", "said on Monday".
  std::uint32_t SkipAdjuncts(std::uint32_t t, std::uint32_t end) const {
    while (t < end) {
      if (IsTime(t) || (words_.IsAdjunctStart(t) && !Is(t, "in") && !Is(t, "to") && !Is(t, "as") &&
                        !Is(t, "when") && !Is(t, "while") && !Is(t, "with") && !Is(t, "from") &&
                        !Is(t, "after") && !Is(t, "before") && !Is(t, "under") && !Is(t, "through") &&
                        !Is(t, "without") && !Is(t, "at") && !Is(t, "during") && !Is(t, "via")))
        ++t;
      else
        break;
    }
    return t;
  }

  // A short phrase between a cue and the colon that announces its content
  // ("said in a statement: …", "said of the request: …", "wrote on
  // Twitter: …"): the colon, where the content starts; `t` itself when no
  // colon follows within kMaxCueToThatWords tokens of words that are no
  // verb, quotation or sentence end.
  std::uint32_t PhraseBeforeColon(std::uint32_t t, std::uint32_t end) const {
    for (std::uint32_t u = t; u < end && u < t + kMaxCueToThatWords; ++u) {
      if (Is(u, ":")) return u > t ? u : t;
      const std::string& upos = doc_.tokens[u].upos;
      if (InRegion(u) || IsSentenceEnd(words_.lower(u)) || Is(u, ";") || Is(u, "that") || upos == "VERB" ||
          upos == "AUX")
        break;
    }
    return t;
  }

  // End of the content of a sentence: before its closing punctuation.
  std::uint32_t ContentEnd(std::uint32_t begin, std::uint32_t end) const {
    while (end > begin && !words_.IsWord(end - 1) && !IsCloseMark(end - 1)) --end;
    return end;
  }

  std::uint32_t WordCount(TokenRange r) const {
    std::uint32_t n = 0;
    for (std::uint32_t t = r.begin; t < r.end; ++t) n += words_.IsWord(t) ? 1 : 0;
    return n;
  }

  // Nothing but dates, adjuncts, relays and a relative clause on the
  // speaker until the sentence ends: the cue closes its sentence ("…, Xi
  // said in a statement.", "…,” said one aide who asked not to be named.").
  bool ClosesSentence(std::uint32_t t, std::uint32_t end) const {
    static constexpr std::array<std::string_view, 9> kMore = {"of", "about", "for", "by", "(", ";", "--", "\u2014", "who"};
    return t >= end || Is(t, ",") || IsSentenceEnd(words_.lower(t)) || words_.IsAdjunctStart(t) || IsTime(t) ||
           std::find(kMore.begin(), kMore.end(), words_.lower(t)) != kMore.end();
  }

  // A word that can open a reported clause: "said he would", "said local
  // officials", "said praise from". Prepositions and "so" cannot.
  bool OpensClause(std::uint32_t t, std::uint32_t end) const {
    static constexpr std::array<std::string_view, 10> kNot = {"to",      "of",      "for",   "about", "by",
                                                              "so",      "nothing", "goodbye", "hello", "much"};
    if (t >= end || !words_.IsWord(t) || InRegion(t)) return false;
    if (words_.IsAdjunctStart(t) && !words_.IsSubjectPronoun(t) && !words_.IsDeterminer(t)) return false;
    if (words_.IsClauseWord(t)) return false;
    return std::find(kNot.begin(), kNot.end(), words_.lower(t)) == kNot.end();
  }

  // ---- relays ---------------------------------------------------------------

  bool IsMedium(TokenRange r) const {
    MentionKind kind;
    if (MentionKindOf(doc_, words_.SpanOf(r), &kind)) return kind == MentionKind::kMedia;
    for (std::uint32_t t = r.begin; t < r.end; ++t) {
      const CueClass* c = cues_.Find(words_.lower(t));
      if (c && *c == CueClass::kMedium) return true;
    }
    return false;
  }

  // Relay phrases in [t, end): "as quoted by X", "according to X".
  void CollectRelays(std::uint32_t t, std::uint32_t end, Attribution* a) {
    while (t < end) {
      if (InRegion(t)) return;
      const CueLexicon::Match m = cues_.MatchAt(words_.lower(), t, end);
      if (m.words > 0 && (m.cue_class == CueClass::kRelay || m.cue_class == CueClass::kSource)) {
        const TokenRange who = PhraseAfter(words_, t + m.words, end, /*strict=*/false);
        for (std::uint32_t u = t; u < t + m.words; ++u) cue_used_[u] = true;
        if (!who.empty()) {
          a->relays.push_back(who);
          t = who.end;
          continue;
        }
      }
      ++t;
    }
  }

  // A trailing ", KCNA reported" or ", according to X" ends the content of
  // [begin, end) and names a relay; returns the new end.
  std::uint32_t TrimTrailingRelay(std::uint32_t begin, std::uint32_t end, Attribution* a) {
    std::uint32_t comma = end;
    while (comma > begin && !Is(comma - 1, ",")) --comma;
    if (comma <= begin + 1 || InRegion(comma - 1)) return end;
    const std::uint32_t after = comma;  // first token after the comma
    const CueLexicon::Match m = cues_.MatchAt(words_.lower(), after, end);
    if (m.words > 0 && (m.cue_class == CueClass::kRelay || m.cue_class == CueClass::kSource)) {
      const TokenRange who = PhraseAfter(words_, after + m.words, end, /*strict=*/false);
      if (who.empty() || who.end != end) return end;
      for (std::uint32_t u = after; u < after + m.words; ++u) cue_used_[u] = true;
      a->relays.push_back(who);
      return comma - 1;
    }
    // ", NP reported" closing the sentence.
    std::uint32_t k = after + 1;
    CueLexicon::Match verb;
    for (; k < end; ++k) {
      verb = cues_.MatchAt(words_.lower(), k, end);
      if (verb.words > 0 && (verb.cue_class == CueClass::kSay || verb.cue_class == CueClass::kReport)) break;
    }
    if (k >= end) return end;
    const TokenRange who = PhraseBefore(words_, after, k);
    if (who.empty() || who.begin != after || !ClosesSentence(k + verb.words, end)) return end;
    for (std::uint32_t u = k; u < k + verb.words; ++u) cue_used_[u] = true;
    a->relays.push_back(who);
    return comma - 1;
  }

  // ---- emitting ---------------------------------------------------------------

  void Emit(Span content, Quote::Kind kind, const Attribution& a) {
    Quote q;
    q.span = content;
    q.kind = kind;
    q.speaker = words_.SpanOf(a.speaker);
    q.cue = words_.SpanOf(a.cue);
    for (TokenRange r : a.relays) q.relayed_by.push_back(words_.SpanOf(r));
    quotes_.push_back(std::move(q));
    for (std::uint32_t t = a.cue.begin; t < a.cue.end; ++t) cue_used_[t] = true;
  }

  void EmitRegion(std::int32_t r, const Attribution& a) {
    region_used_[r] = true;
    Emit(regions_[r].inner, Quote::Kind::kDirect, a);
  }

  // A reported clause stops before a semicolon and before a cue of its own
  // joined to it, auxiliaries and adverbs between: "… the test and warned
  // North Korea …", "…, citing …", "… but did not say whether …"; and
  // before a clause of "but" or "while" with an attribution of its own:
  // "…, but the clerk did not say when", "… while critics warn that …".
  std::uint32_t ClauseEnd(std::uint32_t begin, std::uint32_t end) const {
    for (std::uint32_t u = begin + kMinReportedWords; u < end; ++u) {
      // Quoted words closed by their own comma end a phrase as a comma
      // would: the roads were "in bad shape," noting that ….
      const bool comma_closed = u + 1 < end && IsCloseMark(u) && !IsCloseMark(u + 1) &&
                                Is(LastBeforeCloseMarks(u), ",");
      if (InRegion(u) && !comma_closed) continue;
      if (Is(u, ";")) return u;
      if (!(Is(u, ",") || Is(u, "and") || Is(u, "but") || Is(u, "while") || comma_closed)) continue;
      std::uint32_t v = u + 1;
      if (Is(u, "but") || Is(u, "while") || (Is(u, "and") && Is(u - 1, ","))) v = AfterSubject(v, end);
      while (v < end && (IsAuxOrAdverb(words_.lower(v)) || IsNegation(words_.lower(v)) || Is(v, "did") ||
                         Is(v, "does") || Is(v, "do")))
        ++v;
      const std::string& upos = v < end ? doc_.tokens[v].upos : std::string();
      if (v < end && !InRegion(v) && IsVerbCue(v) && (upos.empty() || upos == "VERB")) {
        if (comma_closed) return u + 1;
        std::uint32_t stop = u;
        if (stop > begin && Is(stop - 1, ",")) --stop;
        return stop;
      }
    }
    return end;
  }

  // The token after a short noun phrase starting at `t` ("the clerk",
  // "most voters"), or `t` when none stands there.
  std::uint32_t AfterSubject(std::uint32_t t, std::uint32_t end) const {
    bool named = false;
    std::uint32_t u = t;
    for (; u < end && u < t + kMaxLabelWords + 3; ++u) {
      const std::string& upos = doc_.tokens[u].upos;
      if (upos == "VERB" || upos == "AUX" || !words_.IsWord(u) || InRegion(u) || words_.IsClauseWord(u)) break;
      named |= upos == "NOUN" || upos == "PROPN" || upos == "PRON";
    }
    return named ? u : t;
  }

  // A reported clause [begin, end): indirect, or mixed when it holds quoted words.
  bool EmitClause(std::uint32_t begin, std::uint32_t end, const Attribution& a) {
    end = ClauseEnd(begin, end);
    if (WordCount({begin, end}) < kMinReportedWords) return false;
    bool mixed = false;
    for (std::uint32_t t = begin; t < end; ++t)
      if (InRegion(t)) mixed = true, region_used_[token_region_[t]] = true;
    Emit(words_.SpanOf({begin, end}), mixed ? Quote::Kind::kMixed : Quote::Kind::kIndirect, a);
    return true;
  }

  // A split quotation goes on after its attribution: "…," Xi said, "…" /
  // "…," Xi said, recalling the war, "…" / "…," Xi said. "…" "…": the
  // quotations that follow in the paragraph, reached past nothing but the
  // end of the attribution (no other cue, at most one sentence end). A
  // participle cue on the way ("…," Xi said, adding, "…") is the cue of
  // what follows: a second attribution by the same speaker.
  void EmitContinuations(std::uint32_t t, Attribution a) {
    const std::uint32_t paragraph = doc_.sentences[SentenceOf(t < words_.size() ? t : words_.size() - 1)].paragraph;
    bool sentence_ended = false;
    for (std::uint32_t steps = 0; t < words_.size() && steps < kMaxContinuationGap; ++t, ++steps) {
      if (doc_.sentences[SentenceOf(t)].paragraph != paragraph) return;
      if (IsOpenMark(t)) break;
      if (InRegion(t)) return;
      if (IsVerbCue(t)) {
        if (!words_.lower(t).ends_with("ing")) return;
        a.cue = {t, t + cues_.MatchAt(words_.lower(), t, words_.size()).words};
      }
      if (sentence_ended) return;  // a sentence of its own after the attribution
      sentence_ended = IsSentenceEnd(words_.lower(t));
    }
    if (t >= words_.size() || !IsOpenMark(t) || t == 0 || (!Is(t - 1, ",") && !IsSentenceEnd(words_.lower(t - 1))))
      return;
    // The quotations that follow one another from there.
    while (t < words_.size() && IsOpenMark(t) && !region_used_[token_region_[t]] &&
           doc_.sentences[SentenceOf(t)].paragraph == paragraph) {
      const std::int32_t r = token_region_[t];
      EmitRegion(r, a);
      while (t < words_.size() && token_region_[t] == r) ++t;
      while (t < words_.size() && !words_.IsWord(t) && !IsOpenMark(t)) ++t;
    }
  }

  // The token before the closing mark ending at `close` and any marks
  // closing with it: a quotation closed by two apostrophes (''…,'') ends in
  // two mark tokens.
  std::uint32_t LastBeforeCloseMarks(std::uint32_t close) const {
    std::uint32_t t = close;
    while (t > 0 && IsMarkToken(t) && token_region_[t] == token_region_[close]) --t;
    return t;
  }

  bool IsMarkToken(std::uint32_t t) const { return InRegion(t) && !words_.IsWord(t) && !Is(t, ",") && !Is(t, "."); }

  // A quoted title inside a phrase ("an interview on CBS's “Face the
  // Nation,” X said …"): a word runs straight into the opening mark.
  bool InRunningText(std::int32_t region) const {
    const std::uint32_t open = RangeOf(regions_[region].outer).begin;
    if (open == 0 || !words_.IsWord(open - 1) || SentenceOf(open - 1) != SentenceOf(open)) return false;
    const CueClass* c = cues_.Find(words_.lower(open - 1));
    return !c || (*c != CueClass::kSay && *c != CueClass::kReport && *c != CueClass::kTell);
  }

  // The speaker given to a quoted region already attributed; empty if none.
  TokenRange SpeakerOfRegion(std::int32_t region) const {
    if (!region_used_[region]) return {};
    for (const Quote& q : quotes_)
      if (q.span.overlaps(regions_[region].inner) && q.speaker.size() > 0) return RangeOf(q.speaker);
    return {};
  }

  // A cue word the tagger read as a noun after a determiner or an
  // adjective is no verb of saying: "the show", "a new report", "his
  // claims". (A noun tag alone is not trusted: "officials say" is often
  // tagged so.) False before the tagger has run.
  bool IsTaggedNoun(std::uint32_t t) const {
    const std::string& upos = doc_.tokens[t].upos;
    if ((upos != "NOUN" && upos != "PROPN") || t == 0) return false;
    const std::string& before = doc_.tokens[t - 1].upos;
    return before == "DET" || before == "ADJ" || words_.IsDeterminer(t - 1);
  }

  bool IsVerbCue(std::uint32_t t) const {
    const CueLexicon::Match m = cues_.MatchAt(words_.lower(), t, words_.size());
    return m.words > 0 && (m.cue_class == CueClass::kSay || m.cue_class == CueClass::kReport ||
                           m.cue_class == CueClass::kTell || m.cue_class == CueClass::kStance ||
                           m.cue_class == CueClass::kClause);
  }

  // ---- paragraphs ---------------------------------------------------------------

  std::vector<TokenRange> ParagraphTokens() const {
    std::vector<TokenRange> out;
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      const std::uint32_t end = sentence.first_token + sentence.token_count;
      if (s > 0 && doc_.sentences[s - 1].paragraph == sentence.paragraph)
        out.back().end = end;
      else
        out.push_back({sentence.first_token, end});
    }
    return out;
  }

  // A name of one to three capitalised words that the parser (when it has
  // run) reads as a proper noun: "OKAFOR", "Ana Ruiz".
  bool IsNameLabel(TokenRange r, bool any_head = false) const {
    if (r.empty() || r.end - r.begin > kMaxLabelWords) return false;
    for (std::uint32_t t = r.begin; t < r.end; ++t)
      if (!words_.IsWord(t) || !words_.IsCapitalised(t) || words_.IsDeterminer(t)) return false;
    const std::string_view last = words_.text(r.end - 1);
    const bool upper = last.size() > 1 && std::none_of(last.begin(), last.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return any_head || doc_.tokens[r.end - 1].upos == "PROPN" || upper;
  }

  // A full name signing a quotation: "Julie A. Diaz Martinez".
  bool IsSignature(TokenRange r) const {
    if (r.empty() || r.end - r.begin > kMaxSignatureWords) return false;
    for (std::uint32_t t = r.begin; t < r.end; ++t)
      if (!(words_.IsWord(t) && words_.IsCapitalised(t)) && !(Is(t, ".") && t > r.begin && words_.IsWord(t - 1)))
        return false;
    return true;
  }

  // Transcripts and headlines: "OKAFOR: Well, look, …" / "Ana Ruiz: the
  // harbour must stay public": the paragraph after the label is the turn.
  void ReadSpeakerLabel(TokenRange paragraph) {
    // A transcript may quote the whole turn: "“OKAFOR: Well, …”".
    const std::uint32_t first = IsQuoteMark(paragraph.begin) ? paragraph.begin + 1 : paragraph.begin;
    std::uint32_t colon = first;
    while (colon < paragraph.end && colon - first <= kMaxLabelWords && !Is(colon, ":")) ++colon;
    if (colon >= paragraph.end || !Is(colon, ":")) return;
    // A headline's "Okafor: No debate this week" needs no proper noun.
    const bool heading = doc_.article().paragraphs[doc_.sentences[SentenceOf(first)].paragraph].kind ==
                         ParagraphKind::kHeading;
    if (cue_used_[first] || !IsNameLabel({first, colon}, /*any_head=*/heading)) return;
    std::uint32_t content_end = ContentEnd(colon + 1, paragraph.end);
    if (first > paragraph.begin && content_end > colon + 1 && IsQuoteMark(content_end - 1)) --content_end;
    if (WordCount({colon + 1, content_end}) < kMinReportedWords) return;
    Attribution a;
    a.cue = {colon, colon + 1};
    a.speaker = {first, colon};
    for (std::uint32_t t = first; t < content_end; ++t)
      if (InRegion(t)) region_used_[token_region_[t]] = true;
    Emit(words_.SpanOf({colon + 1, content_end}), Quote::Kind::kDirect, a);
  }

  // A quotation signed at the end of its paragraph: "“…” ― Ana Ruiz."
  // The marks need not pair ("”…” ― Name" occurs), so the words between
  // the paragraph's first mark and the one before the dash are the quotation.
  void ReadSignature(TokenRange paragraph) {
    std::uint32_t end = paragraph.end;
    while (end > paragraph.begin && !words_.IsWord(end - 1)) --end;
    std::uint32_t dash = end;
    while (dash > paragraph.begin && end - dash <= kMaxSignatureWords && !IsDash(words_.lower(dash - 1))) --dash;
    if (dash <= paragraph.begin + 2 || !IsDash(words_.lower(dash - 1))) return;
    const std::uint32_t close = dash - 2;
    // The tokenizer leaves a closing-style mark glued to the word it opens: "”He".
    const std::size_t glued = GluedMarkBytes(paragraph.begin);
    if (!(IsQuoteMark(paragraph.begin) || glued) || !IsQuoteMark(close) || cue_used_[close] ||
        !IsSignature({dash, end}))
      return;
    for (std::uint32_t t = paragraph.begin; t <= close; ++t)
      if (InRegion(t) && region_used_[token_region_[t]]) return;
    Attribution a;
    a.cue = {dash - 1, dash};
    a.speaker = {dash, end};
    for (std::uint32_t t = paragraph.begin; t <= close; ++t)
      if (InRegion(t)) region_used_[token_region_[t]] = true;
    Span content = words_.SpanOf({glued ? paragraph.begin : paragraph.begin + 1, close});
    content.begin += static_cast<std::uint32_t>(glued);
    Emit(content, Quote::Kind::kDirect, a);
  }

  // Bytes of a quotation mark opening the word token `t`, 0 when none.
  std::size_t GluedMarkBytes(std::uint32_t t) const {
    const std::string_view text = words_.text(t);
    for (std::string_view mark : {"\u201C", "\u201D", "\""})
      if (text.size() > mark.size() && text.starts_with(mark)) return mark.size();
    return 0;
  }

  bool IsQuoteMark(std::uint32_t t) const {
    static constexpr std::array<std::string_view, 5> kMarks = {"\"", "\u201C", "\u201D", "\u2018", "\u2019"};
    return t < words_.size() && std::find(kMarks.begin(), kMarks.end(), words_.text(t)) != kMarks.end();
  }

  static bool IsDash(const std::string& w) {
    return w == "\u2015" || w == "\u2014" || w == "\u2013" || w == "--";
  }

  // ---- parsed clauses -------------------------------------------------------------

  bool OverlapsQuote(Span span) const {
    for (const Quote& q : quotes_)
      if (q.span.overlaps(span)) return true;
    return false;
  }

  // Attributions the surface patterns missed, read from the parse.
  void AddParsedAttributions() {
    for (const ParsedAttribution& p : FindParsedAttributions(words_, cues_)) {
      bool taken = false;
      for (std::uint32_t t = p.cue.begin; t < p.cue.end; ++t) taken |= cue_used_[t] || InRegion(t);
      if (taken || OverlapsQuote(words_.SpanOf(p.content)) || OverlapsQuote(words_.SpanOf(p.content_after))) continue;
      Attribution a;
      a.cue = p.cue;
      a.speaker = p.speaker;
      EmitParsedContent(p.content, a);
      EmitParsedContent(p.content_after, a);
    }
  }

  // "Enthusiasm for the plan appears to have faded", "the race seems
  // closer", "It appears, though, that …": an impression verb the parse
  // missed (it often reads the verb as a loose "dep"), read from the words.
  // No one is named; the content runs from the subject (the words before
  // the verb, when they hold no verb) to the end of its clause, or is the
  // "that" clause after an empty "it".
  void AddImpressions() {
    for (const Sentence& sentence : doc_.sentences) {
      const std::uint32_t begin = sentence.first_token, end = begin + sentence.token_count;
      const std::uint32_t content_end = ContentEnd(begin, end);
      for (std::uint32_t i = begin; i < end; ++i) {
        const std::string& tag = doc_.tokens[i].tag;
        if (InRegion(i) || cue_used_[i] || (tag != "VBD" && tag != "VBZ" && tag != "VBP")) continue;
        const CueLexicon::Match m = cues_.MatchAt(words_.lower(), i, end);
        if (m.words != 1 || m.cue_class != CueClass::kSeem) continue;
        Attribution a;
        a.cue = {i, i + 1};
        if (i > begin && Is(i - 1, "it")) {
          for (std::uint32_t u = i + 1; u < content_end && u <= i + kMaxCueToThatWords; ++u) {
            if (doc_.tokens[u].upos == "VERB" || InRegion(u)) break;
            if (Is(u, "that")) {
              if (!OverlapsQuote(words_.SpanOf({u, content_end}))) EmitClause(u, content_end, a);
              break;
            }
          }
          continue;
        }
        std::uint32_t k = i;
        while (k > begin && IsAuxOrAdverb(words_.lower(k - 1))) --k;
        const TokenRange subject = SubjectOpeningSentence(begin, k, i);
        std::uint32_t next = i + 1;
        while (next < content_end && doc_.tokens[next].upos == "ADV") ++next;
        // "Appear" also describes a look ("the river appears brown"): only
        // with an infinitive or a likeness does it give an impression.
        const bool describes = doc_.tokens[i].lemma != "appear" &&
                               (doc_.tokens[next].upos == "ADJ" ||
                                (doc_.tokens[next].upos == "NOUN" && !words_.IsCalendarWord(next)));
        if (subject.empty() || next >= content_end || !(Is(next, "to") || Is(next, "like") || describes)) continue;
        if (!OverlapsQuote(words_.SpanOf({subject.begin, content_end}))) EmitClause(subject.begin, content_end, a);
      }
    }
  }

  void EmitParsedContent(TokenRange content, const Attribution& a) {
    if (content.empty()) return;
    content.end = WithQuotedName(content.end);
    bool mixed = false;
    for (std::uint32_t t = content.begin; t < content.end; ++t)
      if (InRegion(t)) mixed = true, region_used_[token_region_[t]] = true;
    Emit(words_.SpanOf(content), mixed ? Quote::Kind::kMixed : Quote::Kind::kIndirect, a);
  }

  // A content the parse ends right before quoted words it frames takes
  // them: "called the deal “a historic step”", "called it a “disaster”"
  // (the parser often hangs the quoted words elsewhere). Returns the end
  // after the quotation, or `end` when none follows at once.
  std::uint32_t WithQuotedName(std::uint32_t end) const {
    std::uint32_t t = end;
    if (Is(t, "a") || Is(t, "an") || Is(t, "the")) ++t;
    if (t >= words_.size() || !IsOpenMark(t) || region_used_[token_region_[t]]) return end;
    const std::int32_t r = token_region_[t];
    while (t < words_.size() && token_region_[t] == r) ++t;
    return t;
  }

  // ---- sentences ----------------------------------------------------------------

  void ScanSentence(std::uint32_t s, bool source_pass) {
    const Sentence& sentence = doc_.sentences[s];
    const std::uint32_t begin = sentence.first_token, end = begin + sentence.token_count;
    for (std::uint32_t i = begin; i < end; ++i) {
      if (InRegion(i) || cue_used_[i]) continue;
      const CueLexicon::Match m = cues_.MatchAt(words_.lower(), i, end);
      if (m.words == 0 && !source_pass && IsVerbOfSayingByLemma(i))
        ReadVerbCue(s, begin, end, {i, i + 1}, CueClass::kReport, /*quotation_only=*/true);
      if (m.words == 0) continue;
      if (!source_pass && (m.cue_class == CueClass::kSay || m.cue_class == CueClass::kReport ||
                           m.cue_class == CueClass::kTell || m.cue_class == CueClass::kClause) &&
          !IsTaggedNoun(i))
        ReadVerbCue(s, begin, end, {i, i + m.words},
                    m.cue_class == CueClass::kClause ? CueClass::kReport : m.cue_class);
      else if (!source_pass && m.cue_class == CueClass::kStance && doc_.tokens[i].upos == "VERB")
        ReadVerbCue(s, begin, end, {i, i + m.words}, CueClass::kReport, /*quotation_only=*/true);
      else if (!source_pass && m.cue_class == CueClass::kStance && m.words == 1 && IsStanceVerbTaggedNoun(begin, i, end))
        ReadMistaggedStance(begin, end, i);
      else if (source_pass && m.cue_class == CueClass::kSource)
        ReadSourceCue(begin, end, {i, i + m.words});
    }
  }

  // A present-tense stance verb the tagger read as a noun after its
  // subject's head noun: "most voters support banning trucks", "a new poll
  // favors Varga", "the union plans to strike". Its form agrees with the
  // noun before it (a plain form after a plural, an "-s" form after a
  // singular; a name may end a subject's phrase: "voters in Kestria
  // support"), and what follows opens its object.
  bool IsStanceVerbTaggedNoun(std::uint32_t begin, std::uint32_t t, std::uint32_t end) const {
    if (doc_.tokens[t].upos != "NOUN" || t == begin || t + 1 >= end) return false;
    const std::string& before = doc_.tokens[t - 1].tag;
    const bool plural_subject =
        before == "NNS" || before == "NNPS" || before == "NNP" || Is(t - 1, "who") || Is(t - 1, "they");
    const bool singular_subject = before == "NN" || before == "NNP";
    const bool s_form = words_.lower(t).size() > 3 && words_.lower(t).ends_with("s");
    if (!(s_form ? singular_subject : plural_subject)) return false;
    // A gerund may be the object: "support banning trucks".
    const std::string& next = doc_.tokens[t + 1].upos;
    return words_.IsWord(t + 1) && !InRegion(t + 1) && !Is(t + 1, "of") && next != "AUX" &&
           (next != "VERB" || doc_.tokens[t + 1].tag == "VBG") && next != "ADP" && next != "CCONJ" &&
           !NounsBeforeFiniteVerb(t + 1, end);
  }

  // Whether the nouns from `t` on are followed by a finite verb: then the
  // word before them modifies their head, a subject ("the aid convoy support
  // teams arrived"), and is no verb of stance with them as its object.
  bool NounsBeforeFiniteVerb(std::uint32_t t, std::uint32_t end) const {
    while (t < end && (doc_.tokens[t].upos == "NOUN" || doc_.tokens[t].upos == "PROPN")) ++t;
    if (t >= end) return false;
    const std::string& tag = doc_.tokens[t].tag;
    return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD";
  }

  // Whether a verb stands in [begin, end): a subject holds none.
  bool HoldsVerb(TokenRange r) const {
    for (std::uint32_t u = r.begin; u < r.end; ++u)
      if (doc_.tokens[u].upos == "VERB" || doc_.tokens[u].upos == "AUX") return true;
    return false;
  }

  // The subject before a mistagged stance verb speaks; its object, to the
  // end of the clause, is the content.
  void ReadMistaggedStance(std::uint32_t begin, std::uint32_t end, std::uint32_t t) {
    Attribution a;
    a.cue = {t, t + 1};
    a.speaker = Is(t - 1, "who") ? TokenRange{t - 1, t} : PhraseBefore(words_, begin, t);
    // "Donors gave money to the Kestria support fund": a phrase holding a
    // verb is a clause, not the subject of "support".
    if (a.speaker.empty() || HoldsVerb(a.speaker)) return;
    const std::uint32_t content_end = ContentEnd(begin, end);
    if (t + 1 < content_end && !OverlapsQuote(words_.SpanOf({t + 1, content_end})))
      EmitClause(t + 1, TrimTrailingRelay(t + 1, content_end, &a), a);
  }

  // A verb whose form the lexicon lacks but whose lemma is a cue verb
  // ("declared" for "declare", "quipped" for "quip"). A lemma may be
  // another verb's form ("founded" -> "found"), so such a verb is read in
  // the plainest frame of a quotation only (ReadVerbCue's quotation_only).
  bool IsVerbOfSayingByLemma(std::uint32_t t) const {
    if (doc_.tokens[t].upos != "VERB") return false;
    const CueClass* c = cues_.FindLemma(doc_.tokens[t].lemma, words_.lower(t));
    return c && (*c == CueClass::kSay || *c == CueClass::kReport || *c == CueClass::kTell || *c == CueClass::kStance ||
                 *c == CueClass::kClause);
  }

  // The speaker before a cue at `k` (auxiliaries skipped): "Xi", "Smith, a
  // spokesman for the ministry,", "Pruitt, the attorney general, one of
  // the plaintiffs,", or a relative "who".
  TokenRange SpeakerBefore(std::uint32_t begin, std::uint32_t k) const {
    if (k > begin && Is(k - 1, "who")) return {k - 1, k};
    if (!(k > begin && Is(k - 1, ","))) return PhraseBefore(words_, begin, k);
    // Appositions: the nearest comma with a name before it that opens its
    // sentence or follows a comma or a closing mark.
    for (std::uint32_t c = k - 1; c > begin && k - c <= kMaxAppositionWords;) {
      --c;
      // Quoted words inside the apposition ("Ruiz, who calls the plan a
      // “scam,” said") are part of it.
      if (InRegion(c)) continue;
      // A period before a comma closes an abbreviation ("of Ava, Mo., who
      // drives"), not a sentence.
      if (IsSentenceEnd(words_.lower(c)) && !Is(c + 1, ",")) return {};
      if (!Is(c, ",")) continue;
      const TokenRange name = PhraseBefore(words_, begin, c);
      if (name.empty() || !words_.IsCapitalised(name.begin)) continue;
      if (name.begin == begin || Is(name.begin - 1, ",") || IsCloseMark(name.begin - 1) || Is(name.begin - 1, "as") ||
          (name.begin == begin + 1 && doc_.tokens[begin].upos == "CCONJ"))
        return {name.begin, k - 1};
    }
    return {};
  }

  // The speaker after an inverted cue: a phrase opening with a capital, a
  // determiner or a pronoun, or with a title's lower-case modifier or noun
  // before a name ("said former mayor Ana Ruiz", "said longtime resident
  // Paul Brandt"); a lower-case run with no name after it ("said in a
  // statement") is none.
  TokenRange InvertedSpeaker(std::uint32_t begin, std::uint32_t end) const {
    const TokenRange strict = PhraseAfter(words_, begin, end, /*strict=*/true);
    if (!strict.empty() || begin >= end) return strict;
    const std::string& upos = doc_.tokens[begin].upos;
    if (upos != "ADJ" && upos != "NOUN") return {};
    const TokenRange loose = PhraseAfter(words_, begin, end, /*strict=*/false);
    for (std::uint32_t t = loose.begin; t < loose.end; ++t)
      if (words_.IsCapitalised(t)) return loose;
    return {};
  }

  // The subject of the verb a conjoined cue at `cue` hangs from, by the
  // parse ("The mayor opened the meeting and later said …"): its subject's
  // words, or the head word alone when they run longer than a speaker.
  TokenRange ConjunctSubject(std::uint32_t begin, std::uint32_t end, std::uint32_t cue) const {
    const Token& token = doc_.tokens[cue];
    if (token.deprel != "conj" || token.head < static_cast<std::int32_t>(begin)) return {};
    std::int32_t subject = -1;
    for (std::uint32_t t = begin; t < cue && subject < 0; ++t)
      if (doc_.tokens[t].head == token.head && doc_.tokens[t].deprel == "nsubj") subject = static_cast<std::int32_t>(t);
    if (subject < 0) return {};
    TokenRange r{static_cast<std::uint32_t>(subject), static_cast<std::uint32_t>(subject) + 1};
    for (std::uint32_t t = begin; t < cue; ++t) {
      std::int32_t u = static_cast<std::int32_t>(t);
      for (std::uint32_t steps = 0; u >= 0 && u != subject && steps < kMaxSpeakerWords; ++steps) u = doc_.tokens[u].head;
      if (u == subject) r.begin = std::min(r.begin, t), r.end = std::max(r.end, t + 1);
    }
    if (r.end - r.begin > kMaxSpeakerWords) r = {static_cast<std::uint32_t>(subject), static_cast<std::uint32_t>(subject) + 1};
    while (r.end > r.begin + 1 && !words_.IsWord(r.end - 1)) --r.end;
    return r.end <= end ? r : TokenRange{};
  }

  // All the words before a finite verb (before its auxiliaries and adverbs,
  // from `k`) when they hold no verb and no quotation: the subject of a verb
  // the parse misreads ("Support for the plan appears to have faded"). A
  // conjunction or adverb opening the sentence is left out.
  TokenRange SubjectOpeningSentence(std::uint32_t begin, std::uint32_t k, std::uint32_t cue) const {
    const std::string& tag = doc_.tokens[cue].tag;
    if (tag != "VBD" && tag != "VBZ" && tag != "VBP") return {};
    std::uint32_t first = begin;
    while (first < k && (doc_.tokens[first].upos == "CCONJ" || doc_.tokens[first].upos == "ADV" || Is(first, ",")))
      ++first;
    std::uint32_t last = k;
    while (last > first && !words_.IsWord(last - 1) && !Is(last - 1, ")")) --last;
    if (last <= first || last - first > kMaxAppositionWords) return {};
    bool named = false;
    for (std::uint32_t t = first; t < last; ++t) {
      const std::string& upos = doc_.tokens[t].upos;
      if (InRegion(t) || upos == "VERB" || upos == "AUX" || Is(t, ";") || Is(t, ":") || words_.IsClauseWord(t))
        return {};
      named |= upos == "PROPN" || upos == "NOUN" || upos == "PRON";
    }
    return named ? TokenRange{first, last} : TokenRange{};
  }

  // The subject opening the sentence, for a participle cue with none of its
  // own ("Smith issued a statement, saying ..."), after an adjunct opening
  // the sentence ("On Monday, Smith issued …").
  TokenRange SentenceSubject(std::uint32_t begin, std::uint32_t limit) const {
    if (begin < limit && words_.IsAdjunctStart(begin) && !words_.IsSubjectPronoun(begin)) {
      while (begin < limit && !Is(begin, ",")) ++begin;
      if (++begin >= limit) return {};
    }
    if (begin < limit && words_.IsSubjectPronoun(begin)) return {begin, begin + 1};
    std::uint32_t end = begin;
    if (end < limit && words_.IsDeterminer(end)) ++end;
    while (end < limit && end - begin < kMaxSpeakerWords && words_.IsWord(end) &&
           (words_.IsCapitalised(end) || Is(end, "'s") || (end > begin && words_.IsDeterminer(end - 1))))
      ++end;
    const TokenRange r{begin, end};
    return WordCount(r) > (words_.IsDeterminer(begin) ? 1u : 0u) ? r : TokenRange{};
  }

  void ReadVerbCue(std::uint32_t s, std::uint32_t begin, std::uint32_t end, TokenRange cue, CueClass cue_class,
                   bool quotation_only = false) {
    std::uint32_t k = cue.begin;
    while (k > begin && IsAuxOrAdverb(words_.lower(k - 1))) --k;
    if (k > begin && IsNegation(words_.lower(k - 1))) return;  // "did not say" reports nothing
    // An infinitive has no subject beside it ("wants to explain"); the parse reads it.
    if (k > begin && Is(k - 1, "to")) return;
    const std::uint32_t content_end = ContentEnd(begin, end);

    Attribution a;
    a.cue = cue;
    a.speaker = SpeakerBefore(begin, k);
    // What stands right before the speaker (or before the cue when the
    // speaker follows it): a comma or a closing mark ends the content there.
    std::uint32_t lead = a.speaker.empty() ? k : a.speaker.begin;
    bool inverted = false;
    if (a.speaker.empty()) {
      // "…," said Xi. / "…," said the Chinese leader. / "…," said former mayor Ana Ruiz.
      const TokenRange after = InvertedSpeaker(cue.end, end);
      if (!after.empty() && ClosesSentence(after.end, end) && lead > begin &&
          (Is(lead - 1, ",") || IsCloseMark(lead - 1)))
        a.speaker = after, inverted = true;
    }
    // Said Ellis: "…" / Said the mayor, "…".
    if (a.speaker.empty() && cue.begin == begin && !quotation_only) {
      const TokenRange after = PhraseAfter(words_, cue.end, end, /*strict=*/true);
      if (!after.empty() && after.end + 1 < end && (Is(after.end, ":") || Is(after.end, ",")) &&
          IsOpenMark(after.end + 1) && !region_used_[token_region_[after.end + 1]]) {
        a.speaker = after;
        EmitRegion(token_region_[after.end + 1], a);
        return;
      }
    }
    if (a.speaker.empty() && cue.begin > begin && Is(cue.begin - 1, ",") &&
        words_.lower(cue.begin).size() > 3 && words_.lower(cue.begin).ends_with("ing"))
      a.speaker = SentenceSubject(begin, cue.begin - 1);  // ", saying …", ", adding that …"
    // A cue joined to the verb before it shares its subject: "The mayor
    // opened the meeting and later said, “…”", "… but now says …".
    if (a.speaker.empty() && k > begin + 1 && (Is(k - 1, "and") || Is(k - 1, "but")) && !InRegion(k - 1)) {
      a.speaker = ConjunctSubject(begin, end, cue.begin);
      if (a.speaker.empty()) a.speaker = SentenceSubject(begin, k - 1);
    }
    // "…," she said in a statement, "…," adding that …: the speaker of the
    // quotation just closed.
    if (a.speaker.empty() && cue.begin > begin + 1 && IsCloseMark(cue.begin - 1) && Is(cue.begin - 2, ",") &&
        words_.lower(cue.begin).ends_with("ing"))
      a.speaker = SpeakerOfRegion(token_region_[cue.begin - 1]);
    if (a.speaker.empty()) return;
    std::uint32_t after_attribution = inverted ? a.speaker.end : cue.end;
    // The addressee of "told": "X told reporters", "X told Reuters" (a relay).
    if (cue_class == CueClass::kTell && !inverted) {
      const std::uint32_t t = SkipAdjuncts(cue.end, end);
      if (!Is(t, "that") && !Is(t, ":") && !IsOpenMark(t)) {
        const TokenRange addressee = PhraseAfter(words_, t, end, /*strict=*/false);
        if (addressee.empty()) return;
        if (IsMedium(addressee)) a.relays.push_back(addressee);
        after_attribution = addressee.end;
      }
    }

    // Direct, quotation first: "…," Xi said / "…," said Xi.
    std::uint32_t before = lead;
    if (before > begin && Is(before - 1, ",")) --before;
    // The closing mark may end the sentence before: “…?” Trump said.
    const bool reaches_back =
        before > begin || (s > 0 && before == begin && doc_.sentences[s - 1].paragraph == doc_.sentences[s].paragraph);
    // A comma closing the quotation hands it to the attribution even when
    // the sentence goes on: "…," she said after the vote, and ….
    const bool comma_closed = before < lead || (before > 0 && Is(LastBeforeCloseMarks(before - 1), ","));
    // A verb that is a cue only in some senses reports a quotation only in
    // the plainest frame: "“…,” the mayor declared." / "“…!” she concluded."
    // The verb is a predicate, not a noun's modifier: not "“…,” a charity
    // founded by nurses, opened …".
    if (quotation_only) {
      const bool spoken = comma_closed || (before > 0 && (Is(LastBeforeCloseMarks(before - 1), "!") ||
                                                          Is(LastBeforeCloseMarks(before - 1), "?")));
      const std::string& rel = doc_.tokens[cue.begin].deprel;
      if (inverted || !spoken || !ClosesSentence(after_attribution, end) || rel.starts_with("acl") || rel == "amod")
        return;
    }
    if (reaches_back && before > 0 && IsCloseMark(before - 1) && !region_used_[token_region_[before - 1]] &&
        (ClosesSentence(after_attribution, end) || (comma_closed && !InRunningText(token_region_[before - 1])))) {
      CollectRelays(after_attribution, end, &a);
      // Quoted words inside the reported sentence: The plan "has no
      // chance," she said.
      const std::uint32_t open = RangeOf(regions_[token_region_[before - 1]].outer).begin;
      if (InRunningText(token_region_[before - 1]) && open > begin && EmitClause(begin, before, a)) {
        EmitContinuations(after_attribution, a);
        return;
      }
      EmitRegion(token_region_[before - 1], a);
      EmitContinuations(after_attribution, a);
      return;
    }
    if (quotation_only) return;
    if (inverted) {
      // "…, said Xi." without marks.
      if (lead > begin && Is(lead - 1, ",")) {
        CollectRelays(after_attribution, end, &a);
        EmitClause(begin, lead - 1, a);
      }
      return;
    }

    // After the cue (and the addressee of "told"): dates, then the content.
    std::uint32_t t = SkipAdjuncts(after_attribution, end);
    t = PhraseBeforeColon(t, end);

    // Direct, cue first: Xi said: "…" / Xi said, "…" / Xi said that "…".
    std::uint32_t open = t;
    if (Is(open, ",") || Is(open, ":") || Is(open, "that")) ++open;
    if (open < end && IsOpenMark(open) && !region_used_[token_region_[open]]) {
      const std::int32_t r = token_region_[open];
      std::uint32_t close = open;
      while (close < words_.size() && token_region_[close] == r) ++close;
      // A quotation closed by its own comma, "!" or "?" is all the content:
      // saying "…," and left.
      const bool comma_closed = close > open + 1 && (Is(close - 2, ",") || Is(close - 2, "!") || Is(close - 2, "?"));
      if (close >= content_end || ClosesSentence(close, end) || close >= end || comma_closed) {
        CollectRelays(std::min(close, end), end, &a);
        EmitRegion(r, a);
      } else {
        const std::uint32_t stop = TrimTrailingRelay(open, content_end, &a);
        EmitClause(open, stop, a);
      }
      return;
    }

    // Indirect: X said (on Tuesday) that … / X noted that ….
    for (std::uint32_t u = t; u < end && u < t + kMaxCueToThatWords; ++u) {
      if (InRegion(u) || IsSentenceEnd(words_.lower(u)) || Is(u, ";") || Is(u, ":")) break;
      // "said the bridge was safe, adding that …": that "that" is another verb's.
      const std::string& upos = doc_.tokens[u].upos;
      if (u > t && (upos == "AUX" || (IsVerbCue(u) && (upos.empty() || upos == "VERB")))) break;
      if (Is(u, "that")) {
        // The content keeps its "that", as PARC-style annotation does.
        const std::uint32_t stop = TrimTrailingRelay(u + 1, content_end, &a);
        if (WordCount({u + 1, stop}) >= kMinReportedWords) EmitClause(u, stop, a);
        return;
      }
    }
    // X said: … (unquoted). A colon closing the sentence announces what follows.
    if (Is(t, ":")) {
      if (t + 1 >= content_end) {
        pending_ = a;
        pending_sentence_ = s;
      } else {
        EmitClause(t + 1, TrimTrailingRelay(t + 1, content_end, &a), a);
      }
      return;
    }
    // As the ministry noted, the canal is closed. / The canal is closed, as
    // the ministry noted. "As" ties the attribution to the clause beside it.
    if (lead > begin && Is(lead - 1, "as") && Is(t, ",") && t + 1 < content_end &&
        WordCount({t + 1, content_end}) >= kMinReportedWords) {
      EmitClause(t + 1, TrimTrailingRelay(t + 1, content_end, &a), a);
      return;
    }
    if (lead > begin + 1 && Is(lead - 1, "as") && Is(lead - 2, ",") && ClosesSentence(t, end) &&
        WordCount({begin, lead - 2}) >= kMinReportedWords) {
      CollectRelays(t, end, &a);
      EmitClause(begin, lead - 2, a);
      return;
    }
    // The museum, Mr. Bush said, celebrated his heroes: the attribution
    // interrupts the clause, which is reported in two parts.
    // The two parts together make the clause: "The ferry, she insists, runs late."
    if (lead > begin && Is(lead - 1, ",") && Is(t, ",") && t + 1 < content_end && words_.IsWord(t + 1) &&
        !InRegion(t + 1) && !words_.IsAdjunctStart(t + 1) &&
        WordCount({begin, lead - 1}) + WordCount({t + 1, content_end}) >= kMinReportedWords &&
        !cues_.MatchAt(words_.lower(), t + 1, end).words) {
      Emit(words_.SpanOf({begin, lead - 1}), Quote::Kind::kIndirect, a);
      const std::uint32_t stop = TrimTrailingRelay(t + 1, content_end, &a);
      if (!EmitClause(t + 1, stop, a)) Emit(words_.SpanOf({t + 1, stop}), Quote::Kind::kIndirect, a);
      return;
    }
    // …, Xi said (in his greetings). An opening phrase without a verb is the
    // sentence's adjunct, not what was said: "After the vote, the mayor
    // promised to …".
    if (lead > begin && Is(lead - 1, ",") && ClosesSentence(t, end) &&
        !(words_.IsAdjunctStart(begin) && !HoldsVerb({begin, lead - 1}))) {
      CollectRelays(t, end, &a);
      EmitClause(begin, lead - 1, a);
      return;
    }
    // X said the talks failed.
    if ((cue_class == CueClass::kSay || cue_class == CueClass::kTell) && OpensClause(t, content_end)) {
      const std::uint32_t stop = TrimTrailingRelay(t, content_end, &a);
      EmitClause(t, stop, a);
    }
  }

  void ReadSourceCue(std::uint32_t begin, std::uint32_t end, TokenRange cue) {
    const TokenRange who = PhraseAfter(words_, cue.end, end, /*strict=*/false);
    if (who.empty()) return;
    // After an attribution of the same sentence, the source is its relay:
    // "Xi said …, according to Xinhua".
    const Span sentence = words_.SpanOf({begin, end});
    for (auto q = quotes_.rbegin(); q != quotes_.rend(); ++q) {
      if (q->cue.end <= sentence.begin) break;
      if (q->cue.end <= doc_.tokens[cue.begin].span.begin) {
        q->relayed_by.push_back(words_.SpanOf(who));
        for (std::uint32_t t = cue.begin; t < cue.end; ++t) cue_used_[t] = true;
        return;
      }
    }
    Attribution a;
    a.cue = cue;
    a.speaker = who;
    const std::uint32_t content_end = ContentEnd(begin, end);
    // According to X, … . / …: according to X, … .
    const bool opens = WordCount({begin, cue.begin}) <= 1 || Is(cue.begin - 1, ":") || Is(cue.begin - 1, ";");
    if (who.end < content_end && Is(who.end, ",") && opens) {
      EmitClause(who.end + 1, content_end, a);
      return;
    }
    // …, according to X. / … — according to X. (Not "The plan, according to
    // X, will …", where the clause goes on after X.)
    const bool clause_goes_on = Is(who.end, ",") && who.end + 1 < content_end &&
                                (OpensClause(who.end + 1, content_end) || doc_.tokens[who.end + 1].upos == "AUX");
    if (cue.begin > begin && (Is(cue.begin - 1, ",") || IsDash(words_.lower(cue.begin - 1))) &&
        ClosesSentence(who.end, end) && !clause_goes_on)
      EmitClause(begin, cue.begin - 1, a);
  }

  // ---- quotations standing alone ----------------------------------------------

  // The attribution a lone quotation inherits: an "X said:" just before it,
  // or the last attributed quotation of its paragraph or the one before.
  std::optional<Attribution> Inherited(std::uint32_t paragraph, Span region) const {
    if (pending_ && doc_.sentences[*pending_sentence_].paragraph + 1 >= paragraph &&
        words_.SpanOf(pending_->cue).end <= region.begin)
      return pending_;
    // The nearest quotation before the region: quotes_ is in the order the
    // passes found them, not in text order.
    const Quote* nearest = nullptr;
    for (const Quote& q : quotes_)
      if (q.span.begin < region.begin && q.speaker.size() > 0 && (!nearest || q.span.begin > nearest->span.begin))
        nearest = &q;
    if (!nearest || ParagraphOf(nearest->span.begin) + 1 < paragraph) return std::nullopt;
    Attribution a;
    a.cue = RangeOf(nearest->cue);
    a.speaker = RangeOf(nearest->speaker);
    for (const Span& relay : nearest->relayed_by) a.relays.push_back(RangeOf(relay));
    return a;
  }

  std::uint32_t ParagraphOf(std::uint32_t byte) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), byte,
                               [](std::uint32_t b, const Sentence& s) { return b < s.span.begin; });
    return it == doc_.sentences.begin() ? 0 : std::prev(it)->paragraph;
  }

  TokenRange RangeOf(Span span) const {
    auto first = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), span.begin,
                                  [](const Token& t, std::uint32_t b) { return t.span.end <= b; });
    auto last = std::lower_bound(first, doc_.tokens.end(), span.end,
                                 [](const Token& t, std::uint32_t e) { return t.span.begin < e; });
    return {static_cast<std::uint32_t>(first - doc_.tokens.begin()), static_cast<std::uint32_t>(last - doc_.tokens.begin())};
  }

  void CarryAttributions() {
    for (std::size_t r = 0; r < regions_.size(); ++r) {
      if (region_used_[r]) continue;
      const TokenRange tokens = RangeOf(regions_[r].outer);
      if (tokens.empty() || WordCount(tokens) < kMinCarriedQuoteWords) continue;
      // The quotation must fill its sentence: open first, nothing but
      // punctuation after the close.
      const std::uint32_t s = SentenceOf(tokens.begin);
      const Sentence& sentence = doc_.sentences[s];
      const std::uint32_t sentence_end = sentence.first_token + sentence.token_count;
      if (tokens.begin != sentence.first_token) continue;
      bool fills = true;
      for (std::uint32_t t = tokens.end; t < sentence_end && t < words_.size(); ++t)
        if (words_.IsWord(t)) fills = false;
      const Paragraph& paragraph = doc_.article().paragraphs[sentence.paragraph];
      if (!fills || paragraph.kind == ParagraphKind::kHeading) continue;
      const std::optional<Attribution> a = Inherited(sentence.paragraph, regions_[r].outer);
      if (!a) continue;
      region_used_[r] = true;
      Quote q;
      q.span = regions_[r].inner;
      q.kind = Quote::Kind::kDirect;
      q.speaker = words_.SpanOf(a->speaker);
      q.cue = words_.SpanOf(a->cue);
      for (TokenRange relay : a->relays) q.relayed_by.push_back(words_.SpanOf(relay));
      quotes_.push_back(std::move(q));
    }
  }

  std::uint32_t SentenceOf(std::uint32_t token) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), token,
                               [](std::uint32_t t, const Sentence& s) { return t < s.first_token; });
    return it == doc_.sentences.begin() ? 0 : static_cast<std::uint32_t>(std::prev(it) - doc_.sentences.begin());
  }

  Document& doc_;
  QuoteWords words_;
  const CueLexicon& cues_;
  std::vector<QuotedRegion> regions_;
  std::vector<std::int32_t> token_region_;  // region index of each token, -1 outside
  std::vector<bool> region_used_;
  std::vector<bool> cue_used_;
  std::optional<Attribution> pending_;  // "X said:" closing its sentence
  std::optional<std::uint32_t> pending_sentence_;
  std::vector<Quote> quotes_;
};

}  // namespace

void AnnotateQuotes(Document& doc, const CueLexicon& cues) {
  doc.quotes.clear();
  if (doc.tokens.empty() || doc.sentences.empty()) return;
  Finder(doc, cues).Run();
}

void AnnotateQuotes(Document& doc) { AnnotateQuotes(doc, CueLexicon::Default()); }

}  // namespace tidings
