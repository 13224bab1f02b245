#include "annotate/time_tagger.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <string>

#include <fmt/format.h>
#include <re2/re2.h>

#include "annotate/time_patterns.h"
#include "annotate/time_resolver.h"
#include "annotate/time_words.h"
#include "ingest/ascii.h"

namespace tidings {
namespace {

using Type = TimeExpression::Type;

// "that day", "the following month": counted from the period of `unit` the
// story last named, moved by `shift` of them.
struct Anaphor {
  TimeUnit unit = TimeUnit::kDay;
  int shift = 0;
  // "the same period a year earlier": when the period last named is a month
  // ("sales rose in February compared to the same period last year"), that
  // month a year before; after a quarter, or none, the reported quarter's.
  bool year_before_period = false;
  // A quarter a report speaks of without its number ("the quarter", "the
  // 1988 period"): counted from the quarter the story reports on, in
  // `in_year` when the words give one.
  int in_year = 0;
  // "the previous Friday" (ISO 1..7): that weekday before (shift -1) or
  // after (+1) the day the story last named.
  int weekday = 0;
};

struct Reading {
  Type type = Type::kDate;
  std::string value;
  // Set when the expression points back into the story; `value` is then the
  // reference's own, for a story that has named no such period.
  std::optional<Anaphor> anaphor;
  // When set, where the expression ends, before the end of the match.
  std::uint32_t end = 0;
};

// What a reader knows besides the matched words.
struct Context {
  std::string_view text;  // the whole document
  Document* doc;          // its tokens, when segmented and parsed; else null
  std::uint32_t begin = 0, end = 0;
  const TimeResolver& resolver;
  bool about_quarters = false;  // the document reports quarterly results
};

using Words = std::vector<std::string>;

// The lower-case words of a match, split at spaces, commas and hyphens, with
// a possessive "'s" dropped; periods stay ("a.m.", "sept.").
Words WordsOf(std::string_view s) {
  Words out;
  std::string word;
  const auto flush = [&] {
    if (word.ends_with("'s")) word.resize(word.size() - 2);
    if (!word.empty()) out.push_back(word);
    word.clear();
  };
  for (char c : s) {
    if (c == ' ' || c == ',' || c == '-' || c == '\n' || c == '\t') {
      flush();
    } else {
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  flush();
  return out;
}

bool Has(const Words& words, std::string_view w) { return std::find(words.begin(), words.end(), w) != words.end(); }

constexpr int kNoDirection = 2;

// The direction a modifier word gives: "last March" -1, "next week" +1,
// "this year" 0; kNoDirection when there is none.
int DirectionOf(const Words& words) {
  for (const std::string& w : words) {
    if (w == "last" || w == "past" || w == "previous" || w == "prior") return -1;
    if (w == "next" || w == "coming" || w == "following" || w == "upcoming") return 1;
    if (w == "this" || w == "current") return 0;
  }
  return kNoDirection;
}

// The shift words that count from a period named before give: "the
// following year" +1, "the previous day" -1; 0 for none.
int AnaphoricShift(const Words& words) {
  for (const std::string& w : words) {
    if (w == "following" || w == "next") return 1;
    if (w == "previous" || w == "preceding" || w == "prior") return -1;
  }
  return 0;
}

// Up to `bytes` of the text right before the expression.
std::string_view TextBefore(const Context& ctx, std::uint32_t bytes) {
  const std::uint32_t from = ctx.begin > bytes ? ctx.begin - bytes : 0;
  return ctx.text.substr(from, ctx.begin - from);
}

// Whether the word right before the expression is `word` (lower case).
bool After(const Context& ctx, std::string_view word) {
  if (ctx.begin < word.size() + 1 || ctx.text[ctx.begin - 1] != ' ') return false;
  const std::uint32_t at = ctx.begin - 1 - static_cast<std::uint32_t>(word.size());
  if (at > 0 && std::isalpha(static_cast<unsigned char>(ctx.text[at - 1]))) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(ctx.text[at + i])) != word[i]) return false;
  return true;
}

// Whether the word right after the expression is one of `words` (lower case).
bool FollowedBy(const Context& ctx, std::initializer_list<std::string_view> words) {
  if (ctx.end >= ctx.text.size() || ctx.text[ctx.end] != ' ') return false;
  std::uint32_t to = ctx.end + 1;
  while (to < ctx.text.size() && std::isalpha(static_cast<unsigned char>(ctx.text[to]))) ++to;
  std::string next(ctx.text.substr(ctx.end + 1, to - ctx.end - 1));
  for (char& c : next) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(words.begin(), words.end(), next) != words.end();
}

// The sentence around [begin, end), at most a couple of hundred bytes.
std::string_view SentenceAround(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  constexpr std::uint32_t kReach = 200;
  std::uint32_t from = begin > kReach ? begin - kReach : 0;
  for (std::uint32_t i = begin; i > from; --i) {
    const char c = text[i - 1];
    if (c == '\n' || ((c == '.' || c == '?' || c == '!') && i < text.size() && text[i] == ' ')) {
      from = i;
      break;
    }
  }
  std::uint32_t to = std::min<std::uint32_t>(text.size(), end + kReach);
  for (std::uint32_t i = end; i < to; ++i) {
    const char c = text[i];
    if (c == '\n' || ((c == '.' || c == '?' || c == '!') && (i + 1 == text.size() || text[i + 1] == ' '))) {
      to = i;
      break;
    }
  }
  return text.substr(from, to - from);
}

// The token holding byte `at`, or -1.
int TokenAt(const std::vector<Token>& tokens, std::uint32_t at) {
  auto it = std::upper_bound(tokens.begin(), tokens.end(), at,
                             [](std::uint32_t offset, const Token& t) { return offset < t.span.begin; });
  if (it == tokens.begin()) return -1;
  --it;
  return it->span.end > at ? static_cast<int>(it - tokens.begin()) : -1;
}

bool IsVerbTag(std::string_view tag) { return tag.starts_with("VB") || tag == "MD"; }

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Verbs whose complement happens after them: "plans to leave Friday", "is
// expected Tuesday".
bool IsIntentVerb(std::string_view lemma) {
  return IsOneOf(lemma, {"expect", "schedule", "plan", "due", "set", "intend", "propose", "want", "hope", "seek", "aim",
                         "prepare", "promise", "vow", "threaten", "postpone", "delay", "reschedule"});
}

// The tense of the verb at `verb`: -1 past, +1 future, 0 present or unknown.
// An infinitive ("to acquire") takes the tense of the verb it depends on,
// unless that verb looks ahead; a bare participle ("arriving Tuesday") is
// past when that verb is.
int TenseOfVerb(const std::vector<Token>& tokens, int verb, int depth) {
  const Token& v = tokens[verb];
  bool past_aux = false, present_aux = false, perfect = false, to = false;
  // Auxiliaries and an infinitive "to" are the verb's children; they sit
  // within a few tokens before it.
  for (int i = std::max(0, verb - 6); i < verb; ++i) {
    if (tokens[i].head != verb) continue;
    const Token& aux = tokens[i];
    if (aux.deprel == "mark" && aux.tag == "TO") to = true;
    if (aux.deprel != "aux" && aux.deprel != "aux:pass") continue;
    // "would" reports a plan from the past: "said he would leave Friday".
    if (aux.tag == "MD" && aux.lemma != "could" && aux.lemma != "might") return 1;
    if (aux.lemma == "'ll" || aux.lemma == "wo") return 1;
    if (aux.tag == "VBD" || aux.lemma == "have") past_aux = true;  // "did", "was", "has been"
    if (aux.tag == "VBZ" || aux.tag == "VBP") present_aux = true;
    if (aux.lemma == "have" && aux.tag != "VBD") perfect = true;
  }
  // "has scheduled a vote Thursday": the plan is made, the vote to come.
  if (perfect && IsIntentVerb(v.lemma)) return 1;
  if (past_aux) return -1;
  if (IsIntentVerb(v.lemma) && (present_aux || v.tag == "VBZ" || v.tag == "VBP")) return 1;
  const int head = v.head;
  const bool head_is_verb = head >= 0 && IsVerbTag(tokens[head].tag) && depth < 2;
  if (to) {
    // "the first countries to join Friday": an infinitive of a noun has no
    // tense of its own; "a plan to leave Friday" shows in its sentence.
    if (!head_is_verb) return 0;
    if (IsIntentVerb(tokens[head].lemma)) return 1;
    const int governing = TenseOfVerb(tokens, head, depth + 1);
    return governing ? governing : 1;
  }
  if (v.tag == "VBD") return -1;
  // "is heard in May", "are shipped Monday": a passive in the present tense
  // tells no past.
  if (v.tag == "VBN" && present_aux) return 0;
  if (v.tag == "VBN") return -1;  // "has said", "was killed", "killed Tuesday"
  if (v.tag == "VBG" && present_aux) return 1;  // "is leaving Tuesday"
  if (v.tag == "VBG" && head_is_verb) return std::min(0, TenseOfVerb(tokens, head, depth + 1));
  return 0;
}

// The sentence holding token `t`.
std::uint32_t SentenceOf(const Document& doc, std::uint32_t t) {
  const auto after = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), t,
                                      [](std::uint32_t token, const Sentence& s) { return token < s.first_token; });
  return after == doc.sentences.begin() ? 0 : static_cast<std::uint32_t>(after - doc.sentences.begin() - 1);
}

