#include "annotate/actor_mentions.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "annotate/actor_names.h"
#include "annotate/mentions_by_token.h"
#include "annotate/ner_document.h"

namespace tidings {
namespace {

// One gazetteer match, before composition.
struct Item {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
  std::vector<std::uint32_t> payloads;
};

// Nouns that, after "the", refer back to the latest outlet of their kind.
struct GenericMedia {
  std::string_view noun;
  std::string_view media_kind;  // empty: any outlet
};
constexpr std::array<GenericMedia, 9> kGenericMedia = {{
    {"publication", ""},
    {"outlet", ""},
    {"agency", "news_agency"},
    {"broadcaster", "broadcaster"},
    {"channel", "broadcaster"},
    {"network", "broadcaster"},
    {"newspaper", "newspaper"},
    {"paper", "newspaper"},
    {"daily", "newspaper"},
}};

// Courtesy and party titles that belong to the name they precede.
constexpr std::array<std::string_view, 9> kHonorifics = {"comrade", "mr.", "mr", "mrs.", "mrs", "ms.", "ms",
                                                         "dr.", "sir"};

class Finder {
 public:
  Finder(const Document& doc, const TokenView& tokens, const ActorKnowledge& knowledge, const NameTagger* names)
      : doc_(doc), tokens_(tokens), knowledge_(knowledge), names_(names) {}

  std::vector<FoundMention> Run() {
    for (const Sentence& s : doc_.sentences) ScanSentence(s);
    AddDocumentNames(doc_, tokens_, out_);
    // Only guessed organizations and places hold other guesses: a page of
    // many names then needs no test of every pair of them.
    MentionsByToken guesses(tokens_.text.size());
    for (std::uint32_t i = 0; i < out_.size(); ++i)
      if (out_[i].unknown && (out_[i].kind == MentionKind::kOrganization || out_[i].kind == MentionKind::kPlace))
        guesses.Add(out_[i], i);
    std::vector<std::uint32_t> order;
    for (std::uint32_t i = 0; i < out_.size(); ++i)
      if (!InsideLongerGuess(i, guesses)) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      return out_[a].first != out_[b].first ? out_[a].first < out_[b].first : out_[a].end > out_[b].end;
    });
    std::vector<std::int32_t> position(out_.size(), -1);
    for (std::uint32_t i = 0; i < order.size(); ++i) position[order[i]] = static_cast<std::int32_t>(i);
    std::vector<FoundMention> sorted;
    sorted.reserve(order.size());
    for (std::uint32_t i : order) {
      sorted.push_back(std::move(out_[i]));
      if (sorted.back().apposition >= 0) sorted.back().apposition = position[sorted.back().apposition];
    }
    return sorted;
  }

 private:
  // Matches of one sentence, longest first at each token.
  std::vector<Item> Match(std::uint32_t first, std::uint32_t end) const {
    std::vector<Item> items;
    std::vector<std::uint32_t> payloads, rest;
    const bool case_says_nothing = SentenceInCapitals(tokens_, first, end) || IsTitleCaseLine(tokens_, first, end);
    for (std::uint32_t i = first; i < end;) {
      std::uint32_t n = knowledge_.gazetteer().LongestMatch(tokens_, i, end, &payloads);
      if (n == 1 && ((!case_says_nothing && SurnameInAnotherName(i, first, end)) || BeforeOrganizationEnd(i, end))) {
        ++i;
        continue;
      }
      // "Chinese President Xi Jinping": the title alias "President Xi" must
      // not swallow the start of the longer name that follows it.
      if (n > 1 && knowledge_.gazetteer().LongestMatch(tokens_, i + 1, end, &rest) + 1 > n)
        n = knowledge_.gazetteer().LongestMatch(tokens_, i, i + 1, &payloads);
      if (n < 3 && i + 2 < end && MiddleName(i, &payloads)) n = 3;
      if (n == 0 && LedBy(i, &payloads)) n = 1;
      if (n == 0) {
        ++i;
        continue;
      }
      items.push_back({i, i + n, payloads});
      i += n;
    }
    return items;
  }

  // "Saudi-led coalition", "Hamas-led militants": a word joined to "-led"
  // names the actor the group acts as; the whole word is its mention. ("London-
  // based" names only where a group sits, not who acts.)
  bool LedBy(std::uint32_t i, std::vector<std::uint32_t>* payloads) const {
    const std::string_view word = tokens_.text[i];
    if (!IsLedCompound(word)) return false;
    TokenView prefix;
    for (std::string_view piece : PhraseTokens(word.substr(0, word.size() - 4))) prefix.Add(piece);
    const std::uint32_t pieces = static_cast<std::uint32_t>(prefix.text.size());
    return pieces > 0 && knowledge_.gazetteer().LongestMatch(prefix, 0, pieces, payloads) == pieces;
  }

