// The views a corpus query reads — events, articles, quotations — as fixed
// field tables: each field a user may name maps to constant SQL, so a field
// or sort key typed by a user selects SQL text but never becomes part of it.
// Rows come back as JSON objects holding every field of the view, typed
// (null, integer, real, text).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/query_filter.h"
#include "tidings/corpus_query.h"

namespace tidings::store {

using Row = nlohmann::ordered_json;

// Every field name of `view`, in order.
std::vector<std::string> ViewFieldNames(CorpusView view);

// The output fields of `query`: its `fields`, or the view's defaults (a
// short list for tables, every field otherwise). InvalidInput names an
// unknown field and lists the known ones.
Result<std::vector<std::string>> SelectFields(const CorpusQuery& query, bool table);

// Runs the view of `query` with `filter`, calling `row` for each row in
// order; stops at the first error. Event rows carry a "mentions" array of at
// most `mentions_per_event` mentions when `with_mentions`.
Status ReadView(Connection& db, const CorpusQuery& query, const CheckedFilter& filter, bool with_mentions,
                const std::function<Status(Row&&)>& row);

}  // namespace tidings::store
