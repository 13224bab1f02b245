// Article rows: one annotated Document written as its articles row and the
// rows of its paragraphs, sentences, mentions, entities, quotations and time
// expressions, with spans converted to code-point offsets. Events are written
// separately (event_merge.h) because they are merged across articles.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/duplicate_clusters.h"
#include "store/sqlite.h"
#include "tidings/document.h"

namespace tidings::store {

// The publisher an article counts as for num_sources: the URL's host without
// "www.", else the site name, else "".
std::string ArticleSource(const Article& article);

// JSON array of strings: ["a", "b"], [] when none.
std::string StringsJson(const std::vector<std::string>& items);

// JSON array of who relayed words, nearest first: [{"text", "entity"}].
std::string RelaysJson(const Document& doc, const std::vector<Span>& texts, const std::vector<std::int32_t>& entities);

// Inserts the article, with its text digest, and its child rows; returns the
// article's seq. The caller has checked the article id is new.
Result<std::int64_t> InsertArticleRows(Connection& db, const Document& doc, const TextDigest& digest);

}  // namespace tidings::store
