#include "annotate/ner_sports.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "annotate/actor_names.h"
#include "annotate/mentions_by_token.h"
#include "annotate/time_words.h"

namespace tidings {
namespace {

template <std::size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view folded) {
  return std::find(words.begin(), words.end(), folded) != words.end();
}

// Words only reports of sport use.
constexpr std::array<std::string_view, 32> kSportsWords = {
    "soccer",    "cricket",     "rugby",      "baseball",  "basketball", "hockey",     "innings",   "wicket",
    "wickets",   "halftime",    "half-time",  "striker",   "midfielder", "defender",   "goalkeeper", "pitcher",
    "inning",    "homer",       "homered",    "quarterback", "batsman",  "bowler",     "semifinal", "quarterfinal",
    "touchdown", "penalty-kick", "scrum-half", "fly-half",  "goalless",   "unbeaten",   "relegation", "playoffs"};
constexpr std::size_t kSportsWordsNeeded = 2;  // distinct ones

// Sports whose name heads a wire report ("CRICKET - ...").
constexpr std::array<std::string_view, 7> kSports = {"soccer",     "cricket", "rugby",   "baseball",
                                                     "basketball", "hockey",  "football"};

// Words before a team: it is beaten or played, or it holds a title
// ("champions Kelby", "rivals Brae").
constexpr std::array<std::string_view, 22> kBeforeTeam = {
    "beat", "beats", "beating", "defeated", "against", "v",        "vs",      "vs.",   "versus",
    "play", "plays", "face",    "faces",    "meet",    "meets",    "host",    "hosts", "champions",
    "holders", "rivals", "hopefuls", "leaders"};

// Nouns of a win before "over" or "for" ("victory over Brae", "winners
// over Marsh", "success for Kelby").
constexpr std::array<std::string_view, 11> kWinNouns = {"victory", "victories", "win",     "wins",      "triumph", "lead",
                                                         "winners", "victors",   "success", "successes", "winner"};

// Verbs of a result after a team.
constexpr std::array<std::string_view, 16> kResultVerbs = {
    "beat",   "beats",   "defeated", "drew",    "lost",    "routed",  "blanked", "edged",
    "thrashed", "crushed", "hammered", "downed", "rallied", "clinched", "whipped", "outscored"};

// Nouns after a team: its players by position and its people.
constexpr std::array<std::string_view, 30> kTeamNouns = {
    "batsman",  "bowler",   "all-rounder", "captain", "coach",     "manager",    "striker",  "forward",
    "defender", "midfielder", "goalkeeper", "keeper", "pitcher",   "shortstop",  "quarterback", "owner",
    "side",     "team",     "fans",        "supporters", "players", "player",    "skipper",  "winger",
    "playmaker", "hooker",  "scrum-half",  "fly-half", "outfielder", "catcher"};

// Last words of club names after a town ("Kelby United").
constexpr std::array<std::string_view, 14> kClubEnds = {"united",  "city",   "rovers", "wanderers", "athletic",
                                                        "albion",  "town",   "county", "rangers",   "hotspur",
                                                        "fc",      "utd",    "villa",  "forest"};

// First words of club names before a town ("Dynamo Brae").
constexpr std::array<std::string_view, 13> kClubStarts = {"real",      "dynamo",  "dinamo",   "spartak", "lokomotiv",
                                                          "sporting",  "atletico", "olympique", "borussia", "fc",
                                                          "ac",        "sc",      "cska"};

// Words before a venue, not a team ("Kelby at Brae": Brae is where they play).
constexpr std::array<std::string_view, 3> kVenueBefore = {"in", "near", "at"};

// The nations of the United Kingdom field their own national sides: like
// states, they keep their kind.
constexpr std::array<std::string_view, 4> kHomeNations = {"england", "scotland", "wales", "northern ireland"};

// Words that join or place teams, capitalised in a headline or table
// ("KELBY AND BRAE", "KELBY AT BRAE"), never part of a team's name.
constexpr std::array<std::string_view, 6> kNoTeamWords = {"the", "at", "and", "v", "vs", "vs."};

constexpr std::uint32_t kLongestTeam = 4;  // words

class Teams {
 public:
  Teams(const Document& doc, const TokenView& tokens, std::vector<FoundMention>& mentions)
      : doc_(doc), tokens_(tokens), mentions_(mentions) {}

