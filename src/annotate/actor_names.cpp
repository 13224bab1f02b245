#include "annotate/actor_names.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <string>
#include <string_view>
#include <unordered_set>

namespace tidings {
namespace {

template <std::size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view folded) {
  return std::find(words.begin(), words.end(), folded) != words.end();
}

// Lowercase words that may sit inside a name ("Bank of England").
constexpr std::array<std::string_view, 10> kConnectors = {"of", "de", "du", "van", "von", "der", "al", "bin",
                                                          "&", "la"};

// Last words of organization names.
constexpr std::array<std::string_view, 91> kOrganizationEnds = {
    "corp",        "corp.",      "inc",         "inc.",       "ltd",         "ltd.",       "co",
    "co.",         "plc",        "ag",          "sa",         "nv",          "group",      "party",
    "ministry",    "university", "bank",        "council",    "committee",   "association", "federation",
    "union",       "club",       "commission",  "agency",     "institute",   "company",    "airlines",
    "airways",     "exchange",   "fund",        "organisation", "organization", "office",  "department",
    "board",       "court",      "army",        "police",     "front",       "movement",   "church",
    "league",      "motors",     "industries",  "holdings",   "securities",  "assembly",   "parliament",
    "congress",    "senate",     "foundation",  "corporation", "authority", "administration", "bancorp",
    "radio",       "television", "services",    "systems",    "communications", "laboratories", "partners",
    "brothers",    "bros",       "bros.",       "gmbh",       "llc",         "bureau",     "newsroom",
    "pharmaceuticals", "chemical", "chemicals",  "controls",   "cables",      "electric",   "electronics",
    "petroleum",   "telecom",    "technologies", "software",  "insurance",   "bancshares", "enterprises",
    "associates",  "mining",     "hospitality", "publishing", "entertainment", "airline",  "railways"};

// Last words of the names of events named for a place ("U.S. Open",
// "Kessa Film Festival", "Brae Grand Prix").
constexpr std::array<std::string_view, 15> kEventWords = {
    "open",    "games",      "championship", "championships", "cup",      "festival", "prix",  "masters",
    "classic", "tournament", "trophy",       "rally",         "marathon", "olympics", "expo"};

// First words of organization names ("University of ...").
constexpr std::array<std::string_view, 6> kOrganizationStarts = {"university", "bank", "ministry", "council",
                                                                 "department", "institute"};

// Last words of place names.
constexpr std::array<std::string_view, 16> kPlaceEnds = {
    "island", "islands", "river", "mountains", "sea", "ocean", "street", "valley",
    "lake",   "province", "region", "bay",      "gulf", "strait", "peninsula", "desert"};

// Words before a place.
constexpr std::array<std::string_view, 8> kPlacePrepositions = {"in", "at", "near", "from", "into", "across",
                                                                "outside", "towards"};

// Words before a person: honorifics and common titles of office or trade.
constexpr std::array<std::string_view, 24> kPersonBefore = {
    "mr",       "mr.",      "mrs",     "mrs.",   "ms",        "ms.",      "dr",     "dr.",
    "minister", "president", "premier", "senator", "governor", "general",  "judge",  "spokesman",
    "spokeswoman", "chairman", "coach",  "striker", "secretary", "captain", "rev.",   "sir"};

// Words after a person.
constexpr std::array<std::string_view, 10> kPersonAfter = {"said", "says", "told", "added", "wrote",
                                                           "asked", "explained", "noted", "who", "replied"};

// Capitalised words that start sentences without being names.
constexpr std::array<std::string_view, 28> kCommonStarters = {
    "the", "a",    "an",    "in",   "on",     "at",   "he",    "she",  "it",    "they",
    "we",  "i",    "but",   "and",  "this",   "that", "there", "his",  "her",   "their",
    "its", "for",  "after", "when", "while",  "if",   "as",    "with"};

// Words that keep a guessed run from being a person, from
// data/lexicon/non_person_words.txt; empty when the file is missing.
const std::unordered_set<std::string>& NonPersonWords() {
  static const std::unordered_set<std::string> words = ReadLexiconLines("non_person_words.txt");
  return words;
}

// Words written in capitals that are no names: units, offices, common
// abbreviations of things, roman numerals.
constexpr std::array<std::string_view, 40> kCommonAcronyms = {
    "ceo", "cfo", "coo",  "gdp", "gnp", "ipo", "tv",  "aids", "hiv", "dna", "pc",  "ok",   "am",  "pm",
    "vat", "gmt", "utc",  "mln", "bln", "pct", "bps", "nav",  "eps", "ii",  "iii", "iv",   "vi",  "vii",
    "viii", "ix", "xi",   "xii", "usd", "eur", "mph", "kg",   "km",  "faq", "cd",  "ebitda"};

// "HWU", "KDP": two to five capitals, and not a common abbreviation.
bool IsAcronym(std::string_view text, std::string_view folded) {
  return text.size() >= 2 && text.size() <= 5 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
         !In(kCommonAcronyms, folded);
}

// Lowercase words a title-case line may keep in lower case.
constexpr std::array<std::string_view, 16> kTitleLowercase = {"of", "and", "the", "a",  "an", "in", "on", "at",
                                                              "to", "for", "with", "by", "or", "as", "vs", "from"};

bool IsAllCapitals(std::string_view token) {
  bool letter = false;
  for (char c : token) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

class Classifier {
 public:
  Classifier(const TokenView& tokens, const ActorKnowledge& knowledge, std::uint32_t first, std::uint32_t end,
             bool heading)
      : tokens_(tokens), knowledge_(knowledge), first_(first), end_(end), heading_(heading) {}

  // The kind of the run [a, b), or false when there is no cue.
  bool Classify(std::uint32_t a, std::uint32_t b, MentionKind* kind) const {
    const std::string& last = tokens_.folded[b - 1];
    const std::string& head = tokens_.folded[a];
    const std::string before = a > first_ ? tokens_.folded[a - 1] : "";
    const std::string after = b < end_ ? tokens_.folded[b] : "";
    if (In(kOrganizationEnds, last) || (b - a > 2 && In(kOrganizationStarts, head)) ||
        (b - a == 1 && IsAcronym(tokens_.text[a], head) && !Quantity(before) && after != ":" && after != "-")) {
      *kind = MentionKind::kOrganization;
    } else if (In(kPlaceEnds, last)) {
      *kind = MentionKind::kPlace;
    } else if (!heading_ && !HasNonPersonWord(a, b) &&
               (In(kPersonBefore, before) || In(kPersonAfter, after) || knowledge_.IsFirstName(head))) {
      *kind = MentionKind::kPerson;
    } else if (In(kPlacePrepositions, before)) {
      *kind = MentionKind::kPlace;
    } else if (b - a == 2 && !heading_ && !HasNonPersonWord(a, b)) {
      *kind = MentionKind::kPerson;
    } else {
      return false;
    }
    return true;
  }

 private:
  const TokenView& tokens_;
  const ActorKnowledge& knowledge_;
  std::uint32_t first_, end_;
  bool heading_;

  // "three", "121", "1.2": capitals after a number are a unit ("121 RBI").
  static bool Quantity(std::string_view folded) {
    static constexpr std::array<std::string_view, 10> kNumbers = {"two",   "three", "four", "five", "six",
                                                                  "seven", "eight", "nine", "ten",  "bln"};
    return (!folded.empty() && folded[0] >= '0' && folded[0] <= '9') || In(kNumbers, folded);
  }

  bool HasNonPersonWord(std::uint32_t a, std::uint32_t b) const { return HoldsNonPersonWord(tokens_, a, b); }
};

// Whether the run [a, b) ends before "of" rather than going on through it:
// a person ("Ana Brell of Marrow Shipping") or a lone word opening the
// sentence ("Shares of Marrow Shipping"); "Bank of Kessland" goes on.
bool EndsBeforeOf(const TokenView& tokens, const ActorKnowledge& knowledge, std::uint32_t first, std::uint32_t a,
                  std::uint32_t b, std::string_view connector) {
  if (connector != "of" || In(kOrganizationStarts, tokens.folded[b - 1])) return false;
  if (a == first && b - a == 1) return true;
  for (std::uint32_t i = a; i < b; ++i)
    if (knowledge.IsFirstName(tokens.folded[i])) return true;
  return false;
}

}  // namespace

bool IsOrganizationEnd(std::string_view folded) { return In(kOrganizationEnds, folded); }

bool EventNameAfter(const TokenView& tokens, std::uint32_t at, std::uint32_t end) {
  for (std::uint32_t t = at; t < end && t < at + 2 && StartsWithCapital(tokens.text[t]); ++t)
    if (In(kEventWords, tokens.folded[t])) return true;
  return false;
}

bool NamesAnIndex(const TokenView& tokens, std::uint32_t at, std::uint32_t end) {
  static constexpr std::array<std::string_view, 4> kIndexWords = {"index", "indices", "average", "composite"};
  if (at < end && (In(kIndexWords, tokens.folded[at]) || tokens.folded[at] == "industrial")) return true;
  // "Kessa 100 index"
  return at + 1 < end && !tokens.text[at].empty() && tokens.text[at][0] >= '0' && tokens.text[at][0] <= '9' &&
         In(kIndexWords, tokens.folded[at + 1]);
}

bool HoldsNonPersonWord(const TokenView& tokens, std::uint32_t first, std::uint32_t end) {
  const auto& words = NonPersonWords();
  for (std::uint32_t i = first; i < end; ++i)
    if (words.contains(tokens.folded[i])) return true;
  return false;
}

bool IsLocatingCompound(std::string_view folded) {
  static constexpr std::array<std::string_view, 7> kSuffixes = {"-based", "-led",    "-owned",     "-controlled",
                                                                "-listed", "-backed", "-registered"};
  return std::any_of(kSuffixes.begin(), kSuffixes.end(), [&](std::string_view suffix) {
    return folded.size() > suffix.size() && folded.ends_with(suffix);
  });
}

std::unordered_set<std::string> ReadLexiconLines(const std::string& name) {
  std::unordered_set<std::string> set;
  std::ifstream in(std::string(TIDINGS_DATA_DIR) + "/lexicon/" + name);
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    set.insert(FoldCase(line));
  }
  return set;
}

