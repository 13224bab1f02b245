#include "annotate/coreference.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>

namespace tidings {
namespace {

// An entity being built; `actor` is its knowledge entry or -1.
struct Draft {
  Entity entity;
  std::int32_t actor = -1;
  char gender = 0;
  std::uint32_t first_mention = 0;  // token of its first mention, for numbering
  // A person's last name word (or only word), folded; for SurnameOf.
  std::optional<std::string> surname;
};

// A resolved mention before output: token range, kind and draft index.
struct Resolved {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
  MentionKind kind = MentionKind::kPerson;
  std::int32_t draft = -1;
};

std::string WithoutThe(std::string_view text) {
  if (text.size() > 4 && (text.starts_with("the ") || text.starts_with("The "))) text.remove_prefix(4);
  return std::string(text);
}

class Resolver {
 public:
  Resolver(Document& doc, const TokenView& tokens, const std::vector<FoundMention>& found,
           const ActorKnowledge& knowledge, Day day)
      : doc_(doc), tokens_(tokens), found_(found), knowledge_(knowledge), day_(day), draft_of_(found.size(), -1) {}

  void Run() {
    for (std::size_t i = 0; i < found_.size(); ++i)
      if (IsName(found_[i])) draft_of_[i] = ResolveName(found_[i]);
    for (std::size_t i = 0; i < found_.size(); ++i)
      if (!IsName(found_[i])) draft_of_[i] = ResolveReference(i);
    std::vector<Resolved> resolved;
    for (std::size_t i = 0; i < found_.size(); ++i) {
      const FoundMention& m = found_[i];
      // "the publication" with no outlet before it; "the alliance" with no alliance named.
      if ((m.generic || (m.form == AliasForm::kDescriptor && m.kind != MentionKind::kMedia)) && draft_of_[i] < 0)
        continue;
      if (m.unknown && draft_of_[i] < 0) continue;
      const bool surname = m.surname_only && drafts_[draft_of_[i]].entity.kind == MentionKind::kPerson;
      resolved.push_back({m.first, m.end, surname ? MentionKind::kPerson : m.kind, draft_of_[i]});
    }
    Pronouns(resolved);
    Output(resolved);
  }

 private:
  static bool IsName(const FoundMention& m) {
    return m.kind != MentionKind::kRole && m.form != AliasForm::kDescriptor && !m.generic;
  }

  std::string Text(std::uint32_t first, std::uint32_t end) const {
    return std::string(doc_.text(Span{doc_.tokens[first].span.begin, doc_.tokens[end - 1].span.end}));
  }

  std::int32_t DraftFor(const std::string& key, const std::function<void(Draft&)>& init, std::uint32_t token) {
    auto [it, fresh] = by_key_.emplace(key, static_cast<std::int32_t>(drafts_.size()));
    if (fresh) {
      drafts_.emplace_back();
      drafts_.back().first_mention = token;
      Draft& d = drafts_.back();
      init(d);
      // Names and kinds are set only here, so the surname is read once. A person named by one
      // word alone ("Prof Green") is found by it too.
      const std::size_t space = d.entity.name.rfind(' ');
      if (d.entity.kind == MentionKind::kPerson)
        d.surname = FoldCase(std::string_view(d.entity.name).substr(space == std::string::npos ? 0 : space + 1));
    }
    return it->second;
  }

  std::int32_t KnownDraft(std::uint32_t a, std::uint32_t token) {
    return DraftFor("a" + std::to_string(a), [&](Draft& d) {
      const ActorEntry& actor = knowledge_.actors()[a];
      d.actor = static_cast<std::int32_t>(a);
      d.gender = actor.gender;
      d.entity.name = actor.name;
      d.entity.kind = actor.kind;
      d.entity.actor = knowledge_.ActorCode(actor, day_);
      d.entity.country = actor.country;
      if (const DatedCode* role = knowledge_.PrimaryRole(actor, day_)) d.entity.role = knowledge_.RoleName(*role);
    }, token);
  }

