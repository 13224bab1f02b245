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

Status InsertArticle(Connection& db, const Document& doc, const TextDigest& digest) {
  const Article& a = doc.article();
  Result<Statement*> st = db.Prepare(
      "INSERT INTO articles (id, url, site, source, title, author, language, published, published_from, "
      "description, text, warnings, text_hash, signature, cluster_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
      "?11, ?12, ?13, ?14, ?1)");
  if (!st.ok()) return st.status();
  (*st)->Bind(1, a.id).BindOptional(2, a.url).BindOptional(3, a.site_name).Bind(4, ArticleSource(a));
  (*st)->BindOptional(5, a.title).BindOptional(6, a.author).BindOptional(7, a.language).BindOptional(8, a.published);
  (*st)->BindOptional(9, a.published_from).BindOptional(10, a.description).BindView(11, doc.text());
  (*st)->Bind(12, StringsJson(a.warnings)).Bind(13, digest.text_hash);
  if (!digest.signature_bytes.empty()) (*st)->BindBlob(14, digest.signature_bytes);
  return (*st)->Run();
}

// The child rows go in with multi-row INSERT OR ROLLBACK statements: a
// failed row ends the batch's whole transaction anyway (Store::Write), and
// saying so spares SQLite a statement journal for each multi-row INSERT.
// Text living in the Document (ids, spans, names) or in static tables (kind
// names) is bound in place (BindView): it outlives each statement's run.
Status InsertParagraphs(Connection& db, const Document& doc, std::int64_t seq) {
  const Article& a = doc.article();
  std::vector<std::uint32_t> begins(a.paragraphs.size());
  for (std::size_t i = 1; i < begins.size(); ++i)  // text() puts a blank line between paragraphs
    begins[i] = begins[i - 1] + static_cast<std::uint32_t>(a.paragraphs[i - 1].text.size()) + 2;
  return InsertRows(db, "INSERT OR ROLLBACK INTO paragraphs (article_seq, idx, kind, char_begin, char_end)", 5,
                    a.paragraphs.size(), [&](Statement& st, int p, std::size_t i) {
                      const std::uint32_t end = begins[i] + static_cast<std::uint32_t>(a.paragraphs[i].text.size());
                      st.Bind(p, seq).Bind(p + 1, static_cast<std::int64_t>(i));
                      st.BindView(p + 2, ParagraphKindName(a.paragraphs[i].kind)).Bind(p + 3, CodePoint(doc, begins[i]));
                      st.Bind(p + 4, CodePoint(doc, end));
                    });
}

