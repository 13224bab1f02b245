// A one-paragraph article for tests that run the pipeline on a sentence or
// two they write themselves: id "t", published on a fixed day (or the one
// given) so that relative dates resolve the same way on every run.
#pragma once

#include <string>

#include "tidings/article.h"

namespace tidings::testing {

inline Article OneParagraphArticle(const std::string& text, const std::string& published = "2024-05-01") {
  Article article;
  article.id = "t";
  article.published = published;
  article.paragraphs.push_back({text});
  return article;
}

}  // namespace tidings::testing