  // Whether token i alone is the surname of known persons with longer names
  // ("Brell" for "Ana Brell").
  bool LoneSurname(std::uint32_t i) const {
    std::vector<std::uint32_t> found;
    if (knowledge_.gazetteer().LongestMatch(tokens_, i, i + 1, &found) != 1) return false;
    return std::all_of(found.begin(), found.end(), [&](std::uint32_t p) {
      const PhraseTarget& t = knowledge_.target(p);
      if (t.type != PhraseTarget::Type::kActor) return false;
      const ActorEntry& actor = knowledge_.actors()[t.index];
      return actor.kind == MentionKind::kPerson && actor.name.find(' ') != std::string::npos;
    });
  }

  // "Major League", "Brell Industries": a known person's surname before
  // the last word of an organization's name is part of that name.
  bool BeforeOrganizationEnd(std::uint32_t i, std::uint32_t end) const {
    return i + 1 < end && Capitalised(i + 1) && IsOrganizationEnd(tokens_.folded[i + 1]) && LoneSurname(i);
  }

  // A proper noun at j the knowledge does not hold, or holds only as
  // another person's surname.
  bool OtherNameWord(std::uint32_t j) const {
    if (!Capitalised(j) || IsHonorific(j) || (!doc_.tokens[j].upos.empty() && doc_.tokens[j].upos != "PROPN"))
      return false;
    std::vector<std::uint32_t> found;
    return knowledge_.gazetteer().LongestMatch(tokens_, j, j + 1, &found) == 0 || LoneSurname(j);
  }

  // "Tom Brell", "Brell Motors": a known person's surname inside a longer
  // name is someone or something else (Ana Brell is not Tom Brell).
  bool SurnameInAnotherName(std::uint32_t i, std::uint32_t first, std::uint32_t end) const {
    return LoneSurname(i) && ((i > first && OtherNameWord(i - 1)) || (i + 1 < end && OtherNameWord(i + 1)));
  }

  // "Vladimir Vladimirovich Putin": a capitalised word between the first and
  // last word of a known person's two-word name.
  bool MiddleName(std::uint32_t i, std::vector<std::uint32_t>* payloads) const {
    if (!Capitalised(i) || !Capitalised(i + 1) || !Capitalised(i + 2)) return false;
    std::vector<std::uint32_t> found;
    knowledge_.gazetteer().Lookup(tokens_, {i, i + 2}, &found);
    std::erase_if(found, [&](std::uint32_t p) {
      const PhraseTarget& t = knowledge_.target(p);
      return t.type != PhraseTarget::Type::kActor || knowledge_.actors()[t.index].kind != MentionKind::kPerson;
    });
    if (found.empty()) return false;
    *payloads = std::move(found);
    return true;
  }

  bool Capitalised(std::uint32_t i) const { return StartsWithCapital(tokens_.text[i]); }

  // A guessed name within a longer guessed organization or place (one of
  // `guesses`) is part of it, no name of its own ("Exchange" in "Kessa
  // Stock Exchange"). Such a guess lies over the name's first word.
  bool InsideLongerGuess(std::uint32_t i, const MentionsByToken& guesses) const {
    const FoundMention& m = out_[i];
    if (!m.unknown || !m.actors.empty() || m.kind == MentionKind::kRole) return false;
    const std::vector<std::uint32_t>& over = guesses.At(m.first);
    return std::any_of(over.begin(), over.end(), [&](std::uint32_t g) {
      const FoundMention& other = out_[g];
      return other.first <= m.first && m.end <= other.end && other.end - other.first > m.end - m.first;
    });
  }

  bool IsThe(std::uint32_t i, std::uint32_t sentence_first) const {
    return i > sentence_first && tokens_.folded[i - 1] == "the";
  }

  // The actor targets of an item with the given form, best first.
  std::vector<std::uint32_t> Actors(const Item& item, AliasForm form) const {
    std::vector<std::uint32_t> actors;
    for (std::uint32_t p : item.payloads) {
      const PhraseTarget& t = knowledge_.target(p);
      if (t.type == PhraseTarget::Type::kActor && t.form == form &&
          std::find(actors.begin(), actors.end(), t.index) == actors.end())
        actors.push_back(t.index);
    }
    return actors;
  }

