// tidings eval dedup: the generated near-duplicate corpus and MSRP pairs.
#include "eval/dedup_eval.h"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "eval/eval_pages.h"
#include "eval/scores.h"
#include "tidings/extract.h"
#include "tidings/near_duplicates.h"
#include "text/split.h"

namespace tidings {
namespace {

// The page sets and the folders their files may sit in.
struct PageSet {
  const char* tests_dir;  // under the extraction folder
  std::vector<const char*> listings;
  std::vector<const char*> folders;
};

const std::vector<PageSet> kPageSets = {
    {"trafilatura-eval/tests", {"evaldata.json"}, {"cache", "eval"}},
    {"htmldate-eval/tests", {"eval_default.json", "eval_mediacloud_2020.json"}, {"eval", "test_set", "cache"}},
};

std::string HostOf(const std::string& url) {
  const std::size_t scheme = url.find("://");
  const std::size_t start = scheme == std::string::npos ? 0 : scheme + 3;
  return url.substr(start, url.find('/', start) - start);
}

std::string FindPage(const std::string& tests_dir, const PageSet& set, const std::string& file) {
  for (const char* folder : set.folders) {
    for (const char* suffix : {".gz", ".html.gz"}) {
      const std::string path = tests_dir + "/" + folder + "/" + file + suffix;
      if (std::filesystem::exists(path)) return path;
    }
  }
  return "";
}

// Each page listed in `listing` (url -> {file}), extracted; pages that fail
// to load or extract are skipped, they only make the corpus smaller.
Status AddExtractedPages(const std::string& tests_dir, const PageSet& set, const std::string& listing,
                         std::set<std::string>& seen_files, std::vector<SourceArticle>& sources) {
  std::ifstream in(tests_dir + "/" + listing);
  if (!in) return Status::NotFound(tests_dir + "/" + listing);
  // htmldate's mediacloud listing marks unknown dates NaN, which is not JSON; dates are not read here.
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (std::size_t at = text.find(": NaN"); at != std::string::npos; at = text.find(": NaN", at)) text.replace(at, 5, ": null");
  const nlohmann::json pages = nlohmann::json::parse(text, nullptr, false);
  if (pages.is_discarded() || !pages.is_object()) return Status::InvalidInput(tests_dir + "/" + listing + ": not a JSON object");
  for (const auto& [url, entry] : pages.items()) {
    const std::string path = FindPage(tests_dir, set, entry.value("file", ""));
    if (path.empty() || !seen_files.insert(path).second) continue;
    Result<std::string> html = LoadGzippedPage(path);
    if (!html.ok()) continue;
    Record record;
    record.url = url;
    record.payload = std::move(*html);
    Result<Article> article = Extract(record);
    if (!article.ok()) continue;
    SourceArticle source{HostOf(url), article->title, {}};
    for (const Paragraph& paragraph : article->paragraphs) source.paragraphs.push_back(paragraph.text);
    sources.push_back(std::move(source));
  }
  return Status::Ok();
}

// Signing is timed in this thread's CPU time: the figure is per core, and
// stays put when other work shares the machine.
double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

long Pairs(long n) { return n * (n - 1) / 2; }

struct PairCounts {
  long gold = 0, system = 0, correct = 0;
  long same_site_false = 0;  // false pairs whose documents come from one site
};

PairCounts CountPairs(const std::vector<CorpusDocument>& documents, const std::vector<std::vector<std::uint64_t>>& clusters) {
  PairCounts counts;
  std::map<int, long> group_sizes;
  for (const CorpusDocument& document : documents) ++group_sizes[document.group];
  for (const auto& [group, size] : group_sizes) counts.gold += Pairs(size);
  for (const std::vector<std::uint64_t>& cluster : clusters) {
    counts.system += Pairs(static_cast<long>(cluster.size()));
    std::map<int, long> by_group;
    for (std::uint64_t i : cluster) ++by_group[documents[i].group];
    for (const auto& [group, size] : by_group) counts.correct += Pairs(size);
    for (std::size_t a = 0; a < cluster.size(); ++a) {
      for (std::size_t b = a + 1; b < cluster.size(); ++b) {
        const CorpusDocument &x = documents[cluster[a]], &y = documents[cluster[b]];
        counts.same_site_false += x.group != y.group && x.site == y.site;
      }
    }
  }
  return counts;
}

// For each kind of document, how many there are and how many were placed
// right: a copy in its original's cluster, a non-duplicate in no cluster.
std::string KindBreakdown(const std::vector<CorpusDocument>& documents,
                          const std::vector<std::vector<std::uint64_t>>& clusters) {
  std::vector<int> cluster_of(documents.size(), -1);
  for (std::size_t c = 0; c < clusters.size(); ++c)
    for (std::uint64_t i : clusters[c]) cluster_of[i] = static_cast<int>(c);
  std::map<int, int> original_cluster;  // group -> its original's cluster
  for (std::size_t i = 0; i < documents.size(); ++i)
    if (documents[i].kind == "original") original_cluster[documents[i].group] = cluster_of[i];
  std::map<std::string, std::pair<int, int>> kinds;  // kind -> (right, total)
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const CorpusDocument& document = documents[i];
    if (document.kind == "original") continue;
    const auto original = original_cluster.find(document.group);
    const bool right = original == original_cluster.end() ? cluster_of[i] < 0
                                                          : cluster_of[i] >= 0 && cluster_of[i] == original->second;
    kinds[document.kind].first += right;
    ++kinds[document.kind].second;
  }
  std::string out;
  for (const auto& [kind, counts] : kinds) out += fmt::format(" {} {}/{}", kind, counts.first, counts.second);
  return out;
}

}  // namespace