  void Run() {
    if (!IsSportsReport()) return;
    timed_ = TimedTokens(doc_, tokens_.text.size());
    by_token_ = MentionsByToken(tokens_.text.size());
    for (std::size_t k = 0; k < mentions_.size(); ++k) by_token_.Add(mentions_[k], k);
    for (const Sentence& s : doc_.sentences) FindTeams(s.first_token, s.first_token + s.token_count);
    if (teams_.empty()) return;
    for (const Sentence& s : doc_.sentences) ListedTeams(s.first_token, s.first_token + s.token_count);
    for (std::size_t i = 0; i < doc_.sentences.size(); ++i) {
      const Sentence& s = doc_.sentences[i];
      const bool opens_paragraph = i == 0 || doc_.sentences[i - 1].paragraph != s.paragraph;
      MarkTeams(s.first_token, s.first_token + s.token_count, opens_paragraph);
    }
    for (const Sentence& s : doc_.sentences) Venue(s.first_token, s.first_token + s.token_count);
  }

 private:
  bool IsSportsReport() const {
    if (!doc_.sentences.empty()) {
      const Sentence& head = doc_.sentences.front();
      for (std::uint32_t i = head.first_token; i + 1 < head.first_token + head.token_count && i < head.first_token + 3; ++i)
        if (In(kSports, tokens_.folded[i]) && tokens_.text[i + 1] == "-") return true;
    }
    std::unordered_set<std::string_view> seen;
    for (const std::string& word : tokens_.folded)
      if (In(kSportsWords, word)) seen.insert(word);
    return seen.size() >= kSportsWordsNeeded;
  }

  std::string Text(std::uint32_t first, std::uint32_t end) const {
    std::string text;
    for (std::uint32_t i = first; i < end; ++i) text += (i > first ? " " : "") + tokens_.folded[i];
    return text;
  }

  // "BRAE , Kessland 2026-05-02": the place a report is filed from, at t
  // opening the sentence [t, end).
  bool Dateline(std::uint32_t t, std::uint32_t end) const {
    const std::uint32_t after = UnitEnd(t, end);
    if (after <= t || after >= end) return false;
    const std::string_view next = tokens_.text[after];
    return next == "," || (next[0] >= '0' && next[0] <= '9' && !IsScore(next));  // "BRAE 190" is a score
  }

  std::string Key(std::uint32_t first, std::uint32_t end) const {
    std::string key;
    for (std::uint32_t i = first; i < end; ++i) key.append(tokens_.folded[i]).push_back(' ');
    return key;
  }

  // The mention that may be a team over tokens starting at t, longest
  // first: a place, or a name the knowledge does not hold; -1 for none,
  // -2 when a mention of another sort holds t (a state, a known person).
  std::int32_t Candidate(std::uint32_t t) const {
    std::int32_t found = -1;
    for (const std::uint32_t k : by_token_.At(t)) {  // in the order the mentions were found
      const FoundMention& m = mentions_[k];
      // A guessed person ("Ana Brell") is no team; a bare word kept as a possible surname may be.
      const bool guess = m.unknown && m.actors.empty() && m.kind != MentionKind::kRole &&
                         (m.kind != MentionKind::kPerson || m.surname_only);
      const bool place = m.kind == MentionKind::kPlace && m.form != AliasForm::kDemonym &&
                         !In(kHomeNations, Text(m.first, m.end));
      if (!guess && !place) return -2;
      if (m.first == t && (found < 0 || m.end > mentions_[found].end)) found = static_cast<std::int32_t>(k);
      if (m.first != t) return -2;
    }
    return found;
  }

  bool FreeWord(std::uint32_t t) const {
    return Candidate(t) == -1 && StartsWithCapital(tokens_.text[t]) && !timed_[t] && !In(kNoTeamWords, tokens_.folded[t]);
  }

  // End of the name unit at t: a candidate mention, or a run of free
  // capitalised words; t when there is none.
  std::uint32_t UnitEnd(std::uint32_t t, std::uint32_t end) const {
    const std::int32_t k = Candidate(t);
    if (k == -2) return t;
    if (k >= 0) return mentions_[k].end;
    std::uint32_t j = t;
    while (j < end && FreeWord(j)) ++j;
    return j;
  }

  bool IsPlace(std::uint32_t a, std::uint32_t b) const {
    const std::int32_t k = Candidate(a);
    return k >= 0 && mentions_[k].end == b && mentions_[k].kind == MentionKind::kPlace;
  }

  // "KELBY AT BRAE": the sentence is a fixture, [a, b) the visiting side
  // (the side after "at" is the venue).
  bool FixtureLine(std::uint32_t a, std::uint32_t b, std::uint32_t end) const {
    return b + 1 < end && tokens_.folded[b] == "at" && UnitEnd(b + 1, end) == end && StartsWithCapital(tokens_.text[a]);
  }