// Whether the expression's Document has been tagged (ParseSyntax).
bool ParsedTags(const Context& ctx) { return ctx.doc && !ctx.doc->tokens.empty() && !ctx.doc->tokens.front().tag.empty(); }

// Which way the verb that governs the expression points: -1 past ("met
// Monday", "has said"), +1 future ("will meet Monday", "plans to leave
// Thursday", "is expected"), 0 present or unknown. Needs the parse: 0
// without one.
int VerbTense(const Context& ctx) {
  if (!ParsedTags(ctx)) return 0;
  const std::vector<Token>& tokens = ctx.doc->tokens;
  int verb = TokenAt(tokens, ctx.end - 1);
  if (verb >= 0) ctx.doc->RequireDependencies(SentenceOf(*ctx.doc, static_cast<std::uint32_t>(verb)));
  // "a June agreement", "the Oct. 23 slaying": a thing named by its date
  // has happened.
  if (verb >= 0 && tokens[verb].deprel == "compound" && tokens[verb].head > verb) return -1;
  for (int step = 0; verb >= 0 && step < 4 && !IsVerbTag(tokens[verb].tag); ++step) verb = tokens[verb].head;
  if (verb < 0 || !IsVerbTag(tokens[verb].tag)) return 0;
  return TenseOfVerb(tokens, verb, 0);
}

// Whether the verbs of the parsed sentence holding the expression could
// point ahead (TenseOfVerb's +1): a modal, an infinitive "to", a verb of
// intent, or a present progressive. Tags and lemmas only, so that a sentence
// without any of them needs no dependency parse to be read as past.
bool MayPointAhead(const Context& ctx) {
  const std::vector<Token>& tokens = ctx.doc->tokens;
  const int at = TokenAt(tokens, ctx.end - 1);  // where VerbTense starts
  if (at < 0) return true;
  const Sentence& sentence = ctx.doc->sentences[SentenceOf(*ctx.doc, static_cast<std::uint32_t>(at))];
  bool progressive = false, present = false;
  for (std::uint32_t i = sentence.first_token; i < sentence.first_token + sentence.token_count; ++i) {
    const std::string_view tag = tokens[i].tag, lemma = tokens[i].lemma;
    if (tag == "MD" || tag == "TO" || lemma == "'ll" || lemma == "wo" || IsIntentVerb(lemma)) return true;
    progressive |= tag == "VBG";
    present |= tag == "VBZ" || tag == "VBP";
  }
  return progressive && present;
}

// `word` (lower case, opening with a letter) anywhere in `text`, in any case.
bool ContainsAnyCase(std::string_view text, std::string_view word) {
  for (std::size_t at = 0; at + word.size() <= text.size(); ++at)
    if ((text[at] | 0x20) == word[0] && EndsWithNoCase(text.substr(at, word.size()), word)) return true;
  return false;
}

// Whether `before` ends with one of `words` and a space: "said ".
bool EndsWithWordAndSpace(std::string_view before, std::span<const std::string_view> words) {
  if (before.empty() || before.back() != ' ') return false;
  before.remove_suffix(1);
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return EndsWithNoCase(before, w); });
}

// A verb of reporting right before the date ("said Friday", "announced on
// Friday") makes it the day of the report.
bool AfterReportingWord(std::string_view before) {
  static constexpr std::string_view kReporting[] = {"said",  "says",      "announced", "reported", "told",
                                                    "added", "disclosed", "stated",    "since"};
  if (before.ends_with(" on ")) before.remove_suffix(3);  // "announced on Friday"
  return EndsWithWordAndSpace(before, kReporting);
}

// A deadline, an earliest date or the day a change takes effect lies
// ahead: "until Friday", "as early as Tuesday", "effective Monday".
bool AfterWordOfDeadline(std::string_view before) {
  static constexpr std::string_view kAhead[] = {"until", "till", "as soon as", "as early as", "no later than", "effective"};
  return EndsWithWordAndSpace(before, kAhead);
}

// A character of a word as a regular expression's \b reads it.
bool IsAsciiWordChar(char c) { return IsAsciiLetterOrDigit(c) || c == '_'; }

// Whether the sentence speaks of the future: "will", "won't", "shall",
// "going to", "scheduled", "expected to", "is to", "are to", "plan(s) to",
// "set to", "due to" as whole words in any case, or "'ll".
bool HasFutureWords(std::string_view sentence) {
  static constexpr std::string_view kFuture[] = {"will",  "won't",   "shall",    "going to", "scheduled", "expected to",
                                                 "is to", "are to", "plans to", "plan to",  "set to",    "due to"};
  const auto word_ends_at = [&](std::size_t at) { return at == sentence.size() || !IsAsciiWordChar(sentence[at]); };
  // The letters the words open with: any other byte starts none of them.
  const auto may_open = [](char c) {
    switch (AsciiLower(c)) {
      case 'a': case 'd': case 'e': case 'g': case 'i': case 'p': case 's': case 'w': return true;
      default: return false;
    }
  };
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    if (sentence[i] == '\'' && sentence.compare(i, 3, "'ll") == 0 && word_ends_at(i + 3)) return true;
    if (!may_open(sentence[i]) || (i > 0 && IsAsciiWordChar(sentence[i - 1]))) continue;
    const std::string_view rest = sentence.substr(i);
    for (std::string_view w : kFuture)
      if (rest.size() >= w.size() && EndsWithNoCase(rest.substr(0, w.size()), w) && word_ends_at(i + w.size()))
        return true;
  }
  return false;
}

// -1 when the expression most likely points to the past, +1 to the future:
// news reports what happened, so past unless the sentence speaks of the
// future; a date right after a reporting verb ("said Friday") is the day of
// the report. The cues are read with plain string tests rather than regular
// expressions: this runs for most weekdays, and cheaply matters there.
int Tense(const Context& ctx) {
  // "until 9 a.m. Tuesday": the words before the clock time speak for the day.
  static const RE2 kClockBefore("((?i:\\d{1,2}(?::\\d\\d)? ?[ap]\\.?m\\.?|noon|midnight)(?: [A-Z]{3})?,? )$");
  std::string_view before = TextBefore(ctx, 45);
  const bool may_hold_clock = std::any_of(before.begin(), before.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
                              ContainsAnyCase(before, "noon") || ContainsAnyCase(before, "midnight");
  re2::StringPiece clock;
  if (may_hold_clock && RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kClockBefore, &clock))
    before = before.substr(0, static_cast<std::size_t>(clock.data() - before.data()));
  if (AfterReportingWord(before)) return -1;
  if (AfterWordOfDeadline(before)) return 1;
  // "Wednesday's ruling" names something that has happened.
  if (ctx.text.substr(ctx.end, 2) == "'s") return -1;
  const bool future_words = HasFutureWords(SentenceAround(ctx.text, ctx.begin, ctx.end));
  // Past or present verbs and no future words: past, whatever the parse says.
  if (ParsedTags(ctx) && !MayPointAhead(ctx) && !future_words) return -1;
  if (const int verb = VerbTense(ctx)) return verb;
  return future_words ? 1 : -1;
}

