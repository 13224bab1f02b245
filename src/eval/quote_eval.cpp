#include "eval/quote_eval.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "eval/scores.h"

#include "annotate/quote_finder.h"
#include "annotate/quote_words.h"
#include "syntax/syntax_model.h"
#include "text/segmenter.h"

namespace tidings {
namespace {

Result<std::string> ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Byte offset of every code point of `text`, plus one past the end.
std::vector<std::uint32_t> CodePointBytes(std::string_view text) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(i);
  out.push_back(static_cast<std::uint32_t>(text.size()));
  return out;
}

// One paragraph per non-empty line; `file_begin` keeps where each line began in
// the file, so file offsets map to Document offsets.
struct LineArticle {
  Article article;
  std::vector<std::uint32_t> file_begin;  // per paragraph
  std::vector<std::uint32_t> doc_begin;   // per paragraph
  std::vector<std::uint32_t> length;      // per paragraph, bytes
};

LineArticle SplitLines(std::string_view text) {
  LineArticle out;
  std::uint32_t doc_offset = 0;
  for (std::uint32_t begin = 0; begin < text.size();) {
    std::uint32_t end = static_cast<std::uint32_t>(std::min(text.find('\n', begin), text.size()));
    std::uint32_t stop = end;
    while (stop > begin && (text[stop - 1] == '\r' || text[stop - 1] == ' ')) --stop;
    if (stop > begin) {
      if (!out.article.paragraphs.empty()) doc_offset += 2;
      // The first line of a PolNeAR text is its headline.
      const ParagraphKind kind = out.article.paragraphs.empty() ? ParagraphKind::kHeading : ParagraphKind::kParagraph;
      out.article.paragraphs.push_back({std::string(text.substr(begin, stop - begin)), kind});
      out.file_begin.push_back(begin);
      out.doc_begin.push_back(doc_offset);
      out.length.push_back(stop - begin);
      doc_offset += stop - begin;
    }
    begin = end + 1;
  }
  return out;
}

// File byte offset -> Document byte offset; offsets between paragraphs go
// to the nearest paragraph edge.
std::uint32_t ToDocument(const LineArticle& lines, std::uint32_t file_offset) {
  const auto it = std::upper_bound(lines.file_begin.begin(), lines.file_begin.end(), file_offset);
  if (it == lines.file_begin.begin()) return 0;
  const std::size_t p = static_cast<std::size_t>(it - lines.file_begin.begin()) - 1;
  return lines.doc_begin[p] + std::min(file_offset - lines.file_begin[p], lines.length[p]);
}

struct BratSpan {
  std::string type;
  std::vector<Span> fragments;  // file code points until mapped
};

// Parses "T3\tContent 115 290;300 310\ttext" into its type and fragments.
bool ParseTextBound(std::string_view line, std::string* id, BratSpan* out) {
  const std::size_t tab1 = line.find('\t');
  const std::size_t tab2 = line.find('\t', tab1 + 1);
  if (tab1 == std::string_view::npos || tab2 == std::string_view::npos) return false;
  *id = std::string(line.substr(0, tab1));
  std::istringstream fields(std::string(line.substr(tab1 + 1, tab2 - tab1 - 1)));
  fields >> out->type;
  std::string rest;
  std::getline(fields, rest);
  for (char& c : rest)
    if (c == ';') c = ' ';
  std::istringstream numbers(rest);
  std::uint32_t b, e;
  while (numbers >> b >> e) out->fragments.push_back({b, e});
  return !out->fragments.empty();
}

// Tokens holding a letter or digit; quotation marks, dashes and ellipses,
// ASCII or not, are punctuation.
std::vector<std::uint32_t> WordTokens(const Document& doc, const QuoteWords& words, const std::vector<Span>& spans) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const Span s = doc.tokens[t].span;
    if (!words.IsWord(t)) continue;
    for (const Span& f : spans)
      if (f.overlaps(s)) {
        out.push_back(t);
        break;
      }
  }
  return out;
}

double Overlap(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  if (a.empty() || b.empty()) return 0;
  std::vector<std::uint32_t> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  return double(shared.size()) / double(std::max(a.size(), b.size()));
}

bool AnyOverlap(Span s, const std::vector<Span>& spans) {
  for (const Span& f : spans)
    if (f.overlaps(s)) return true;
  return false;
}

