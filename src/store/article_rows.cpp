#include "store/article_rows.h"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

namespace tidings::store {
namespace {

std::int64_t CodePoint(const Document& doc, std::uint32_t byte_offset) { return doc.CodePointOffset(byte_offset); }

std::string Dump(const nlohmann::json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Status InsertArticle(Connection& db, const Document& doc, std::string_view text_hash) {
  const Article& a = doc.article();
  Result<Statement*> st = db.Prepare(
      "INSERT INTO articles (id, url, site, source, title, author, language, published, published_from, "
      "description, text, warnings, text_hash, cluster_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
      "?13, ?1)");
  if (!st.ok()) return st.status();
  (*st)->Bind(1, a.id).BindOptional(2, a.url).BindOptional(3, a.site_name).Bind(4, ArticleSource(a));
  (*st)->BindOptional(5, a.title).BindOptional(6, a.author).BindOptional(7, a.language).BindOptional(8, a.published);
  (*st)->BindOptional(9, a.published_from).BindOptional(10, a.description).Bind(11, doc.text());
  (*st)->Bind(12, Dump(nlohmann::json(a.warnings))).Bind(13, text_hash);
  return (*st)->Run();
}

Status InsertParagraphs(Connection& db, const Document& doc) {
  const Article& a = doc.article();
  std::uint32_t begin = 0;
  for (std::size_t i = 0; i < a.paragraphs.size(); ++i) {
    const std::uint32_t end = begin + static_cast<std::uint32_t>(a.paragraphs[i].text.size());
    Result<Statement*> st = db.Prepare(
        "INSERT INTO paragraphs (article_id, idx, kind, char_begin, char_end) VALUES (?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, a.id).Bind(2, static_cast<std::int64_t>(i)).Bind(3, ParagraphKindName(a.paragraphs[i].kind));
    (*st)->Bind(4, CodePoint(doc, begin)).Bind(5, CodePoint(doc, end));
    if (Status s = (*st)->Run(); !s.ok()) return s;
    begin = end + 2;  // the blank line text() puts between paragraphs
  }
  return Status::Ok();
}

Status InsertSentences(Connection& db, const Document& doc) {
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    Result<Statement*> st = db.Prepare(
        "INSERT INTO sentences (article_id, idx, paragraph, char_begin, char_end) VALUES (?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, doc.article().id).Bind(2, static_cast<std::int64_t>(i)).Bind(3, std::int64_t{s.paragraph});
    (*st)->Bind(4, CodePoint(doc, s.span.begin)).Bind(5, CodePoint(doc, s.span.end));
    if (Status status = (*st)->Run(); !status.ok()) return status;
  }
  return Status::Ok();
}

// The entity of each mention: entities list their mentions (coreference adds
// titles and descriptors there), Mention::entity is the fallback.
std::vector<std::int64_t> MentionEntities(const Document& doc) {
  std::vector<std::int64_t> entity(doc.mentions.size(), -1);
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) entity[i] = doc.mentions[i].entity;
  for (std::size_t e = 0; e < doc.entities.size(); ++e)
    for (std::uint32_t m : doc.entities[e].mentions)
      if (m < entity.size()) entity[m] = static_cast<std::int64_t>(e);
  return entity;
}

Status InsertMentions(Connection& db, const Document& doc) {
  const std::vector<std::int64_t> entities = MentionEntities(doc);
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    Result<Statement*> st = db.Prepare(
        "INSERT INTO mentions (article_id, idx, kind, entity, char_begin, char_end, text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, doc.article().id).Bind(2, static_cast<std::int64_t>(i)).Bind(3, MentionKindName(m.kind));
    (*st)->BindOptional(4, entities[i]).Bind(5, CodePoint(doc, m.span.begin));
    (*st)->Bind(6, CodePoint(doc, m.span.end)).Bind(7, doc.text(m.span));
    if (Status s = (*st)->Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

Status InsertEntities(Connection& db, const Document& doc) {
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    Result<Statement*> st = db.Prepare(
        "INSERT INTO entities (article_id, idx, local_id, name, kind, actor, role, country, mentions) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, doc.article().id).Bind(2, static_cast<std::int64_t>(i)).Bind(3, e.id).Bind(4, e.name);
    (*st)->Bind(5, MentionKindName(e.kind)).BindOptional(6, e.actor).BindOptional(7, e.role);
    (*st)->BindOptional(8, e.country).Bind(9, static_cast<std::int64_t>(e.mentions.size()));
    if (Status s = (*st)->Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

Status InsertQuotes(Connection& db, const Document& doc) {
  for (std::size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    Result<Statement*> st = db.Prepare(
        "INSERT INTO quotes (article_id, idx, kind, char_begin, char_end, text, speaker_text, speaker_entity, "
        "cue_text, relayed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, doc.article().id).Bind(2, static_cast<std::int64_t>(i)).Bind(3, QuoteKindName(q.kind));
    (*st)->Bind(4, CodePoint(doc, q.span.begin)).Bind(5, CodePoint(doc, q.span.end)).Bind(6, doc.text(q.span));
    (*st)->BindOptional(7, doc.text(q.speaker)).BindOptional(8, std::int64_t{q.speaker_entity});
    (*st)->BindOptional(9, doc.text(q.cue)).Bind(10, RelaysJson(doc, q.relayed_by, q.relayed_by_entities));
    if (Status s = (*st)->Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

Status InsertTimes(Connection& db, const Document& doc) {
  for (std::size_t i = 0; i < doc.times.size(); ++i) {
    const TimeExpression& t = doc.times[i];
    Result<Statement*> st = db.Prepare(
        "INSERT INTO times (article_id, idx, type, value, char_begin, char_end, text) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!st.ok()) return st.status();
    (*st)->Bind(1, doc.article().id).Bind(2, static_cast<std::int64_t>(i)).Bind(3, TimeTypeName(t.type));
    (*st)->Bind(4, t.value).Bind(5, CodePoint(doc, t.span.begin)).Bind(6, CodePoint(doc, t.span.end));
    (*st)->Bind(7, doc.text(t.span));
    if (Status s = (*st)->Run(); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

std::string ArticleSource(const Article& article) {
  std::string_view url = article.url;
  if (const std::size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    std::string_view host = url.substr(scheme + 3);
    host = host.substr(0, host.find_first_of("/?#"));
    if (const std::size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
    host = host.substr(0, host.find(':'));
    std::string lower(host);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower.starts_with("www.")) lower.erase(0, 4);
    if (!lower.empty()) return lower;
  }
  return article.site_name;
}

std::string RelaysJson(const Document& doc, const std::vector<Span>& texts, const std::vector<std::int32_t>& entities) {
  nlohmann::json out = nlohmann::json::array();
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::int32_t entity = i < entities.size() ? entities[i] : -1;
    out.push_back({{"text", doc.text(texts[i])}, {"entity", entity < 0 ? nlohmann::json() : nlohmann::json(entity)}});
  }
  return Dump(out);
}

Status InsertArticleRows(Connection& db, const Document& doc, std::string_view text_hash) {
  if (Status s = InsertArticle(db, doc, text_hash); !s.ok()) return s;
  for (Status (*insert)(Connection&, const Document&) :
       {InsertParagraphs, InsertSentences, InsertMentions, InsertEntities, InsertQuotes, InsertTimes}) {
    if (Status s = insert(db, doc); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace tidings::store