  // A singular title ("president") or -1.
  std::int32_t Title(const Item& item) const {
    for (std::uint32_t p : item.payloads) {
      const PhraseTarget& t = knowledge_.target(p);
      if (t.type == PhraseTarget::Type::kAgent && !knowledge_.agents()[t.index].title.empty())
        return static_cast<std::int32_t>(t.index);
    }
    return -1;
  }

  // The country an item names as a modifier: a state's name or demonym, a
  // capital or a government metonym ("Kremlin spokesman").
  std::string ModifierCountry(const Item& item) const {
    for (AliasForm form : {AliasForm::kDemonym, AliasForm::kName, AliasForm::kGovMetonym, AliasForm::kCapital}) {
      for (std::uint32_t a : Actors(item, form)) {
        const ActorEntry& actor = knowledge_.actors()[a];
        if (actor.kind == MentionKind::kState) return actor.code;
      }
    }
    return "";
  }

  // The first word of a person's name [first, end) after the titles that
  // open it: "King Sihanouk", an alias of the knowledge, names Sihanouk.
  std::uint32_t AfterTitles(std::uint32_t first, std::uint32_t end) const {
    std::vector<std::uint32_t> payloads;
    while (end - first > 1) {
      const std::uint32_t n = knowledge_.gazetteer().LongestMatch(tokens_, first, end - 1, &payloads);
      const bool title = n > 0 && std::any_of(payloads.begin(), payloads.end(), [&](std::uint32_t p) {
        const PhraseTarget& t = knowledge_.target(p);
        return t.type == PhraseTarget::Type::kAgent && !knowledge_.agents()[t.index].title.empty();
      });
      if (!title) break;
      first += n;
    }
    return first;
  }

  // The mention of a plain name item, or false when it names nothing
  // (a title or sector word alone).
  bool NameMention(const Item& item, FoundMention* m) const {
    for (AliasForm form :
         {AliasForm::kName, AliasForm::kDemonym, AliasForm::kCapital, AliasForm::kGovMetonym}) {
      std::vector<std::uint32_t> actors = Actors(item, form);
      if (actors.empty()) continue;
      // "the Netherlands", "the Kremlin": the article is no part of the name.
      m->first = item.end - item.first > 1 && tokens_.folded[item.first] == "the" ? item.first + 1 : item.first;
      m->end = item.end;
      m->form = form;
      m->kind = knowledge_.actors()[actors.front()].kind;
      if (m->kind == MentionKind::kPerson) m->first = AfterTitles(m->first, m->end);
      if (form == AliasForm::kCapital) m->kind = MentionKind::kPlace;
      if (form == AliasForm::kGovMetonym) m->kind = MentionKind::kOrganization;
      m->actors = std::move(actors);
      return true;
    }
    return false;
  }

  void ScanSentence(const Sentence& sentence) {
    const std::uint32_t first = sentence.first_token, end = sentence.first_token + sentence.token_count;
    const std::size_t sentence_mentions = out_.size();
    const std::vector<Item> items = Match(first, end);
    const NameContext context = NameContextOf(sentence);
    std::vector<bool> covered(end - first, false);
    std::vector<std::int32_t> person_at(end - first, -1);  // mention index of a name starting here
    for (std::size_t k = 0; k < items.size(); ++k) {
      const Item& item = items[k];
      FoundMention m;
      if (!Timed(context, item.first - first, item.end - first) && NameMention(item, &m)) {
        if (OpensEventName(m, end)) {  // the words stay covered: no guess takes them
          for (std::uint32_t t = m.first; t < m.end; ++t) covered[t - first] = true;
          continue;
        }
        if (FirstNameBefore(m, first, covered)) {
          m.first -= 1;
          m.kind = MentionKind::kPerson;
          m.form = AliasForm::kName;
          m.actors.clear();
          m.unknown = true;
        }
        if (m.kind == MentionKind::kPerson) {
          if (item.first > first && IsHonorific(item.first - 1)) m.first = item.first - 1;
          person_at[item.first - first] = static_cast<std::int32_t>(out_.size());
        }
        for (std::uint32_t t = m.first; t < m.end; ++t) covered[t - first] = true;
        out_.push_back(std::move(m));
      }
    }
    std::vector<bool> consumed(items.size(), false);
    for (std::size_t k = 0; k < items.size(); ++k)
      if (!consumed[k]) Compose(items, k, first, end, covered, person_at, consumed);
    GenericOutlets(first, end, covered);
    for (FoundMention& name : FindUnknownNames(tokens_, knowledge_, first, end, covered, context)) {
      if (!name.surname_only)
        for (std::uint32_t t = name.first; t < name.end; ++t) covered[t - first] = true;
      out_.push_back(std::move(name));
    }
    if (names_ != nullptr) TaggedNames(first, end, context, covered);
    if (IsResultsLine(first, end)) ResultsLineTeams(first, end, sentence_mentions, covered);
  }