// An amount read from number words: "two", "twenty four", "2 1/2", "a
// hundred", "half an"; nullopt for a vague one ("several", "a few").
struct Amount {
  std::optional<double> value;
  bool found = false;
};

Amount AmountOf(const Words& words) {
  double total = 0;
  bool cardinal = false, article = false, vague = false, half = false;
  for (const std::string& w : words) {
    if (IsVagueAmount(w)) {
      vague = true;
    } else if (w == "half" || w == "1/2") {
      half = true;
    } else if (w == "hundred") {
      total = std::max(total, 1.0) * 100;
      cardinal = true;
    } else if (w == "a" || w == "an") {
      article = true;
    } else if (std::optional<double> v = CardinalOf(w)) {
      total += *v;
      cardinal = true;
    }
  }
  if (!cardinal && article && !half) total = 1, cardinal = true;
  if (half) total += 0.5, cardinal = true;
  if (vague && total <= 1) return {std::nullopt, true};
  return {cardinal ? std::optional<double>(total) : std::nullopt, cardinal || vague};
}

std::optional<TimeUnit> UnitIn(const Words& words) {
  for (auto it = words.rbegin(); it != words.rend(); ++it)
    if (std::optional<TimeUnit> unit = UnitOf(*it)) return unit;
  return std::nullopt;
}

// The four-digit year among the words, 0 if none.
int YearIn(const Words& words) {
  for (const std::string& w : words)
    if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::stoi(w);
  return 0;
}

// A year said in words, as broadcast transcripts write it: "nineteen
// ninety-six", "two thousand one"; 0 if it is not one.
int SpokenYear(const Words& words) {
  int base = 0, rest = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] == "nineteen" && i + 1 < words.size() && !base) {
      base = 1900;
    } else if (words[i] == "thousand" && i > 0 && words[i - 1] == "two") {
      base = 2000;
    } else if (base && words[i] != "hundred" && words[i] != "and") {
      rest += CardinalOf(words[i]).value_or(0);
    }
  }
  return base ? base + rest : 0;
}

// A year in digits or in words.
int AnyYearIn(const Words& words) {
  const int digits = YearIn(words);
  return digits ? digits : SpokenYear(words);
}

// A part of a year named around a year value: "the first half of 1989" ->
// 1989-H1, "the summer of 1998" -> 1998-SU; other parts ("early", "the end
// of") keep the value, as TimeML puts them in a modifier.
std::string WithPart(const Words& words, std::string value) {
  if (value.size() != 4) return value;
  if (Has(words, "half")) {
    const bool first = Has(words, "first") || Has(words, "early");
    return value + (first ? "-H1" : "-H2");
  }
  for (const std::string& w : words)
    if (std::string_view season = SeasonOf(w); !season.empty()) return value + "-" + std::string(season);
  return value;
}

std::optional<Reading> ReadIso(const Context& ctx) {
  const std::string value(ctx.text.substr(ctx.begin, ctx.end - ctx.begin));
  return Reading{value.find('T') != std::string::npos ? Type::kTime : Type::kDate, value};
}

std::optional<Reading> ReadSlash(const Context& ctx) {
  int m = 0, d = 0, y = 0;
  const std::string s(ctx.text.substr(ctx.begin, ctx.end - ctx.begin));
  if (std::sscanf(s.c_str(), "%d/%d/%d", &m, &d, &y) != 3 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  if (s.size() - s.rfind('/') - 1 == 2) y += y < 50 ? 2000 : 1900;
  return Reading{Type::kDate, DateValue(y, m, d)};
}

// Names of months such as "May" are also common words; a bare one counts
// only after a preposition or with a day or year.
bool BareMonthIsDate(const Context& ctx) {
  static const RE2 kBefore("(?i:in|since|until|till|by|from|through|of|during|before|after|early|late|mid|last|"
                           "next|this|to|and|or) $");
  const std::string_view before = TextBefore(ctx, 12);
  return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kBefore);
}

// A month this close to the reference is the nearest one whatever the tense
// ("was extended to Nov. 16" in late October).
constexpr int kNearMonths = 2;

std::optional<Reading> ReadCalendar(const Context& ctx, const Words& words) {
  int month = 0, day = 0;
  for (const std::string& w : words) {
    if (!month && std::isalpha(static_cast<unsigned char>(w[0]))) month = MonthOf(w);
    if (std::isdigit(static_cast<unsigned char>(w[0])) && w.size() <= 4) {
      const int n = std::atoi(w.c_str());
      if (n >= 1 && n <= 31 && w.size() <= 4 && !(w.size() == 4 && std::isdigit(static_cast<unsigned char>(w[3]))))
        day = n;
    }
  }
  int year = AnyYearIn(words);
  if (!month) return std::nullopt;
  if (!year && Has(words, "year") && ctx.resolver.anchored()) year = ctx.resolver.year() + DirectionOf(words);
  if (year) return Reading{Type::kDate, day ? DateValue(year, month, day) : fmt::format("{:04}-{:02}", year, month)};
  const int direction = DirectionOf(words);
  if (words.size() == 1 && words[0] == "may" && !BareMonthIsDate(ctx)) return std::nullopt;
  // "the annual March for Life", "a March on Washington": the walk, not the month.
  if (words.size() == 1 && words[0] == "march" && !BareMonthIsDate(ctx) &&
      FollowedBy(ctx, {"for", "of", "on", "against", "to", "through"}))
    return std::nullopt;
  // Without "last" or "next": the one the sentence's tense points to; "this
  // September" is in the reference's year.
  if (direction == 0) return Reading{Type::kDate, DateValue(ctx.resolver.year(), month, day).substr(0, day ? 10 : 7)};
  if (direction != kNoDirection) {
    if (day) return Reading{Type::kDate, ctx.resolver.MonthDay(month, day, direction)};
    return Reading{Type::kDate, ctx.resolver.Month(month, direction, true)};
  }
  const auto resolve = [&](int toward) {
    return day ? ctx.resolver.MonthDay(month, day, toward) : ctx.resolver.Month(month, toward, false);
  };
  if (After(ctx, "since")) return Reading{Type::kDate, resolve(-1)};  // "since March" has begun
  // Otherwise the nearest one, unless it is months away and the governing
  // verb's tense points the other way ("the Oct. 23 slaying" in May); a
  // change "effective June 1" is announced before it takes effect.
  std::string nearest = resolve(0);
  const int months = ctx.resolver.MonthsFrom(nearest);
  if (std::abs(months) <= kNearMonths) return Reading{Type::kDate, std::move(nearest)};
  // The tense may need the sentence's dependencies parsed: asked only here.
  const int tense = After(ctx, "effective") ? 1 : VerbTense(ctx);
  if (tense != 0 && (months > 0) != (tense > 0)) return Reading{Type::kDate, resolve(tense)};
  return Reading{Type::kDate, std::move(nearest)};
}

// "the week of March 6" is the ISO week holding that day.
std::optional<Reading> InWeekOf(std::optional<Reading> reading, const Words& words) {
  if (reading && words.front() == "the" && Has(words, "week") && TimeResolver(reading->value).anchored())
    reading->value = TimeResolver(reading->value).Shifted(TimeUnit::kWeek, 0);
  return reading;
}

