#include "store/gdelt_export.h"

#include <chrono>
#include <cmath>

#include <fmt/format.h>
#include <xxhash.h>

#include "store/actor_code.h"
#include "store/query_output.h"
#include "tidings/corpus_query.h"

namespace tidings {

std::vector<std::string> GdeltEventColumns() {
  std::vector<std::string> columns = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"};
  for (std::string_view actor : {"Actor1", "Actor2"})
    for (std::string_view field : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                                   "Religion2Code", "Type1Code", "Type2Code", "Type3Code"})
      columns.push_back(fmt::format("{}{}", actor, field));
  for (std::string_view c : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                             "NumMentions", "NumSources", "NumArticles", "AvgTone"})
    columns.emplace_back(c);
  for (std::string_view geo : {"Actor1Geo", "Actor2Geo", "ActionGeo"})
    for (std::string_view field : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"})
      columns.push_back(fmt::format("{}_{}", geo, field));
  columns.emplace_back("DATEADDED");
  columns.emplace_back("SOURCEURL");
  return columns;
}

std::vector<std::string> GdeltMentionColumns() {
  return {"GLOBALEVENTID",    "EventTimeDate", "MentionTimeDate",  "MentionType",      "MentionSourceName",
          "MentionIdentifier", "SentenceID",    "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
          "InRawText",        "Confidence",    "MentionDocLen",    "MentionDocTone",   "MentionDocTranslationInfo",
          "Extras"};
}