  // Whether the article has already named known actor a.
  bool Named(std::uint32_t a) const { return by_key_.contains("a" + std::to_string(a)); }

  // Among an alias's actors: one the article already names, else one in
  // office on the date, else the first.
  std::uint32_t Choose(const std::vector<std::uint32_t>& actors) const {
    for (std::uint32_t a : actors)
      if (Named(a)) return a;
    for (std::uint32_t a : actors)
      if (knowledge_.PrimaryRole(knowledge_.actors()[a], day_) != nullptr) return a;
    return actors.front();
  }

  // Whether m is a person alias whose every known person the article has not named yet, and none
  // holds an office on its date in a country the article names: a surname an earlier-named person
  // of the article may own.
  bool SurnameOfNoOneInOffice(const FoundMention& m) const {
    return m.kind == MentionKind::kPerson &&
           std::all_of(m.actors.begin(), m.actors.end(), [&](std::uint32_t a) {
             const ActorEntry& actor = knowledge_.actors()[a];
             return actor.kind == MentionKind::kPerson && !Named(a) &&
                    (knowledge_.PrimaryRole(actor, day_) == nullptr || !CountryNamed(actor.country));
           });
  }

  // Whether the article names `country`, or a body or outlet of it, anywhere.
  bool CountryNamed(const std::string& country) const {
    return !country.empty() && std::any_of(found_.begin(), found_.end(), [&](const FoundMention& m) {
      return m.kind != MentionKind::kPerson && !m.unknown && !m.actors.empty() &&
             knowledge_.actors()[m.actors.front()].country == country;
    });
  }

  // A person named earlier whose surname (last or only word) is this one word.
  std::int32_t SurnameOf(const FoundMention& m) const {
    if (m.end - m.first != 1) return -1;
    const std::string& word = tokens_.folded[m.first];
    for (std::size_t d = drafts_.size(); d-- > 0;)
      if (drafts_[d].surname == word) return static_cast<std::int32_t>(d);
    return -1;
  }

  std::int32_t ResolveName(const FoundMention& m) {
    if (m.unknown) {
      if (const std::int32_t person = SurnameOf(m); person >= 0) return person;
      if (m.surname_only) return -1;
      const std::string text = Text(m.first, m.end);
      return DraftFor(UnknownKey(m.kind, text), [&](Draft& d) {
        d.entity.name = text;
        d.entity.kind = m.kind == MentionKind::kPlace ? MentionKind::kPlace : m.kind;
      }, m.first);
    }
    // "Prof David Green ... Green says": a lone surname is the person the article named with it,
    // not a known person of that surname the article never named (a former Mexican minister; the
    // Malaysian prime minister in a story on two Labour councillors). One in office in a country
    // the article names keeps it ("Hunter Biden ... Biden signed the bill the U.S. Congress passed").
    if (SurnameOfNoOneInOffice(m))
      if (const std::int32_t person = SurnameOf(m); person >= 0) return person;
    const std::uint32_t a = Choose(m.actors);
    const ActorEntry& actor = knowledge_.actors()[a];
    if (m.form == AliasForm::kGovMetonym) {
      return DraftFor("g" + actor.code, [&](Draft& d) {
        d.entity.name = WithoutThe(Text(m.first, m.end));
        d.entity.kind = MentionKind::kOrganization;
        d.entity.actor = actor.code + "GOV";
        d.entity.country = actor.code;
      }, m.first);
    }
    return KnownDraft(a, m.first);
  }

  static std::string UnknownKey(MentionKind kind, const std::string& text) {
    return "n" + std::string(MentionKindName(kind)) + "|" + text;
  }

  std::int32_t ResolveReference(std::size_t i) {
    const FoundMention& m = found_[i];
    if (m.generic) return LatestKnown(i, MentionKind::kMedia, {}, m.media_kind, "");
    if (m.form == AliasForm::kDescriptor) return Descriptor(i);
    return Role(i);
  }