// A bare four-digit number is a year unless its neighbours say it counts
// something ("2025 people", "$1998", "1990%").
bool LooksLikeYear(const Context& ctx, const Words& words, int year) {
  if (words.size() > 1) return true;  // "fiscal 1999", "the end of 1990"
  static const RE2 kCountedAfter(
      "^(?:%|\\.\\d|,\\d|-\\d| ?(?i:percent|people|persons|men|women|children|troops|soldiers|shares|workers|jobs|"
      "cars|vehicles|units|employees|residents|members|votes|cases|deaths|homes|students|tons|barrels|acres|feet|"
      "meters|miles|points|yen|dollars|euros|pounds|francs|marks|times|kilometers|pages|words|seats)\\b)");
  static const RE2 kYearPreposition("(?i:in|since|from|until|by|before|after|of|the year|circa) $");
  const std::string_view after = ctx.text.substr(ctx.end, 16);
  if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kCountedAfter)) return false;
  if (ctx.begin > 0 && std::string_view("$#.,:/").find(ctx.text[ctx.begin - 1]) != std::string_view::npos)
    return false;
  if (year >= 1900) return true;
  const std::string_view before = TextBefore(ctx, 12);
  return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kYearPreposition);
}

// A year written with two digits ("'82", the 8 of "'80s") is in the
// reference's century, or the one before when that year is still to come.
int CenturyOf(int two_digits, const TimeResolver& resolver) {
  const int year = resolver.anchored() ? resolver.year() : 1999;
  return (year / 100) * 100 + two_digits <= year ? year / 100 : year / 100 - 1;
}

// "since '82": a clipped year counts only after a preposition of time.
std::optional<Reading> ReadClippedYear(const Context& ctx, const std::string& word) {
  static const RE2 kBefore("(?i:in|since|of|from|until|by|before|after|to) $");
  const std::string_view before = TextBefore(ctx, 8);
  if (!RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kBefore)) return std::nullopt;
  const int two_digits = std::atoi(word.c_str() + 1);
  return Reading{Type::kDate, fmt::format("{:02}{:02}", CenturyOf(two_digits, ctx.resolver), two_digits)};
}

std::optional<Reading> ReadYear(const Context& ctx, const Words& words) {
  if (words.size() == 1 && words[0].size() == 3 && words[0][0] == '\'') return ReadClippedYear(ctx, words[0]);
  if (const int spoken = SpokenYear(words)) return Reading{Type::kDate, fmt::format("{:04}", spoken)};
  const int year = YearIn(words);
  if (!year || !LooksLikeYear(ctx, words, year)) return std::nullopt;
  return Reading{Type::kDate, WithPart(words, fmt::format("{:04}", year))};
}

// "the 70s and |": a bare decade after it is listed with a decade.
bool AfterListedDecade(const Context& ctx) {
  static const RE2 kListed("(?i:the )'?[1-9]0'?s,? (?i:and|or) $");
  const std::string_view before = TextBefore(ctx, 16);
  return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kListed);
}

std::optional<Reading> ReadDecade(const Context& ctx, const Words& words) {
  // "the 20th century" is 19, as TIMEX3 writes the years 1900-1999.
  if (words.back() == "century") {
    const int ordinal = std::atoi(words[words.size() - 2].c_str());
    return Reading{Type::kDate, fmt::format("{:02}", ordinal - 1)};
  }
  const std::string& w = words.back();
  // "the nineties": the decade in the reference's century, or the one before.
  if (const std::optional<double> tens = CardinalOf(w.substr(0, w.size() - 3) + "y"); tens && w.ends_with("ies")) {
    const int decade = static_cast<int>(*tens) / 10;
    return Reading{Type::kDate, fmt::format("{:02}{}", CenturyOf(decade * 10, ctx.resolver), decade)};
  }
  const std::size_t digits = w.find_first_of("0123456789");
  if (digits == std::string::npos) return std::nullopt;
  // "the 70s and 80s" are decades; "in their 70s" and "their 20s and 30s" ages.
  if (digits == 0 && w.find_first_not_of("0123456789") == 2 && words.size() == 1 && !After(ctx, "the") &&
      !AfterListedDecade(ctx))
    return std::nullopt;
  if (w.find_first_not_of("0123456789", digits) - digits == 4) return Reading{Type::kDate, w.substr(digits, 3)};
  const int decade = w[digits] - '0';
  return Reading{Type::kDate, fmt::format("{:02}{}", CenturyOf(decade * 10, ctx.resolver), decade)};
}

std::optional<Reading> ReadRelative(const Context& ctx, const Words& words) {
  const std::optional<TimeUnit> unit = UnitIn(words);
  const int direction = DirectionOf(words);
  if (!unit || direction == kNoDirection) return std::nullopt;
  std::string value = ctx.resolver.Shifted(*unit, direction);
  Reading reading{Type::kDate, WithPart(words, value)};
  // "the following year" counts from the year the story is at; "next year"
  // from the reference.
  const bool calendar = *unit == TimeUnit::kWeek || *unit == TimeUnit::kMonth || *unit == TimeUnit::kYear;
  if (calendar && words.front() == "the" && AnaphoricShift(words) != 0 && reading.value == value)
    reading.anaphor = Anaphor{*unit, AnaphoricShift(words)};
  return reading;
}

// The quarter a report speaks of when it names none: the last one ended.
int ReportedQuarterOffset() { return -1; }

// "the quarter ended July 31": the calendar quarter holding most of the
// three months, the one of the month before the end; nullopt when no end
// date follows.
std::optional<std::string> QuarterEnding(const Context& ctx) {
  static const RE2 kEnding("^ (?i:end(ed|ing)) ([A-Z][a-z]+)\\.? (\\d{1,2})\\b");
  const std::string_view after = ctx.text.substr(ctx.end, 24);
  std::string suffix, month_word;
  int day = 0;
  if (!RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kEnding, &suffix, &month_word, &day))
    return std::nullopt;
  for (char& c : month_word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const int month = MonthOf(month_word);
  if (!month || day < 1 || day > 31 || !ctx.resolver.anchored()) return std::nullopt;
  // A quarter that has ended is reported on; one "ending" may still run.
  const bool ended = suffix.size() == 2;  // "ed", not "ing"
  const std::string end = ctx.resolver.MonthDay(month, day, ended ? -1 : 0);
  int year = std::atoi(end.c_str());
  int middle = month - 1;
  if (middle == 0) middle = 12, year -= 1;
  return fmt::format("{:04}-Q{}", year, (middle - 1) / 3 + 1);
}

std::optional<Reading> ReadQuarter(const Context& ctx, const Words& words) {
  const bool half = Has(words, "half");
  int ordinal = 0;
  for (const std::string& w : words) ordinal = ordinal ? ordinal : OrdinalOf(w);
  if (Has(words, "final")) ordinal = half ? 2 : 4;
  if (!ordinal) {
    if (Has(words, "half")) return std::nullopt;
    if (!Has(words, "year") && !YearIn(words))
      if (std::optional<std::string> ending = QuarterEnding(ctx)) return Reading{Type::kDate, std::move(*ending)};
    // "the 1988 quarter": the reported quarter's number in that year.
    if (const int year = YearIn(words)) {
      const std::string reported = ctx.resolver.Shifted(TimeUnit::kQuarter, ReportedQuarterOffset());
      return Reading{Type::kDate, fmt::format("{:04}{}", year, reported.substr(4)),
                     Anaphor{TimeUnit::kQuarter, 0, false, year}};
    }
    int offset = ReportedQuarterOffset();
    if (Has(words, "current")) offset = 0;
    if (Has(words, "previous") || Has(words, "prior")) offset -= 1;
    const bool year_before = Has(words, "year") || Has(words, "ago") || Has(words, "earlier");
    if (year_before) offset -= 4;
    Reading reading{Type::kDate, ctx.resolver.Shifted(TimeUnit::kQuarter, offset),
                    Anaphor{TimeUnit::kQuarter, offset - ReportedQuarterOffset()}};
    if (year_before && (Has(words, "period") || Has(words, "month"))) reading.anaphor->year_before_period = true;
    return reading;
  }
  int year = YearIn(words);
  if (!year && ctx.resolver.anchored() && Has(words, "year") &&
      (Has(words, "ago") || Has(words, "earlier")))  // "the year-ago third quarter"
    year = ctx.resolver.year() - 1;
  if (!year && ctx.resolver.anchored()) {
    const int direction = DirectionOf(words);
    if (direction != kNoDirection) {
      year = ctx.resolver.year() + direction;
      if (Has(words, "this")) year = ctx.resolver.year();
    }
  }
  const std::string letter = half ? "H" : "Q";
  if (year) return Reading{Type::kDate, fmt::format("{:04}-{}{}", year, letter, ordinal)};
  // Quarters are reported once they are over.
  return Reading{Type::kDate, half ? ctx.resolver.Half(ordinal, -1) : ctx.resolver.Quarter(ordinal, -1)};
}

