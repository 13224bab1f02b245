#include "eval/syntax_eval.h"

#include <time.h>

#include <fmt/format.h>

#include "syntax/conllu.h"

namespace tidings {
namespace {

// CPU time of this thread: the speed figure should not depend on what else
// the machine is running.
double ThreadSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

std::string_view Universal(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

struct Counts {
  long words = 0, upos = 0, xpos = 0, lemma = 0, heads = 0, labelled = 0, universal = 0;
};

void Score(const syntax::TreebankSentence& gold, const SentenceAnalysis& system, Counts& c) {
  for (std::size_t i = 0; i < gold.size(); ++i) {
    ++c.words;
    c.upos += system.upos[i] == gold.upos[i];
    c.xpos += system.xpos[i] == gold.xpos[i];
    c.lemma += system.lemma[i] == gold.lemmas[i];
    if (system.head[i] != gold.heads[i]) continue;
    ++c.heads;
    c.labelled += system.deprel[i] == gold.deprels[i];
    c.universal += Universal(system.deprel[i]) == Universal(gold.deprels[i]);
  }
}

}  // namespace

Result<SuiteResult> EvalSyntaxOn(const SyntaxModel& model, const std::string& conllu_path, const std::string& suite) {
  Result<std::vector<syntax::TreebankSentence>> sentences = syntax::ReadConllu(conllu_path);
  if (!sentences.ok()) return sentences.status();
  Counts counts;
  double seconds = 0;
  std::vector<std::string_view> words;
  for (const syntax::TreebankSentence& gold : *sentences) {
    words.assign(gold.words.begin(), gold.words.end());
    const double start = ThreadSeconds();
    const SentenceAnalysis system = TagAndParse(model, words);
    seconds += ThreadSeconds() - start;
    Score(gold, system, counts);
  }
  auto share = [&](long n) { return counts.words ? double(n) / counts.words : 0.0; };
  SuiteResult result;
  result.suite = suite;
  result.figures = {{"upos", share(counts.upos)},
                    {"xpos", share(counts.xpos)},
                    {"lemma", share(counts.lemma)},
                    {"uas", share(counts.heads)},
                    {"las", share(counts.labelled)},
                    {"las_universal", share(counts.universal)},
                    {"sentences", double(sentences->size())},
                    {"words", double(counts.words)},
                    {"seconds", seconds},
                    {"sentences_per_second", seconds > 0 ? sentences->size() / seconds : 0},
                    {"tokens_per_second", seconds > 0 ? counts.words / seconds : 0}};
  result.report = fmt::format("{}: {} sentences, {} words (gold tokenization, punctuation scored)\n", suite,
                              sentences->size(), counts.words);
  result.report += fmt::format("  UPOS {:.2f}%  XPOS {:.2f}%  lemma {:.2f}%\n", 100 * share(counts.upos),
                               100 * share(counts.xpos), 100 * share(counts.lemma));
  result.report += fmt::format("  UAS {:.2f}%  LAS {:.2f}% (full relations)  LAS {:.2f}% (universal part, CoNLL 2018)\n",
                               100 * share(counts.heads), 100 * share(counts.labelled), 100 * share(counts.universal));
  result.report += fmt::format("  {:.0f} sentences/s, {:.0f} words/s per CPU second, one thread (tag, parse, lemmatise)",
                               result.figure("sentences_per_second"), result.figure("tokens_per_second"));
  return result;
}

Result<SuiteResult> EvalSyntax(const std::string& data_dir) {
  Result<SyntaxModel> model = LoadSyntaxModel(TIDINGS_DATA_DIR "/models");
  if (!model.ok()) return model.status();
  return EvalSyntaxOn(*model, data_dir + "/syntax/UD_English-EWT/en_ewt-ud-test.conllu", "UD English EWT test");
}

}  // namespace tidings