  // A generic description: the latest actor it can describe. A media outlet's
  // ("the state news agency") may stand alone when only one fits; an
  // organization's ("the bloc", "the alliance") refers back to one already
  // named, as "the alliance" alone is any alliance.
  std::int32_t Descriptor(std::size_t i) {
    const FoundMention& m = found_[i];
    std::vector<std::uint32_t> described;
    for (std::uint32_t a : m.actors)
      if (m.country.empty() || knowledge_.actors()[a].country == m.country) described.push_back(a);
    if (described.empty()) return -1;
    if (const std::int32_t d = LatestKnown(i, m.kind, described, "", m.country); d >= 0) return d;
    return described.size() == 1 && m.kind == MentionKind::kMedia ? KnownDraft(described.front(), m.first) : -1;
  }

  // The known actor of `kind` mentioned last before mention i that is among
  // `actors` (any when empty), of `media_kind` and `country` (any when empty).
  std::int32_t LatestKnown(std::size_t i, MentionKind kind, const std::vector<std::uint32_t>& actors,
                           std::string_view media_kind, std::string_view country) const {
    for (std::size_t j = i; j-- > 0;) {
      const std::int32_t d = draft_of_[j];
      if (d < 0 || drafts_[d].entity.kind != kind || drafts_[d].actor < 0) continue;
      const ActorEntry& actor = knowledge_.actors()[drafts_[d].actor];
      if (!actors.empty() && std::find(actors.begin(), actors.end(), drafts_[d].actor) == actors.end()) continue;
      if (!media_kind.empty() && actor.media_kind != media_kind) continue;
      if (!country.empty() && actor.country != country) continue;
      return d;
    }
    return -1;
  }

  std::int32_t Role(std::size_t i) {
    const FoundMention& m = found_[i];
    const AgentEntry& agent = knowledge_.agents()[m.agent];
    if (m.apposition >= 0 && draft_of_[m.apposition] >= 0) {
      Draft& person = drafts_[draft_of_[m.apposition]];
      if (person.actor < 0 && !m.country.empty() && person.entity.actor.empty()) {
        person.entity.actor = m.country + agent.code;
        person.entity.role = knowledge_.RoleName(agent.title, m.country);
        person.entity.country = m.country;
      }
      return draft_of_[m.apposition];
    }
    if (!m.country.empty()) {
      const std::vector<std::uint32_t> holders = knowledge_.Holders(m.country, agent.title, day_);
      const std::int32_t holder = agent.title == "leader" ? knowledge_.Leader(m.country, day_)
                                  : holders.size() == 1   ? static_cast<std::int32_t>(holders.front())
                                                          : -1;
      if (holder >= 0) return KnownDraft(static_cast<std::uint32_t>(holder), m.first);
      return DraftFor("r" + m.country + "|" + agent.title, [&](Draft& d) {
        d.entity.name = WithoutThe(Text(m.first, m.end));
        d.entity.kind = MentionKind::kRole;
        d.entity.actor = m.country + agent.code;
        d.entity.role = knowledge_.RoleName(agent.title, m.country);
        d.entity.country = m.country;
      }, m.first);
    }
    // "the president": the latest person named who holds that title.
    for (std::size_t j = i; j-- > 0;) {
      const std::int32_t d = draft_of_[j];
      if (d < 0 || drafts_[d].actor < 0 || drafts_[d].entity.kind != MentionKind::kPerson) continue;
      for (const DatedCode& role : knowledge_.actors()[drafts_[d].actor].roles)
        if (role.title == agent.title && role.ActiveOn(day_)) return d;
    }
    return -1;
  }

  // Distinct persons of `gender` among resolved mentions of sentence s
  // before token `before`.
  std::vector<std::int32_t> PersonsIn(const std::vector<Resolved>& resolved, std::uint32_t s, std::uint32_t before,
                                      char gender) const {
    std::vector<std::int32_t> persons;
    const Sentence& sentence = doc_.sentences[s];
    for (const Resolved& r : resolved) {
      if (r.first < sentence.first_token || r.first >= before || r.draft < 0) continue;
      const Draft& d = drafts_[r.draft];
      if (d.entity.kind != MentionKind::kPerson || d.gender != gender) continue;
      if (std::find(persons.begin(), persons.end(), r.draft) == persons.end()) persons.push_back(r.draft);
    }
    return persons;
  }

