#include "store/query_views.h"

#include <span>

#include <fmt/format.h>

namespace tidings::store {
namespace {

enum class FieldType { kText, kInt, kReal };

struct Field {
  std::string_view name;
  std::string_view sql;
  FieldType type = FieldType::kText;
};

struct View {
  std::span<const Field> fields;
  std::string_view from;
  std::string_view order;  // the default ORDER BY, also the tie-breaker of a user's sort
  std::span<const std::string_view> table_fields;
};

constexpr Field kEventFields[] = {
    {"id", "e.id"},
    {"date", "e.date"},
    {"date_last", "e.date_last"},
    {"source", "e.source_actor"},
    {"target", "e.target_actor"},
    {"cameo", "e.cameo"},
    {"cameo_name", "e.cameo_name"},
    {"root", "e.root"},
    {"quad_class", "e.quad_class", FieldType::kInt},
    {"goldstein", "e.goldstein", FieldType::kReal},
    {"plover", "e.plover"},
    {"plover_mode", "e.plover_mode"},
    {"num_mentions", "e.num_mentions", FieldType::kInt},
    {"num_sources", "e.num_sources", FieldType::kInt},
    {"num_articles", "e.num_articles", FieldType::kInt},
    {"first_article", "e.first_article_id"},
    {"first_published", "fa.published"},
    {"first_source", "fa.source"},
    {"first_title", "fa.title"},
    {"first_url", "fa.url"},
};
constexpr std::string_view kEventTable[] = {"date",         "source",      "cameo",        "target",
                                            "quad_class",   "goldstein",   "num_mentions", "num_sources",
                                            "num_articles", "first_title"};

constexpr Field kArticleFields[] = {
    {"id", "a.id"},
    {"published", "a.published"},
    {"source", "a.source"},
    {"site", "a.site"},
    {"title", "a.title"},
    {"url", "a.url"},
    {"author", "a.author"},
    {"language", "a.language"},
    {"cluster", "a.cluster_id"},
    {"duplicates", "(SELECT COUNT(*) - 1 FROM articles d WHERE d.cluster_id = a.cluster_id)", FieldType::kInt},
    {"events", "(SELECT COUNT(DISTINCT m.event_id) FROM event_mentions m WHERE m.article_id = a.id)", FieldType::kInt},
    {"quotes", "(SELECT COUNT(*) FROM quotes qq WHERE qq.article_id = a.id)", FieldType::kInt},
};
constexpr std::string_view kArticleTable[] = {"published", "source", "title", "events", "quotes", "duplicates"};

constexpr Field kQuoteFields[] = {
    {"speaker", "COALESCE(sp.name, q.speaker_text)"},
    {"speaker_actor", "sp.actor"},
    {"speaker_text", "q.speaker_text"},
    {"kind", "q.kind"},
    {"text", "q.text"},
    {"cue", "q.cue_text"},
    {"relayed_by", "(SELECT group_concat(json_extract(r.value, '$.text'), '; ') FROM json_each(q.relayed_by) r)"},
    {"article_id", "q.article_id"},
    {"published", "a.published"},
    {"source", "a.source"},
    {"title", "a.title"},
    {"url", "a.url"},
    {"start", "q.char_begin", FieldType::kInt},
    {"end", "q.char_end", FieldType::kInt},
};
constexpr std::string_view kQuoteTable[] = {"speaker", "speaker_actor", "kind", "text", "relayed_by", "source",
                                            "published"};

const View& ViewOf(CorpusView view) {
  static const View kEvents{kEventFields, "events e LEFT JOIN articles fa ON fa.id = e.first_article_id",
                            "e.date IS NULL, e.date, e.id", kEventTable};
  static const View kArticles{kArticleFields, "articles a", "a.published IS NULL, a.published, a.id", kArticleTable};
  static const View kQuotes{kQuoteFields,
                            "quotes q JOIN articles a ON a.id = q.article_id "
                            "LEFT JOIN entities sp ON sp.article_seq = a.seq AND sp.idx = q.speaker_entity",
                            "COALESCE(sp.name, q.speaker_text) IS NULL, lower(COALESCE(sp.name, q.speaker_text)), "
                            "a.published, q.article_id, q.idx",
                            kQuoteTable};
  switch (view) {
    case CorpusView::kArticles: return kArticles;
    case CorpusView::kQuotes: return kQuotes;
    case CorpusView::kEvents: break;
  }
  return kEvents;
}

const Field* FindField(const View& view, std::string_view name) {
  for (const Field& f : view.fields)
    if (f.name == name) return &f;
  return nullptr;
}

Status UnknownField(const View& view, std::string_view option, std::string_view name) {
  std::string known;
  for (const Field& f : view.fields) known += (known.empty() ? "" : ", ") + std::string(f.name);
  return Status::InvalidInput(fmt::format("{} names an unknown field '{}' (known: {})", option, name, known));
}

// The ORDER BY of a query: the user's field first (validated), then the default.
Result<std::string> OrderBy(const View& view, std::string_view sort) {
  if (sort.empty()) return std::string(view.order);
  const bool descending = sort.starts_with('-');
  const std::string_view name = descending ? sort.substr(1) : sort;
  const Field* field = FindField(view, name);
  if (field == nullptr) return UnknownField(view, "--sort", name);
  return fmt::format("{} IS NULL, {} {}, {}", field->sql, field->sql, descending ? "DESC" : "ASC", view.order);
}

Row Value(const Statement& st, int column, FieldType type) {
  if (st.IsNull(column)) return nullptr;
  switch (type) {
    case FieldType::kInt: return st.Int(column);
    case FieldType::kReal: return st.Real(column);
    case FieldType::kText: break;
  }
  return st.Text(column);
}

Row ReadRow(const Statement& st, const View& view) {
  Row row = Row::object();
  for (std::size_t i = 0; i < view.fields.size(); ++i)
    row[std::string(view.fields[i].name)] = Value(st, static_cast<int>(i), view.fields[i].type);
  return row;
}

Row Actor(const Statement& st, int column) {
  return {{"text", Value(st, column, FieldType::kText)},
          {"name", Value(st, column + 1, FieldType::kText)},
          {"actor", Value(st, column + 2, FieldType::kText)}};
}

// The mentions of one event, earliest report first.
Result<Row> EventMentions(Connection& db, const std::string& event_id, std::size_t limit) {
  Result<Statement*> st = db.Prepare(
      "SELECT m.article_id, a.url, a.source, a.published, m.sentence, m.char_begin, m.char_end, m.text, "
      "m.source_text, se.name, se.actor, m.target_text, te.name, te.actor, m.date, m.confidence, m.modality, "
      "m.speaker_text, m.relayed_by, m.evidence_file, m.evidence_line, m.evidence_pattern "
      "FROM event_mentions m JOIN articles a ON a.id = m.article_id "
      "LEFT JOIN entities se ON se.article_seq = a.seq AND se.idx = m.source_entity "
      "LEFT JOIN entities te ON te.article_seq = a.seq AND te.idx = m.target_entity "
      "WHERE m.event_id = ? ORDER BY a.published IS NULL, a.published, m.article_id, m.idx, m.pair LIMIT ?");
  if (!st.ok()) return st.status();
  (*st)->Bind(1, event_id).Bind(2, limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(limit));
  Row mentions = Row::array();
  for (;;) {
    Result<bool> more = (*st)->Step();
    if (!more.ok()) return more.status();
    if (!*more) break;
    const Statement& r = **st;
    Row m;
    m["article_id"] = r.Text(0);
    m["url"] = Value(r, 1, FieldType::kText);
    m["publisher"] = r.Text(2);
    m["published"] = Value(r, 3, FieldType::kText);
    m["sentence"] = r.Int(4);
    m["start"] = r.Int(5);
    m["end"] = r.Int(6);
    m["text"] = r.Text(7);
    m["source_actor"] = Actor(r, 8);
    m["target_actor"] = Actor(r, 11);
    m["date"] = Value(r, 14, FieldType::kText);
    m["confidence"] = r.Real(15);
    m["modality"] = r.Text(16);
    m["speaker"] = Value(r, 17, FieldType::kText);
    Row relays = Row::parse(r.Text(18), nullptr, /*allow_exceptions=*/false);
    m["relayed_by"] = relays.is_discarded() ? Row::array() : std::move(relays);
    m["evidence"] = {{"file", Value(r, 19, FieldType::kText)},
                     {"line", Value(r, 20, FieldType::kInt)},
                     {"pattern", Value(r, 21, FieldType::kText)}};
    mentions.push_back(std::move(m));
  }
  return mentions;
}

SqlConditions Conditions(CorpusView view, const CheckedFilter& filter) {
  switch (view) {
    case CorpusView::kArticles: return ArticleConditions(filter);
    case CorpusView::kQuotes: return QuoteConditions(filter);
    case CorpusView::kEvents: break;
  }
  return EventConditions(filter);
}

}  // namespace

std::vector<std::string> ViewFieldNames(CorpusView view) {
  std::vector<std::string> names;
  for (const Field& f : ViewOf(view).fields) names.emplace_back(f.name);
  return names;
}

Result<std::vector<std::string>> SelectFields(const CorpusQuery& query, bool table) {
  const View& view = ViewOf(query.view);
  if (query.fields.empty()) {
    if (table) return std::vector<std::string>(view.table_fields.begin(), view.table_fields.end());
    return ViewFieldNames(query.view);
  }
  for (const std::string& name : query.fields)
    if (FindField(view, name) == nullptr) return UnknownField(view, "--fields", name);
  return query.fields;
}

Status ReadView(Connection& db, const CorpusQuery& query, const CheckedFilter& filter, bool with_mentions,
                const std::function<Status(Row&&)>& row) {
  const View& view = ViewOf(query.view);
  Result<std::string> order = OrderBy(view, query.sort);
  if (!order.ok()) return order.status();
  std::string columns;
  for (const Field& f : view.fields) columns += (columns.empty() ? "" : ", ") + std::string(f.sql);
  const SqlConditions where = Conditions(query.view, filter);
  const std::string sql =
      fmt::format("SELECT {} FROM {}{} ORDER BY {} LIMIT ?", columns, view.from, where.Where(), *order);
  Result<Statement*> st = db.Prepare(sql);
  if (!st.ok()) return st.status();
  const int limit_index = BindValues(**st, where.values);
  (*st)->Bind(limit_index, query.limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(query.limit));
  for (;;) {
    Result<bool> more = (*st)->Step();
    if (!more.ok()) return more.status();
    if (!*more) return Status::Ok();
    Row r = ReadRow(**st, view);
    if (with_mentions && query.view == CorpusView::kEvents) {
      Result<Row> mentions = EventMentions(db, r["id"].get<std::string>(), query.mentions_per_event);
      if (!mentions.ok()) return mentions.status();
      r["mentions"] = std::move(mentions).value();
    }
    if (Status s = row(std::move(r)); !s.ok()) return s;
  }
}

}  // namespace tidings::store