Status InsertSentences(Connection& db, const Document& doc, std::int64_t seq) {
  return InsertRows(db, "INSERT OR ROLLBACK INTO sentences (article_seq, idx, paragraph, char_begin, char_end)", 5,
                    doc.sentences.size(), [&](Statement& st, int p, std::size_t i) {
                      const Sentence& s = doc.sentences[i];
                      st.Bind(p, seq).Bind(p + 1, static_cast<std::int64_t>(i));
                      st.Bind(p + 2, std::int64_t{s.paragraph}).Bind(p + 3, CodePoint(doc, s.span.begin));
                      st.Bind(p + 4, CodePoint(doc, s.span.end));
                    });
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

Status InsertMentions(Connection& db, const Document& doc, std::int64_t seq) {
  const std::vector<std::int64_t> entities = MentionEntities(doc);
  return InsertRows(db, "INSERT OR ROLLBACK INTO mentions (article_seq, idx, kind, entity, char_begin, char_end, text)", 7,
                    doc.mentions.size(), [&](Statement& st, int p, std::size_t i) {
                      const Mention& m = doc.mentions[i];
                      st.Bind(p, seq).Bind(p + 1, static_cast<std::int64_t>(i));
                      st.BindView(p + 2, MentionKindName(m.kind)).BindOptional(p + 3, entities[i]);
                      st.Bind(p + 4, CodePoint(doc, m.span.begin)).Bind(p + 5, CodePoint(doc, m.span.end));
                      st.BindView(p + 6, doc.text(m.span));
                    });
}

Status InsertEntities(Connection& db, const Document& doc, std::int64_t seq) {
  return InsertRows(
      db, "INSERT OR ROLLBACK INTO entities (article_seq, idx, local_id, name, kind, actor, role, country, mentions)", 9,
      doc.entities.size(), [&](Statement& st, int p, std::size_t i) {
        const Entity& e = doc.entities[i];
        st.Bind(p, seq).Bind(p + 1, static_cast<std::int64_t>(i)).BindView(p + 2, e.id).BindView(p + 3, e.name);
        st.BindView(p + 4, MentionKindName(e.kind)).BindOptional(p + 5, e.actor).BindOptional(p + 6, e.role);
        st.BindOptional(p + 7, e.country).Bind(p + 8, static_cast<std::int64_t>(e.mentions.size()));
      });
}

Status InsertQuotes(Connection& db, const Document& doc, std::int64_t) {
  return InsertRows(db,
                    "INSERT OR ROLLBACK INTO quotes (article_id, idx, kind, char_begin, char_end, text, speaker_text, "
                    "speaker_entity, cue_text, relayed_by)",
                    10, doc.quotes.size(), [&](Statement& st, int p, std::size_t i) {
                      const Quote& q = doc.quotes[i];
                      st.BindView(p, doc.article().id).Bind(p + 1, static_cast<std::int64_t>(i));
                      st.BindView(p + 2, QuoteKindName(q.kind)).Bind(p + 3, CodePoint(doc, q.span.begin));
                      st.Bind(p + 4, CodePoint(doc, q.span.end)).BindView(p + 5, doc.text(q.span));
                      st.BindOptional(p + 6, doc.text(q.speaker)).BindOptional(p + 7, std::int64_t{q.speaker_entity});
                      st.BindOptional(p + 8, doc.text(q.cue));
                      st.Bind(p + 9, RelaysJson(doc, q.relayed_by, q.relayed_by_entities));
                    });
}

Status InsertTimes(Connection& db, const Document& doc, std::int64_t) {
  return InsertRows(db, "INSERT OR ROLLBACK INTO times (article_id, idx, type, value, char_begin, char_end, text)", 7,
                    doc.times.size(), [&](Statement& st, int p, std::size_t i) {
                      const TimeExpression& t = doc.times[i];
                      st.BindView(p, doc.article().id).Bind(p + 1, static_cast<std::int64_t>(i));
                      st.BindView(p + 2, TimeTypeName(t.type)).BindView(p + 3, t.value);
                      st.Bind(p + 4, CodePoint(doc, t.span.begin)).Bind(p + 5, CodePoint(doc, t.span.end));
                      st.BindView(p + 6, doc.text(t.span));
                    });
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

std::string StringsJson(const std::vector<std::string>& items) { return Dump(nlohmann::json(items)); }

std::string RelaysJson(const Document& doc, const std::vector<Span>& texts, const std::vector<std::int32_t>& entities) {
  nlohmann::json out = nlohmann::json::array();
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::int32_t entity = i < entities.size() ? entities[i] : -1;
    out.push_back({{"text", doc.text(texts[i])}, {"entity", entity < 0 ? nlohmann::json() : nlohmann::json(entity)}});
  }
  return Dump(out);
}

Result<std::int64_t> InsertArticleRows(Connection& db, const Document& doc, const TextDigest& digest) {
  if (Status s = InsertArticle(db, doc, digest); !s.ok()) return s;
  const std::int64_t seq = db.LastInsertRowId();
  for (Status (*insert)(Connection&, const Document&, std::int64_t) :
       {InsertParagraphs, InsertSentences, InsertMentions, InsertEntities, InsertQuotes, InsertTimes}) {
    if (Status s = insert(db, doc, seq); !s.ok()) return s;
  }
  return seq;
}

}  // namespace tidings::store
