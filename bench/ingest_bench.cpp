// End-to-end ingest speed: a WARC of the trafilatura evaluation pages, or
// with "english" of the English pages of all three extraction benchmarks
// (../shared/data/extraction, written to a temporary folder at run time), into
// a fresh database by IngestCorpus, with 1 and 2 worker threads. Each run is
// a forked child so its peak memory (getrusage maxrss) is its own. Then, on
// one thread, where the CPU time goes: extraction, the rest of the pipeline
// (syntax, annotation, coding) and the database writes (SQLite's own work,
// including the FTS5 index and fsync waits outside CPU time, is on this thread).
// The writes are timed over several fresh databases and the fastest pass is
// reported: they are a small share, and a shared machine disturbs one pass
// more than the steadier annotation.
//
// Usage: build/bench/ingest_bench [english] [pages|all (default: all)] [jobs... (default: 1 2)]
//        build/bench/ingest_bench [english] PAGES split     (only the one-thread split)
//        build/bench/ingest_bench [english] PAGES warc FILE (only write the pages' WARC to FILE)
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "eval/eval_pages.h"
#include "tidings/corpus_ingest.h"
#include "tidings/extract.h"
#include "tidings/pipeline.h"
#include "tidings/store.h"

namespace tidings {
namespace {

namespace fs = std::filesystem;

// CPU seconds (user + system) this process has used: steadier than wall time
// on a shared machine.
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU time of the calling thread, for the stage split.
double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

double PeakMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

struct Page {
  std::string name;  // the last part of its URL
  std::string html;
};

// A page file's name; Readability's pages are all source.html.gz, each in
// a folder named for it.
std::string PageName(const fs::path& file) {
  return file.filename() == "source.html.gz" ? file.parent_path().filename().string() : file.filename().string();
}

// Up to `limit` pages of the trafilatura evaluation set, decoded: news and
// other pages in many languages (two thirds of them German).
std::vector<Page> TrafilaturaPages(std::size_t limit) {
  std::vector<Page> pages;
  for (const fs::path file : TrafilaturaPageFiles(TIDINGS_SHARED_DIR "/data/extraction")) {
    if (pages.size() == limit) break;
    if (Result<std::string> html = LoadGzippedPage(file.string()); html.ok())
      pages.push_back({PageName(file), std::move(html).value()});
  }
  return pages;
}

// Up to `limit` English pages of all three extraction benchmarks: pages the
// whole pipeline reads, where it gives most of the mixed set above sentences
// only.
std::vector<Page> EnglishPages(std::size_t limit) {
  std::vector<Page> pages;
  for (EnglishPage& page : EnglishExtractionPages(TIDINGS_SHARED_DIR "/data/extraction", limit))
    pages.push_back({PageName(page.file), std::move(page.html)});
  return pages;
}

// Writes `pages` as WARC/1.1 response records.
void WriteWarc(const fs::path& warc, const std::vector<Page>& pages) {
  std::ofstream out(warc, std::ios::binary);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const std::string http =
        fmt::format("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{}",
                    pages[i].html.size(), pages[i].html);
    out << "WARC/1.1\r\nWARC-Type: response\r\n"
        << fmt::format("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{:012}>\r\n", i)
        << "WARC-Date: 2024-01-01T00:00:00Z\r\n"
        << fmt::format("WARC-Target-URI: https://site{}.example/{}\r\n", i % 50, pages[i].name)
        << "Content-Type: application/http; msgtype=response\r\n"
        << fmt::format("Content-Length: {}\r\n\r\n", http.size()) << http << "\r\n\r\n";
  }
}

void RemoveDb(const fs::path& db) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.string() + suffix);
}

// In a child process: the whole ingest with `jobs` workers.
void MeasureIngest(const Pipeline& pipeline, const fs::path& warc, const fs::path& db, unsigned jobs) {
  RemoveDb(db);
  const double cpu_before = CpuSeconds();
  Result<IngestCounts> counts = IngestCorpus(db.string(), pipeline, {warc.string()}, {{}, jobs, 64}, {});
  if (!counts.ok()) {
    fmt::print(stderr, "ingest failed: {}\n", counts.status().ToString());
    return;
  }
  const double cpu = CpuSeconds() - cpu_before;
  const double mib = static_cast<double>(fs::file_size(db)) / (1 << 20);
  fmt::print("jobs {}: {} records, {} articles in {:.2f} s wall = {:.1f} articles/s; {:.2f} CPU s = {:.1f} articles "
             "per CPU second; peak memory {:.0f} MiB; database {:.1f} MiB = {:.1f} MiB per 1,000 articles\n",
             jobs, counts->read, counts->new_articles, counts->seconds, counts->new_articles / counts->seconds, cpu,
             counts->new_articles / cpu, PeakMiB(), mib, mib * 1000 / std::max<std::uint64_t>(1, counts->new_articles));
}

constexpr int kWritePasses = 3;
constexpr std::size_t kBatch = 64;  // IngestCorpus's default batch_records

