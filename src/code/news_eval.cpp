#include "code/news_eval.h"

#include <charconv>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <xxhash.h>

#include "eval/eval_pages.h"
#include "ingest/gzip.h"
#include "text/split.h"
#include "tidings/pipeline.h"

namespace tidings {
namespace {

constexpr std::uint64_t kMaxLabelBytes = 4 << 20;

// What identifies a coded event across runs without the page's text: the
// page, a hash of its sentence's text, where the event's words start in the
// sentence (code points), its CAMEO code and its actors' codes.
struct EventKey {
  std::string page, sentence_hash;
  std::uint32_t offset = 0;
  std::string code, sources, targets;

  auto Tie() const { return std::tie(page, sentence_hash, offset, code, sources, targets); }
  bool operator<(const EventKey& o) const { return Tie() < o.Tie(); }
};

struct Judgement {
  bool right = false;
  std::string why;     // of a wrong event: A (action), S (source), T (target), N (no event at all), any of them
  std::string sample;  // the commit whose output it was drawn from at random; "-" for none
  bool seen = false;   // kept in this run
};

// One label line: page, sentence hash, offset, first word, code, sources, targets, verdict, why, sample.
Result<std::map<EventKey, Judgement>> ReadLabels(const std::string& path) {
  Result<std::string> text = ReadFile(path, kMaxLabelBytes);
  if (!text.ok()) return text.status();
  std::map<EventKey, Judgement> labels;
  std::string_view rest = *text;
  for (int line_no = 1; !rest.empty(); ++line_no) {
    const std::size_t eol = rest.find('\n');
    std::string_view line = rest.substr(0, eol);
    if (line.ends_with('\r')) line.remove_suffix(1);
    rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> f = SplitTabs(line);
    const auto bad = [&](std::string_view why) {
      return Status::Corruption(fmt::format("{}:{}: {}", path, line_no, why));
    };
    if (f.size() != 10) return bad(fmt::format("{} fields, 10 expected", f.size()));
    if (f[1].size() != 16 || f[1].find_first_not_of("0123456789abcdef") != std::string_view::npos)
      return bad("sentence hash is not 16 hex digits");
    if (f[7] != "right" && f[7] != "wrong") return bad("verdict is neither right nor wrong");
    if ((f[7] == "right") != f[8].empty() || f[8].find_first_not_of("ASTN") != std::string_view::npos)
      return bad("a wrong event names what is wrong (A, S, T, N), a right one nothing");
    EventKey key{std::string(f[0]), std::string(f[1]), 0, std::string(f[4]), std::string(f[5]), std::string(f[6])};
    const auto [end, error] = std::from_chars(f[2].data(), f[2].data() + f[2].size(), key.offset);
    if (error != std::errc() || end != f[2].data() + f[2].size()) return bad("offset is no number");
    if (!labels.emplace(std::move(key), Judgement{f[7] == "right", std::string(f[8]), std::string(f[9])}).second)
      return bad("the same event judged twice");
  }
  return labels;
}

std::string ActorCodes(const std::vector<EventActor>& actors) {
  std::string codes;
  for (const EventActor& a : actors) codes += (codes.empty() ? "" : ",") + a.actor;
  return codes.empty() ? "-" : codes;
}

// The first word of the event's words, for a reader of the labels.
std::string_view FirstWord(std::string_view words) { return words.substr(0, words.find_first_of(" \t\n")); }

std::string OneLine(std::string_view text) {
  std::string line(text);
  for (char& c : line)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return line;
}

// Tuning pages (half 0) and held-out pages (half 1).
constexpr const char* kHalfNames[] = {"tuning", "held-out"};
int HalfOf(const std::string& page) { return static_cast<int>(XXH3_64bits(page.data(), page.size()) & 1); }

struct Tally {
  int right = 0, wrong = 0;
  double Precision() const { return right + wrong ? double(right) / (right + wrong) : 0.0; }
};

using Labels = std::map<EventKey, Judgement>;
using Place = std::tuple<std::string, std::string, std::uint32_t>;  // page, sentence hash, offset

// The kept events against the labels, and the lines `--verbose` prints.
struct NewsScore {
  int kept = 0;
  Tally halves[2];
  std::set<Place> places;  // of the kept events
  std::map<char, int> wrong_by_part;
  std::string details;
};

EventKey KeyOf(const Document& doc, const Event& e, const std::string& page) {
  const Sentence& sentence = doc.sentences[e.sentence];
  const std::string_view text = doc.text(sentence.span);
  return {page, fmt::format("{:016x}", XXH3_64bits(text.data(), text.size())),
          doc.CodePointOffset(e.span.begin) - doc.CodePointOffset(sentence.span.begin), e.cameo,
          ActorCodes(e.sources), ActorCodes(e.targets)};
}

void ScorePage(const Document& doc, const std::string& page, Labels& labels, NewsScore& score) {
  const int half = HalfOf(page);
  for (const Event& e : doc.events) {
    const EventKey key = KeyOf(doc, e, page);
    ++score.kept;
    score.places.emplace(key.page, key.sentence_hash, key.offset);
    const std::string fields =
        fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}", kHalfNames[half], key.page, key.sentence_hash, key.offset,
                    FirstWord(doc.text(e.span)), key.code, key.sources, key.targets);
    const std::string about = fmt::format("{}:{} {}\t{}", e.evidence_file, e.evidence_line, e.evidence_pattern,
                                          OneLine(doc.text(doc.sentences[e.sentence].span)));
    const auto it = labels.find(key);
    if (it == labels.end()) {
      score.details += fmt::format("unjudged\t{}\t{}\n", fields, about);
      continue;
    }
    // The same sentence twice on a page ("read more" repeats) is one judged event.
    if (it->second.seen) {
      score.details += fmt::format("repeat\t{}\n", fields);
      continue;
    }
    it->second.seen = true;
    if (it->second.right) {
      ++score.halves[half].right;
      score.details += fmt::format("right\t{}\t{}\n", fields, about);
      continue;
    }
    ++score.halves[half].wrong;
    for (char part : it->second.why) ++score.wrong_by_part[part];
    score.details += fmt::format("wrong({})\t{}\t{}\n", it->second.why, fields, about);
  }
}