std::optional<Reading> ReadAgo(const Context& ctx, const Words& words) {
  const Amount amount = AmountOf(words);
  const std::optional<TimeUnit> unit = UnitIn(words);
  if (!unit) return std::nullopt;
  // "three days later", "a week earlier" count from a moment of the story,
  // not from the reference: TimeML marks the amount, a duration ("three
  // days"), and leaves the adverb out, so the duration reading stands. A year
  // earlier in a report compares with the same period then, a date.
  if ((Has(words, "later") || Has(words, "earlier")) && *unit < TimeUnit::kYear) return std::nullopt;
  const bool future = Has(words, "now") || Has(words, "hence") || Has(words, "later");
  if (amount.found && !amount.value) return Reading{Type::kDate, future ? "FUTURE_REF" : "PAST_REF"};
  // "year-earlier" names no amount: one.
  const int n = static_cast<int>(std::lround(amount.value.value_or(1))) * (future ? 1 : -1);
  // In a quarterly report "a year ago" is the same quarter a year before.
  if (*unit == TimeUnit::kYear && n == -1 && ctx.about_quarters)
    return Reading{Type::kDate, ctx.resolver.Shifted(TimeUnit::kQuarter, ReportedQuarterOffset() - 4),
                   Anaphor{TimeUnit::kQuarter, -4}};
  if (*unit == TimeUnit::kHour || *unit == TimeUnit::kMinute || *unit == TimeUnit::kSecond)
    return Reading{Type::kDate, ctx.resolver.Day(0)};
  return Reading{Type::kDate, ctx.resolver.Shifted(*unit, n)};
}

// Money or counts just before "a year" make it a rate: "$5 million a year".
bool IsRate(const Context& ctx, const Words& words) {
  static const RE2 kRateBefore("(?i:\\d|million|billion|thousand|dollars|cents|percent|times|once|twice) $");
  if (words.size() != 2 || (words[0] != "a" && words[0] != "an")) return false;
  const std::string_view before = TextBefore(ctx, 16);
  return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kRateBefore);
}

// Larger counts are years or quantities ("the 1988 quarter"), not durations.
constexpr double kMaxDurationAmount = 1000;

// "a 6-year-old boy" is an age and "three-quarters of" a fraction, neither
// of which TimeML marks.
bool IsAgeOrFraction(const Context& ctx, TimeUnit unit) {
  std::string_view after = ctx.text.substr(ctx.end, 4);
  if (after == "-old" || after == " old") return true;
  if (unit != TimeUnit::kQuarter) return false;
  const std::string_view match = ctx.text.substr(ctx.begin, ctx.end - ctx.begin);
  // "two consecutive quarters of decline" counts periods, not parts.
  static const RE2 kInARow("(?i:consecutive|straight|successive)");
  if (RE2::PartialMatch(re2::StringPiece(match.data(), match.size()), kInARow)) return false;
  // "about a quarter, of its dealers".
  if (after.starts_with(",") || after.starts_with(" ,")) after = ctx.text.substr(ctx.end + after.find(',') + 1, 4);
  return after.starts_with(" of") || match.find('-') != std::string_view::npos;
}

// "a second" is far more often the ordinal ("a second term", "for a second
// day") than a duration; only a clear continuation makes it one.
bool IsOrdinalSecond(const Context& ctx, const Words& words) {
  static const RE2 kDurationAfter("^(?:[.,;:!?)]| (?:or|and|of|ago|later|earlier|before|after)\\b)");
  if (words.size() != 2 || words[1] != "second" || (words[0] != "a" && words[0] != "one")) return false;
  const std::string_view after = ctx.text.substr(ctx.end, 8);
  return !RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kDurationAfter);
}

// "will one day be", "hopes he one day follows": "one day" before a verb is
// some day, not a day's length. Needs the parse's tags.
bool IsSomeDay(const Context& ctx, const Words& words) {
  if (words.size() != 2 || words[0] != "one" || words[1] != "day" || !ctx.doc) return false;
  const std::vector<Token>& tokens = ctx.doc->tokens;
  const int last = TokenAt(tokens, ctx.end - 1);
  if (last < 0 || last + 1 >= static_cast<int>(tokens.size())) return false;
  return IsVerbTag(tokens[last + 1].tag);
}

std::optional<Reading> ReadDuration(const Context& ctx, const Words& words) {
  const Amount amount = AmountOf(words);
  const std::optional<TimeUnit> unit = UnitIn(words);
  if (!unit || !amount.found || amount.value.value_or(0) >= kMaxDurationAmount ||
      IsAgeOrFraction(ctx, *unit))
    return std::nullopt;
  if (IsRate(ctx, words)) return Reading{Type::kSet, DurationValue(1.0, *unit)};
  if (IsOrdinalSecond(ctx, words)) return std::nullopt;
  if (IsSomeDay(ctx, words)) {
    if (Tense(ctx) > 0) return Reading{Type::kDate, "FUTURE_REF"};
    return std::nullopt;
  }
  return Reading{Type::kDuration, DurationValue(amount.value, *unit)};
}

// "between 60 and 90 days", "two or three weeks": TimeML marks each end of
// a range, so the first amount is a duration of the unit named after the
// second ("60", P60D); the second is read as any duration.
std::optional<Reading> ReadRangeStart(const Context& ctx, const Words& words) {
  // The connector, past an "and" inside the first amount ("two and a half").
  std::size_t connector = 1;
  while (connector < words.size() && !IsOneOf(words[connector], {"to", "or", "and"})) ++connector;
  if (connector + 1 < words.size() && words[connector] == "and" && words[connector + 1] == "a") return std::nullopt;
  const std::optional<TimeUnit> unit = UnitIn(words);
  if (connector >= words.size() || !unit || IsAgeOrFraction(ctx, *unit)) return std::nullopt;
  const Amount amount = AmountOf(Words(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(connector)));
  if (!amount.value || *amount.value >= kMaxDurationAmount) return std::nullopt;
  const std::string_view match = ctx.text.substr(ctx.begin, ctx.end - ctx.begin);
  const std::size_t gap = match.find(" " + words[connector] + " ");
  if (gap == std::string_view::npos) return std::nullopt;
  Reading reading{Type::kDuration, DurationValue(amount.value, *unit)};
  reading.end = ctx.begin + static_cast<std::uint32_t>(gap);
  return reading;
}

// A bare plural ("years of war", "months later") is more often part of a
// phrase than a duration of its own, unless a preposition of extent leads it
// ("for years", "within minutes"), a verb of lasting ("lasting decades") or
// it is an adjective ("decades-long").
bool IsBareDuration(const Context& ctx) {
  static const RE2 kExtent("\\b(?i:for|in|within|over|after|lasting|lasted|lasts|took|takes|spent|spend)(?: just| only| mere)?(?: the)? $");
  const std::string_view before = TextBefore(ctx, 16);
  return ctx.text.substr(ctx.end, 5) == "-long" ||
         RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kExtent);
}

