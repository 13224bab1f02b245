#include "syntax/training.h"

#include <chrono>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "syntax/conllu.h"
#include "syntax/lemmatizer.h"
#include "syntax/syntax_model.h"

namespace tidings {
namespace {

using syntax::TreebankSentence;

Result<std::string> FindTrainingFile(const std::string& dir) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with("-ud-train.conllu")) return entry.path().string();
  }
  return Status::NotFound(fmt::format("{}: no *-ud-train.conllu file", dir));
}

std::vector<int> TagSentence(const syntax::Tagger& tagger, const TreebankSentence& s) {
  std::vector<syntax::WordKeys> keys;
  for (const std::string& w : s.words) keys.push_back(syntax::MakeWordKeys(w));
  std::vector<int> tags(s.size());
  tagger.Tag(keys, tags);
  return tags;
}

// Tags of every training sentence from a tagger that did not see it. Fold
// taggers number joint tags in their own sorted order, so tags travel as
// names and map back through the final tagger's table.
Result<std::vector<std::vector<int>>> JackknifedTags(const std::vector<TreebankSentence>& sentences,
                                                     const syntax::Tagger& final_tagger,
                                                     const SyntaxTrainingOptions& options) {
  std::vector<std::vector<int>> tags(sentences.size());
  const int folds = options.jackknife_folds;
  if (folds < 2) {
    for (std::size_t s = 0; s < sentences.size(); ++s) tags[s] = TagSentence(final_tagger, sentences[s]);
    return tags;
  }
  std::map<std::pair<std::string_view, std::string_view>, int> final_ids;
  for (int t = 0; t < final_tagger.tag_count(); ++t) final_ids[{final_tagger.upos(t), final_tagger.xpos(t)}] = t;
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<TreebankSentence> rest;
    for (std::size_t s = 0; s < sentences.size(); ++s)
      if (static_cast<int>(s % folds) != fold) rest.push_back(sentences[s]);
    Result<syntax::Tagger> tagger = syntax::TrainTagger(rest, options.tagger);
    if (!tagger.ok()) return tagger.status();
    for (std::size_t s = fold; s < sentences.size(); s += folds)
      for (int t : TagSentence(*tagger, sentences[s])) tags[s].push_back(final_ids.at({tagger->upos(t), tagger->xpos(t)}));
  }
  return tags;
}

}  // namespace

Status TrainSyntaxModel(const std::string& treebank_dir, const std::string& out_dir,
                        const SyntaxTrainingOptions& options, const std::function<void(std::string_view)>& log) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
  Result<std::string> train_file = FindTrainingFile(treebank_dir);
  if (!train_file.ok()) return train_file.status();
  Result<std::vector<TreebankSentence>> sentences = syntax::ReadConllu(*train_file);
  if (!sentences.ok()) return sentences.status();
  log(fmt::format("read {} sentences from {}", sentences->size(), *train_file));
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  const SyntaxModelFiles files = ModelFiles(out_dir);

  const syntax::Lemmatizer lemmatizer = syntax::TrainLemmatizer(*sentences);
  if (Status s = lemmatizer.Save(files.lemmatizer); !s.ok()) return s;
  log(fmt::format("lemmatizer: {} rules, {} exceptions ({:.1f}s)", lemmatizer.rule_count(),
                  lemmatizer.exception_count(), elapsed()));

  Result<syntax::Tagger> tagger = syntax::TrainTagger(*sentences, options.tagger);
  if (!tagger.ok()) return tagger.status();
  if (Status s = tagger->Save(files.tagger); !s.ok()) return s;
  log(fmt::format("tagger: {} tags, {} features ({:.1f}s)", tagger->tag_count(), tagger->features(), elapsed()));

  Result<std::vector<std::vector<int>>> tags = JackknifedTags(*sentences, *tagger, options);
  if (!tags.ok()) return tags.status();
  log(fmt::format("jackknifed tags over {} folds ({:.1f}s)", options.jackknife_folds, elapsed()));

  Result<syntax::Parser> parser = syntax::TrainParser(*sentences, *tags, options.parser);
  if (!parser.ok()) return parser.status();
  if (Status s = parser->Save(files.parser); !s.ok()) return s;
  log(fmt::format("parser: {} labels, {} features ({:.1f}s)", parser->label_count(), parser->features(), elapsed()));
  return Status::Ok();
}

}  // namespace tidings