  // Whether the sentence is a heading, and which of its tokens a time
  // expression covers.
  NameContext NameContextOf(const Sentence& sentence) const {
    NameContext context;
    const auto& paragraphs = doc_.article().paragraphs;
    context.heading = sentence.paragraph < paragraphs.size() && paragraphs[sentence.paragraph].kind == ParagraphKind::kHeading;
    for (const TimeExpression& t : doc_.times) {
      if (!t.span.overlaps(sentence.span)) continue;
      if (context.timed.empty()) context.timed.assign(sentence.token_count, false);
      for (std::uint32_t i = 0; i < sentence.token_count; ++i)
        if (doc_.tokens[sentence.first_token + i].span.overlaps(t.span)) context.timed[i] = true;
    }
    return context;
  }

  // Whether a place opens the name of an event ("U.S. Open", "Hong Kong
  // Open", "Venice Film Festival", "Berlin Grand Prix"): the place is then
  // a word of that name, not a mention of its own.
  bool OpensEventName(const FoundMention& m, std::uint32_t end) const {
    return (m.kind == MentionKind::kState || m.kind == MentionKind::kPlace) && EventNameAfter(tokens_, m.end, end);
  }

  // Whether a place's one-word name follows a first name no other mention
  // holds: "Anthony Washington", "Neil Jordan" are persons.
  bool FirstNameBefore(const FoundMention& m, std::uint32_t first, const std::vector<bool>& covered) const {
    if ((m.kind != MentionKind::kState && m.kind != MentionKind::kPlace) || m.end - m.first != 1 || m.first == first)
      return false;
    const std::uint32_t before = m.first - 1;
    return !covered[before - first] && Capitalised(before) && knowledge_.IsFirstName(tokens_.folded[before]);
  }

  // Whether a time expression covers every word of [a, b) (offsets in the
  // sentence): "May 13" and "Labor Day" are dates, not Theresa May or a union.
  static bool Timed(const NameContext& context, std::uint32_t a, std::uint32_t b) {
    if (context.timed.empty()) return false;
    return std::all_of(context.timed.begin() + a, context.timed.begin() + b, [](bool t) { return t; });
  }

  bool IsHonorific(std::uint32_t i) const {
    return Capitalised(i) && std::find(kHonorifics.begin(), kHonorifics.end(), tokens_.folded[i]) != kHonorifics.end();
  }

  // Roles and descriptors built around item k.
  void Compose(const std::vector<Item>& items, std::size_t k, std::uint32_t first, std::uint32_t end,
               std::vector<bool>& covered, std::vector<std::int32_t>& person_at, std::vector<bool>& consumed) {
    const Item& item = items[k];
    std::string country;
    std::size_t head = k;
    if (k + 1 < items.size() && items[k + 1].first == item.end) {
      country = ModifierCountry(item);
      if (!country.empty()) head = k + 1;
    }
    if (head != k) consumed[head] = true;
    const Item& noun = items[head];
    const std::uint32_t start = IsThe(item.first, first) ? item.first - 1 : item.first;
    if (head == k && !country.empty()) return;
    if (std::vector<std::uint32_t> described = Actors(noun, AliasForm::kDescriptor);
        !described.empty() && (head != k || start < item.first)) {
      FoundMention m;
      m.first = start;
      m.end = noun.end;
      m.kind = knowledge_.actors()[described.front()].kind;
      m.form = AliasForm::kDescriptor;
      m.actors = std::move(described);
      m.country = country;
      out_.push_back(std::move(m));
      return;
    }
    const std::int32_t title = Title(noun);
    if (title < 0) return;
    // A bare title needs "the" before it or a name after it to stand for a person.
    FoundMention role;
    role.first = start;
    role.end = noun.end;
    role.kind = MentionKind::kRole;
    role.agent = title;
    role.country = country;
    if (noun.end < end && person_at[noun.end - first] >= 0) {
      role.apposition = person_at[noun.end - first];
    } else if (std::uint32_t name_end = UnknownNameAfter(noun.end, end, covered); name_end > noun.end) {
      FoundMention person;
      person.first = noun.end;
      person.end = name_end;
      person.kind = MentionKind::kPerson;
      person.unknown = true;
      for (std::uint32_t t = person.first; t < person.end; ++t) covered[t - first] = true;
      role.apposition = static_cast<std::int32_t>(out_.size());
      out_.push_back(std::move(person));
    } else if (start == item.first && head == k) {
      return;
    }
    // A capitalised title ("Prime Minister") is then no unknown name.
    for (std::uint32_t t = role.first; t < role.end; ++t) covered[t - first] = true;
    out_.push_back(std::move(role));
  }

