#include "eval/ner_eval.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "annotate/actor_annotator.h"
#include "annotate/actor_mentions.h"
#include "annotate/time_tagger.h"
#include "eval/error_report.h"
#include "eval/ner_corpus.h"
#include "syntax/syntax_model.h"

namespace tidings {
namespace {

// (sentence, first token, end token, type)
using TypedSpan = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t, std::string>;

// One Document with CoNLL's tokens and sentences.
Document BuildDocument(const NameDocument& conll) {
  Article article;
  article.published = "1996-08-30";
  for (const NameSentence& s : conll.sentences) {
    std::string text;
    for (const std::string& t : s.words) text += (text.empty() ? "" : " ") + t;
    article.paragraphs.push_back({std::move(text), ParagraphKind::kParagraph});
  }
  Document doc(std::move(article));
  std::uint32_t offset = 0;
  for (std::uint32_t p = 0; p < conll.sentences.size(); ++p) {
    Sentence sentence;
    sentence.first_token = static_cast<std::uint32_t>(doc.tokens.size());
    sentence.paragraph = p;
    const std::uint32_t begin = offset;
    for (const std::string& t : conll.sentences[p].words) {
      doc.tokens.push_back({Span{offset, offset + static_cast<std::uint32_t>(t.size())}});
      offset += static_cast<std::uint32_t>(t.size()) + 1;
    }
    sentence.token_count = static_cast<std::uint32_t>(conll.sentences[p].words.size());
    sentence.span = {begin, offset - 1};
    doc.sentences.push_back(sentence);
    offset += 1;  // paragraphs are joined by a blank line: "\n\n" after the last token's end
  }
  return doc;
}

// Demonyms are MISC in CoNLL: a state mention whose words are only a demonym.
bool IsDemonym(const Document& doc, const Mention& m, const ActorKnowledge& knowledge) {
  TokenView view;
  for (const Token& t : doc.tokens)
    if (m.span.contains(t.span)) view.Add(doc.text(t.span));
  std::vector<std::uint32_t> payloads;
  const std::uint32_t n = knowledge.gazetteer().LongestMatch(view, 0, static_cast<std::uint32_t>(view.text.size()),
                                                             &payloads);
  if (n != view.text.size()) return false;
  return std::all_of(payloads.begin(), payloads.end(), [&](std::uint32_t p) {
    return knowledge.target(p).form == AliasForm::kDemonym;
  });
}

// "He" opening a sentence: coreference adds pronouns as person mentions.
bool IsPronoun(std::string_view text) {
  const std::string folded = FoldCase(text);
  return folded == "he" || folded == "his" || folded == "him" || folded == "she" || folded == "her";
}

std::string ConllType(const Document& doc, const Mention& m, const ActorKnowledge& knowledge) {
  const std::string_view text = doc.text(m.span);
  // "Saudi-led" is an adjective, MISC in CoNLL like a demonym: not scored.
  if (!StartsWithCapital(text) || IsPronoun(text) || IsLedCompound(text)) return "";
  switch (m.kind) {
    case MentionKind::kPerson: return "PER";
    case MentionKind::kOrganization:
    case MentionKind::kMedia: return "ORG";
    case MentionKind::kState: return IsDemonym(doc, m, knowledge) ? "" : "LOC";
    case MentionKind::kPlace: return "LOC";
    case MentionKind::kRole: return "";
  }
  return "";
}

void SystemSpans(const Document& doc, const ActorKnowledge& knowledge, std::set<TypedSpan>& out) {
  std::map<std::uint32_t, std::uint32_t> token_at_begin, token_at_end;
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) {
    token_at_begin[doc.tokens[i].span.begin] = i;
    token_at_end[doc.tokens[i].span.end] = i + 1;
  }
  std::vector<std::pair<const Mention*, std::string>> scored;
  for (const Mention& m : doc.mentions)
    if (std::string type = ConllType(doc, m, knowledge); !type.empty()) scored.push_back({&m, std::move(type)});
  // CoNLL names do not nest: "Poland" inside "National Bank of Poland" is not scored.
  const auto nested = [&](const Mention& m) {
    return std::any_of(scored.begin(), scored.end(), [&](const auto& other) {
      return other.first->span.contains(m.span) && other.first->span.size() > m.span.size();
    });
  };
  for (const auto& [mention, type] : scored) {
    const Mention& m = *mention;
    if (nested(m)) continue;
    const std::uint32_t first = token_at_begin.at(m.span.begin), end = token_at_end.at(m.span.end);
    std::uint32_t s = 0;
    while (s + 1 < doc.sentences.size() && doc.sentences[s + 1].first_token <= first) ++s;
    const std::uint32_t base = doc.sentences[s].first_token;
    out.insert({s, first - base, end - base, type});
  }
}

struct Counts {
  long gold = 0, system = 0, correct = 0;
  double Precision() const { return system ? static_cast<double>(correct) / system : 0; }
  double Recall() const { return gold ? static_cast<double>(correct) / gold : 0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// The words [first, end) of a sentence joined by spaces.
std::string Words(const NameSentence& sentence, std::uint32_t first, std::uint32_t end) {
  std::string text;
  for (std::uint32_t i = first; i < end && i < sentence.words.size(); ++i)
    text += (text.empty() ? "" : " ") + sentence.words[i];
  return text;
}

// The sentence around [first, end), the span in brackets, at most a few
// words either side.
std::string InContext(const NameSentence& sentence, std::uint32_t first, std::uint32_t end) {
  constexpr std::uint32_t kAround = 6;
  const std::uint32_t from = first > kAround ? first - kAround : 0;
  const std::uint32_t to = std::min<std::uint32_t>(static_cast<std::uint32_t>(sentence.words.size()), end + kAround);
  std::string text = Words(sentence, from, first);
  text += (text.empty() ? "[" : " [") + Words(sentence, first, end) + "]";
  if (end < to) text += " " + Words(sentence, end, to);
  return text;
}

// Each gold span not matched exactly and each system span that is no gold
// one, grouped by what went wrong: missed, typed wrong, boundaries, spurious.
void ListErrors(const NameDocument& conll, const std::set<TypedSpan>& gold, const std::set<TypedSpan>& system,
                std::vector<ErrorLine>& errors) {
  const auto overlapping = [](const std::set<TypedSpan>& spans, const TypedSpan& span) {
    std::vector<TypedSpan> found;
    for (const TypedSpan& other : spans)
      if (std::get<0>(other) == std::get<0>(span) && std::get<1>(other) < std::get<2>(span) &&
          std::get<1>(span) < std::get<2>(other))
        found.push_back(other);
    return found;
  };
  for (const TypedSpan& g : gold) {
    if (system.contains(g)) continue;
    const auto& [s, a, b, type] = g;
    const std::string line = InContext(conll.sentences[s], a, b);
    const std::vector<TypedSpan> found = overlapping(system, g);
    if (found.empty()) {
      errors.push_back({"missed " + type, line});
    } else if (found.size() == 1 && std::get<1>(found[0]) == a && std::get<2>(found[0]) == b) {
      errors.push_back({type + " typed as " + std::get<3>(found[0]), line});
    } else {
      std::string system_words;
      for (const TypedSpan& f : found)
        system_words += " [" + Words(conll.sentences[s], std::get<1>(f), std::get<2>(f)) + "]/" + std::get<3>(f);
      errors.push_back({"boundary " + type, line + "  system:" + system_words});
    }
  }
  for (const TypedSpan& f : system) {
    if (gold.contains(f) || !overlapping(gold, f).empty()) continue;
    const auto& [s, a, b, type] = f;
    errors.push_back({"spurious " + type, InContext(conll.sentences[s], a, b)});
  }
}

}  // namespace

namespace {

// Scores the actor stage, with `names` finding unknown names, on `docs`.
SuiteResult ScoreConll(const std::vector<NameDocument>& docs, const ActorKnowledge& knowledge,
                       const SyntaxModel& syntax, const NameTagger* names, const std::string& title) {
  std::map<std::string, Counts> by_type;
  Counts all, untyped;
  std::vector<ErrorLine> errors;
  double annotate_seconds = 0;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    Document doc = BuildDocument(docs[d]);
    const auto start = std::chrono::steady_clock::now();
    ParseSyntax(doc, syntax);
    TagTimes(doc, doc.article().published);  // as the pipeline does: "May", "Friday" are no names
    AnnotateActors(doc, knowledge, names);
    annotate_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::set<TypedSpan> gold, system;
    for (std::uint32_t s = 0; s < docs[d].sentences.size(); ++s)
      for (const NameSpan& n : docs[d].sentences[s].names) gold.insert({s, n.first, n.end, NameTypeLabel(n.type)});
    SystemSpans(doc, knowledge, system);
    ListErrors(docs[d], gold, system, errors);
    std::set<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> gold_spans, system_spans;
    for (const auto& [s, a, b, type] : gold) {
      ++by_type[type].gold;
      gold_spans.insert({s, a, b});
    }
    for (const auto& span : system) {
      const auto& [s, a, b, type] = span;
      ++by_type[type].system;
      system_spans.insert({s, a, b});
      if (gold.contains(span)) ++by_type[type].correct;
    }
    untyped.gold += static_cast<long>(gold_spans.size());
    untyped.system += static_cast<long>(system_spans.size());
    for (const auto& span : system_spans) untyped.correct += gold_spans.contains(span);
  }
  for (const auto& [type, c] : by_type) {
    all.gold += c.gold;
    all.system += c.system;
    all.correct += c.correct;
  }