namespace store {
namespace {

constexpr std::size_t kGeoColumns = 3 * 8;

// A field holds no tab or line break: those separate fields and rows.
std::string Clean(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

std::string Upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

void WriteRow(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "\t" : "") << Clean(fields[i]);
  out << '\n';
}

int Digits(std::string_view s, std::size_t at, std::size_t n) {
  int v = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// "+03:00", "-0500", "Z" or "" -> minutes east of UTC; nothing when malformed.
std::optional<int> OffsetMinutes(std::string_view zone) {
  if (zone.empty() || zone == "Z") return 0;
  if (zone[0] != '+' && zone[0] != '-') return std::nullopt;
  const int hours = Digits(zone, 1, 2);
  const int minutes = zone.size() == 6 ? Digits(zone, 4, 2) : zone.size() == 5 ? Digits(zone, 3, 2) : zone.size() == 3 ? 0 : -1;
  if (hours < 0 || minutes < 0) return std::nullopt;
  return (zone[0] == '-' ? -1 : 1) * (hours * 60 + minutes);
}

// The date columns of an event dated `date` (YYYY-MM-DD): SQLDATE,
// MonthYear, Year, FractionDate; empty when undated.
void AppendDates(std::vector<std::string>& row, std::string_view date) {
  const int y = Digits(date, 0, 4), m = Digits(date, 5, 2), d = Digits(date, 8, 2);
  if (date.size() != 10 || y < 0 || m < 0 || d < 0) {
    row.insert(row.end(), 4, "");
    return;
  }
  row.push_back(fmt::format("{:04d}{:02d}{:02d}", y, m, d));
  row.push_back(fmt::format("{:04d}{:02d}", y, m));
  row.push_back(fmt::format("{:04d}", y));
  // GDELT's approximation: the day of the year as (month * 30 + day) / 365.
  row.push_back(fmt::format("{:.4f}", y + (m * 30 + d) / 365.0));
}

void AppendActor(std::vector<std::string>& row, const std::string& code, const std::string& name) {
  const GdeltActorParts p = SplitActorCode(code);
  row.insert(row.end(), {std::string(WithoutUnknownCountry(code)), code.empty() ? std::string() : Upper(name),
                         p.country, p.known_group, p.ethnic,
                         p.religion1, p.religion2, p.type1, p.type2, p.type3});
}

// "0251" -> "025"; 3-digit codes and roots are their own base.
std::string BaseCode(const std::string& cameo) { return cameo.size() > 3 ? cameo.substr(0, 3) : cameo; }

struct FirstMention {
  std::string source_name, target_name;
  bool in_lead = false;
};

// The first report's earliest mention of an event: actor names and whether it
// lies in the lead paragraph (the first paragraph that is not a heading).
Result<FirstMention> ReadFirstMention(Connection& db, const std::string& event_id, const std::string& article_id) {
  Result<Statement*> st = db.Prepare(
      "SELECT COALESCE(se.name, m.source_text, ''), COALESCE(te.name, m.target_text, ''), "
      "s.paragraph = (SELECT MIN(p.idx) FROM paragraphs p WHERE p.article_seq = a.seq AND p.kind = 'paragraph') "
      "FROM event_mentions m JOIN articles a ON a.id = m.article_id "
      "LEFT JOIN entities se ON se.article_seq = a.seq AND se.idx = m.source_entity "
      "LEFT JOIN entities te ON te.article_seq = a.seq AND te.idx = m.target_entity "
      "LEFT JOIN sentences s ON s.article_seq = a.seq AND s.idx = m.sentence "
      "WHERE m.event_id = ? AND m.article_id = ? ORDER BY m.sentence, m.idx, m.pair LIMIT 1");
  if (!st.ok()) return st.status();
  Result<bool> row = (*st)->Bind(1, event_id).Bind(2, article_id).Step();
  if (!row.ok()) return row.status();
  if (!*row) return FirstMention{};
  return FirstMention{(*st)->Text(0), (*st)->Text(1), (*st)->Int(2) == 1};
}

// Where an actor's words start in the text (code points), found in its
// sentence; -1 when the words are not there (as GDELT writes it).
std::int64_t ActorOffset(std::string_view sentence, std::int64_t sentence_begin, std::string_view words) {
  const std::size_t at = words.empty() ? std::string_view::npos : sentence.find(words);
  if (at == std::string_view::npos) return -1;
  return sentence_begin + static_cast<std::int64_t>(CodePointCount(sentence.substr(0, at)));
}

std::string Timestamp(const std::string& iso) { return GdeltTimestamp(iso).value_or(""); }

// Runs `sql` (with `where` spliced in before its ORDER BY) and calls `each` per row.
template <typename Each>
Status ForEachRow(Connection& db, const std::string& sql, const SqlConditions& where, Each&& each) {
  Result<Statement*> st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  BindValues(**st, where.values);
  for (;;) {
    Result<bool> more = (*st)->Step();
    if (!more.ok()) return more.status();
    if (!*more) return Status::Ok();
    if (Status s = each(**st); !s.ok()) return s;
  }
}

}  // namespace

std::int64_t GlobalEventId(std::string_view event_id) {
  // 60 bits: positive in any signed 64-bit column, collisions improbable
  // below a billion events.
  return static_cast<std::int64_t>(XXH3_64bits(event_id.data(), event_id.size()) >> 4);
}

std::optional<std::string> GdeltTimestamp(std::string_view iso) {
  using namespace std::chrono;
  const int y = Digits(iso, 0, 4), mo = Digits(iso, 5, 2), d = Digits(iso, 8, 2);
  if (iso.size() < 10 || y < 0 || mo < 0 || d < 0 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  const year_month_day ymd{year(y), month(static_cast<unsigned>(mo)), day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return std::nullopt;
  sys_seconds t = sys_days(ymd);
  if (iso.size() > 10) {
    if (iso[10] != 'T' && iso[10] != ' ') return std::nullopt;
    const int h = Digits(iso, 11, 2), mi = Digits(iso, 14, 2);
    if (h < 0 || mi < 0 || h > 23 || mi > 59) return std::nullopt;
    std::size_t at = 16;
    int s = 0;
    if (at < iso.size() && iso[at] == ':') {
      s = Digits(iso, at + 1, 2);
      if (s < 0 || s > 60) return std::nullopt;
      at += 3;
      while (at < iso.size() && (iso[at] == '.' || (iso[at] >= '0' && iso[at] <= '9'))) ++at;
    }
    const std::optional<int> offset = OffsetMinutes(iso.substr(at));
    if (!offset) return std::nullopt;
    t += hours(h) + minutes(mi) + seconds(s) - minutes(*offset);
  }
  const sys_days day_part = floor<days>(t);
  const year_month_day utc{day_part};
  const hh_mm_ss<seconds> clock{t - day_part};
  return fmt::format("{:04d}{:02d}{:02d}{:02d}{:02d}{:02d}", static_cast<int>(utc.year()),
                     static_cast<unsigned>(utc.month()), static_cast<unsigned>(utc.day()), clock.hours().count(),
                     clock.minutes().count(), clock.seconds().count());
}

Status WriteGdeltEvents(Connection& db, const SqlConditions& where, bool header, std::ostream& out) {
  if (header) WriteRow(out, GdeltEventColumns());
  const std::string sql =
      "SELECT e.id, e.date, e.source_actor, e.target_actor, e.cameo, e.root, e.quad_class, e.goldstein, "
      "e.num_mentions, e.num_sources, e.num_articles, e.first_article_id, fa.published, "
      "COALESCE(NULLIF(fa.url, ''), fa.source, '') "
      "FROM events e LEFT JOIN articles fa ON fa.id = e.first_article_id" +
      where.Where() + " ORDER BY e.date IS NULL, e.date, e.id";
  return ForEachRow(db, sql, where, [&](const Statement& r) -> Status {
    const std::string id = r.Text(0);
    Result<FirstMention> first = ReadFirstMention(db, id, r.Text(11));
    if (!first.ok()) return first.status();
    std::vector<std::string> row = {std::to_string(GlobalEventId(id))};
    AppendDates(row, r.Text(1));
    AppendActor(row, r.Text(2), first->source_name);
    AppendActor(row, r.Text(3), first->target_name);
    const std::string cameo = r.Text(4);
    row.insert(row.end(), {first->in_lead ? "1" : "0", cameo, BaseCode(cameo), r.Text(5),
                           r.IsNull(6) ? "" : std::to_string(r.Int(6)),
                           r.IsNull(7) ? "" : fmt::format("{:.1f}", r.Real(7)), std::to_string(r.Int(8)),
                           std::to_string(r.Int(9)), std::to_string(r.Int(10)), /*AvgTone*/ ""});
    row.insert(row.end(), kGeoColumns, "");
    row.push_back(Timestamp(r.Text(12)));
    row.push_back(r.Text(13));
    WriteRow(out, row);
    return Status::Ok();
  });
}

Status WriteGdeltMentions(Connection& db, const SqlConditions& where, bool header, std::ostream& out) {
  if (header) WriteRow(out, GdeltMentionColumns());
  const std::string sql =
      "SELECT m.event_id, fa.published, a.published, COALESCE(a.url, ''), a.source, a.id, m.sentence, m.char_begin, "
      "m.source_text, m.target_text, m.confidence, length(a.text), s.char_begin, "
      "substr(a.text, s.char_begin + 1, s.char_end - s.char_begin) "
      "FROM event_mentions m JOIN events e ON e.id = m.event_id JOIN articles a ON a.id = m.article_id "
      "LEFT JOIN articles fa ON fa.id = e.first_article_id "
      "LEFT JOIN sentences s ON s.article_seq = a.seq AND s.idx = m.sentence" +
      where.Where() +
      " ORDER BY e.date IS NULL, e.date, e.id, a.published IS NULL, a.published, m.article_id, m.idx, m.pair";
  return ForEachRow(db, sql, where, [&](const Statement& r) -> Status {
    const std::string url = r.Text(3);
    const std::string sentence = r.Text(13);
    const std::int64_t sentence_begin = r.Int(12);
    const std::int64_t source = ActorOffset(sentence, sentence_begin, r.Text(8));
    const std::int64_t target = ActorOffset(sentence, sentence_begin, r.Text(9));
    const bool in_raw_text = (r.IsNull(8) || source >= 0) && (r.IsNull(9) || target >= 0);
    WriteRow(out, {std::to_string(GlobalEventId(r.Text(0))), Timestamp(r.Text(1)), Timestamp(r.Text(2)),
                   url.empty() ? "2" : "1", r.Text(4), url.empty() ? r.Text(5) : url, std::to_string(r.Int(6) + 1),
                   std::to_string(source), std::to_string(target), std::to_string(r.Int(7)), in_raw_text ? "1" : "0",
                   std::to_string(std::lround(r.Real(10) * 100)), std::to_string(r.Int(11)), /*MentionDocTone*/ "",
                   /*MentionDocTranslationInfo*/ "", /*Extras*/ ""});
    return Status::Ok();
  });
}

}  // namespace store
}  // namespace tidings
