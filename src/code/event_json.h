// JSON and TSV forms of a coded event (issue 4 fields): event_id,
// article_id, sentence, span, source/target ({text, entity, actor}, several
// for compound actors), cameo {code, name}, root, goldstein, quad_class,
// plover {event, mode, context}, date, attribution {speaker, relayed_by},
// modality, evidence {dictionary, line, pattern} and issues (the sentence's
// issue codes, an empty array when none). Offsets in code points.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "tidings/document.h"

namespace tidings {

// `index` numbers the event inside its document ("<article id>-e<index>").
nlohmann::ordered_json EventToJson(const Document& doc, std::size_t index);

// Every event of `doc`.
nlohmann::ordered_json EventsToJson(const Document& doc);

// One tab-separated line (no newline): event_id, article_id, sentence, date,
// source actors, cameo, target actors, modality, source texts, target texts,
// evidence, issues; actors of a compound and issue codes joined by ';'.
std::string EventToTsv(const Document& doc, std::size_t index);
std::string EventTsvHeader();

}  // namespace tidings
