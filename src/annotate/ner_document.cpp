#include "annotate/ner_document.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

#include "annotate/actor_names.h"
#include "annotate/mentions_by_token.h"
#include "annotate/ner_sports.h"
#include "annotate/time_words.h"

namespace tidings {
namespace {

// Nouns of settlements and areas that name a place after "of".
constexpr std::array<std::string_view, 16> kPlaceNouns = {
    "village", "villages", "town",  "towns",    "city",      "cities",    "island",  "islands",
    "port",    "province", "region", "district", "districts", "provinces", "suburb", "suburbs"};

// Nouns that, right after a name, make it a company, a club or a paper
// ("Marrow shares", "Kelby captain Ana Brell", "Kessa Post newspaper").
constexpr std::array<std::string_view, 18> kOrganizationNouns = {
    "shares",   "shareholders", "spokesman", "spokeswoman", "spokesperson", "chairman",  "executives",
    "captain",  "coach",        "skipper",   "playmaker",   "striker",      "goalkeeper", "subsidiary",
    "stock",    "newspaper",    "daily",     "employees"};

// Lower-case nouns that, right before a name, say it is a company, a club
// or a paper ("packaging company Marrow", "the daily Kessa Post", "side
// Kelby"). Nouns of people's trades ("broker", "engineer") are left out.
constexpr std::array<std::string_view, 30> kOrganizationDescriptors = {
    "company",   "firm",      "group",     "operator",  "airline",  "insurers",      "maker",     "carmaker",
    "automaker", "producer",  "manufacturer", "chain",  "distributor", "publisher", "retailer",  "insurer",
    "lender",    "brewer",    "conglomerate", "consortium", "newspaper", "daily",   "weekly",    "agency",
    "broadcaster", "club",    "side",      "team",      "outfit",   "bank"};

// Last words of bodies that take "of" or "for" and a name after them
// ("Bank of Kessland", "Commission for Harbour Safety"); a company's
// "Corp of Lindholm" is its seat, not its name.
constexpr std::array<std::string_view, 24> kBodyHeads = {
    "bank",       "ministry",  "university", "council",      "committee",    "association", "federation",
    "union",      "commission", "agency",    "institute",    "organisation", "organization", "department",
    "board",      "court",     "league",     "assembly",     "foundation",   "office",      "authority",
    "administration", "bureau", "party"};

// Articles that open a sentence without being part of the name after them.
constexpr std::array<std::string_view, 3> kArticles = {"the", "a", "an"};

// data/lexicon/organization_names.txt, each name's words folded and joined by a space, and the
// number of words of its longest name (how far a lookup reads on).
struct KnownNames {
  std::unordered_set<std::string> names;
  std::uint32_t longest = 0;
};

const KnownNames& OrganizationNames() {
  static const KnownNames known = [] {
    KnownNames k{ReadLexiconLines("organization_names.txt")};
    for (const std::string& name : k.names)
      k.longest = std::max<std::uint32_t>(k.longest, 1 + std::count(name.begin(), name.end(), ' '));
    return k;
  }();
  return known;
}

constexpr std::size_t kLongestRepeat = 5;  // tokens of the longest name looked for again

template <std::size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view folded) {
  return std::find(words.begin(), words.end(), folded) != words.end();
}

bool IsNameKind(MentionKind kind) {
  return kind == MentionKind::kPerson || kind == MentionKind::kOrganization || kind == MentionKind::kPlace;
}

bool AllCapitalWord(std::string_view word) {
  std::size_t letters = 0;
  for (char c : word) {
    if (c >= 'a' && c <= 'z') return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 2;
}

// "2026-05-02", "05/02", "1999": the date of a dateline.
bool IsDateToken(std::string_view word) {
  return !word.empty() && word[0] >= '0' && word[0] <= '9' &&
         std::all_of(word.begin(), word.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '/'; });
}

class DocumentNames {
 public:
  DocumentNames(const Document& doc, const TokenView& tokens, std::vector<FoundMention>& mentions)
      : doc_(doc), tokens_(tokens), mentions_(mentions), owner_(tokens.text.size(), 0),
        timed_(TimedTokens(doc, tokens.text.size())), by_token_(tokens.text.size()) {
    for (std::size_t k = 0; k < mentions_.size(); ++k) {
      const FoundMention& m = mentions_[k];
      by_token_.Add(m, k);
      if (m.surname_only) continue;
      for (std::uint32_t t = m.first; t < m.end; ++t) owner_[t] = 1;
      if (IsNameKind(m.kind) && StartsWithCapital(tokens_.text[m.first])) kinds_.emplace(Key(m.first, m.end), m.kind);
    }
  }