  // End of a run of one to three capitalised, uncovered words at `i`.
  std::uint32_t UnknownNameAfter(std::uint32_t i, std::uint32_t end, const std::vector<bool>& covered) const {
    const std::uint32_t sentence_first = end - static_cast<std::uint32_t>(covered.size());
    std::uint32_t j = i;
    while (j < end && j - i < 3 && !covered[j - sentence_first] && Capitalised(j) && tokens_.text[j].size() > 1)
      ++j;
    return j;
  }

  // Names the tagger finds on tokens no known mention holds: known actors
  // keep the kind the knowledge gives them.
  void TaggedNames(std::uint32_t first, std::uint32_t end, const NameContext& context, std::vector<bool>& covered) {
    std::vector<std::string_view> upos;
    upos.reserve(end - first);
    for (std::uint32_t i = first; i < end; ++i) upos.push_back(doc_.tokens[i].upos);
    for (const NameSpan& name : names_->Tag({&tokens_, first, end, upos}, knowledge_, &name_memo_)) {
      if (std::any_of(covered.begin() + (name.first - first), covered.begin() + (name.end - first),
                      [](bool c) { return c; }))
        continue;
      // A lone capitalised word is too ambiguous for a tagger that learnt
      // from a few hundred sentences; actor_names.h judges those by its cues.
      if (name.end - name.first < 2 || HoldsKnownPhrase(name.first, name.end) ||
          Timed(context, name.first - first, name.end - first) || NamesAnIndex(tokens_, name.end, end) ||
          (name.type == NameType::kPerson && HoldsNonPersonWord(tokens_, name.first, name.end)))
        continue;
      FoundMention m;
      m.first = name.first;
      m.end = name.end;
      m.kind = name.type == NameType::kPerson         ? MentionKind::kPerson
               : name.type == NameType::kOrganization ? MentionKind::kOrganization
                                                      : MentionKind::kPlace;
      // "Kessa Pharmaceuticals": the last word of a company's name outweighs the tagger.
      if (IsOrganizationEnd(tokens_.folded[name.end - 1])) m.kind = MentionKind::kOrganization;
      m.unknown = true;
      for (std::uint32_t t = m.first; t < m.end; ++t) covered[t - first] = true;
      out_.push_back(std::move(m));
    }
  }

  // Whether a phrase of the knowledge (a title, a sector word, a demonym)
  // starts inside [first, end): such names are the composer's to judge.
  bool HoldsKnownPhrase(std::uint32_t first, std::uint32_t end) const {
    std::vector<std::uint32_t> payloads;
    for (std::uint32_t i = first; i < end; ++i)
      if (knowledge_.gazetteer().LongestMatch(tokens_, i, end, &payloads) > 0) return true;
    return false;
  }