// CPU seconds of writing `outcomes` in batches of 64 into a fresh database.
std::optional<double> TimeWrites(std::vector<RecordOutcome>& outcomes, const fs::path& db) {
  RemoveDb(db);
  Result<Store> store = Store::Open(db.string());
  if (!store.ok()) return std::nullopt;
  const double start = ThreadCpuSeconds();
  for (std::size_t i = 0; i < outcomes.size(); i += kBatch)
    if (!store->Write(std::span(outcomes).subspan(i, std::min<std::size_t>(kBatch, outcomes.size() - i))).ok())
      return std::nullopt;
  return ThreadCpuSeconds() - start;
}

// In a child process: extraction, annotation and writing timed apart on one thread.
void MeasureStages(const Pipeline& pipeline, const fs::path& warc, const fs::path& db) {
  std::vector<Record> records;
  double t = ThreadCpuSeconds();
  ReadInputs({warc.string()}, {}, [&](Record&& r) { records.push_back(std::move(r)); }, [](Rejection&&) {});
  std::vector<std::string> keys;  // the reader thread keys each record too
  for (const Record& r : records) keys.push_back(RecordKey(r));
  const double read = ThreadCpuSeconds() - t;
  t = ThreadCpuSeconds();
  std::vector<Article> articles;
  for (const Record& r : records)
    if (Result<Article> a = Extract(r); a.ok()) articles.push_back(std::move(a).value());
  const double extract = ThreadCpuSeconds() - t;
  t = ThreadCpuSeconds();
  std::vector<RecordOutcome> outcomes;
  for (std::size_t i = 0; i < articles.size(); ++i)
    outcomes.push_back({std::to_string(i), warc.string(), i, {}, pipeline.Annotate(std::move(articles[i])), {}});
  const double annotate = ThreadCpuSeconds() - t;
  t = ThreadCpuSeconds();
  for (RecordOutcome& outcome : outcomes) PrepareForWrite(outcome);
  const double prepare = ThreadCpuSeconds() - t;
  double write = 0;
  for (int pass = 0; pass < kWritePasses; ++pass) {
    const std::optional<double> seconds = TimeWrites(outcomes, db);
    if (!seconds) return;
    write = pass == 0 ? *seconds : std::min(write, *seconds);
  }
  const double total = read + extract + annotate + prepare + write;
  const auto ms = [&](double seconds) { return 1000 * seconds / outcomes.size(); };
  const auto share = [&](double seconds) { return 100 * seconds / total; };
  fmt::print("one thread, CPU time, {} articles: read and key (reader) {:.2f} ms/article ({:.0f}%), "
             "extract {:.2f} ms ({:.0f}%), syntax+annotate+code {:.2f} ms ({:.0f}%), row preparation (workers) {:.2f} ms "
             "({:.0f}%), database write (writer) {:.2f} ms ({:.0f}%)\n",
             outcomes.size(), ms(read), share(read), ms(extract), share(extract), ms(annotate),
             share(annotate), ms(prepare), share(prepare), ms(write), share(write));
}

template <typename Body>
void InChild(Body&& body) {
  std::fflush(stdout);
  const pid_t pid = fork();
  if (pid == 0) {
    body();
    std::fflush(stdout);
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
}

}  // namespace
}  // namespace tidings

int main(int argc, char** argv) {
  using namespace tidings;
  const bool english = argc > 1 && std::string_view(argv[1]) == "english";
  const int first = english ? 2 : 1;
  const std::size_t limit = argc > first && std::string_view(argv[first]) != "all" ? std::stoul(argv[first])
                                                                                   : static_cast<std::size_t>(-1);
  const bool split_only = argc > first + 1 && std::string_view(argv[first + 1]) == "split";
  const bool warc_only = argc > first + 2 && std::string_view(argv[first + 1]) == "warc";
  std::vector<unsigned> jobs;
  for (int i = first + 1; i < argc && !split_only && !warc_only; ++i)
    jobs.push_back(static_cast<unsigned>(std::stoul(argv[i])));
  if (jobs.empty() && !split_only) jobs = {1, 2};

  const fs::path dir = fs::temp_directory_path() / fmt::format("tidings_ingest_bench_{}", getpid());
  fs::create_directories(dir);
  const fs::path warc = dir / "pages.warc";
  // Pages are read in a child, so that the measuring children (forked from
  // this process) do not count them in their peak memory.
  InChild([&] {
    const std::vector<Page> pages = english ? EnglishPages(limit) : TrafilaturaPages(limit);
    WriteWarc(warc, pages);
    fmt::print("{} {}pages, WARC {:.1f} MiB\n", pages.size(), english ? "English " : "",
               static_cast<double>(fs::file_size(warc)) / (1 << 20));
  });
  if (!fs::exists(warc) || fs::file_size(warc) == 0) {
    fmt::print(stderr, "no pages under " TIDINGS_SHARED_DIR "/data/extraction\n");
    return 1;
  }
  if (warc_only) {
    fs::copy_file(warc, argv[first + 2], fs::copy_options::overwrite_existing);
    fs::remove_all(dir);
    return 0;
  }
  Result<Pipeline> pipeline = Pipeline::Load();
  if (!pipeline.ok()) {
    fmt::print(stderr, "{}\n", pipeline.status().ToString());
    return 1;
  }
  for (unsigned j : jobs) InChild([&] { MeasureIngest(*pipeline, warc, dir / fmt::format("jobs{}.db", j), j); });
  InChild([&] { MeasureStages(*pipeline, warc, dir / "stages.db"); });
  fs::remove_all(dir);
  return 0;
}
