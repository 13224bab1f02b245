#include "code/event_json.h"

#include <filesystem>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace tidings {
namespace {

// Items joined by ';', as PETRARCH writes lists inside a TSV field.
std::string Join(const std::vector<std::string>& items) { return fmt::format("{}", fmt::join(items, ";")); }

using Json = nlohmann::ordered_json;

Json EntityId(const Document& doc, std::int32_t entity) {
  return entity < 0 || static_cast<std::size_t>(entity) >= doc.entities.size()
             ? Json()
             : Json(doc.entities[static_cast<std::size_t>(entity)].id);
}

Json SpanJson(const Document& doc, const Span& span) {
  Json out;
  out["start"] = doc.CodePointOffset(span.begin);
  out["end"] = doc.CodePointOffset(span.end);
  out["text"] = doc.text(span);
  return out;
}

Json Actors(const Document& doc, const std::vector<EventActor>& actors) {
  Json out = Json::array();
  for (const EventActor& a : actors) {
    Json j = SpanJson(doc, a.text);
    j["entity"] = EntityId(doc, a.entity);
    j["actor"] = a.actor;
    out.push_back(std::move(j));
  }
  return out;
}

std::string EventId(const Document& doc, std::size_t index) {
  return doc.article().id + "-ev" + std::to_string(index + 1);
}

std::string Join(const Document& doc, const std::vector<EventActor>& actors, bool text) {
  std::vector<std::string> parts;
  for (const EventActor& a : actors) parts.push_back(text ? std::string(doc.text(a.text)) : a.actor);
  return Join(parts);
}

std::string Clean(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

}  // namespace

Json EventToJson(const Document& doc, std::size_t index) {
  const Event& e = doc.events[index];
  Json j;
  j["event_id"] = EventId(doc, index);
  j["article_id"] = doc.article().id;
  j["sentence"] = e.sentence;
  j["span"] = SpanJson(doc, e.span);
  j["source"] = Actors(doc, e.sources);
  j["target"] = Actors(doc, e.targets);
  j["cameo"] = {{"code", e.cameo}, {"name", e.cameo_name}};
  j["root"] = e.root;
  j["goldstein"] = e.goldstein;
  j["quad_class"] = e.quad_class;
  j["plover"] = {{"event", e.plover_event}, {"mode", e.plover_mode}, {"context", Json::array()}};
  j["date"] = e.date;
  Json attribution;
  if (e.speaker_text.size() > 0 || e.speaker >= 0) {
    Json speaker = SpanJson(doc, e.speaker_text);
    speaker["entity"] = EntityId(doc, e.speaker);
    attribution["speaker"] = std::move(speaker);
  } else {
    attribution["speaker"] = Json();
  }
  Json relays = Json::array();
  for (std::size_t i = 0; i < e.relayed_by_text.size(); ++i) {
    Json r = SpanJson(doc, e.relayed_by_text[i]);
    r["entity"] = i < e.relayed_by.size() ? EntityId(doc, e.relayed_by[i]) : Json();
    relays.push_back(std::move(r));
  }
  attribution["relayed_by"] = std::move(relays);
  j["attribution"] = std::move(attribution);
  j["modality"] = e.modality;
  j["evidence"] = {{"dictionary", std::filesystem::path(e.evidence_file).filename().string()},
                   {"line", e.evidence_line},
                   {"pattern", e.evidence_pattern}};
  j["issues"] = e.issues;
  return j;
}

Json EventsToJson(const Document& doc) {
  Json out = Json::array();
  for (std::size_t i = 0; i < doc.events.size(); ++i) out.push_back(EventToJson(doc, i));
  return out;
}

std::string EventTsvHeader() {
  return "event_id\tarticle_id\tsentence\tdate\tsource\tcameo\ttarget\tmodality\tsource_text\ttarget_text\tevidence\tissues";
}

std::string EventToTsv(const Document& doc, std::size_t index) {
  const Event& e = doc.events[index];
  return EventId(doc, index) + '\t' + doc.article().id + '\t' + std::to_string(e.sentence) + '\t' + e.date + '\t' +
         Join(doc, e.sources, false) + '\t' + e.cameo + '\t' + Join(doc, e.targets, false) + '\t' + e.modality + '\t' +
         Clean(Join(doc, e.sources, true)) + '\t' + Clean(Join(doc, e.targets, true)) + '\t' +
         std::filesystem::path(e.evidence_file).filename().string() + ':' + std::to_string(e.evidence_line) + ' ' +
         Clean(e.evidence_pattern) + '\t' + Clean(Join(e.issues));
}

}  // namespace tidings