  bool IsScore(std::uint32_t i) const {
    const std::string_view t = tokens_.text[i];
    return !t.empty() && t.size() <= 4 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // A line of sports results or a league table ("Easton 2 Marsh Rovers 1",
  // "Westbury 4 2 1 1 7 5 7"): names each followed by a score, and besides
  // them only numbers, punctuation and "v"/"at"/"vs".
  bool IsResultsLine(std::uint32_t first, std::uint32_t end) const {
    bool name_then_score = false;
    std::uint32_t scores = 0;
    for (std::uint32_t i = first; i < end; ++i) {
      const std::string_view t = tokens_.text[i];
      if (IsScore(i)) {
        ++scores;
        if (i > first && StartsWithCapital(tokens_.text[i - 1])) name_then_score = true;
      } else if (!StartsWithCapital(t) && std::isalpha(static_cast<unsigned char>(t[0])) &&
                 tokens_.folded[i] != "v" && tokens_.folded[i] != "vs" && tokens_.folded[i] != "at") {
        return false;
      }
    }
    return name_then_score && scores >= 2;
  }

  // In a results line, a name followed by a score is a team: an
  // organization, even when it is also a town's name; not in brackets,
  // where the players are, nor a person's full name (a golfer's card).
  // States keep their kind (national sides are named for their country).
  void ResultsLineTeams(std::uint32_t first, std::uint32_t end, std::size_t sentence_mentions,
                        std::vector<bool>& covered) {
    const std::vector<bool> bracketed = InBrackets(first, end);
    for (std::size_t k = sentence_mentions; k < out_.size(); ++k) {
      FoundMention& m = out_[k];
      if (m.kind == MentionKind::kState || m.kind == MentionKind::kMedia || m.kind == MentionKind::kRole) continue;
      if (m.end >= end || !IsScore(m.end) || bracketed[m.first - first] || FullPersonName(m)) continue;
      m.kind = MentionKind::kOrganization;
      m.actors.clear();
      m.unknown = true;
      m.surname_only = false;
    }
    for (std::uint32_t i = first; i < end;) {
      std::uint32_t j = i;
      while (j < end && !covered[j - first] && StartsWithCapital(tokens_.text[j])) ++j;
      if (j > i && j < end && IsScore(j) && !bracketed[i - first] && !AlreadyFound(i, j, sentence_mentions))
        out_.push_back(UnknownName(i, j, MentionKind::kOrganization));
      i = j > i ? j : i + 1;
    }
  }

  // "Ian Brell 70 71": a first name and more before a golfer's rounds.
  bool FullPersonName(const FoundMention& m) const {
    return m.kind == MentionKind::kPerson && !m.surname_only && m.end - m.first >= 2 &&
           knowledge_.IsFirstName(tokens_.folded[m.first]);
  }

  // Which tokens of [first, end) stand inside brackets: "Kelby 363 ( A.
  // Brell 111 )" lists a team's players and their figures there.
  std::vector<bool> InBrackets(std::uint32_t first, std::uint32_t end) const {
    std::vector<bool> inside(end - first, false);
    int depth = 0;
    for (std::uint32_t i = first; i < end; ++i) {
      depth += tokens_.text[i] == "(" ? 1 : tokens_.text[i] == ")" ? -1 : 0;
      inside[i - first] = depth > 0;
    }
    return inside;
  }

  bool AlreadyFound(std::uint32_t a, std::uint32_t b, std::size_t sentence_mentions) const {
    for (std::size_t k = sentence_mentions; k < out_.size(); ++k)
      if (out_[k].first < b && a < out_[k].end) return true;
    return false;
  }

  void GenericOutlets(std::uint32_t first, std::uint32_t end, const std::vector<bool>& covered) {
    for (std::uint32_t i = first + 1; i < end; ++i) {
      if (covered[i - first] || tokens_.folded[i - 1] != "the") continue;
      if (i + 1 < end && tokens_.folded[i + 1] == "of") continue;  // "the agency of ..." is another body
      for (const GenericMedia& g : kGenericMedia) {
        if (tokens_.folded[i] != g.noun) continue;
        FoundMention m;
        m.first = i - 1;
        m.end = i + 1;
        m.kind = MentionKind::kMedia;
        m.generic = true;
        m.media_kind = g.media_kind;
        out_.push_back(std::move(m));
      }
    }
  }

  const Document& doc_;
  const TokenView& tokens_;
  const ActorKnowledge& knowledge_;
  const NameTagger* names_;
  NameTaggerMemo name_memo_;  // the tagger's work on each word, for the sentences after
  std::vector<FoundMention> out_;
};

}  // namespace

bool IsLedCompound(std::string_view word) {
  return word.size() > 4 && FoldCase(word.substr(word.size() - 4)) == "-led";
}

FoundMention UnknownName(std::uint32_t first, std::uint32_t end, MentionKind kind) {
  FoundMention m;
  m.first = first;
  m.end = end;
  m.kind = kind;
  m.unknown = true;
  return m;
}

TokenView DocumentTokens(const Document& doc) {
  TokenView view;
  view.text.reserve(doc.tokens.size());
  view.folded.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens) view.Add(doc.text(t.span));
  return view;
}

std::vector<FoundMention> FindActorMentions(const Document& doc, const TokenView& tokens,
                                            const ActorKnowledge& knowledge, const NameTagger* names) {
  return Finder(doc, tokens, knowledge, names).Run();
}

}  // namespace tidings