  // Whether the words around [a, b) make it a team.
  bool TeamCue(std::uint32_t a, std::uint32_t b, std::uint32_t first, std::uint32_t end) const {
    const std::string_view before = a > first ? tokens_.folded[a - 1] : "";
    const std::string_view before2 = a > first + 1 ? tokens_.folded[a - 2] : "";
    const std::string_view after = b < end ? tokens_.folded[b] : "";
    const bool next_capital = b + 1 < end && StartsWithCapital(tokens_.text[b + 1]);
    if (In(kBeforeTeam, before) || ((before == "over" || before == "for") && In(kWinNouns, before2))) return true;
    if (In(kResultVerbs, after) || In(kTeamNouns, after)) return true;
    if (after == "v" || after == "vs" || after == "vs." || after == "versus") return true;  // "Kelby v Brae"
    if (after == "'s" && next_capital && IsPlace(a, b)) return true;  // "Brae 's Ana Brell"; a person owns too
    if (a == first && FixtureLine(a, b, end)) return true;
    // "the Harriers": a plural nickname the knowledge does not hold.
    return before == "the" && b - a == 1 && !IsPlace(a, b) && tokens_.folded[a].size() > 3 &&
           tokens_.folded[a].back() == 's';
  }

  // "Kelby 244 and 108-3 , Brae 190", "At Hove : Kelby 363": a name
  // opening a line or after ":" or ",", outside brackets (where the players
  // and their figures are), before a score of runs or goals. A lone word
  // opening the line must be a proper noun ("In 1992 ...") and no word of
  // sport ("Halftime 1-0"); no month ("AUGUST 30").
  bool ScoreCue(std::uint32_t a, std::uint32_t b, std::uint32_t first, std::uint32_t end) const {
    if (b >= end || !IsScore(tokens_.text[b]) || (b - a == 1 && MonthOf(tokens_.folded[a]) > 0)) return false;
    if (a > first && tokens_.text[a - 1] != ":" && tokens_.text[a - 1] != ",") return false;
    if (a == first && b - a == 1 && Candidate(a) < 0 &&
        (!ProperNoun(doc_.tokens[a].upos) || In(kSportsWords, tokens_.folded[a])))
      return false;
    int depth = 0;
    for (std::uint32_t i = first; i < a; ++i) depth += tokens_.text[i] == "(" ? 1 : tokens_.text[i] == ")" ? -1 : 0;
    return depth <= 0;
  }

  // A proper noun, or a word the syntax stage did not tag.
  static bool ProperNoun(std::string_view upos) {
    return upos.empty() || upos == "PROPN" || upos == "X";
  }

  // "83", "108-3": a score, or runs for wickets; not a year, a time or a
  // bowler's figures ("7-0-29-0").
  static bool IsScore(std::string_view text) {
    const auto digits = [](std::string_view part) {
      return !part.empty() && part.size() <= 3 &&
             std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    const std::size_t dash = text.find('-');
    if (dash == std::string_view::npos) return digits(text);
    return digits(text.substr(0, dash)) && digits(text.substr(dash + 1));
  }

  void FindTeams(std::uint32_t first, std::uint32_t end) {
    for (std::uint32_t t = first; t < end;) {
      const std::uint32_t b = UnitEnd(t, end);
      if (b == t) {
        ++t;
        continue;
      }
      if (ClubShape(t, b, end)) {
        t = b;
        continue;
      }
      // A lone free word opening the sentence may be any word ("Recalled striker ...").
      const bool opening_word = t == first && b - t == 1 && Candidate(t) < 0 && !FixtureLine(t, b, end);
      if (b - t <= kLongestTeam && ((!opening_word && TeamCue(t, b, first, end)) || ScoreCue(t, b, first, end)))
        teams_.insert(Key(t, b));
      t = b;
    }
  }

  // "Kelby , Brae and Marsh": names listed with a team are teams. The
  // units of the sentence are read as lists joined by ",", "and", "or".
  void ListedTeams(std::uint32_t first, std::uint32_t end) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> list;
    bool has_team = false;
    const auto close = [&] {
      if (has_team && list.size() > 1)
        for (const auto& [a, b] : list) teams_.insert(Key(a, b));
      list.clear();
      has_team = false;
    };
    for (std::uint32_t t = first; t < end;) {
      const std::uint32_t b = UnitEnd(t, end);
      if (b > t && b - t <= kLongestTeam) {
        if (!list.empty() && list.back().second + 1 != t) close();
        list.push_back({t, b});
        has_team = has_team || teams_.contains(Key(t, b));
        const std::string_view joint = b < end ? tokens_.folded[b] : "";
        if (joint == "," || joint == "and" || joint == "or") {
          t = b + 1;
        } else {
          close();
          t = b;
        }
        continue;
      }
      close();
      ++t;
    }
    close();
  }

