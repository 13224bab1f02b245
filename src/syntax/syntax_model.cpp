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

void ParseSyntax(Document& doc, const SyntaxModel& model) {
  std::vector<syntax::WordKeys> keys;
  Analysed analysed;
  for (const Sentence& sentence : doc.sentences) {
    keys.clear();
    for (std::uint32_t i = 0; i < sentence.token_count; ++i)
      keys.push_back(syntax::MakeWordKeys(doc.text(doc.tokens[sentence.first_token + i].span)));
    Analyse(model, keys, analysed);
    for (std::uint32_t i = 0; i < sentence.token_count; ++i) {
      Token& token = doc.tokens[sentence.first_token + i];
      const int tag = analysed.tags[i];
      token.tag = model.tagger.xpos(tag);
      token.upos = model.tagger.upos(tag);
      token.lemma = model.lemmatizer.Lemma(doc.text(token.span), token.tag);
      const int head = analysed.heads[i];
      token.head = head < 0 ? -1 : static_cast<std::int32_t>(sentence.first_token + head);
      token.deprel = LabelName(model, analysed.labels[i]);
    }
  }
}

}  // namespace tidings
