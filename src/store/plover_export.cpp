#include "store/plover_export.h"

#include <nlohmann/json.hpp>

#include "code/cameo_ontology.h"
#include "store/actor_code.h"

namespace tidings::store {
namespace {

using Json = nlohmann::ordered_json;

// A PLOVER actor list: empty when neither a code nor words are known.
Json Actors(const std::string& code, const std::string& words) {
  if (code.empty() && words.empty()) return Json::array();
  Json actor;
  actor["actorText"] = words;
  if (!code.empty()) {
    const PloverActorParts parts = PloverActor(code);
    if (!parts.code.empty()) actor["code"] = parts.code;
    if (!parts.sector.empty()) actor["sector"] = parts.sector;
  }
  return Json::array({actor});
}

std::string Contexts(const CameoOntology& ontology, const std::string& cameo) {
  std::string joined;
  if (const CameoEvent* e = ontology.Find(cameo))
    for (const std::string& c : e->plover_contexts) joined += (joined.empty() ? "" : ";") + c;
  return joined;
}

}  // namespace

Status WritePlover(Connection& db, const SqlConditions& where, std::ostream& out) {
  Result<CameoOntology> ontology = LoadCameoOntology();
  if (!ontology.ok()) return ontology.status();
  SqlConditions coded = where;
  coded.Add("e.plover IS NOT NULL", {});
  // The first report's earliest mention gives the words, its sentence the text.
  const std::string query =
      "SELECT e.id, e.date, e.source_actor, e.target_actor, e.cameo, e.plover, e.plover_mode, e.num_mentions, "
      "e.num_sources, e.num_articles, fa.language, fa.source, fa.url, fm.source_text, fm.target_text, fm.text, "
      "substr(fa.text, s.char_begin + 1, s.char_end - s.char_begin) "
      "FROM events e LEFT JOIN articles fa ON fa.id = e.first_article_id "
      "LEFT JOIN event_mentions fm ON fm.event_id = e.id AND fm.article_id = e.first_article_id "
      "AND NOT EXISTS (SELECT 1 FROM event_mentions o WHERE o.event_id = e.id AND o.article_id = e.first_article_id "
      "AND (o.sentence, o.idx, o.pair) < (fm.sentence, fm.idx, fm.pair)) "
      "LEFT JOIN sentences s ON s.article_seq = fa.seq AND s.idx = fm.sentence" +
      coded.Where() + " ORDER BY e.date IS NULL, e.date, e.id";
  Result<Statement*> st = db.Prepare(query);
  if (!st.ok()) return st.status();
  BindValues(**st, coded.values);
  std::size_t records = 0;
  for (;;) {
    Result<bool> more = (*st)->Step();
    if (!more.ok()) return more.status();
    if (!*more) break;
    const Statement& r = **st;
    Json j;
    j["id"] = r.Text(0);
    j["date"] = r.IsNull(1) ? Json() : Json(r.Text(1));
    j["source"] = Actors(r.Text(2), r.Text(13));
    j["target"] = Actors(r.Text(3), r.Text(14));
    j["event"] = r.Text(5);
    if (!r.IsNull(6)) j["mode"] = r.Text(6);
    if (std::string context = Contexts(*ontology, r.Text(4)); !context.empty()) j["context"] = context;
    j["eventText"] = r.Text(15);
    j["text"] = r.Text(16);
    if (!r.IsNull(10)) j["language"] = r.Text(10);
    j["publication"] = r.Text(11);
    j["tidings"] = {{"cameo", r.Text(4)},
                    {"num_mentions", r.Int(7)},
                    {"num_sources", r.Int(8)},
                    {"num_articles", r.Int(9)},
                    {"url", r.IsNull(12) ? Json() : Json(r.Text(12))}};
    out << (records++ == 0 ? "[\n" : ",\n") << j.dump(-1, ' ', false, Json::error_handler_t::replace);
  }
  out << (records == 0 ? "[]\n" : "\n]\n");
  return Status::Ok();
}

}  // namespace tidings::store