  // "Kelby United", "Dynamo Brae", "Kelby Harriers": the whole is a team,
  // and a plural nickname after a town is the team alone too.
  bool ClubShape(std::uint32_t a, std::uint32_t b, std::uint32_t end) {
    if (b - a >= 2 && b - a <= kLongestTeam &&
        (In(kClubEnds, tokens_.folded[b - 1]) || In(kClubStarts, tokens_.folded[a]))) {
      teams_.insert(Key(a, b));
      return true;
    }
    if (!IsPlace(a, b) || b >= end) return false;
    const std::uint32_t nickname_end = NicknameEnd(b, end);
    if (nickname_end == b) return false;
    const std::string& last = tokens_.folded[nickname_end - 1];
    if (In(kClubEnds, last) || (last.size() > 3 && last.back() == 's')) {
      teams_.insert(Key(a, nickname_end));
      if (!In(kClubEnds, last)) teams_.insert(Key(b, nickname_end));
      return true;
    }
    return false;
  }

  // End of the nickname that may follow a town at t ("Harriers" after
  // "Kelby"): one or two free words, or a guessed name of that length that
  // is no place; t when there is none.
  std::uint32_t NicknameEnd(std::uint32_t t, std::uint32_t end) const {
    const std::int32_t k = Candidate(t);
    if (k >= 0) {
      const FoundMention& m = mentions_[k];
      return m.kind != MentionKind::kPlace && m.end - m.first <= 2 ? m.end : t;
    }
    std::uint32_t j = t;
    while (j < end && j - t < 2 && FreeWord(j)) ++j;
    return j;
  }

  // Every unit whose words name a team, longest first at each token.
  void MarkTeams(std::uint32_t first, std::uint32_t end, bool opens_paragraph) {
    for (std::uint32_t t = first; t < end;) {
      const std::int32_t k = Candidate(t);
      std::uint32_t limit = t;
      if (k >= 0) limit = mentions_[k].end;
      // A team's name may run over several units ("Kelby" + "Harriers").
      for (std::uint32_t next; limit < end && (next = UnitEnd(limit, end)) > limit && next - t <= kLongestTeam;)
        limit = next;
      if (k == -2 || limit == t || (t > first && In(kVenueBefore, tokens_.folded[t - 1])) ||
          (opens_paragraph && t == first && Dateline(t, end))) {
        ++t;
        continue;
      }
      std::uint32_t found = 0;
      for (std::uint32_t j = limit; j > t && found == 0; --j)
        if (teams_.contains(Key(t, j))) found = j;
      if (found == 0) {
        t = k >= 0 ? static_cast<std::uint32_t>(mentions_[k].end) : t + 1;
        continue;
      }
      MakeTeam(t, found);
      t = found;
    }
  }

  // "Brae : Kelby 244 ...": the unknown name opening a scorecard line
  // before ":" and a team with its result is the ground's town.
  void Venue(std::uint32_t first, std::uint32_t end) {
    const std::int32_t k = Candidate(first);
    if (k == -2 || (k >= 0 && !mentions_[k].surname_only)) return;  // a bare word kept as a surname may be it
    const std::uint32_t b = UnitEnd(first, end);
    if (b == first || b + 1 >= end || tokens_.text[b] != ":") return;
    const std::uint32_t team_end = UnitEnd(b + 1, end);
    if (team_end == b + 1 || !teams_.contains(Key(b + 1, team_end))) return;
    // The team's result follows ("Postponed : Kelby v Brae" names no ground).
    if (team_end >= end || !(IsScore(tokens_.text[team_end]) || In(kResultVerbs, tokens_.folded[team_end]))) return;
    if (k < 0) {
      by_token_.Push(mentions_, UnknownName(first, b, MentionKind::kPlace));
      return;
    }
    mentions_[k].kind = MentionKind::kPlace;
    mentions_[k].surname_only = false;
  }

  // Retypes the candidate mentions inside [a, b) and, when none covers it
  // exactly, adds the team.
  void MakeTeam(std::uint32_t a, std::uint32_t b) {
    bool exact = false;
    for (FoundMention& m : mentions_) {
      if (m.first < a || m.end > b) continue;
      if (m.first == a && m.end == b) {
        m.kind = MentionKind::kOrganization;
        m.actors.clear();
        m.unknown = true;
        m.surname_only = false;
        exact = true;
      }
    }
    if (!exact) by_token_.Push(mentions_, UnknownName(a, b, MentionKind::kOrganization));
  }

  const Document& doc_;
  const TokenView& tokens_;
  std::vector<FoundMention>& mentions_;
  std::vector<bool> timed_;
  MentionsByToken by_token_;  // token -> the mentions over it
  std::unordered_set<std::string> teams_;  // folded words of team names, each followed by a space
};

}  // namespace

void TypeSportsTeams(const Document& doc, const TokenView& tokens, std::vector<FoundMention>& mentions) {
  Teams(doc, tokens, mentions).Run();
}

}  // namespace tidings