  SuiteResult result;
  result.suite = "conllpp-dev";
  result.figures = {{"precision", all.Precision()},     {"recall", all.Recall()},
                    {"f1", all.F1()},                   {"per_f1", by_type["PER"].F1()},
                    {"org_f1", by_type["ORG"].F1()},    {"loc_f1", by_type["LOC"].F1()},
                    {"untyped_f1", untyped.F1()},       {"ms_per_document", 1000 * annotate_seconds / docs.size()}};
  result.report = fmt::format("{}, {} documents, PER/ORG/LOC exact span and type (MISC not scored)\n", title,
                              docs.size());
  result.report += fmt::format("{:<8} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}\n", "type", "gold", "system", "match",
                               "P", "R", "F1");
  const auto row = [&](const std::string& name, const Counts& c) {
    result.report += fmt::format("{:<8} {:>6} {:>6} {:>6} {:>7.3f} {:>7.3f} {:>7.3f}\n", name, c.gold, c.system,
                                 c.correct, c.Precision(), c.Recall(), c.F1());
  };
  for (const std::string type : {"PER", "ORG", "LOC"}) row(type, by_type[type]);
  row("all", all);
  row("untyped", untyped);
  result.report += fmt::format("syntax and actors: {:.3f} ms per document\n", 1000 * annotate_seconds / docs.size());
  result.details = ErrorReport(std::move(errors));
  return result;
}

// The dev documents and the knowledge every run scores with.
struct ConllSetup {
  std::vector<NameDocument> dev;
  ActorKnowledge knowledge;
  SyntaxModel syntax;
};

Result<ConllSetup> LoadConllSetup(const std::string& ner_dir) {
  Result<std::vector<NameDocument>> dev = ReadConllNames(ner_dir + "/conllpp_dev.txt");
  if (!dev.ok()) return dev.status();
  Result<ActorKnowledge> knowledge = LoadActorKnowledge();
  if (!knowledge.ok()) return knowledge.status();
  Result<SyntaxModel> syntax = LoadSyntaxModel(TIDINGS_DATA_DIR "/models");
  if (!syntax.ok()) return syntax.status();
  return ConllSetup{std::move(dev).value(), std::move(knowledge).value(), std::move(syntax).value()};
}

}  // namespace

Result<SuiteResult> EvalConll(const std::string& ner_dir) {
  Result<ConllSetup> setup = LoadConllSetup(ner_dir);
  if (!setup.ok()) return setup.status();
  Result<NameTagger> names = NameTagger::Load(NameTaggerPath(TIDINGS_DATA_DIR "/models"));
  if (!names.ok()) return names.status();
  return ScoreConll(setup->dev, setup->knowledge, setup->syntax, &*names, "CoNLL++ dev, shipped system");
}

Result<SuiteResult> EvalConllTrainedOnConll(const std::string& ner_dir) {
  Result<ConllSetup> setup = LoadConllSetup(ner_dir);
  if (!setup.ok()) return setup.status();
  Result<std::vector<NameDocument>> train = ReadConllNames(ner_dir + "/conllpp_train.txt");
  if (!train.ok()) return train.status();
  Result<NameTagger> names = TrainNameTagger(*train, setup->knowledge, setup->syntax, {});
  if (!names.ok()) return names.status();
  SuiteResult result = ScoreConll(setup->dev, setup->knowledge, setup->syntax, &*names,
                                  "CoNLL++ dev, name tagger trained on conllpp_train now (never shipped)");
  result.suite = "conllpp-dev-conll-trained";
  return result;
}

}  // namespace tidings