  void Run() {
    Acronyms();
    for (const Sentence& s : doc_.sentences) {
      const std::uint32_t first = s.first_token, end = s.first_token + s.token_count;
      if (&s == &doc_.sentences.front() || (&s - 1)->paragraph != s.paragraph) Dateline(first, end);
      PlacesAfterNouns(first, end);
      OrganizationsBeforeNouns(first, end);
      OrganizationsAfterDescriptors(first, end);
      OrganizationShapes(first, end);
      KnownOrganizations(first, end);
    }
    for (const Sentence& s : doc_.sentences) Repeats(s.first_token, s.first_token + s.token_count);
    for (FoundMention& m : mentions_) {
      if (!m.surname_only) continue;
      const auto kind = kinds_.find(Key(m.first, m.end));
      if (kind == kinds_.end()) continue;
      m.kind = kind->second;
      m.surname_only = false;
    }
    Surnames();
  }

 private:
  std::string Key(std::uint32_t first, std::uint32_t end) const {
    std::string key;
    for (std::uint32_t i = first; i < end; ++i) key.append(tokens_.text[i]).push_back(' ');
    return key;
  }

  bool Free(std::uint32_t i) const { return owner_[i] == 0; }

  // Names [first, end) unless a surname-only guess overlaps it; one on
  // exactly these tokens takes the kind instead (mentions are never removed:
  // others point at them by index).
  void Add(std::uint32_t first, std::uint32_t end, MentionKind kind) {
    // The first such guess found: the least index over the tokens.
    std::size_t guess = mentions_.size();
    for (std::uint32_t t = first; t < end; ++t)
      for (const std::uint32_t k : by_token_.At(t))
        if (k < guess && mentions_[k].surname_only) guess = k;
    if (guess < mentions_.size()) {
      FoundMention& old = mentions_[guess];
      if (old.first != first || old.end != end) return;
      old.kind = kind;
      old.surname_only = false;
      Claim(first, end, kind);
      return;
    }
    Claim(first, end, kind);
    by_token_.Push(mentions_, UnknownName(first, end, kind));
  }

  void Claim(std::uint32_t first, std::uint32_t end, MentionKind kind) {
    for (std::uint32_t t = first; t < end; ++t) owner_[t] = 1;
    kinds_.emplace(Key(first, end), kind);
  }

  // "Bernd Kessler ... from Kessler", "Anthony Washington ... Washington
  // won": the last word of a person's full name, written alone in the same
  // article, is that person, not a place (guessed or known).
  void Surnames() {
    std::unordered_set<std::string_view> surnames;
    for (const FoundMention& m : mentions_)
      if (m.kind == MentionKind::kPerson && !m.surname_only && m.end - m.first >= 2)
        surnames.insert(tokens_.text[m.end - 1]);
    if (surnames.empty()) return;
    for (FoundMention& m : mentions_) {
      if (m.end - m.first != 1 || !surnames.contains(tokens_.text[m.first])) continue;
      if ((m.kind != MentionKind::kPlace && m.kind != MentionKind::kState) || m.form == AliasForm::kDemonym) continue;
      m.kind = MentionKind::kPerson;
      m.form = AliasForm::kName;
      m.actors.clear();
      m.unknown = true;
    }
  }

  // "Harbour Workers Union ( HWU )".
  void Acronyms() {
    const std::size_t count = mentions_.size();
    for (std::size_t k = 0; k < count; ++k) {
      const FoundMention m = mentions_[k];
      const std::uint32_t i = m.end;
      if (!IsNameKind(m.kind) || m.surname_only || i + 2 >= tokens_.text.size()) continue;
      if (tokens_.text[i] == "(" && tokens_.text[i + 2] == ")" && AllCapitalWord(tokens_.text[i + 1]) && Free(i + 1))
        Add(i + 1, i + 2, m.kind);
    }
  }

