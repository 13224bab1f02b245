#include "tidings/extract.h"

#include <xxhash.h>

#include <fmt/format.h>

#include "extract/dom.h"
#include "tidings/article_json.h"
#include "extract/html_content.h"
#include "extract/language.h"
#include "extract/metadata.h"
#include "extract/text_cleaner.h"

namespace tidings {
namespace {

// A stable id: the same URL and content always give the same id, across
// runs and machines (XXH3 is specified to be platform-independent).
std::string ArticleId(const Record& record) {
  if (!record.id.empty()) return record.id;
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  XXH3_128bits_update(state, record.url.data(), record.url.size());
  XXH3_128bits_update(state, "\0", 1);
  XXH3_128bits_update(state, record.payload.data(), record.payload.size());
  const XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

Result<Article> ExtractHtml(const Record& record, const ExtractOptions& options, Article article) {
  Result<Dom> dom = Dom::Parse(record.payload, {options.max_dom_depth, options.max_dom_nodes});
  if (!dom.ok()) return dom.status();
  if (dom->depth_limited())
    article.warnings.push_back(fmt::format("HTML nested deeper than {} levels was flattened", options.max_dom_depth));
  PageMetadata meta = ExtractMetadata(*dom, record.url, record.fetched);
  article.paragraphs = ExtractMainContent(*dom, {meta.title, meta.description, record.url});
  article.title = std::move(meta.title);
  article.published = std::move(meta.published);
  article.published_from = std::move(meta.published_from);
  article.author = std::move(meta.author);
  article.site_name = std::move(meta.site_name);
  article.description = std::move(meta.description);
  article.language = DetectLanguage(article.text(), meta.language);
  return article;
}

Article ExtractText(const Record& record, Article article) {
  ScrapedArticle scraped = CleanScrapedText(record.payload);
  article.title = std::move(scraped.title);
  article.published = std::move(scraped.published);
  if (!article.published.empty()) article.published_from = "text";
  article.site_name = std::move(scraped.site_name);
  article.paragraphs = std::move(scraped.paragraphs);
  for (std::string& w : scraped.warnings) article.warnings.push_back(std::move(w));
  article.language = DetectLanguage(article.text(), "");
  return article;
}

}  // namespace

Result<Article> Extract(const Record& record, const ExtractOptions& options) {
  if (record.kind == PayloadKind::kArticle) return ArticleFromJson(record.payload);
  Article article;
  article.id = ArticleId(record);
  article.url = record.url;
  article.input = record.input;
  article.offset = record.offset;
  article.warnings = record.warnings;
  Result<Article> result = record.kind == PayloadKind::kHtml
                               ? ExtractHtml(record, options, std::move(article))
                               : Result<Article>(ExtractText(record, std::move(article)));
  if (result.ok() && !record.published.empty()) {
    result->published = record.published;
    result->published_from = "input";
  }
  return result;
}

}  // namespace tidings