// Last word of a span, lower-cased: the head of an English noun phrase.
std::string LastWord(std::string_view text) {
  while (!text.empty() && !std::isalnum(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  const std::size_t space = text.find_last_of(" \n\t");
  std::string word(space == std::string_view::npos ? text : text.substr(space + 1));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}

// A system quotation as scored: the quotes sharing one cue, merged.
struct SystemQuote {
  std::vector<Span> content;
  Span speaker, cue;
  bool direct = true;
};

std::vector<SystemQuote> Merge(const std::vector<Quote>& quotes) {
  std::vector<SystemQuote> out;
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> by_cue;
  for (const Quote& q : quotes) {
    const auto key = std::make_pair(q.cue.begin, q.cue.end);
    const auto it = q.cue.size() > 0 ? by_cue.find(key) : by_cue.end();
    if (it != by_cue.end() && out[it->second].speaker.begin == q.speaker.begin) {
      out[it->second].content.push_back(q.span);
      out[it->second].direct &= q.kind == Quote::Kind::kDirect;
      continue;
    }
    by_cue[key] = out.size();
    out.push_back({{q.span}, q.speaker, q.cue, q.kind == Quote::Kind::kDirect});
  }
  return out;
}

bool StartsOrEndsWithQuoteMark(std::string_view text) {
  auto mark = [](std::string_view s) {
    return s == "\"" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D";
  };
  return (!text.empty() && (mark(text.substr(0, 1)) || mark(text.substr(0, 3)))) ||
         (text.size() >= 1 && mark(text.substr(text.size() - 1))) ||
         (text.size() >= 3 && mark(text.substr(text.size() - 3)));
}

// One-to-one matching, best overlaps first; returns system index per gold (-1: none).
std::vector<int> Match(const std::vector<std::vector<std::uint32_t>>& gold,
                       const std::vector<std::vector<std::uint32_t>>& system, double threshold) {
  struct Pair {
    double overlap;
    int g, s;
  };
  std::vector<Pair> pairs;
  for (std::size_t g = 0; g < gold.size(); ++g)
    for (std::size_t s = 0; s < system.size(); ++s) {
      const double o = Overlap(gold[g], system[s]);
      if (o >= threshold) pairs.push_back({o, static_cast<int>(g), static_cast<int>(s)});
    }
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.overlap > b.overlap; });
  std::vector<int> of_gold(gold.size(), -1);
  std::vector<bool> taken(system.size(), false);
  for (const Pair& p : pairs)
    if (of_gold[p.g] < 0 && !taken[p.s]) of_gold[p.g] = p.s, taken[p.s] = true;
  return of_gold;
}

double Ratio(long a, long b) { return b ? double(a) / b : 0; }

// The words of spans, joined and on one line, cut at `limit` bytes.
std::string Words(const Document& doc, const std::vector<Span>& spans, std::size_t limit = 120) {
  std::string out;
  for (const Span& s : spans) out += (out.empty() ? "" : " … ") + std::string(doc.text(s));
  std::replace(out.begin(), out.end(), '\n', ' ');
  if (out.size() > limit) out = out.substr(0, limit) + "…";
  return out;
}

// A cue as a group name: lower-cased, so "Said" and "said" are one group.
std::string CueGroup(std::string cue) {
  if (cue.empty()) return "(no cue)";
  for (char& c : cue) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return cue;
}

// How a quotation missed at 0.3 stands to the system's quotations, by the one
// sharing most of its words (`nearest`, -1 if none shares a word): none does;
// one does, but is cut too short or runs too long; or one shares enough but
// was matched to another gold attribution.
std::string MissKind(const std::vector<std::uint32_t>& gold, const std::vector<std::vector<std::uint32_t>>& system,
                     int* nearest) {
  double best = 0;
  *nearest = -1;
  for (std::size_t s = 0; s < system.size(); ++s) {
    const double o = Overlap(gold, system[s]);
    if (o > best) best = o, *nearest = static_cast<int>(s);
  }
  if (*nearest < 0) return "no quote";
  if (best >= 0.3) return "taken by another";
  return system[*nearest].size() < gold.size() ? "too short" : "too long";
}