  // "KELBY , Kessland 2026-05-02" or "PORT KESSA 2026-05-02" opening a paragraph.
  void Dateline(std::uint32_t first, std::uint32_t end) {
    std::uint32_t j = first;
    while (j < end && Free(j) && AllCapitalWord(tokens_.text[j])) ++j;
    // "FRIDAY , AUGUST 30": a date heading a schedule is no place.
    if (j == first || j >= end || WeekdayOf(tokens_.folded[first]) > 0 || MonthOf(tokens_.folded[first]) > 0) return;
    bool dated = IsDateToken(tokens_.text[j]);
    std::uint32_t date = j;
    if (!dated && tokens_.text[j] == ",")
      for (std::uint32_t k = j + 1; k < end && k <= j + 4 && !dated; ++k) dated = IsDateToken(tokens_.text[date = k]);
    if (!dated) return;
    Add(first, j, MentionKind::kPlace);
    // "KELBY , Kessland 2026-05-02": the region or country after the comma is a place too.
    if (date > j + 1 && FreeNameEnd(j + 1, end) == date) Add(j + 1, date, MentionKind::kPlace);
  }

  // The capitalised, unclaimed words from i on, outside time expressions
  // ("May" in "May 13" repeats no name).
  std::uint32_t FreeNameEnd(std::uint32_t i, std::uint32_t end) const {
    std::uint32_t j = i;
    while (j < end && Free(j) && !timed_[j] && StartsWithCapital(tokens_.text[j])) ++j;
    return j;
  }

  // "the village of Kessa", "the towns of Lindholm and Brae".
  void PlacesAfterNouns(std::uint32_t first, std::uint32_t end) {
    for (std::uint32_t i = first; i + 2 < end; ++i) {
      if (tokens_.folded[i + 1] != "of" ||
          std::find(kPlaceNouns.begin(), kPlaceNouns.end(), tokens_.folded[i]) == kPlaceNouns.end())
        continue;
      std::uint32_t at = i + 2;
      for (std::uint32_t name_end; (name_end = FreeNameEnd(at, end)) > at;) {
        Add(at, name_end, MentionKind::kPlace);
        if (name_end + 1 >= end || (tokens_.folded[name_end] != "and" && tokens_.text[name_end] != ",")) break;
        at = name_end + 1;
      }
    }
  }

  // "Marrow shares", "Kelby captain": an unclaimed name, or one kept only as
  // a possible surname, before an organization noun.
  void OrganizationsBeforeNouns(std::uint32_t first, std::uint32_t end) {
    for (std::uint32_t i = first; i < end;) {
      if (In(kArticles, tokens_.folded[i])) {
        ++i;
        continue;
      }
      const std::uint32_t name_end = FreeNameEnd(i, end);
      // "Kessa news agency"
      const bool agency = name_end + 1 < end && tokens_.folded[name_end] == "news" && tokens_.folded[name_end + 1] == "agency";
      if (name_end > i && name_end < end && (In(kOrganizationNouns, tokens_.folded[name_end]) || agency))
        Add(i, name_end, MentionKind::kOrganization);
      i = name_end > i ? name_end : i + 1;
    }
  }

  // "packaging company Marrow", "Ontario-based Marrow", "Kessa-based group
  // Marrow Capital": a name right after a noun saying it is a company, club
  // or paper, or after a word seating it, is an organization; a guessed
  // person there is retyped.
  void OrganizationsAfterDescriptors(std::uint32_t first, std::uint32_t end) {
    const auto descriptor = [&](std::uint32_t i) {
      return In(kOrganizationDescriptors, tokens_.folded[i]) && tokens_.text[i] == tokens_.folded[i];
    };
    for (std::uint32_t i = first; i + 1 < end; ++i) {
      const bool described = descriptor(i);
      if (!described && !IsLocatingCompound(tokens_.folded[i])) continue;
      const std::uint32_t at = !described && i + 2 < end && descriptor(i + 1) ? i + 2 : i + 1;
      const std::uint32_t name_end = FreeNameEnd(at, end);
      // Not a lone initial ("company N / A"), nor the start of a longer name
      // another mention goes on with ("firm North American ...").
      if (name_end == at + 1 && tokens_.text[at].size() < 2) continue;
      if (name_end > at && (name_end == end || !StartsWithCapital(tokens_.text[name_end])))
        Add(at, name_end, MentionKind::kOrganization);
      else if (name_end == at)
        RetypeGuessedPerson(at, MentionKind::kOrganization);
    }
  }

