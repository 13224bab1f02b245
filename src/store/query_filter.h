// Query filters as SQL: a CorpusQuery's filters checked and turned into
// conditions whose text is constant (written in query_filter.cpp) and whose
// user-supplied values are bound as parameters, in order.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "store/sqlite.h"
#include "tidings/corpus_query.h"

namespace tidings::store {

using SqlValue = std::variant<std::int64_t, std::string>;

// Conditions joined by AND; `?` placeholders bound from `values` in order.
struct SqlConditions {
  std::vector<std::string> clauses;
  std::vector<SqlValue> values;

  void Add(std::string_view clause, std::initializer_list<SqlValue> clause_values);
  // "" or " WHERE c1 AND c2 ...".
  std::string Where() const;
};

// Binds `values` to parameters first, first + 1, ...; returns the next free index.
int BindValues(Statement& statement, const std::vector<SqlValue>& values, int first = 1);

// The filters of a query after checking: codes upper-cased, dates ISO.
struct CheckedFilter {
  std::string actor, dyad_source, dyad_target, code;
  int quad_class = 0;
  std::string since, until;  // "YYYY-MM-DD" or empty
  std::string text, site, speaker;
};

// Checks every filter of `query` for its view; InvalidInput names the first
// bad one. `db` is asked to parse the full-text query.
Result<CheckedFilter> CheckFilter(Connection& db, const CorpusQuery& query);

// Conditions over `events e`.
SqlConditions EventConditions(const CheckedFilter& filter);
// Conditions over `articles a`.
SqlConditions ArticleConditions(const CheckedFilter& filter);
// Conditions over `quotes q JOIN articles a LEFT JOIN entities sp` (the speaker).
SqlConditions QuoteConditions(const CheckedFilter& filter);

}  // namespace tidings::store