// A spurious quotation either shares words with a gold attribution (a span or
// pairing mistake) or none (nothing is reported there).
std::string SpuriousKind(const std::vector<std::uint32_t>& system, const std::vector<std::vector<std::uint32_t>>& gold) {
  for (const auto& g : gold)
    if (Overlap(g, system) > 0) return "overlaps gold";
  return "no gold";
}

// Misses and spurious quotations at 0.3 grouped by kind and cue, wrong
// speakers by the speaker given.
void ListErrors(const Document& doc, const std::vector<GoldAttribution>& gold, const std::vector<SystemQuote>& system,
                const std::vector<std::vector<std::uint32_t>>& gold_tokens,
                const std::vector<std::vector<std::uint32_t>>& system_tokens, const std::vector<int>& match,
                const std::vector<bool>& speaker_wrong, std::vector<ErrorLine>& out) {
  std::vector<bool> matched(system.size(), false);
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (match[g] >= 0) {
      matched[match[g]] = true;
      if (speaker_wrong[g])
        out.push_back({"wrong speaker", fmt::format("\"{}\" for \"{}\": {}", Words(doc, {system[match[g]].speaker}),
                                                    Words(doc, gold[g].source), Words(doc, gold[g].content))});
      continue;
    }
    int nearest;
    const std::string kind = MissKind(gold_tokens[g], system_tokens, &nearest);
    std::string line = fmt::format("[{}] {}", Words(doc, gold[g].source, 40), Words(doc, gold[g].content));
    if (nearest >= 0) line += fmt::format("\n      system: {}", Words(doc, system[nearest].content));
    out.push_back({"missed, " + kind + ", cue: " + CueGroup(Words(doc, gold[g].cue, 40)), std::move(line)});
  }
  for (std::size_t s = 0; s < system.size(); ++s)
    if (!matched[s])
      out.push_back({"spurious, " + SpuriousKind(system_tokens[s], gold_tokens) + ", cue: " +
                         CueGroup(Words(doc, {system[s].cue}, 40)),
                     fmt::format("[{}] {}", Words(doc, {system[s].speaker}, 40), Words(doc, system[s].content))});
}

}  // namespace

void QuoteCounts::Add(const QuoteCounts& o) {
  gold += o.gold, system += o.system, matched_03 += o.matched_03, matched_08 += o.matched_08;
  speaker_judged_03 += o.speaker_judged_03, speaker_right_03 += o.speaker_right_03, cue_right_03 += o.cue_right_03;
  speaker_judged_08 += o.speaker_judged_08, speaker_right_08 += o.speaker_right_08, cue_right_08 += o.cue_right_08;
  triples += o.triples;
  direct_gold += o.direct_gold, direct_system += o.direct_system;
  direct_matched_03 += o.direct_matched_03, direct_matched_08 += o.direct_matched_08;
}

