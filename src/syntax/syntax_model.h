// The syntactic analysis stage: parts of speech, lemmas and labelled
// dependencies for every token of a Document.
//
// A SyntaxModel bundles the tagger (syntax/tagger.h), the parser
// (syntax/parser.h) and the lemmatizer (syntax/lemmatizer.h), trained on the
// Universal Dependencies English Web Treebank (data/models/README.md). Tags
// are Penn Treebank (XPOS, what PETRARCH-style coders read) and Universal
// (UPOS); relations are Universal Dependencies ("nsubj", "obj",
// "nsubj:pass", "acl:relcl"...). Tokens should follow Penn conventions, as
// the segmenter's do ("n't" and "'s" separate).
//
// Limits: a sentence longer than kMaxParsedTokens is tagged and lemmatised
// but not parsed (its tokens are left attached to nothing, deprel "dep"),
// so hostile input costs bounded time; tagging and parsing are linear.
// A SyntaxModel is immutable after loading and may be shared by threads.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "tidings/document.h"

namespace tidings {

inline constexpr std::size_t kMaxParsedTokens = 512;

struct SyntaxModel {
  syntax::Tagger tagger;
  syntax::Parser parser;
  syntax::Lemmatizer lemmatizer;
};

// The model files under `dir` (see ModelFiles below).
Result<SyntaxModel> LoadSyntaxModel(const std::string& dir);

struct SyntaxModelFiles {
  std::string tagger, parser, lemmatizer;
};
SyntaxModelFiles ModelFiles(const std::string& dir);

// One sentence analysed. The string views point into the model's tables and
// live as long as the model.
struct SentenceAnalysis {
  std::vector<std::string_view> upos, xpos, deprel;
  std::vector<std::string> lemma;
  std::vector<int> head;  // index into the sentence's words; -1 for the root
};

SentenceAnalysis TagAndParse(const SyntaxModel& model, std::span<const std::string_view> words);

// Fills tag, upos and lemma of every token of `doc` now, and head (document
// token index, -1 for the root) and deprel of a sentence's tokens when a
// stage asks for them (Document::RequireDependencies; RequireAllDependencies
// for all). The document keeps a pointer to `model` for that: `model` must
// outlive the document's last request, unless `owner` (the object holding
// `model`) is given, which the document then keeps alive.
void ParseSyntax(Document& doc, const SyntaxModel& model, std::shared_ptr<const void> owner = nullptr);

}  // namespace tidings