std::optional<Reading> ReadVagueDuration(const Context& ctx, const Words& words) {
  const std::optional<TimeUnit> unit = UnitIn(words);
  if (!unit || (words.size() == 1 && !IsBareDuration(ctx))) return std::nullopt;
  if (Has(words, "recent") && *unit == TimeUnit::kYear) return Reading{Type::kDate, "PAST_REF"};
  return Reading{Type::kDuration, DurationValue(std::nullopt, *unit)};
}

// "the day" is the day of the report when it stands for a period ("shares
// fell 2% on the day", "later in the day", "ended the day higher"), not when it is described ("the
// day before", "the day the plant closed").
bool TheDayIsReported(const Context& ctx, const Words& words) {
  static const RE2 kBefore(
      "(?i:for|during|on|in|of|throughout|over|through|across|at|end|ended|ending|close|closed|closing|finish|finished|"
      "start|started|starting|open|opened|opening) $");
  static const RE2 kDescribed("^(?: (?:before|after|of|when|that|which|in which|on which|he|she|they|it|I|we)\\b|-)");
  // "late in the day" is a period whatever follows ("rallied late in the day
  // after falling").
  if (words.front() != "the") return true;
  const std::string_view after = ctx.text.substr(ctx.end, 12);
  if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kDescribed)) return false;
  const std::string_view before = TextBefore(ctx, 12);
  return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kBefore);
}

std::optional<Reading> ReadNamedDay(const Context& ctx, const Words& words) {
  if (words.back() == "day") {
    if (!TheDayIsReported(ctx, words)) return std::nullopt;
    return Reading{Type::kDate, ctx.resolver.Day(0), Anaphor{TimeUnit::kDay}};
  }
  int offset = 0;
  std::string_view part;
  for (const std::string& w : words) {
    if (w == "yesterday") offset -= 1;
    if (w == "tomorrow") offset += 1;
    if (w == "before") offset -= 1;
    if (w == "after") offset += 1;
    if (w == "last") offset -= 1;
    if (std::string_view p = DayPartOf(w); !p.empty()) part = p;
  }
  if (Has(words, "tonight") && words.size() == 1) return Reading{Type::kDate, ctx.resolver.Day(0)};
  return Reading{part.empty() ? Type::kDate : Type::kTime, ctx.resolver.Day(offset, part)};
}

std::optional<Reading> ReadWeekday(const Context& ctx, const Words& words) {
  int weekday = 0;
  for (const std::string& w : words) weekday = weekday ? weekday : WeekdayOf(w);
  if (!weekday) return std::nullopt;
  // "this coming Sunday" is the next one.
  int direction = Has(words, "coming") ? 1 : DirectionOf(words);
  const bool strict = direction == -1 || direction == 1;
  if (direction == kNoDirection) direction = Tense(ctx);
  std::string_view part;
  for (const std::string& w : words)
    if (std::string_view p = DayPartOf(w); !p.empty()) part = p;
  std::string day = ctx.resolver.Weekday(weekday, direction, strict);
  if (!part.empty()) day += "T" + std::string(part);
  Reading reading{Type::kDate, std::move(day)};
  if (words.front() == "the" && part.empty()) reading.anaphor = Anaphor{TimeUnit::kDay, direction, false, 0, weekday};
  return reading;
}

std::optional<Reading> ReadClock(const Context& ctx, const Words& words) {
  int hour = 0, minute = 0;
  const std::string& first = words.front();
  // "high noon" is a showdown, not a time of day.
  if (first == "noon" && After(ctx, "high")) return std::nullopt;
  if (first == "noon" || first == "midday") {
    hour = 12;
  } else if (first == "midnight") {
    hour = 24;
  } else if (first.size() == 4 && first.find(':') == std::string::npos) {
    // "0800 UTC", the four digits of a 24-hour clock; in parentheses it
    // restates the time just given in another zone ("10:35 a.m. (0735 GMT)").
    if (ctx.begin > 0 && ctx.text[ctx.begin - 1] == '(') return std::nullopt;
    const int hhmm = std::atoi(first.c_str());
    hour = hhmm / 100, minute = hhmm % 100;
  } else if (std::sscanf(first.c_str(), "%d:%d", &hour, &minute) < 1) {
    return std::nullopt;
  }
  const std::string all = fmt::format("{}", fmt::join(words, " "));
  const bool pm = all.find("p.m") != std::string::npos || all.find("pm") != std::string::npos;
  const bool am = all.find("a.m") != std::string::npos || all.find("am") != std::string::npos;
  if (pm && hour < 12) hour += 12;
  if (am && hour == 12) hour = 0;
  // Universal time is marked Z; local zones stay unmarked (TimeML has no
  // offset for them without converting).
  const bool utc = Has(words, "utc") || Has(words, "gmt");
  return Reading{Type::kTime, fmt::format("{}T{:02}:{:02}{}", ctx.resolver.Day(0), hour, minute, utc ? "Z" : "")};
}

std::optional<Reading> ReadHoliday(const Context& ctx, const Words& words) {
  std::string name;
  for (const std::string& w : words) {
    if (w == "the" || w == "last" || w == "next" || w == "this" || w == "upcoming" || w == "coming" || w == "day" ||
        w == "sunday")
      continue;
    name += (name.empty() ? "" : " ") + w;
  }
  if (name == "new year's eve" || name == "new years eve") name = "new year eve";
  if (name.ends_with("'s")) name.resize(name.size() - 2);
  int direction = DirectionOf(words);
  if (direction == kNoDirection) direction = 0;
  return Reading{Type::kDate, ctx.resolver.Holiday(name, direction)};
}

// Seasons in calendar order from the start of a year: winter (December to
// February, counted in the year it ends), spring, summer, fall.
int SeasonIndex(std::string_view code) {
  return code == "WI" ? 0 : code == "SP" ? 1 : code == "SU" ? 2 : 3;
}

bool SeasonIsDate(const Context& ctx, const Words& words) {
  if (words.size() > 1) return true;
  static const RE2 kBefore("(?i:in|since|until|by|during|through|over|this|last|next) $");
  const std::string_view before = TextBefore(ctx, 10);
  return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kBefore);
}

std::optional<Reading> ReadSeason(const Context& ctx, const Words& words) {
  std::string_view code;
  for (const std::string& w : words)
    if (std::string_view s = SeasonOf(w); !s.empty()) code = s;
  if (code.empty() || !SeasonIsDate(ctx, words)) return std::nullopt;
  if (const int year = AnyYearIn(words)) return Reading{Type::kDate, fmt::format("{:04}-{}", year, code)};
  const int direction = DirectionOf(words);
  int offset = 0;
  if (direction == -1 || direction == 1) {
    const TimeResolver& r = ctx.resolver;
    const std::string month = r.Shifted(TimeUnit::kMonth, 0);
    const int m = r.anchored() ? std::stoi(month.substr(5)) : 6;
    const int current = SeasonIndex(m == 12 || m <= 2 ? "WI" : m <= 5 ? "SP" : m <= 8 ? "SU" : "FA");
    const int index = SeasonIndex(code);
    if (direction == -1) offset = index < current ? 0 : -1;
    if (direction == 1) offset = index > current ? 0 : 1;
  }
  return Reading{Type::kDate, ctx.resolver.Season(code, offset)};
}

std::optional<Reading> ReadSet(const Context& ctx, const Words& words) {
  static const std::pair<std::string_view, std::string_view> kAdverbs[] = {
      {"daily", "P1D"},  {"weekly", "P1W"},  {"monthly", "P1M"},  {"quarterly", "P3M"},     {"yearly", "P1Y"},
      {"annually", "P1Y"}, {"hourly", "PT1H"}, {"nightly", "P1D"}, {"biweekly", "P2W"}, {"semiannually", "P6M"}};
  if (words.size() == 1)
    for (const auto& [word, value] : kAdverbs)
      if (words[0] == word) return Reading{Type::kSet, std::string(value)};
  const std::string& last = words.back();
  if (const int weekday = WeekdayOf(last)) return Reading{Type::kSet, fmt::format("XXXX-WXX-{}", weekday)};
  if (const int month = MonthOf(last)) return Reading{Type::kSet, fmt::format("XXXX-{:02}", month)};
  if (std::string_view part = DayPartOf(last); !part.empty()) return Reading{Type::kSet, "TXX" + std::string(part)};
  const std::optional<TimeUnit> unit = UnitOf(last);
  if (!unit) return std::nullopt;
  return Reading{Type::kSet, DurationValue(Has(words, "other") ? 2.0 : 1.0, *unit)};
}