bool SentenceInCapitals(const TokenView& tokens, std::uint32_t first, std::uint32_t end) {
  std::uint32_t capitals = 0, words = 0;
  for (std::uint32_t i = first; i < end; ++i) {
    if (!StartsWithCapital(tokens.text[i]) && !(tokens.text[i][0] >= 'a' && tokens.text[i][0] <= 'z')) continue;
    ++words;
    if (IsAllCapitals(tokens.text[i]) && tokens.text[i].size() > 1) ++capitals;
  }
  return words >= 3 && capitals * 2 > words;
}

bool IsTitleCaseLine(const TokenView& tokens, std::uint32_t first, std::uint32_t end) {
  if (end <= first) return false;
  const std::string_view last = tokens.text[end - 1];
  if (last == "." || last == "!" || last == "?" || last == ":" || last == ";" || last == "\"" ||
      last == "\u201d" || last == "'")
    return false;
  std::uint32_t words = 0;
  for (std::uint32_t i = first; i < end; ++i) {
    const std::string_view t = tokens.text[i];
    if (t.empty()) continue;
    const char c = t[0];
    if (c >= '0' && c <= '9') return false;
    if (StartsWithCapital(t)) {
      ++words;
    } else if (c >= 'a' && c <= 'z') {
      if (!In(kTitleLowercase, tokens.folded[i])) return false;
    }
  }
  return words >= 3;
}

