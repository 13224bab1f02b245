#include "annotate/time_patterns.h"

#include <memory>
#include <string>

#include <re2/re2.h>
#include <re2/set.h>

namespace tidings {
namespace {

// Pattern fragments. Month and weekday names are matched capitalised (so the
// verb "may" and the noun "march" stay out); function words in any case.
const std::string kMonthFull =
    "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const std::string kMonth =
    "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
const std::string kWeekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const std::string kDay = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const std::string kYear = "(?:1[6-9]\\d\\d|20\\d\\d)";
const std::string kTens = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const std::string kOnes = "(?:one|two|three|four|five|six|seven|eight|nine)";
const std::string kSpokenYear = "(?i:nineteen (?:hundred )?" + kTens + "(?:[- ]" + kOnes + ")?|two thousand(?: and)?(?: " +
                                kOnes + ")?)";
const std::string kNumberWord =
    "(?:" + kTens + "(?:[- ]" + kOnes + ")?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|(?:a |one )?hundred|a dozen|a few|a couple of|a couple|couple of|several|few|"
    "many|some|a|an|half an?|a half)";
const std::string kNumber = "(?:\\d+(?:\\.\\d+)?(?: 1/2)?|(?i:" + kNumberWord + "(?: and a half)?))";
const std::string kUnit =
    "(?i:seconds?|minutes?|hours?|days?|nights?|weekends?|weeks?|months?|quarters?|years?|decades?|centur(?:y|ies))";
// Approximators ("about", "nearly", "over") stay out of the extent, as
// TimeBank leaves them to the MOD attribute; comparisons that change the
// amount stay in ("more than two years").
const std::string kQualifier = "(?:(?i:more than|less than|fewer than|no more than|up to|another|an additional) )?";
// Parts of a period that TimeML keeps inside the expression ("the end of 1990").
const std::string kPart =
    "(?:(?i:early|late|mid-|mid|(?:the )?(?:end|beginning|start|middle|first half|second half|last half|"
    "latter half|early part|latter part|rest|remainder|spring|summer|fall|autumn|winter) of) ?)?";

struct Pattern {
  TimeShape shape;
  std::string regex;
};

std::vector<Pattern> Patterns() {
  const std::string day_part = "(?: (?i:morning|afternoon|evening|night))?";
  return {
      {TimeShape::kIsoDate, "\\b\\d{4}-[01]\\d-[0-3]\\d(?:T[0-2]\\d:[0-5]\\d(?::[0-5]\\d)?)?\\b"},
      {TimeShape::kSlashDate, "\\b[01]?\\d/[0-3]?\\d/(?:\\d{4}|\\d{2})\\b"},
      {TimeShape::kCalendarDate,
       "\\b(?:" + kWeekday + " ?,? |(?i:the week of) )?" + kPart + kMonth + " " + kDay + "\\b(?: ?,? " + kYear + "\\b)?"},
      {TimeShape::kCalendarDate,
       "\\b(?:" + kWeekday + " ?,? )?(?i:the )?" + kDay + "(?: of)? " + kMonth + "(?: ?,? " + kYear + ")?\\b"},
      {TimeShape::kCalendarDate,
       "\\b" + kPart + "(?:(?i:last|next|this|early|late) )?" + kMonthFull + "(?: ?,? (?:of )?(?:" + kYear + "|" +
           kSpokenYear + "))?\\b"},
      {TimeShape::kCalendarDate, "\\b" + kMonthFull + "(?: " + kDay + ",?)? (?i:(?:of )?(?:last|next|this) year)\\b"},
      {TimeShape::kCalendarDate, "\\b" + kPart + "(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\\. " + kYear + "\\b"},
      {TimeShape::kYear, "\\b" + kPart + "(?:(?i:fiscal|calendar|the year|the fiscal year|fiscal year) )?" + kYear +
                             "\\b"},
      {TimeShape::kYear, "\\b(?i:(?:the year )?" + kSpokenYear + ")\\b"},
      {TimeShape::kYear, "'\\d\\d\\b"},
      {TimeShape::kDecade, "(?:\\b(?i:the )?(?:(?i:early|late|mid-|mid) ?)?)?(?:\\b(?:1[6-9]|20)\\d0|'\\d0|\\b[2-9]0)'?s\\b"},
      {TimeShape::kDecade, "\\b(?i:(?:the )?(?:early |late |mid-)?(?:1\\d|2[01]|[2-9])(?:st|nd|rd|th) century)\\b"},
      {TimeShape::kDecade,
       "\\b(?i:the (?:early |late |mid-)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b"},
      {TimeShape::kRelative,
       "\\b" + kPart + "(?:(?i:earlier|later) )?(?i:(?:the )?(?:last|past|previous|prior|next|coming|this|current|"
       "following|upcoming) (?:fiscal |calendar )?(?:year|month|week|weekend|quarter|decade|century))\\b"},
      {TimeShape::kQuarter,
       "\\b(?i:(?:the )?(?:(?:this|last|next) year's |the year's |year-ago |year-earlier |" + kYear + " )?(?:fiscal )?(?:first|second|third|fourth|1st|"
       "2nd|3rd|4th|final)[- ](?:fiscal[- ])?(?:quarter|half))(?:(?i: of)? (?:(?i:fiscal) )?" + kYear +
           "|(?i: of (?:this|last|next|the) year))?\\b"},
      {TimeShape::kQuarter,
       "\\b(?i:(?:the )?(?:latest|current|same|previous|prior|year-ago|year-earlier|recent|most recent|"
       "(?:comparable |corresponding |same )?(?:year-ago|year-earlier|" + kYear + ")|(?:last|this) year's) (?:fiscal )?"
       "(?:quarter|period)(?: (?:a year (?:ago|earlier)|last year))?|the (?:comparable |corresponding |same )?(?:quarter|period|month) "
       "(?:a year (?:ago|earlier)|last year)|the quarter)\\b"},
      {TimeShape::kAgo, "\\b(?i:year-earlier|year-ago)\\b"},
      {TimeShape::kAgo, "\\b" + kQualifier + kNumber + "[ -](?i:more )?" + kUnit +
                            " (?i:ago|earlier|from now|hence|later)\\b"},
      {TimeShape::kDuration,
       "\\b" + kQualifier + "(?:(?i:the) )?(?:(?i:past|last|next|first|coming|previous|final|following|latest|"
       "initial|remaining|additional|last|same) )?" + kNumber + "[ -](?:(?i:more|full|straight|consecutive|long|"
       "additional|trading|business|working) )?" + kUnit + "(?:-(?i:long))?\\b"},
      {TimeShape::kRange, "\\b" + kNumber + " (?i:to|and|or) " + kNumber + "[ -]" + kUnit + "\\b"},
      {TimeShape::kVagueDuration,
       "\\b(?:(?i:the )?(?i:recent |coming |past |many |several |few |a few |some )+)?(?i:years|months|weeks|days|"
       "decades|centuries|hours|minutes|quarters)\\b"},
      {TimeShape::kNamedDay,
       "\\b(?i:(?:early |late |earlier |later )?(?:the day (?:before|after) )?(?:today|yesterday|tomorrow|tonight)" +
           day_part + "|(?:this|last|tomorrow|yesterday) (?:morning|afternoon|evening|night))\\b"},
      {TimeShape::kNamedDay,
       "\\b(?i:(?:(?:late|later|early|earlier) in |the (?:start|end|rest|close|middle) of )?the (?:same )?day)\\b"},
      {TimeShape::kWeekday, "\\b(?:(?i:last|next|this|this coming|coming|early|late|earlier|later|the following|the previous) )?" +
                                kWeekday + day_part + "\\b"},
      {TimeShape::kClock,
       "\\b(?:(?:[01]?\\d|2[0-3])(?::[0-5]\\d){0,2} ?(?:a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|(?:am|pm|AM|PM)\\b|A\\.M\\.|P\\.M\\.)|(?:[01]?\\d|2[0-3]):"
       "[0-5]\\d|(?i:noon|midnight|midday))(?: (?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET))?"},
      {TimeShape::kClock, "\\b(?:[01]\\d|2[0-3])[0-5]\\d (?:GMT|UTC)\\b"},
      {TimeShape::kHoliday,
       "\\b(?:(?i:last|next|this|the upcoming|the coming|upcoming|the) )?(?:New Year(?:'s)?(?: Day| Eve)?|"
       "Christmas(?: Day| Eve)?|Thanksgiving(?: Day)?|Easter(?: Sunday)?|Good Friday|Independence Day|Labor Day|"
       "Memorial Day|Veterans Day|Halloween|Valentine's Day|Boxing Day|Election Day|May Day|Bastille Day)\\b"},
      {TimeShape::kSeason, "\\b" + kPart + "(?:(?i:last|next|this|the|early|late|the coming|the past|this past) )?(?i:spring|"
                               "summer|fall|autumn|winter)(?:(?: of)? (?:" + kYear + "|" + kSpokenYear + "))?\\b"},
      {TimeShape::kSet,
       "\\b(?i:(?:every|each|per) (?:other )?(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|"
       "morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
       "may|june|july|august|september|october|november|december)|daily|weekly|monthly|"
       "yearly|annually|hourly|nightly|biweekly|semiannually)\\b"},
      {TimeShape::kReference,
       "\\b(?i:now|currently|at present|nowadays|these days|recently|recent|lately|the past|the (?:near )?future|"
       "the (?:near|short|long) term|current)"
       "\\b"},
      {TimeShape::kWeekend, "\\b(?i:the weekend)\\b"},
      {TimeShape::kAnaphoric, "\\b(?i:(?:(?:later|earlier) )?(?:that (?:day|month|year)|the same (?:day|year)))\\b"},
      {TimeShape::kAnaphoric,
       "\\b(?i:the (?:following|next|previous|preceding|prior) (?:day|morning|afternoon|evening|night)|"
       "the preceding (?:week|month|year))\\b"},
      {TimeShape::kAnaphoric,
       "\\b(?i:(?:the )?(?:beginning|start|end|middle|rest|remainder|close) of the (?:fiscal |calendar )?year|"
       "(?:earlier|later|early|late) in the year|year(?:-| |'s )end|"
       "the (?:full|entire|whole|fiscal|calendar) (?:fiscal |calendar )?year|the year(?: (?:before|previous|earlier))?)\\b"},
      {TimeShape::kAnaphoric,
       "\\b(?i:(?:a|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)) "
       "(?:straight |consecutive |successive )?(?:day|week|month|year))\\b"},
  };
}

struct CompiledPattern {
  TimeShape shape;
  std::unique_ptr<RE2> re;
};

// The patterns one by one, to find their extents, and all together as a set:
// one pass over the text tells which of them match at all, so a text runs only
// the few that do rather than every pattern.
struct CompiledPatterns {
  std::vector<CompiledPattern> each;
  std::unique_ptr<RE2::Set> any;  // null if the set could not be built: run them all
};

RE2::Options PatternOptions() {
  RE2::Options options;
  options.set_longest_match(true);
  options.set_log_errors(true);
  return options;
}

std::unique_ptr<RE2::Set> CompileSet(const std::vector<Pattern>& patterns) {
  auto set = std::make_unique<RE2::Set>(PatternOptions(), RE2::UNANCHORED);
  for (std::size_t i = 0; i < patterns.size(); ++i)
    if (set->Add(patterns[i].regex, nullptr) != static_cast<int>(i)) return nullptr;
  return set->Compile() ? std::move(set) : nullptr;
}

const CompiledPatterns& Compiled() {
  static const CompiledPatterns* const compiled = [] {
    auto* out = new CompiledPatterns;
    const std::vector<Pattern> patterns = Patterns();
    for (const Pattern& p : patterns) out->each.push_back({p.shape, std::make_unique<RE2>(p.regex, PatternOptions())});
    out->any = CompileSet(patterns);
    return out;
  }();
  return *compiled;
}

// Which patterns match somewhere in `line`; all of them when the set cannot tell.
std::vector<bool> PatternsPresent(const CompiledPatterns& patterns, const re2::StringPiece& line) {
  std::vector<bool> present(patterns.each.size(), true);
  if (!patterns.any) return present;
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (!patterns.any->Match(line, &matched, &error) && error.kind != RE2::Set::kNoError) return present;
  present.assign(present.size(), false);
  for (int i : matched) present[static_cast<std::size_t>(i)] = true;
  return present;
}

// Appends to `found[i]` every match of pattern i in the line [begin, end) of
// `text`, the whole text still read around it (word boundaries at its ends).
void MatchLine(const CompiledPatterns& patterns, std::string_view text, std::size_t begin, std::size_t end,
               std::vector<std::vector<TimeCandidate>>& found) {
  const re2::StringPiece input(text.data(), text.size());
  const std::vector<bool> present = PatternsPresent(patterns, input.substr(begin, end - begin));
  for (std::size_t i = 0; i < patterns.each.size(); ++i) {
    if (!present[i]) continue;
    const CompiledPattern& p = patterns.each[i];
    std::size_t pos = begin;
    re2::StringPiece match;
    while (pos < end && p.re->Match(input, pos, end, RE2::UNANCHORED, &match, 1)) {
      const auto match_begin = static_cast<std::uint32_t>(match.data() - text.data());
      const auto match_end = static_cast<std::uint32_t>(match_begin + match.size());
      if (match_end > match_begin) found[i].push_back({match_begin, match_end, p.shape});
      pos = match_end > match_begin ? match_end : match_begin + 1;
    }
  }
}

}  // namespace

// No pattern matches a line break, so each line (a paragraph) is searched on
// its own: a pattern runs only over the lines the set says it matches in,
// rather than over the whole text once it matches anywhere. Candidates come
// pattern by pattern, each pattern's in text order, as one whole-text pass per
// pattern would give them (the tagger's choice among equal spans keeps that order).
std::vector<TimeCandidate> FindTimeCandidates(std::string_view text) {
  const CompiledPatterns& patterns = Compiled();
  std::vector<std::vector<TimeCandidate>> found(patterns.each.size());
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t newline = text.find('\n', begin);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    if (end > begin) MatchLine(patterns, text, begin, end, found);
    begin = end + 1;
  }
  std::vector<TimeCandidate> out;
  for (const std::vector<TimeCandidate>& each : found) out.insert(out.end(), each.begin(), each.end());
  return out;
}

}  // namespace tidings