  // The longest guessed person starting at t, if any, takes `kind`.
  void RetypeGuessedPerson(std::uint32_t t, MentionKind kind) {
    FoundMention* guess = nullptr;
    for (FoundMention& m : mentions_)
      if (m.first == t && m.unknown && m.actors.empty() && m.kind == MentionKind::kPerson &&
          (guess == nullptr || m.end > guess->end))
        guess = &m;
    if (guess == nullptr) return;
    guess->kind = kind;
    guess->surname_only = false;
    for (std::uint32_t k = guess->first; k < guess->end; ++k) owner_[k] = 1;
    kinds_[Key(guess->first, guess->end)] = kind;
  }

  // The mention a shape may take in whole at token t, or -1 for a free
  // word: a known state or place ("Kessland" in "Bank of Kessland") or a
  // guess of any kind. Known persons, organizations and outlets end it.
  std::int32_t Absorbable(std::uint32_t t) const {
    std::int32_t found = -1;
    for (const std::uint32_t k : by_token_.At(t)) {  // in the order the mentions were found
      const FoundMention& m = mentions_[k];
      if (m.surname_only) continue;
      const bool guess = m.unknown && m.actors.empty();
      // A demonym stays outside ("Kesslandic Harbour Board" names a Kesslandic board).
      if ((!guess && m.kind != MentionKind::kState && m.kind != MentionKind::kPlace) || m.form == AliasForm::kDemonym)
        return -2;
      if (found < 0 || m.end - m.first > mentions_[found].end - mentions_[found].first)
        found = static_cast<std::int32_t>(k);
    }
    return found;
  }

  // Start of the part of an organization's name that can sit at token t,
  // or t + 1 when none can ("the", "Kessland-based", a known person).
  std::uint32_t ShapeWordStart(std::uint32_t t) const {
    if (!StartsWithCapital(tokens_.text[t]) || timed_[t] || In(kArticles, tokens_.folded[t]) ||
        tokens_.text[t].find('-') != std::string::npos)
      return t + 1;
    const std::int32_t k = Absorbable(t);
    if (k == -2) return t + 1;
    return k >= 0 ? mentions_[k].first : t;
  }

  // End of the part of a name at token t, or t when none can sit there.
  std::uint32_t ShapeWordEnd(std::uint32_t t) const {
    if (!StartsWithCapital(tokens_.text[t]) || timed_[t] || In(kArticles, tokens_.folded[t])) return t;
    const std::int32_t k = Absorbable(t);
    if (k == -2) return t;
    return k >= 0 ? mentions_[k].end : t + 1;
  }

  // "Kessa Stock Exchange", "Bank of Kessland", "Lindholm University": the
  // capitalised words before an organization's last word, and "of"/"for"
  // and capitalised words after it, are one organization, places and
  // guessed names inside included.
  void OrganizationShapes(std::uint32_t first, std::uint32_t end) {
    for (std::uint32_t i = first; i < end; ++i) {
      if (!StartsWithCapital(tokens_.text[i]) || !IsOrganizationEnd(tokens_.folded[i])) continue;
      const std::int32_t head = Absorbable(i);
      if (head == -2 || (head >= 0 && mentions_[head].kind != MentionKind::kOrganization &&
                         mentions_[head].end - mentions_[head].first > 1))
        continue;
      std::uint32_t a = i;
      while (a > first && ShapeWordStart(a - 1) < a) a = ShapeWordStart(a - 1);
      std::uint32_t b = i + 1;
      if (b + 1 < end && In(kBodyHeads, tokens_.folded[i]) && (tokens_.folded[b] == "of" || tokens_.folded[b] == "for") &&
          ShapeWordEnd(b + 1) > b + 1) {
        b += 1;
        // "... for Harbour Safety and Rescue": "and" joins only free words.
        while (b < end && (ShapeWordEnd(b) > b || (tokens_.folded[b] == "and" && b + 1 < end && Free(b + 1) &&
                                                   ShapeWordEnd(b + 1) > b + 1)))
          b = ShapeWordEnd(b) > b ? ShapeWordEnd(b) : b + 1;
      }
      if (b - a >= 2) AddShape(a, b);
      i = b - 1;
    }
  }