QuoteCounts ScoreQuotes(const Document& doc, const std::vector<GoldAttribution>& gold, std::vector<ErrorLine>* errors) {
  const std::vector<SystemQuote> system = Merge(doc.quotes);
  std::vector<std::vector<std::uint32_t>> gold_tokens, system_tokens;
  const QuoteWords words(doc);
  for (const GoldAttribution& g : gold) gold_tokens.push_back(WordTokens(doc, words, g.content));
  for (const SystemQuote& s : system) system_tokens.push_back(WordTokens(doc, words, s.content));

  QuoteCounts counts;
  counts.gold = static_cast<long>(gold.size());
  counts.system = static_cast<long>(system.size());
  auto speaker_right = [&](const GoldAttribution& g, const SystemQuote& s) {
    if (s.speaker.size() == 0) return false;
    if (AnyOverlap(s.speaker, g.source)) return true;
    const std::string head = LastWord(doc.text(s.speaker));
    for (const Span& f : g.source)
      if (!head.empty() && LastWord(doc.text(f)) == head) return true;
    return false;
  };
  auto cue_right = [&](const GoldAttribution& g, const SystemQuote& s) { return AnyOverlap(s.cue, g.cue); };

  std::vector<bool> speaker_wrong(gold.size(), false);
  for (double threshold : {0.3, 0.8}) {
    const std::vector<int> match = Match(gold_tokens, system_tokens, threshold);
    const bool lenient = threshold < 0.5;
    for (std::size_t g = 0; g < gold.size(); ++g) {
      if (match[g] < 0) continue;
      const SystemQuote& s = system[match[g]];
      const bool has_source = !gold[g].source.empty();
      const bool speaker = has_source && speaker_right(gold[g], s);
      const bool cue = cue_right(gold[g], s);
      (lenient ? counts.matched_03 : counts.matched_08) += 1;
      (lenient ? counts.speaker_judged_03 : counts.speaker_judged_08) += has_source;
      (lenient ? counts.speaker_right_03 : counts.speaker_right_08) += speaker;
      (lenient ? counts.cue_right_03 : counts.cue_right_08) += cue;
      if (lenient && cue && (speaker || (!has_source && s.speaker.size() == 0))) ++counts.triples;
      if (lenient) speaker_wrong[g] = has_source && !speaker;
    }
    if (lenient && errors) ListErrors(doc, gold, system, gold_tokens, system_tokens, match, speaker_wrong, *errors);
  }

  // Direct quotations only.
  std::vector<std::vector<std::uint32_t>> direct_gold, direct_system;
  for (std::size_t g = 0; g < gold.size(); ++g) {
    const Span first = gold[g].content.front(), last = gold[g].content.back();
    if (StartsOrEndsWithQuoteMark(doc.text(first)) || StartsOrEndsWithQuoteMark(doc.text(last)))
      direct_gold.push_back(gold_tokens[g]);
  }
  for (std::size_t s = 0; s < system.size(); ++s)
    if (system[s].direct) direct_system.push_back(system_tokens[s]);
  counts.direct_gold = static_cast<long>(direct_gold.size());
  counts.direct_system = static_cast<long>(direct_system.size());
  for (int m : Match(direct_gold, direct_system, 0.3)) counts.direct_matched_03 += m >= 0;
  for (int m : Match(direct_gold, direct_system, 0.8)) counts.direct_matched_08 += m >= 0;
  return counts;
}

Result<PolnearArticle> ReadPolnearArticle(const std::string& text_path, const std::string& ann_path) {
  Result<std::string> text = ReadAll(text_path);
  if (!text.ok()) return text.status();
  Result<std::string> ann = ReadAll(ann_path);
  if (!ann.ok()) return ann.status();

  LineArticle lines = SplitLines(*text);
  const std::vector<std::uint32_t> cp_bytes = CodePointBytes(*text);
  PolnearArticle out{Document(std::move(lines.article)), {}};
  Segment(out.doc);

  std::map<std::string, BratSpan> spans;
  std::vector<std::string> events;
  std::istringstream in(*ann);
  for (std::string line; std::getline(in, line);) {
    if (line.size() > 1 && line[0] == 'T' && std::isdigit(static_cast<unsigned char>(line[1]))) {
      std::string id;
      BratSpan span;
      if (ParseTextBound(line, &id, &span)) spans[id] = std::move(span);
    } else if (line.size() > 1 && line[0] == 'E' && std::isdigit(static_cast<unsigned char>(line[1]))) {
      events.push_back(line);
    }
  }
  auto mapped = [&](const BratSpan& span, std::vector<Span>* out_spans) {
    for (const Span& f : span.fragments) {
      if (f.end >= cp_bytes.size() || f.begin > f.end) return false;
      out_spans->push_back({ToDocument(lines, cp_bytes[f.begin]), ToDocument(lines, cp_bytes[f.end])});
    }
    return true;
  };
  for (const std::string& event : events) {
    GoldAttribution g;
    bool ok = true;
    std::istringstream roles(event.substr(event.find('\t') + 1));
    for (std::string role; roles >> role;) {
      const std::size_t colon = role.find(':');
      if (colon == std::string::npos) continue;
      const auto it = spans.find(role.substr(colon + 1));
      if (it == spans.end()) continue;
      const std::string name = role.substr(0, colon);
      if (name == "Content") ok &= mapped(it->second, &g.content);
      if (name == "Cue") ok &= mapped(it->second, &g.cue);
      if (name == "Source") ok &= mapped(it->second, &g.source);
    }
    if (ok && !g.content.empty()) out.gold.push_back(std::move(g));
  }
  return out;
}