Result<std::vector<SourceArticle>> LoadDedupSources(const std::string& extraction_dir) {
  std::vector<SourceArticle> sources;
  std::set<std::string> seen_files;
  for (const PageSet& set : kPageSets) {
    const std::string tests_dir = extraction_dir + "/" + set.tests_dir;
    for (const char* listing : set.listings) {
      if (Status status = AddExtractedPages(tests_dir, set, listing, seen_files, sources); !status.ok()) return status;
    }
  }
  return sources;
}

Result<SuiteResult> EvalDedupGenerated(const std::string& extraction_dir) {
  Result<std::vector<SourceArticle>> loaded = LoadDedupSources(extraction_dir);
  if (!loaded.ok()) return loaded.status();
  const std::size_t pages = loaded->size();
  const std::vector<SourceArticle> sources = DistinctSources(std::move(*loaded));
  const std::vector<CorpusDocument> documents = GenerateDedupCorpus(sources, kDedupCorpusSeed);

  std::vector<Signature> signatures;
  signatures.reserve(documents.size());
  double bytes = 0;
  const double start = ThreadCpuSeconds();
  for (const CorpusDocument& document : documents) {
    signatures.push_back(SignText(document.text));
    bytes += document.text.size();
  }
  const double seconds = ThreadCpuSeconds() - start;
  NearDuplicateIndex index;
  for (std::size_t i = 0; i < documents.size(); ++i) index.Add(i, signatures[i]);
  const std::vector<std::vector<std::uint64_t>> clusters = index.Clusters();

  const PairCounts counts = CountPairs(documents, clusters);
  const PrecisionRecall score = ScoreCounts(counts.correct, counts.system, counts.gold);
  const double per_second = seconds > 0 ? documents.size() / seconds : 0;
  SuiteResult result;
  result.suite = "generated";
  result.figures = {{"precision", score.precision}, {"recall", score.recall}, {"f1", score.f1},
                    {"documents", double(documents.size())}, {"documents_per_second", per_second}};
  result.report = fmt::format(
      "generated near-duplicates ({} documents from {} distinct of {} extracted pages, seed {}): "
      "pairwise precision {:.3f} recall {:.3f} F1 {:.3f} (gold pairs {}, found {}, right {}; "
      "false pairs within one site {}) | signing {:.0f} documents/s, {:.1f} MB/s (CPU time, one thread)\n"
      "  copies in their original's cluster and non-duplicates alone, by kind:{}",
      documents.size(), sources.size(), pages, kDedupCorpusSeed, score.precision, score.recall, score.f1,
      counts.gold, counts.system, counts.correct, counts.same_site_false, per_second,
      seconds > 0 ? bytes / seconds / 1e6 : 0, KindBreakdown(documents, clusters));
  return result;
}

Result<SuiteResult> EvalDedupMsrp(const std::string& msrp_dir) {
  const std::string path = msrp_dir + "/msr_paraphrase_test.txt";
  std::ifstream in(path);
  if (!in) return Status::NotFound(path);
  long flagged[2] = {0, 0}, pairs[2] = {0, 0};
  std::string line;
  std::getline(in, line);  // the header row
  for (long number = 2; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const std::vector<std::string_view> fields = SplitTabs(line);
    if (fields.size() != 5 || (fields[0] != "0" && fields[0] != "1")) {
      return Status::InvalidInput(fmt::format("{}:{}: expected 5 tab-separated fields, quality 0 or 1", path, number));
    }
    const int label = fields[0] == "1";
    ++pairs[label];
    flagged[label] += AreNearDuplicates(SignText(fields[3]), SignText(fields[4]));
  }
  const auto share = [&](int label) { return pairs[label] ? double(flagged[label]) / pairs[label] : 0; };
  SuiteResult result;
  result.suite = "msrp";
  result.figures = {{"paraphrases_flagged", share(1)}, {"non_paraphrases_flagged", share(0)},
                    {"pairs", double(pairs[0] + pairs[1])}};
  result.report = fmt::format(
      "MSRP test sentence pairs (side check, not copies): flagged as near-duplicates {}/{} paraphrases ({:.3f}), "
      "{}/{} non-paraphrases ({:.3f})",
      flagged[1], pairs[1], share(1), flagged[0], pairs[0], share(0));
  return result;
}

}  // namespace tidings
