#include "store/event_merge.h"

#include <chrono>
#include <cstdio>
#include <optional>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "store/actor_code.h"
#include "store/article_rows.h"
#include "store/content_hash.h"

namespace tidings::store {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

// The allowed gap between two mentions of one event, in days (see header).
constexpr int kDateToleranceDays = 1;

std::optional<sys_days> ParseDay(std::string_view date) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (date.size() != 10 || std::sscanf(std::string(date).c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return std::nullopt;
  const year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!ymd.ok()) return std::nullopt;
  return sys_days(ymd);
}

std::string FormatDay(sys_days day) {
  const year_month_day ymd(day);
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

// One source/target pair of a coded event; a missing side is an empty actor.
struct Pair {
  const EventActor* source = nullptr;
  const EventActor* target = nullptr;
};

std::vector<Pair> Pairs(const Event& e) {
  std::vector<Pair> pairs;
  const std::size_t sources = std::max<std::size_t>(1, e.sources.size());
  const std::size_t targets = std::max<std::size_t>(1, e.targets.size());
  for (std::size_t s = 0; s < sources; ++s)
    for (std::size_t t = 0; t < targets; ++t)
      pairs.push_back({s < e.sources.size() ? &e.sources[s] : nullptr, t < e.targets.size() ? &e.targets[t] : nullptr});
  return pairs;
}

std::string_view ActorCode(const EventActor* a) { return a ? std::string_view(a->actor) : std::string_view(); }

bool OfKnownCountry(std::string_view code) { return !code.empty() && !code.starts_with(kUnknownCountry); }

// How sure the dyad is: both actors resolved to a code of a known country 1.0, one 0.75, none 0.5.
double Confidence(const Pair& p) {
  return 0.5 + 0.25 * OfKnownCountry(ActorCode(p.source)) + 0.25 * OfKnownCountry(ActorCode(p.target));
}

// What identifies the real-world event a mention belongs to, before dates.
struct EventKey {
  std::string source, target, cameo;
};

// The day range of an event; none for an undated one.
struct Days {
  sys_days first, last;
};

// Creates the event or, when it exists, sets its dates (one statement).
Status UpsertEvent(Connection& db, const std::string& id, const EventKey& key, const Event& e,
                   const std::string& article_id, std::optional<Days> dates) {
  Result<Statement*> st = db.Prepare(
      "INSERT INTO events (id, source_actor, target_actor, cameo, cameo_name, root, goldstein, quad_class, "
      "plover, plover_mode, date, date_last, num_mentions, num_sources, num_articles, first_article_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?) "
      "ON CONFLICT (id) DO UPDATE SET date = excluded.date, date_last = excluded.date_last");
  if (!st.ok()) return st.status();
  (*st)->Bind(1, id).Bind(2, key.source).Bind(3, key.target).Bind(4, key.cameo).BindOptional(5, e.cameo_name);
  (*st)->Bind(6, e.root).Bind(7, e.goldstein).Bind(8, std::int64_t{e.quad_class}).BindOptional(9, e.plover_event);
  (*st)->BindOptional(10, e.plover_mode).Bind(13, article_id);
  if (dates) (*st)->Bind(11, FormatDay(dates->first)).Bind(12, FormatDay(dates->last));
  return (*st)->Run();
}

// Moves the mentions of event `from` to `to` and deletes `from`.
Status FoldEvent(Connection& db, const std::string& from, const std::string& to) {
  Result<Statement*> move = db.Prepare("UPDATE event_mentions SET event_id = ? WHERE event_id = ?");
  if (!move.ok()) return move.status();
  if (Status s = (*move)->Bind(1, to).Bind(2, from).Run(); !s.ok()) return s;
  Result<Statement*> drop = db.Prepare("DELETE FROM events WHERE id = ?");
  if (!drop.ok()) return drop.status();
  return (*drop)->Bind(1, from).Run();
}

// The id of the dated event `day` belongs to, after chaining it with the
// existing events within tolerance (re-keying them when its span changes).
Result<std::string> MergeDated(Connection& db, const EventKey& key, sys_days day, const Event& e,
                               const std::string& article_id, std::set<std::string>& touched) {
  Result<Statement*> near = db.Prepare(
      "SELECT id, date, date_last FROM events WHERE source_actor = ? AND target_actor = ? AND cameo = ? "
      "AND date IS NOT NULL AND date <= ? AND date_last >= ?");
  if (!near.ok()) return near.status();
  (*near)->Bind(1, key.source).Bind(2, key.target).Bind(3, key.cameo);
  (*near)->Bind(4, FormatDay(day + days(kDateToleranceDays))).Bind(5, FormatDay(day - days(kDateToleranceDays)));
  sys_days first = day, last = day;
  std::vector<std::string> joined;
  for (;;) {
    Result<bool> row = (*near)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    joined.push_back((*near)->Text(0));
    first = std::min(first, ParseDay((*near)->Text(1)).value_or(first));
    last = std::max(last, ParseDay((*near)->Text(2)).value_or(last));
  }
  const std::string id = ContentHash({key.source, key.target, key.cameo, FormatDay(first)});
  if (Status s = UpsertEvent(db, id, key, e, article_id, Days{first, last}); !s.ok()) return s;
  for (const std::string& old : joined) {
    if (old == id) continue;
    if (Status s = FoldEvent(db, old, id); !s.ok()) return s;
    touched.erase(old);
  }
  return id;
}

Status InsertMention(Connection& db, const Document& doc, std::size_t index, std::size_t pair_index, const Pair& p,
                     const std::string& event_id) {
  const Event& e = doc.events[index];
  Result<Statement*> st = db.Prepare(
      "INSERT INTO event_mentions (article_id, idx, pair, event_id, sentence, char_begin, char_end, text, "
      "source_text, source_entity, target_text, target_entity, date, confidence, speaker_text, speaker_entity, "
      "relayed_by, modality, evidence_file, evidence_line, evidence_pattern, issues) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!st.ok()) return st.status();
  Statement& s = **st;
  s.Bind(1, doc.article().id).Bind(2, static_cast<std::int64_t>(index)).Bind(3, static_cast<std::int64_t>(pair_index));
  s.Bind(4, event_id).Bind(5, std::int64_t{e.sentence}).Bind(6, std::int64_t{doc.CodePointOffset(e.span.begin)});
  s.Bind(7, std::int64_t{doc.CodePointOffset(e.span.end)}).Bind(8, doc.text(e.span));
  s.BindOptional(9, p.source ? doc.text(p.source->text) : std::string_view());
  s.BindOptional(10, std::int64_t{p.source ? p.source->entity : -1});
  s.BindOptional(11, p.target ? doc.text(p.target->text) : std::string_view());
  s.BindOptional(12, std::int64_t{p.target ? p.target->entity : -1});
  s.BindOptional(13, e.date).Bind(14, Confidence(p)).BindOptional(15, doc.text(e.speaker_text));
  s.BindOptional(16, std::int64_t{e.speaker}).Bind(17, RelaysJson(doc, e.relayed_by_text, e.relayed_by));
  s.Bind(18, e.modality).BindOptional(19, e.evidence_file);
  s.Bind(20, std::int64_t{e.evidence_line}).BindOptional(21, e.evidence_pattern).Bind(22, StringsJson(e.issues));
  return s.Run();
}

// An event's counts and first report, from its mentions' articles.
struct EventCounts {
  std::int64_t mentions = 0, articles = 0, sources = 0;
  std::string first_article_id;
};

// Reads the mentions once and counts in memory: two aggregate subqueries
// (distinct counts and an ordered pick) cost the writer about twice as much.
// An article without a source counts as a source of its own, keyed by its id,
// in the same set as the sources; the first report is the earliest published,
// undated ones last, then the smallest id (byte order, as SQLite compares).
Result<EventCounts> CountEvent(Connection& db, const std::string& id) {
  Result<Statement*> st = db.Prepare(
      "SELECT m.article_id, a.source, a.published FROM event_mentions m JOIN articles a ON a.id = m.article_id "
      "WHERE m.event_id = ?");
  if (!st.ok()) return st.status();
  (*st)->Bind(1, id);
  EventCounts counts;
  std::set<std::string> articles, sources;
  std::optional<std::string> first_published;  // of the first report; nullopt while undated
  for (;;) {
    Result<bool> row = (*st)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    std::string article = (*st)->Text(0), source = (*st)->Text(1);
    const bool dated = !(*st)->IsNull(2);
    const std::string published = (*st)->Text(2);
    const bool earlier =
        counts.mentions == 0 ||
        (dated && (!first_published || published < *first_published ||
                   (published == *first_published && article < counts.first_article_id))) ||
        (!dated && !first_published && article < counts.first_article_id);
    if (earlier) {
      counts.first_article_id = article;
      first_published = dated ? std::optional<std::string>(published) : std::nullopt;
    }
    ++counts.mentions;
    sources.insert(source.empty() ? article : std::move(source));
    articles.insert(std::move(article));
  }
  if (counts.mentions == 0) return Status::Corruption(fmt::format("event {} has no mentions", id));
  counts.articles = static_cast<std::int64_t>(articles.size());
  counts.sources = static_cast<std::int64_t>(sources.size());
  return counts;
}

}  // namespace

Status InsertEventMentions(Connection& db, const Document& doc, std::set<std::string>& touched) {
  const std::string& article_id = doc.article().id;
  for (std::size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    const std::vector<Pair> pairs = Pairs(e);
    for (std::size_t p = 0; p < pairs.size(); ++p) {
      const EventKey key{std::string(ActorCode(pairs[p].source)), std::string(ActorCode(pairs[p].target)), e.cameo};
      std::string id;
      const std::optional<sys_days> day = ParseDay(e.date);
      // Without a date, or without an actor of a known country ("it was said",
      // "police detained two journalists": which police?), nothing tells two
      // reports of it apart from two events: such an event stays in its article.
      if (day && (OfKnownCountry(key.source) || OfKnownCountry(key.target))) {
        Result<std::string> merged = MergeDated(db, key, *day, e, article_id, touched);
        if (!merged.ok()) return merged.status();
        id = std::move(merged).value();
      } else {
        id = ContentHash({key.source, key.target, key.cameo, day ? e.date : "undated", article_id});
        const std::optional<Days> dates = day ? std::optional<Days>(Days{*day, *day}) : std::nullopt;
        if (Status s = UpsertEvent(db, id, key, e, article_id, dates); !s.ok()) return s;
      }
      if (Status s = InsertMention(db, doc, i, p, pairs[p], id); !s.ok()) return s;
      touched.insert(id);
    }
  }
  return Status::Ok();
}

Status RefreshEvents(Connection& db, const std::set<std::string>& touched) {
  for (const std::string& id : touched) {
    Result<EventCounts> counts = CountEvent(db, id);
    if (!counts.ok()) return counts.status();
    Result<Statement*> st = db.Prepare(
        "UPDATE events SET num_mentions = ?, num_articles = ?, num_sources = ?, first_article_id = ? WHERE id = ?");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, counts->mentions).Bind(2, counts->articles).Bind(3, counts->sources);
    if (Status s = (*st)->Bind(4, counts->first_article_id).Bind(5, id).Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace tidings::store