  // An organization over [first, end) unless a mention crosses its edges
  // or one already names exactly these words.
  void AddShape(std::uint32_t first, std::uint32_t end) {
    for (std::uint32_t t = first; t < end; ++t)
      for (const std::uint32_t k : by_token_.At(t)) {  // only mentions over these words can cross them
        const FoundMention& m = mentions_[k];
        if (m.first == first && m.end == end) return;
        const bool inside = first <= m.first && m.end <= end;
        if (!inside && m.first < end && first < m.end) return;
      }
    Claim(first, end, MentionKind::kOrganization);
    by_token_.Push(mentions_, UnknownName(first, end, MentionKind::kOrganization));
  }

  // Names of organization_names.txt on free words, longest first; not
  // the start or end of a longer name ("Ford" in "Ford Kessa Motors"), nor
  // the name of a share index ("Nasdaq composite index").
  void KnownOrganizations(std::uint32_t first, std::uint32_t end) {
    const auto name_word = [&](std::uint32_t i) { return Free(i) && !timed_[i] && StartsWithCapital(tokens_.text[i]); };
    // Places and guesses may be words of the name ("Manchester" in "Manchester United").
    const auto part = [&](std::uint32_t i) { return name_word(i) || (!timed_[i] && Absorbable(i) >= 0); };
    for (std::uint32_t i = first; i < end; ++i) {
      if (!part(i) || (i > first + 1 && name_word(i - 1))) continue;
      std::string key;
      std::uint32_t found = 0;
      const KnownNames& known = OrganizationNames();
      for (std::uint32_t j = i; j < end && j < i + known.longest && part(j); ++j) {
        key += (j > i ? " " : "") + tokens_.folded[j];
        if (known.names.contains(key)) found = j + 1;
      }
      if (found == 0 || (found < end && name_word(found)) || NamesAnIndex(tokens_, found, end)) continue;
      const std::int32_t guess = Absorbable(i);
      bool all_free = true;
      for (std::uint32_t t = i; t < found; ++t) all_free = all_free && name_word(t);
      if (all_free) {
        Add(i, found, MentionKind::kOrganization);  // also retypes a bare surname guess on these words
      } else if (guess >= 0 && mentions_[guess].first == i && mentions_[guess].end == found && mentions_[guess].unknown) {
        mentions_[guess].kind = MentionKind::kOrganization;
        mentions_[guess].surname_only = false;
        mentions_[guess].actors.clear();
      } else {
        AddShape(i, found);
      }
      i = found - 1;
    }
  }

  // Exact repeats of a typed name on unclaimed tokens, longest first; a
  // place opening an event's name ("Kessa Open") or a share index's is no
  // repeat.
  void Repeats(std::uint32_t first, std::uint32_t end) {
    for (std::uint32_t i = first; i < end;) {
      const std::uint32_t run_end = std::min<std::uint32_t>(FreeNameEnd(i, end), i + kLongestRepeat);
      std::uint32_t found = 0;
      for (std::uint32_t j = run_end; j > i && found == 0; --j) {
        const auto kind = kinds_.find(Key(i, j));
        if (kind != kinds_.end() && !NamesAnIndex(tokens_, j, end) &&
            !(kind->second == MentionKind::kPlace && EventNameAfter(tokens_, j, end))) {
          Add(i, j, kind->second);
          found = j;
        }
      }
      i = found > 0 ? found : i + 1;
    }
  }

  const Document& doc_;
  const TokenView& tokens_;
  std::vector<FoundMention>& mentions_;
  std::vector<std::int8_t> owner_;                      // token -> 1 when a typed mention holds it
  std::vector<bool> timed_;                             // token -> inside a time expression
  MentionsByToken by_token_;                            // token -> the mentions over it, of any kind
  std::unordered_map<std::string, MentionKind> kinds_;  // name as written -> its kind
};

}  // namespace

void AddDocumentNames(const Document& doc, const TokenView& tokens, std::vector<FoundMention>& mentions) {
  DocumentNames(doc, tokens, mentions).Run();
  TypeSportsTeams(doc, tokens, mentions);
}

}  // namespace tidings
