#include "store/query_filter.h"

#include <fmt/format.h>

#include "extract/dates.h"
#include "store/actor_code.h"

namespace tidings::store {
namespace {

std::string_view ViewName(CorpusView view) {
  switch (view) {
    case CorpusView::kEvents: return "events";
    case CorpusView::kArticles: return "--articles";
    case CorpusView::kQuotes: return "--quotes";
  }
  return "";
}

Result<std::string> CheckDate(std::string_view option, const std::string& text) {
  if (text.empty()) return std::string();
  std::optional<ParsedDate> date = ParseDate(text);
  if (!date || date->day == 0)
    return Status::InvalidInput(fmt::format("{} '{}' is not a date (write it as YYYY-MM-DD)", option, text));
  return fmt::format("{:04d}-{:02d}-{:02d}", date->year, date->month, date->day);
}

// CAMEO event codes are 2 to 4 digits under a root 01..20.
Status CheckCameoCode(const std::string& code) {
  bool digits = code.size() >= 2 && code.size() <= 4;
  for (char c : code) digits = digits && c >= '0' && c <= '9';
  const int root = digits ? std::stoi(code.substr(0, 2)) : 0;
  if (!digits || root < 1 || root > 20)
    return Status::InvalidInput(fmt::format(
        "--code '{}' is not a CAMEO event code: 2 to 4 digits under a root 01..20 (03, 036, 0361)", code));
  return Status::Ok();
}

// "https://www.Reuters.com/" -> "reuters.com": the form articles.source takes.
std::string NormalizeSite(std::string_view site) {
  if (std::size_t scheme = site.find("://"); scheme != std::string_view::npos) site.remove_prefix(scheme + 3);
  while (!site.empty() && site.back() == '/') site.remove_suffix(1);
  std::string out(site);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (out.starts_with("www.")) out.erase(0, 4);
  return out;
}

Status CheckTextQuery(Connection& db, const std::string& text) {
  Result<Statement*> st = db.Prepare("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1");
  if (!st.ok()) return st.status();
  if (Result<bool> row = (*st)->Bind(1, text).Step(); !row.ok())
    return Status::InvalidInput(fmt::format("--text '{}' is not a full-text query SQLite understands: {}", text,
                                            db.ErrorMessage()));
  return Status::Ok();
}

Status Inapplicable(std::string_view option, CorpusView view) {
  return Status::InvalidInput(fmt::format("{} does not apply to {}", option, ViewName(view)));
}

Status CheckApplicable(const CorpusQuery& q) {
  if (q.view == CorpusView::kQuotes) {
    if (!q.dyad.empty()) return Inapplicable("--dyad", q.view);
    if (!q.code.empty()) return Inapplicable("--code", q.view);
    if (q.quad_class != 0) return Inapplicable("--quad", q.view);
  } else if (!q.speaker.empty()) {
    return Inapplicable("--speaker", q.view);
  }
  return Status::Ok();
}

Status CheckDyad(const std::string& dyad, CheckedFilter& out) {
  const std::size_t comma = dyad.find(',');
  if (comma == std::string::npos)
    return Status::InvalidInput(fmt::format("--dyad '{}' needs two actor codes, SOURCE,TARGET (CHN,RUS)", dyad));
  Result<std::string> source = NormalizeActorCode(dyad.substr(0, comma));
  if (!source.ok()) return source.status();
  Result<std::string> target = NormalizeActorCode(dyad.substr(comma + 1));
  if (!target.ok()) return target.status();
  out.dyad_source = *source;
  out.dyad_target = *target;
  return Status::Ok();
}

SqlValue Length(const std::string& s) { return static_cast<std::int64_t>(s.size()); }

// The event-only filters (dyad, code, QuadClass) over `events e`.
void AddEventKindConditions(const CheckedFilter& f, SqlConditions& c) {
  if (!f.dyad_source.empty())
    c.Add("substr(e.source_actor, 1, ?) = ? AND substr(e.target_actor, 1, ?) = ?",
          {Length(f.dyad_source), f.dyad_source, Length(f.dyad_target), f.dyad_target});
  if (!f.code.empty()) c.Add("substr(e.cameo, 1, ?) = ?", {Length(f.code), f.code});
  if (f.quad_class != 0) c.Add("e.quad_class = ?", {std::int64_t{f.quad_class}});
}

// The article filters (dates, text, publisher) over `articles a`.
void AddArticleConditions(const CheckedFilter& f, SqlConditions& c) {
  if (!f.since.empty()) c.Add("substr(a.published, 1, 10) >= ?", {f.since});
  if (!f.until.empty()) c.Add("substr(a.published, 1, 10) <= ?", {f.until});
  if (!f.text.empty()) c.Add("a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", {f.text});
  if (!f.site.empty()) c.Add("(a.source = ? OR lower(a.site) = ?)", {f.site, f.site});
}

}  // namespace

void SqlConditions::Add(std::string_view clause, std::initializer_list<SqlValue> clause_values) {
  clauses.emplace_back(clause);
  values.insert(values.end(), clause_values);
}

std::string SqlConditions::Where() const {
  std::string sql;
  for (const std::string& clause : clauses) sql += (sql.empty() ? " WHERE (" : " AND (") + clause + ")";
  return sql;
}

int BindValues(Statement& statement, const std::vector<SqlValue>& values, int first) {
  for (const SqlValue& v : values) {
    if (const std::int64_t* i = std::get_if<std::int64_t>(&v)) {
      statement.Bind(first++, *i);
    } else {
      statement.Bind(first++, std::get<std::string>(v));
    }
  }
  return first;
}

Result<CheckedFilter> CheckFilter(Connection& db, const CorpusQuery& q) {
  if (Status s = CheckApplicable(q); !s.ok()) return s;
  CheckedFilter f;
  if (!q.actor.empty()) {
    Result<std::string> actor = NormalizeActorCode(q.actor);
    if (!actor.ok()) return actor.status();
    f.actor = *actor;
  }
  if (!q.dyad.empty())
    if (Status s = CheckDyad(q.dyad, f); !s.ok()) return s;
  if (!q.code.empty()) {
    if (Status s = CheckCameoCode(q.code); !s.ok()) return s;
    f.code = q.code;
  }
  if (q.quad_class < 0 || q.quad_class > 4)
    return Status::InvalidInput(fmt::format("--quad {} is not a QuadClass: 1 to 4", q.quad_class));
  f.quad_class = q.quad_class;
  Result<std::string> since = CheckDate("--since", q.since);
  if (!since.ok()) return since.status();
  Result<std::string> until = CheckDate("--until", q.until);
  if (!until.ok()) return until.status();
  f.since = *since;
  f.until = *until;
  if (!f.since.empty() && !f.until.empty() && f.since > f.until)
    return Status::InvalidInput(fmt::format("--since {} is after --until {}", f.since, f.until));
  if (!q.text.empty())
    if (Status s = CheckTextQuery(db, q.text); !s.ok()) return s;
  f.text = q.text;
  f.site = NormalizeSite(q.source_site);
  f.speaker = q.speaker;
  return f;
}

SqlConditions EventConditions(const CheckedFilter& f) {
  SqlConditions c;
  if (!f.actor.empty())
    c.Add("substr(e.source_actor, 1, ?) = ? OR substr(e.target_actor, 1, ?) = ?",
          {Length(f.actor), f.actor, Length(f.actor), f.actor});
  AddEventKindConditions(f, c);
  // An event spans date..date_last; it matches when the span meets the bounds.
  if (!f.since.empty()) c.Add("COALESCE(e.date_last, e.date) >= ?", {f.since});
  if (!f.until.empty()) c.Add("e.date <= ?", {f.until});
  if (!f.text.empty() || !f.site.empty()) {
    CheckedFilter article_only;
    article_only.text = f.text;
    article_only.site = f.site;
    SqlConditions in_articles;
    AddArticleConditions(article_only, in_articles);
    c.clauses.push_back("e.id IN (SELECT m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id" +
                        in_articles.Where() + ")");
    c.values.insert(c.values.end(), in_articles.values.begin(), in_articles.values.end());
  }
  return c;
}

SqlConditions ArticleConditions(const CheckedFilter& f) {
  SqlConditions c;
  if (!f.actor.empty())
    c.Add("EXISTS (SELECT 1 FROM entities n WHERE n.article_seq = a.seq AND substr(n.actor, 1, ?) = ?)",
          {Length(f.actor), f.actor});
  SqlConditions kinds;
  AddEventKindConditions(f, kinds);
  if (!kinds.clauses.empty()) {
    c.clauses.push_back("a.id IN (SELECT m.article_id FROM event_mentions m JOIN events e ON e.id = m.event_id" +
                        kinds.Where() + ")");
    c.values.insert(c.values.end(), kinds.values.begin(), kinds.values.end());
  }
  AddArticleConditions(f, c);
  return c;
}

SqlConditions QuoteConditions(const CheckedFilter& f) {
  SqlConditions c;
  if (!f.actor.empty()) c.Add("substr(sp.actor, 1, ?) = ?", {Length(f.actor), f.actor});
  if (!f.speaker.empty())
    c.Add("instr(lower(COALESCE(sp.name, '')), lower(?)) > 0 OR instr(lower(COALESCE(q.speaker_text, '')), lower(?)) > 0",
          {f.speaker, f.speaker});
  AddArticleConditions(f, c);
  return c;
}

}  // namespace tidings::store