std::optional<Reading> ReadReference(const Context& ctx, const Words& words) {
  const std::string& w = words.back();
  if (w == "future" || w == "soon" || w == "term") return Reading{Type::kDate, "FUTURE_REF"};
  if (w == "recently" || w == "lately" || w == "past" || w == "recent") return Reading{Type::kDate, "PAST_REF"};
  // "the now-defunct airline" describes a thing, not a time.
  if (w == "now" && ctx.text.substr(ctx.end, 1) == "-") return std::nullopt;
  return Reading{Type::kDate, "PRESENT_REF"};
}

// "the year" or "the fiscal year" alone, in a report, is the reference's
// year ("a high for the year"); "the year ended March 31" a reporting
// period, twelve months long; "the year before" the one before the year the
// story last named. Not the start of "the year-ago quarter" nor "the year of
// the flood".
std::optional<Reading> ReadTheYear(const Context& ctx, const Words& words) {
  if (Has(words, "before") || Has(words, "previous") || Has(words, "earlier"))
    return Reading{Type::kDate, ctx.resolver.Shifted(TimeUnit::kYear, -1), Anaphor{TimeUnit::kYear, -1}};
  // "the year of the flood" names a year by what it holds, no time of its own.
  if (ctx.text.substr(ctx.end, 1) == "-" || FollowedBy(ctx, {"of"})) return std::nullopt;
  if (FollowedBy(ctx, {"ended", "ending", "to"})) return Reading{Type::kDuration, DurationValue(1.0, TimeUnit::kYear)};
  return Reading{Type::kDate, ctx.resolver.Shifted(TimeUnit::kYear, 0)};
}

bool IsTheYear(const Words& words) {
  if (words.size() < 2 || words[0] != "the") return false;
  return words[1] == "year" || (words.size() == 3 && (words[1] == "fiscal" || words[1] == "calendar") && words[2] == "year");
}

// "that day", "the entire year": the one the story last named. A part of
// "the year" ("by the end of the year", "later in the year") is the reference's year, since
// that is the year a report looks ahead or back within.
// "The following day", "the next morning": one after the day the story last
// named.
std::optional<Reading> ReadAnaphoric(const Context& ctx, const Words& words) {
  // "by year-end" is the end of the reference's year, "since year-end" of
  // the one before.
  if (words.size() == 2 && words[0] == "year" && words[1] == "end")
    return Reading{Type::kDate, ctx.resolver.Shifted(TimeUnit::kYear, After(ctx, "since") ? -1 : 0)};
  if (IsTheYear(words)) return ReadTheYear(ctx, words);
  const int shift = AnaphoricShift(words);
  if (const std::string_view day_part = DayPartOf(words.back()); !day_part.empty())
    return Reading{Type::kTime, ctx.resolver.Day(shift, day_part), Anaphor{TimeUnit::kDay, shift}};
  const std::optional<TimeUnit> unit = UnitOf(words.back());
  if (!unit) return std::nullopt;
  const bool part = Has(words, "of") || Has(words, "in");
  Reading reading{Type::kDate, ctx.resolver.Shifted(*unit, shift)};
  if (!part) reading.anaphor = Anaphor{*unit, shift};
  return reading;
}

std::optional<Reading> ReadWeekend(const Context& ctx, const Words& words) {
  return Reading{Type::kDate, ctx.resolver.Shifted(TimeUnit::kWeekend, Tense(ctx) > 0 ? 0 : -1)};
}

// A quoted name in title case (a programme called "This Week" or "60 Minutes")
// is a programme or a book: in running text a unit of time is written in
// lower case after the first word. Month and weekday names are capitalised
// anyway, so a quotation opening with "Last Friday" or "Next January" is a
// time, not a title.
bool IsQuotedTitle(const Context& ctx, const Words& words) {
  const std::string_view before = TextBefore(ctx, 2);
  if (before.empty() || (before.back() != '"' && before != "``" && before != "''")) return false;
  const std::string_view match = ctx.text.substr(ctx.begin, ctx.end - ctx.begin);
  const std::size_t space = match.find(' ');
  if (space == std::string_view::npos || space + 1 >= match.size()) return false;
  if (!std::isupper(static_cast<unsigned char>(match[space + 1])) || words.size() < 2) return false;
  return UnitOf(words[1]) || !DayPartOf(words[1]).empty();
}

std::optional<Reading> Read(TimeShape shape, const Context& ctx) {
  const Words words = WordsOf(ctx.text.substr(ctx.begin, ctx.end - ctx.begin));
  if (words.empty() || IsQuotedTitle(ctx, words)) return std::nullopt;
  switch (shape) {
    case TimeShape::kIsoDate: return ReadIso(ctx);
    case TimeShape::kSlashDate: return ReadSlash(ctx);
    case TimeShape::kCalendarDate: return InWeekOf(ReadCalendar(ctx, words), words);
    case TimeShape::kYear: return ReadYear(ctx, words);
    case TimeShape::kDecade: return ReadDecade(ctx, words);
    case TimeShape::kRelative: return ReadRelative(ctx, words);
    case TimeShape::kQuarter: return ReadQuarter(ctx, words);
    case TimeShape::kAgo: return ReadAgo(ctx, words);
    case TimeShape::kDuration: return ReadDuration(ctx, words);
    case TimeShape::kVagueDuration: return ReadVagueDuration(ctx, words);
    case TimeShape::kNamedDay: return ReadNamedDay(ctx, words);
    case TimeShape::kWeekday: return ReadWeekday(ctx, words);
    case TimeShape::kClock: return ReadClock(ctx, words);
    case TimeShape::kHoliday: return ReadHoliday(ctx, words);
    case TimeShape::kSeason: return ReadSeason(ctx, words);
    case TimeShape::kSet: return ReadSet(ctx, words);
    case TimeShape::kReference: return ReadReference(ctx, words);
    case TimeShape::kWeekend: return ReadWeekend(ctx, words);
    case TimeShape::kAnaphoric: return ReadAnaphoric(ctx, words);
    case TimeShape::kRange: return ReadRangeStart(ctx, words);
  }
  return std::nullopt;
}

struct Tagged {
  TimeExpression expression;
  TimeShape shape;
  bool dated = false;  // a clock time joined to the day written beside it
  std::optional<Anaphor> anaphor;
};

// Longest candidates first; a candidate overlapping one already taken is
// dropped. Returns the survivors in text order.
std::vector<Tagged> ChooseLongest(std::vector<Tagged> tagged) {
  std::stable_sort(tagged.begin(), tagged.end(), [](const Tagged& a, const Tagged& b) {
    if (a.expression.span.size() != b.expression.span.size()) return a.expression.span.size() > b.expression.span.size();
    return a.expression.span.begin < b.expression.span.begin;
  });
  std::vector<Tagged> kept;
  for (Tagged& t : tagged) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(),
                                      [&](const Tagged& k) { return k.expression.span.overlaps(t.expression.span); });
    if (!overlaps) kept.push_back(std::move(t));
  }
  std::sort(kept.begin(), kept.end(),
            [](const Tagged& a, const Tagged& b) { return a.expression.span.begin < b.expression.span.begin; });
  return kept;
}

bool IsDayValue(const std::string& v) { return v.size() == 10 && v[4] == '-' && v[7] == '-'; }

