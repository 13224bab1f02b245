#include "tidings/document_json.h"

#include "tidings/article_json.h"
#include "code/event_json.h"

namespace tidings {
namespace {

using Json = nlohmann::ordered_json;

// Writes start/end of `span` in code points into `out`.
void PutSpan(const Document& doc, const Span& span, Json& out) {
  out["start"] = doc.CodePointOffset(span.begin);
  out["end"] = doc.CodePointOffset(span.end);
}

Json SpanText(const Document& doc, const Span& span) {
  Json out;
  PutSpan(doc, span, out);
  out["text"] = doc.text(span);
  return out;
}

Json EntityId(const Document& doc, std::int32_t entity) {
  return entity < 0 ? Json() : Json(doc.entities[static_cast<std::size_t>(entity)].id);
}

Json Sentences(const Document& doc) {
  Json out = Json::array();
  for (const Sentence& s : doc.sentences) {
    Json j;
    PutSpan(doc, s.span, j);
    out.push_back(std::move(j));
  }
  return out;
}

Json Mentions(const Document& doc) {
  Json out = Json::array();
  for (const Mention& m : doc.mentions) {
    Json j = SpanText(doc, m.span);
    j["kind"] = MentionKindName(m.kind);
    j["entity"] = EntityId(doc, m.entity);
    out.push_back(std::move(j));
  }
  return out;
}

Json Entities(const Document& doc) {
  Json out = Json::array();
  for (const Entity& e : doc.entities) {
    Json mentions = Json::array();
    for (std::uint32_t m : e.mentions) mentions.push_back(SpanText(doc, doc.mentions[m].span));
    auto or_null = [](const std::string& s) { return s.empty() ? Json() : Json(s); };
    out.push_back({{"id", e.id},
                   {"name", e.name},
                   {"kind", MentionKindName(e.kind)},
                   {"actor", or_null(e.actor)},
                   {"role", or_null(e.role)},
                   {"country", or_null(e.country)},
                   {"mentions", std::move(mentions)}});
  }
  return out;
}

Json Times(const Document& doc) {
  Json out = Json::array();
  for (const TimeExpression& t : doc.times) {
    Json j = SpanText(doc, t.span);
    j["type"] = TimeTypeName(t.type);
    j["value"] = t.value;
    out.push_back(std::move(j));
  }
  return out;
}

Json Quotes(const Document& doc) {
  Json out = Json::array();
  for (const Quote& q : doc.quotes) {
    Json j;
    PutSpan(doc, q.span, j);
    j["kind"] = QuoteKindName(q.kind);
    j["speaker"] = EntityId(doc, q.speaker_entity);
    j["speaker_text"] = q.speaker.size() ? Json(doc.text(q.speaker)) : Json();
    j["cue"] = q.cue.size() ? Json(doc.text(q.cue)) : Json();
    Json relays = Json::array();
    for (std::size_t i = 0; i < q.relayed_by.size(); ++i) {
      Json r = SpanText(doc, q.relayed_by[i]);
      r["entity"] = i < q.relayed_by_entities.size() ? EntityId(doc, q.relayed_by_entities[i]) : Json();
      relays.push_back(std::move(r));
    }
    j["relayed_by"] = std::move(relays);
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

Json ToJson(const Document& doc) {
  Json out = ToJson(doc.article());
  out["sentences"] = Sentences(doc);
  out["mentions"] = Mentions(doc);
  out["entities"] = Entities(doc);
  out["times"] = Times(doc);
  out["quotes"] = Quotes(doc);
  out["events"] = EventsToJson(doc);
  return out;
}

}  // namespace tidings
