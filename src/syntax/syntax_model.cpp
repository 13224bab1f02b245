#include "syntax/syntax_model.h"

namespace tidings {
namespace {

// Indices of the tokens' tags, heads and labels, filled by Analyse.
struct Analysed {
  std::vector<int> tags, heads, labels;
};

void Analyse(const SyntaxModel& model, std::span<const syntax::WordKeys> keys, Analysed& out) {
  const std::size_t n = keys.size();
  out.tags.resize(n);
  out.heads.assign(n, -1);
  out.labels.assign(n, -1);
  model.tagger.Tag(keys, out.tags);
  if (n <= kMaxParsedTokens) model.parser.Parse(keys, out.tags, out.heads, out.labels);
}

std::string_view LabelName(const SyntaxModel& model, int label) {
  return label < 0 ? std::string_view("dep") : model.parser.label(label);
}

}  // namespace

SyntaxModelFiles ModelFiles(const std::string& dir) {
  return {dir + "/en_ewt.tagger", dir + "/en_ewt.parser", dir + "/en_ewt.lemmas"};
}

Result<SyntaxModel> LoadSyntaxModel(const std::string& dir) {
  const SyntaxModelFiles files = ModelFiles(dir);
  SyntaxModel model;
  Result<syntax::Tagger> tagger = syntax::Tagger::Load(files.tagger);
  if (!tagger.ok()) return tagger.status();
  Result<syntax::Parser> parser = syntax::Parser::Load(files.parser);
  if (!parser.ok()) return parser.status();
  Result<syntax::Lemmatizer> lemmatizer = syntax::Lemmatizer::Load(files.lemmatizer);
  if (!lemmatizer.ok()) return lemmatizer.status();
  model.tagger = std::move(*tagger);
  model.parser = std::move(*parser);
  model.lemmatizer = std::move(*lemmatizer);
  return model;
}

SentenceAnalysis TagAndParse(const SyntaxModel& model, std::span<const std::string_view> words) {
  std::vector<syntax::WordKeys> keys;
  keys.reserve(words.size());
  for (std::string_view w : words) keys.push_back(syntax::MakeWordKeys(w));
  Analysed analysed;
  Analyse(model, keys, analysed);
  SentenceAnalysis out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const int tag = analysed.tags[i];
    out.upos.push_back(model.tagger.upos(tag));
    out.xpos.push_back(model.tagger.xpos(tag));
    out.lemma.push_back(model.lemmatizer.Lemma(words[i], model.tagger.xpos(tag)));
    out.head.push_back(analysed.heads[i]);
    out.deprel.push_back(LabelName(model, analysed.labels[i]));
  }
  return out;
}

namespace {

// What ParseSyntax leaves in a Document for its sentences' parses: the
// model and the tagger's word keys and tag of every token (the parser reads
// them).
struct DeferredParse {
  const SyntaxModel* model;
  std::shared_ptr<const void> owner;
  std::vector<syntax::WordKeys> keys;
  std::vector<int> tags;
};

void ParseSentence(Document& doc, std::uint32_t index, const DeferredParse& deferred) {
  const Sentence& sentence = doc.sentences[index];
  const std::uint32_t n = sentence.token_count;
  const SyntaxModel& model = *deferred.model;
  std::vector<int> heads(n, -1), labels(n, -1);
  if (n <= kMaxParsedTokens)
    model.parser.Parse(std::span(deferred.keys).subspan(sentence.first_token, n),
                       std::span(deferred.tags).subspan(sentence.first_token, n), heads, labels);
  for (std::uint32_t i = 0; i < n; ++i) {
    Token& token = doc.tokens[sentence.first_token + i];
    token.head = heads[i] < 0 ? -1 : static_cast<std::int32_t>(sentence.first_token + heads[i]);
    token.deprel = LabelName(model, labels[i]);
  }
}

}  // namespace

void ParseSyntax(Document& doc, const SyntaxModel& model, std::shared_ptr<const void> owner) {
  auto deferred = std::make_shared<DeferredParse>(DeferredParse{&model, std::move(owner), {}, {}});
  deferred->keys.reserve(doc.tokens.size());
  for (const Token& token : doc.tokens) deferred->keys.push_back(syntax::MakeWordKeys(doc.text(token.span)));
  deferred->tags.resize(doc.tokens.size());
  for (const Sentence& sentence : doc.sentences) {
    const std::span<int> tags = std::span(deferred->tags).subspan(sentence.first_token, sentence.token_count);
    model.tagger.Tag(std::span(deferred->keys).subspan(sentence.first_token, sentence.token_count), tags);
    for (std::uint32_t i = 0; i < sentence.token_count; ++i) {
      Token& token = doc.tokens[sentence.first_token + i];
      token.tag = model.tagger.xpos(tags[i]);
      token.upos = model.tagger.upos(tags[i]);
      token.lemma = model.lemmatizer.Lemma(doc.text(token.span), token.tag);
    }
  }
  doc.DeferDependencies(
      [deferred](Document& d, std::uint32_t sentence) { ParseSentence(d, sentence, *deferred); });
}

}  // namespace tidings