  std::int32_t Antecedent(const std::vector<Resolved>& resolved, std::uint32_t s, std::uint32_t t, char gender,
                          bool object) const {
    const std::vector<std::int32_t> here = PersonsIn(resolved, s, t, gender);
    if (!object && here.size() == 1) return here.front();
    if (!object && here.size() > 1) return -1;
    for (std::uint32_t back = 1; back <= 3 && back <= s; ++back) {
      const Sentence& earlier = doc_.sentences[s - back];
      const std::vector<std::int32_t> there =
          PersonsIn(resolved, s - back, earlier.first_token + earlier.token_count, gender);
      if (there.empty()) continue;
      if (there.size() != 1) return -1;
      // "him" is not the subject of its own sentence.
      if (object && !here.empty() && here.front() == there.front()) return -1;
      return there.front();
    }
    return -1;
  }

  void Pronouns(std::vector<Resolved>& resolved) {
    std::vector<Resolved> pronouns;
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      for (std::uint32_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
        const std::string& w = tokens_.folded[t];
        const char gender = (w == "he" || w == "his" || w == "him") ? 'm' : (w == "she" || w == "her") ? 'f' : 0;
        if (gender == 0) continue;
        const std::int32_t d = Antecedent(resolved, s, t, gender, w == "him");
        if (d >= 0) pronouns.push_back({t, t + 1, MentionKind::kPerson, d});
      }
    }
    resolved.insert(resolved.end(), pronouns.begin(), pronouns.end());
    std::stable_sort(resolved.begin(), resolved.end(), [](const Resolved& a, const Resolved& b) {
      return a.first != b.first ? a.first < b.first : a.end > b.end;
    });
  }

  // Numbers entities by first mention and writes both arrays.
  void Output(const std::vector<Resolved>& resolved) {
    std::vector<std::int32_t> order(drafts_.size());
    for (std::size_t d = 0; d < order.size(); ++d) order[d] = static_cast<std::int32_t>(d);
    std::vector<std::uint32_t> first(drafts_.size(), UINT32_MAX);
    for (std::size_t r = 0; r < resolved.size(); ++r)
      if (resolved[r].draft >= 0) first[resolved[r].draft] = std::min<std::uint32_t>(first[resolved[r].draft], r);
    std::erase_if(order, [&](std::int32_t d) { return first[d] == UINT32_MAX; });
    std::stable_sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) { return first[a] < first[b]; });
    std::vector<std::int32_t> number(drafts_.size(), -1);
    doc_.entities.clear();
    for (std::int32_t d : order) {
      number[d] = static_cast<std::int32_t>(doc_.entities.size());
      doc_.entities.push_back(std::move(drafts_[d].entity));
      doc_.entities.back().id = "e" + std::to_string(doc_.entities.size());
    }
    doc_.mentions.clear();
    for (const Resolved& r : resolved) {
      const std::int32_t e = r.draft >= 0 ? number[r.draft] : -1;
      if (e >= 0) doc_.entities[e].mentions.push_back(static_cast<std::uint32_t>(doc_.mentions.size()));
      doc_.mentions.push_back({Span{doc_.tokens[r.first].span.begin, doc_.tokens[r.end - 1].span.end}, r.kind, e});
    }
  }

  Document& doc_;
  const TokenView& tokens_;
  const std::vector<FoundMention>& found_;
  const ActorKnowledge& knowledge_;
  Day day_;
  std::vector<Draft> drafts_;
  std::unordered_map<std::string, std::int32_t> by_key_;
  std::vector<std::int32_t> draft_of_;  // per found mention
};

}  // namespace

void ResolveActors(Document& doc, const TokenView& tokens, const std::vector<FoundMention>& found,
                   const ActorKnowledge& knowledge, Day day) {
  Resolver(doc, tokens, found, knowledge, day).Run();
}

}  // namespace tidings