// Right events of the pool not kept as judged: recoded when an event is
// still kept at their words, else lost.
struct Pool {
  int right = 0, recoded = 0, lost = 0;
};

Pool ScorePool(const Labels& labels, NewsScore& score) {
  Pool pool;
  for (const auto& [key, judgement] : labels) {
    if (!judgement.right) continue;
    ++pool.right;
    if (judgement.seen) continue;
    const bool still_coded = score.places.contains({key.page, key.sentence_hash, key.offset});
    ++(still_coded ? pool.recoded : pool.lost);
    score.details += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", still_coded ? "recoded" : "lost",
                                 kHalfNames[HalfOf(key.page)], key.page, key.sentence_hash, key.offset, key.code,
                                 key.sources, key.targets);
  }
  return pool;
}

// Each random sample judged on the output it was drawn from: that output's
// precision, one line per sample.
std::string SampleLines(const Labels& labels) {
  std::map<std::string, Tally> samples;
  for (const auto& [key, judgement] : labels) {
    if (judgement.sample == "-") continue;
    Tally& tally = samples[judgement.sample];
    ++(judgement.right ? tally.right : tally.wrong);
  }
  std::string lines;
  for (const auto& [commit, tally] : samples)
    lines += fmt::format("  output of {}, a random sample of its events: {} of {} right ({:.1f}%)\n", commit,
                         tally.right, tally.right + tally.wrong, 100 * tally.Precision());
  return lines;
}

}  // namespace

Result<SuiteResult> EvalCodingNews(const std::string& extraction_dir, const std::string& labels_path) {
  Result<Labels> labels = ReadLabels(labels_path);
  if (!labels.ok()) return labels.status();
  Result<Pipeline> pipeline = Pipeline::Load();  // bundled knowledge, default selection: `tidings code`
  if (!pipeline.ok()) return pipeline.status();
  std::vector<EnglishPage> pages = EnglishExtractionPages(extraction_dir);
  if (pages.empty()) return Status::NotFound(extraction_dir + ": no English pages of the extraction benchmarks");

  NewsScore score;
  for (EnglishPage& page : pages)
    ScorePage(pipeline->Annotate(std::move(page.article)), page.file.substr(extraction_dir.size() + 1), *labels,
              score);
  const Pool pool = ScorePool(*labels, score);
  const Tally all{score.halves[0].right + score.halves[1].right, score.halves[0].wrong + score.halves[1].wrong};
  const int judged = all.right + all.wrong;
  const int still_coded = pool.right - pool.lost;
  SuiteResult result;
  result.suite = "news";
  result.report = fmt::format(
      "News events judged ({} English pages of the extraction benchmarks, bundled dictionaries, default selection)\n"
      "  {} events kept, {} of them judged: {} right, {} wrong: precision {:.1f}% (tuning pages {:.1f}%, held-out "
      "pages {:.1f}%)\n"
      "  right events of the judged pool: {}; kept as judged {}, coded otherwise at their words {}, no longer coded "
      "{} ({:.1f}% still coded)\n"
      "  judged wrong, by part: action {}, source {}, target {}, no event at all {}\n{}",
      pages.size(), score.kept, judged, all.right, all.wrong, 100 * all.Precision(),
      100 * score.halves[0].Precision(), 100 * score.halves[1].Precision(), pool.right, all.right, pool.recoded,
      pool.lost, pool.right ? 100.0 * still_coded / pool.right : 0.0, score.wrong_by_part['A'],
      score.wrong_by_part['S'], score.wrong_by_part['T'], score.wrong_by_part['N'], SampleLines(*labels));
  result.details = std::move(score.details);
  result.figures = {{"kept", double(score.kept)},
                    {"judged", double(judged)},
                    {"precision", all.Precision()},
                    {"precision_tuning", score.halves[0].Precision()},
                    {"precision_held_out", score.halves[1].Precision()},
                    {"pool_right_still_coded", pool.right ? double(still_coded) / pool.right : 0.0}};
  return result;
}

}  // namespace tidings
