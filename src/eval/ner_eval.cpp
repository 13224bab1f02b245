#include "eval/ner_eval.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include <fmt/format.h>

#include "annotate/actor_annotator.h"

namespace tidings {
namespace {

struct ConllSentence {
  std::vector<std::string> tokens;
  std::vector<std::string> tags;
};

using ConllDocument = std::vector<ConllSentence>;

// (sentence, first token, end token, type)
using TypedSpan = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t, std::string>;

std::vector<ConllDocument> ReadConll(std::istream& in) {
  std::vector<ConllDocument> docs;
  ConllSentence sentence;
  const auto flush = [&] {
    if (!sentence.tokens.empty()) {
      if (docs.empty()) docs.emplace_back();
      docs.back().push_back(std::move(sentence));
    }
    sentence = {};
  };
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    std::istringstream fields(line);
    std::string token, pos, chunk, tag;
    fields >> token >> pos >> chunk >> tag;
    if (token == "-DOCSTART-") {
      flush();
      docs.emplace_back();
      continue;
    }
    sentence.tokens.push_back(token);
    sentence.tags.push_back(tag);
  }
  flush();
  std::erase_if(docs, [](const ConllDocument& d) { return d.empty(); });
  return docs;
}

// IOB1: "I-X" continues a span of X; "B-X", or "I-X" after anything else,
// starts one. MISC is dropped.
void GoldSpans(const ConllSentence& s, std::uint32_t index, std::set<TypedSpan>& out) {
  std::uint32_t start = 0;
  std::string type;
  const auto close = [&](std::uint32_t end) {
    if (!type.empty() && type != "MISC") out.insert({index, start, end, type});
    type.clear();
  };
  for (std::uint32_t i = 0; i < s.tags.size(); ++i) {
    const std::string& tag = s.tags[i];
    const std::string t = tag.size() > 2 ? tag.substr(2) : "";
    if (tag == "O" || t.empty()) {
      close(i);
    } else if (tag[0] == 'B' || t != type) {
      close(i);
      start = i;
      type = t;
    }
  }
  close(static_cast<std::uint32_t>(s.tags.size()));
}

// One Document with CoNLL's tokens and sentences.
Document BuildDocument(const ConllDocument& conll) {
  Article article;
  article.published = "1996-08-30";
  for (const ConllSentence& s : conll) {
    std::string text;
    for (const std::string& t : s.tokens) text += (text.empty() ? "" : " ") + t;
    article.paragraphs.push_back({std::move(text), ParagraphKind::kParagraph});
  }
  Document doc(std::move(article));
  std::uint32_t offset = 0;
  for (std::uint32_t p = 0; p < conll.size(); ++p) {
    Sentence sentence;
    sentence.first_token = static_cast<std::uint32_t>(doc.tokens.size());
    sentence.paragraph = p;
    const std::uint32_t begin = offset;
    for (const std::string& t : conll[p].tokens) {
      doc.tokens.push_back({Span{offset, offset + static_cast<std::uint32_t>(t.size())}});
      offset += static_cast<std::uint32_t>(t.size()) + 1;
    }
    sentence.token_count = static_cast<std::uint32_t>(conll[p].tokens.size());
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

std::string ConllType(const Document& doc, const Mention& m, const ActorKnowledge& knowledge) {
  if (StartsWithCapital(doc.text(m.span)) == false) return "";
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
  for (const Mention& m : doc.mentions) {
    const std::string type = ConllType(doc, m, knowledge);
    if (type.empty()) continue;
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

}  // namespace

Result<SuiteResult> EvalConll(const std::string& ner_dir) {
  const std::string path = ner_dir + "/conllpp_dev.txt";
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  const std::vector<ConllDocument> docs = ReadConll(in);
  Result<ActorKnowledge> knowledge = LoadActorKnowledge();
  if (!knowledge.ok()) return knowledge.status();

  std::map<std::string, Counts> by_type;
  Counts all, untyped;
  double annotate_seconds = 0;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    Document doc = BuildDocument(docs[d]);
    const auto start = std::chrono::steady_clock::now();
    AnnotateActors(doc, *knowledge);
    annotate_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::set<TypedSpan> gold, system;
    for (std::uint32_t s = 0; s < docs[d].size(); ++s) GoldSpans(docs[d][s], s, gold);
    SystemSpans(doc, *knowledge, system);
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
  result.report = fmt::format("CoNLL++ dev, {} documents, PER/ORG/LOC exact span and type (MISC not scored)\n",
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
  result.report += fmt::format("annotate: {:.3f} ms per document\n", 1000 * annotate_seconds / docs.size());
  return result;
}

}  // namespace tidings