std::vector<FoundMention> FindUnknownNames(const TokenView& tokens, const ActorKnowledge& knowledge,
                                           std::uint32_t first, std::uint32_t end, const std::vector<bool>& covered,
                                           const NameContext& context) {
  std::vector<FoundMention> names;
  if (SentenceInCapitals(tokens, first, end)) return names;
  const bool heading = context.heading || IsTitleCaseLine(tokens, first, end);
  const Classifier classifier(tokens, knowledge, first, end, heading);
  const auto name_word = [&](std::uint32_t i) {
    const bool timed = !context.timed.empty() && context.timed[i - first];
    return !covered[i - first] && !timed && StartsWithCapital(tokens.text[i]) && !IsLocatingCompound(tokens.folded[i]);
  };
  for (std::uint32_t i = first; i < end;) {
    if (!name_word(i)) {
      ++i;
      continue;
    }
    std::uint32_t j = i + 1;
    while (j < end) {
      if (name_word(j)) ++j;
      else if (j + 1 < end && In(kConnectors, tokens.folded[j]) && name_word(j + 1) &&
               !EndsBeforeOf(tokens, knowledge, first, i, j, tokens.folded[j]))
        j += 2;
      else break;
    }
    std::uint32_t a = i;
    if (a == first && In(kCommonStarters, tokens.folded[a])) ++a;
    const bool sentence_start_word = a == first && j - a == 1 &&
                                     !(IsAcronym(tokens.text[a], tokens.folded[a]) && j < end && tokens.text[j] != ":" &&
                                       tokens.text[j] != "-" && tokens.text[j] != ",");  // a label, a dateline
    MentionKind kind = MentionKind::kPerson;
    const bool cued = a < j && !sentence_start_word && classifier.Classify(a, j, &kind);
    // "Kessa composite index" names neither a body nor a person.
    if ((cued || (a < j && j - a == 1)) && !NamesAnIndex(tokens, j, end)) {
      FoundMention m;
      m.first = a;
      m.end = j;
      m.kind = kind;
      m.unknown = true;
      m.surname_only = !cued;
      names.push_back(std::move(m));
    }
    i = j;
  }
  return names;
}

std::vector<bool> TimedTokens(const Document& doc, std::size_t count) {
  std::vector<bool> timed(count, false);
  count = std::min(count, doc.tokens.size());
  // Tokens are in text order: a time's tokens start at the first one ending after it begins.
  for (const TimeExpression& t : doc.times) {
    const auto after = std::partition_point(doc.tokens.begin(), doc.tokens.begin() + count,
                                            [&](const Token& token) { return token.span.end <= t.span.begin; });
    for (auto i = static_cast<std::size_t>(after - doc.tokens.begin());
         i < count && doc.tokens[i].span.begin < t.span.end; ++i)
      if (doc.tokens[i].span.overlaps(t.span)) timed[i] = true;
  }
  return timed;
}

}  // namespace tidings