Result<std::vector<PolnearFiles>> ListPolnear(const std::string& data_dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> texts, anns;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(data_dir + "/text", ec))
    if (e.path().extension() == ".txt") texts.push_back(e.path().string());
  for (const auto& e : fs::directory_iterator(data_dir + "/attributions", ec))
    if (e.path().extension() == ".ann") anns.push_back(e.path().string());
  if (texts.empty()) return Status::NotFound(data_dir + ": no PolNeAR texts");
  std::sort(texts.begin(), texts.end());
  std::sort(anns.begin(), anns.end());
  std::vector<PolnearFiles> files;
  for (const std::string& text : texts) {
    const std::string prefix = data_dir + "/attributions/" + fs::path(text).stem().string() + "_";
    const auto ann = std::lower_bound(anns.begin(), anns.end(), prefix);
    if (ann != anns.end() && ann->starts_with(prefix)) files.push_back({text, *ann});
  }
  return files;
}

Result<SuiteResult> EvalPolnear(const std::string& data_dir) {
  Result<std::vector<PolnearFiles>> files = ListPolnear(data_dir);
  if (!files.ok()) return files.status();
  Result<SyntaxModel> syntax = LoadSyntaxModel(std::string(TIDINGS_DATA_DIR) + "/models");
  if (!syntax.ok()) return syntax.status();
  const auto start = std::chrono::steady_clock::now();
  QuoteCounts total;
  std::vector<ErrorLine> errors;
  std::size_t articles = 0;
  for (const PolnearFiles& file : *files) {
    Result<PolnearArticle> article = ReadPolnearArticle(file.text, file.annotations);
    if (!article.ok()) return article.status();
    ParseSyntax(article->doc, *syntax);
    AnnotateQuotes(article->doc);
    total.Add(ScoreQuotes(article->doc, article->gold, &errors));
    ++articles;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  const PrecisionRecall q03 = ScoreCounts(total.matched_03, total.system, total.gold);
  const PrecisionRecall q08 = ScoreCounts(total.matched_08, total.system, total.gold);
  const PrecisionRecall triple = ScoreCounts(total.triples, total.system, total.gold);
  const PrecisionRecall d03 = ScoreCounts(total.direct_matched_03, total.direct_system, total.direct_gold);
  const PrecisionRecall d08 = ScoreCounts(total.direct_matched_08, total.direct_system, total.direct_gold);
  const double speaker03 = Ratio(total.speaker_right_03, total.speaker_judged_03);
  const double speaker08 = Ratio(total.speaker_right_08, total.speaker_judged_08);
  const double cue03 = Ratio(total.cue_right_03, total.matched_03);
  const double cue08 = Ratio(total.cue_right_08, total.matched_08);
  SuiteResult result;
  result.suite = "PolNeAR";
  result.figures = {{"precision_03", q03.precision}, {"recall_03", q03.recall}, {"f1_03", q03.f1},
                    {"precision_08", q08.precision}, {"recall_08", q08.recall}, {"f1_08", q08.f1},
                    {"speaker_accuracy_03", speaker03}, {"cue_accuracy_03", cue03},
                    {"speaker_accuracy_08", speaker08}, {"cue_accuracy_08", cue08},
                    {"triple_precision", triple.precision}, {"triple_recall", triple.recall}, {"triple_f1", triple.f1},
                    {"direct_f1_03", d03.f1}, {"direct_f1_08", d08.f1}, {"seconds", seconds}};
  result.report = fmt::format(
      "PolNeAR {}: {} articles, {} gold attributions, {} system quotations, {:.2f} s\n"
      "  quotes >=0.3   P {:.3f}  R {:.3f}  F1 {:.3f}   speaker {:.3f} ({} judged)  cue {:.3f}\n"
      "  quotes >=0.8   P {:.3f}  R {:.3f}  F1 {:.3f}   speaker {:.3f} ({} judged)  cue {:.3f}\n"
      "  triples        P {:.3f}  R {:.3f}  F1 {:.3f}\n"
      "  direct only    {} gold, {} system   F1 {:.3f} at 0.3, {:.3f} at 0.8",
      std::filesystem::path(data_dir).filename().string(), articles, total.gold, total.system, seconds, q03.precision, q03.recall, q03.f1,
      speaker03, total.speaker_judged_03, cue03, q08.precision, q08.recall, q08.f1, speaker08, total.speaker_judged_08, cue08,
      triple.precision, triple.recall, triple.f1, total.direct_gold, total.direct_system, d03.f1, d08.f1);
  result.details = ErrorReport(std::move(errors));
  return result;
}

}  // namespace tidings