// A clock time next to the day it happens ("Dec. 5, 05:06 GMT", "9 a.m.
// Tuesday") is one TIME expression on that day.
std::vector<Tagged> JoinDayAndClock(std::vector<Tagged> tagged, std::string_view text) {
  std::vector<Tagged> out;
  for (Tagged& t : tagged) {
    if (!out.empty()) {
      Tagged& prev = out.back();
      const std::string_view gap =
          text.substr(prev.expression.span.end, t.expression.span.begin - prev.expression.span.end);
      const bool joinable = gap == " " || gap == ", " || gap == " at " || gap == ", at " || gap == " on ";
      const bool clock_first = prev.shape == TimeShape::kClock && IsDayValue(t.expression.value);
      const bool day_first = t.shape == TimeShape::kClock && IsDayValue(prev.expression.value);
      if (joinable && (clock_first || day_first)) {
        const std::string& clock = clock_first ? prev.expression.value : t.expression.value;
        const std::string& day = clock_first ? t.expression.value : prev.expression.value;
        prev.expression.value = day + clock.substr(clock.find('T'));
        prev.expression.type = Type::kTime;
        prev.expression.span.end = t.expression.span.end;
        prev.shape = TimeShape::kClock;
        prev.dated = true;
        continue;
      }
    }
    out.push_back(std::move(t));
  }
  return out;
}

// A clock time with no day beside it happens on the day the sentence names
// ("at about 10:35 a.m. (0735 GMT) Friday"), the nearest one; without one,
// on the reference day.
void DateClocks(std::vector<Tagged>& tagged, std::string_view text) {
  for (Tagged& clock : tagged) {
    if (clock.shape != TimeShape::kClock || clock.dated) continue;
    const Span& at = clock.expression.span;
    const std::string_view sentence = SentenceAround(text, at.begin, at.end);
    const auto from = static_cast<std::uint32_t>(sentence.data() - text.data());
    const Span bounds{from, static_cast<std::uint32_t>(from + sentence.size())};
    const Tagged* nearest = nullptr;
    std::uint32_t best = UINT32_MAX;
    for (const Tagged& day : tagged) {
      const Span& d = day.expression.span;
      if (!IsDayValue(day.expression.value) || !bounds.contains(d)) continue;
      const std::uint32_t distance = d.begin > at.begin ? d.begin - at.end : at.begin - d.end;
      if (distance < best) best = distance, nearest = &day;
    }
    std::string& value = clock.expression.value;
    if (nearest) value = nearest->expression.value + value.substr(value.find('T'));
  }
}

// The value of the period of `unit` holding `day` ("1995-05-22"), moved by
// `shift` of them; a part of the day after the date in `value` ("TMO") is kept.
std::string FromNamedDay(const std::string& day, const Anaphor& anaphor, const std::string& value) {
  std::string out = TimeResolver(day).Shifted(anaphor.unit, anaphor.shift);
  if (anaphor.unit == TimeUnit::kDay && value.size() > 10) out += value.substr(10);
  return out;
}

// The month `month` ("2009-02") a year earlier.
std::string YearBefore(const std::string& month) {
  return FromNamedDay(month + "-01", Anaphor{TimeUnit::kMonth, -12}, month);
}

// The quarter named by `anaphor` counting from `quarter` ("1989-Q1"): moved
// by its shift, in its own year when it names one.
std::string FromNamedQuarter(const std::string& quarter, const Anaphor& anaphor) {
  const std::string first_month = fmt::format("{:02}", (quarter[6] - '1') * 3 + 1);
  std::string out = TimeResolver(quarter.substr(0, 5) + first_month + "-01").Shifted(TimeUnit::kQuarter, anaphor.shift);
  if (anaphor.in_year) out = fmt::format("{:04}", anaphor.in_year) + out.substr(4);
  return out;
}

// "that day", "the same year", "the following month": the last day (or week,
// month, year) named before, moved as the words say, when one was; the values
// the text states are what the story is about, which need not be the
// reference date. A month or year named alone stands for its first day.
void ResolveAnaphora(std::vector<Tagged>& tagged, const TimeResolver& resolver) {
  std::string last_day, last_month, last_year, last_period, reported_quarter;
  const auto digits = [](std::string_view v, std::size_t n) {
    return v.size() >= n && std::all_of(v.begin(), v.begin() + n, [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
  };
  const auto remember = [&](const std::string& value) {
    if (IsDayValue(value.substr(0, 10)) && digits(value, 10)) last_day = value.substr(0, 10);
    if (digits(value, 7) && (value.size() == 7 || IsDayValue(value.substr(0, 10)))) last_month = value.substr(0, 7);
    if (digits(value, 4)) last_year = value.substr(0, 4);
    if (digits(value, 5) && value.size() == 7 && (std::isdigit(static_cast<unsigned char>(value[5])) || value[5] == 'Q'))
      last_period = value;
    // A report names the quarter it reports on first, one of the last four;
    // outlooks and comparisons ("a flat second quarter") come later.
    if (digits(value, 5) && value.size() == 7 && value[5] == 'Q' && reported_quarter.empty() &&
        value >= resolver.Shifted(TimeUnit::kQuarter, -4) && value <= resolver.Shifted(TimeUnit::kQuarter, 0))
      reported_quarter = value;
  };
  for (Tagged& t : tagged) {
    std::string& value = t.expression.value;
    if (!t.anaphor) {
      remember(value);
      continue;
    }
    if (t.anaphor->year_before_period && !last_period.empty() && last_period[5] != 'Q') {
      value = YearBefore(last_period);
      continue;
    }
    switch (t.anaphor->unit) {
      case TimeUnit::kDay:
      case TimeUnit::kWeek:
        if (!last_day.empty() && t.anaphor->weekday)
          value = TimeResolver(last_day).Weekday(t.anaphor->weekday, t.anaphor->shift, true);
        else if (!last_day.empty())
          value = FromNamedDay(last_day, *t.anaphor, value);
        break;
      case TimeUnit::kMonth:
        if (!last_month.empty()) value = FromNamedDay(last_month + "-01", *t.anaphor, value);
        break;
      case TimeUnit::kYear:
        if (!last_year.empty()) value = FromNamedDay(last_year + "-01-01", *t.anaphor, value);
        break;
      case TimeUnit::kQuarter:
        if (!reported_quarter.empty()) value = FromNamedQuarter(reported_quarter, *t.anaphor);
        continue;  // the story stays at the quarter it named
      default: break;
    }
    // The story has moved there: "the next day" after it counts from it.
    if (t.anaphor->shift != 0) remember(value);
  }
}

// `doc` may be null (plain text) or a Document whose tokens, when parsed,
// tell the tense of the verbs times depend on.
std::vector<TimeExpression> Find(std::string_view text, Document* doc, std::string_view reference_date) {
  const TimeResolver resolver(reference_date);
  const bool about_quarters = ContainsAnyCase(text, "quarter");
  std::vector<Tagged> tagged;
  for (const TimeCandidate& c : FindTimeCandidates(text)) {
    const Context ctx{text, doc, c.begin, c.end, resolver, about_quarters};
    if (std::optional<Reading> reading = Read(c.shape, ctx))
      tagged.push_back({TimeExpression{Span{c.begin, reading->end ? reading->end : c.end}, reading->type,
                                       std::move(reading->value)},
                        c.shape, false, reading->anaphor});
  }
  std::vector<Tagged> chosen = JoinDayAndClock(ChooseLongest(std::move(tagged)), text);
  DateClocks(chosen, text);
  ResolveAnaphora(chosen, resolver);
  std::vector<TimeExpression> out;
  for (Tagged& t : chosen) out.push_back(std::move(t.expression));
  return out;
}

}  // namespace

std::vector<TimeExpression> FindTimes(std::string_view text, std::string_view reference_date) {
  return Find(text, nullptr, reference_date);
}

void TagTimes(Document& doc, std::string_view reference_date) { doc.times = Find(doc.text(), &doc, reference_date); }

}  // namespace tidings
