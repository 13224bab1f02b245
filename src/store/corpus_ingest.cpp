#include "tidings/corpus_ingest.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <semaphore>
#include <thread>

#include "store/bounded_queue.h"
#include "store/ordered_outcomes.h"
#include "tidings/store.h"

namespace tidings {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// A batch is committed early when the next record takes longer than this, so
// a slow trickle (stdin) still reaches the database and the progress line.
constexpr std::chrono::milliseconds kFlushAfter{1000};

// A record on its way to the writer: a new outcome, or what an earlier run stored.
struct Slot {
  RecordOutcome outcome;
  std::optional<StoredStatus> stored;
};

using Wait = store::OrderedOutcomes<Slot>::Wait;

struct Work {
  std::uint64_t seq = 0;
  RecordOutcome outcome;  // key, source, offset and uri, filled by the reader
  Record record;
};

std::uint64_t FileSize(const fs::path& path) {
  std::error_code error;
  const std::uintmax_t size = fs::file_size(path, error);
  return error ? 0 : size;
}

// Bytes the inputs hold, for the ETA; 0 (unknown) when one is stdin.
std::uint64_t TotalInputBytes(const std::vector<std::string>& inputs) {
  std::uint64_t total = 0;
  for (const std::string& input : inputs) {
    if (input == "-") return 0;
    std::error_code error;
    if (!fs::is_directory(input, error)) {
      total += FileSize(input);
      continue;
    }
    for (auto it = fs::recursive_directory_iterator(input, error); !error && it != fs::end(it); it.increment(error))
      if (it->is_regular_file(error)) total += FileSize(it->path());
  }
  return total;
}

// Input bytes read so far: whole earlier files plus the offset in the current one.
class ByteProgress {
 public:
  void At(const std::string& input, std::uint64_t offset) {
    if (input != current_) {
      if (!current_.empty() && current_ != "-") finished_ += FileSize(current_);
      current_ = input;
    }
    done_.store(finished_ + offset, std::memory_order_relaxed);
  }
  std::uint64_t done() const { return done_.load(std::memory_order_relaxed); }

 private:
  std::string current_;
  std::uint64_t finished_ = 0;
  std::atomic<std::uint64_t> done_{0};
};

class IngestRun {
 public:
  IngestRun(Store writer, Store reader, const Pipeline& pipeline, const CorpusIngestOptions& options,
            const IngestCallbacks& callbacks, std::uint64_t bytes_total)
      : writer_(std::move(writer)),
        reader_(std::move(reader)),
        pipeline_(pipeline),
        options_(options),
        callbacks_(callbacks),
        jobs_(options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency())),
        work_(2 * jobs_),
        in_flight_(static_cast<std::ptrdiff_t>(2 * options.batch_records + 4 * jobs_)) {
    counts_.bytes_total = bytes_total;
  }

  Result<IngestCounts> Run(const std::vector<std::string>& inputs) {
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs_; ++i) workers.emplace_back([this] { Annotate(); });
    std::thread writer([this] { WriteInOrder(); });
    ReadInputs(inputs, options_.ingest, [this](Record&& r) { OnRecord(std::move(r)); },
               [this](Rejection&& r) { OnRejection(std::move(r)); });
    work_.Close();
    for (std::thread& w : workers) w.join();
    outcomes_.Close();
    writer.join();
    if (!failure_.ok()) return failure_;
    return counts_;
  }

 private:
  // Reader thread: records the database already holds skip the pipeline.
  void OnRecord(Record&& record) {
    if (failed_.load()) return;
    bytes_.At(record.input, record.offset);
    RecordOutcome outcome{RecordKey(record), record.input, record.offset, record.url, std::nullopt, {}};
    Result<std::optional<StoredStatus>> stored = reader_.Find(outcome.key);
    in_flight_.acquire();
    const std::uint64_t seq = next_seq_++;
    if (stored.ok() && stored->has_value()) {
      outcomes_.Put(seq, Slot{std::move(outcome), std::move(*stored)});
      return;
    }
    work_.Push(Work{seq, std::move(outcome), std::move(record)});
  }

  void OnRejection(Rejection&& rejection) {
    if (failed_.load()) return;
    bytes_.At(rejection.input, rejection.offset);
    RecordOutcome outcome{RecordKey(rejection), rejection.input, rejection.offset, {}, std::nullopt, rejection.reason};
    Result<std::optional<StoredStatus>> stored = reader_.Find(outcome.key);
    in_flight_.acquire();
    const std::uint64_t seq = next_seq_++;
    std::optional<StoredStatus> known = stored.ok() ? std::move(*stored) : std::nullopt;
    outcomes_.Put(seq, Slot{std::move(outcome), std::move(known)});
  }

  // Worker threads.
  void Annotate() {
    while (std::optional<Work> work = work_.Pop()) {
      RecordOutcome& outcome = work->outcome;
      if (!failed_.load()) {
        Result<Document> doc = pipeline_.Annotate(work->record);
        if (doc.ok()) {
          outcome.document.emplace(std::move(doc).value());
          PrepareForWrite(outcome);
        } else {
          outcome.reason = doc.status().ToString();
        }
      }
      outcomes_.Put(work->seq, Slot{std::move(outcome), std::nullopt});
    }
  }

  // Writer thread.
  void WriteInOrder() {
    std::vector<Slot> batch;
    for (;;) {
      Slot slot;
      const auto wait = outcomes_.Next(kFlushAfter, slot);
      if (wait == Wait::kDone) break;
      if (wait == Wait::kItem) batch.push_back(std::move(slot));
      if (batch.size() >= options_.batch_records || (wait == Wait::kTimeout && !batch.empty()))
        Flush(batch);
    }
    if (!batch.empty()) Flush(batch);
  }

  void Flush(std::vector<Slot>& batch) {
    std::vector<RecordOutcome> fresh;
    for (Slot& slot : batch)
      if (!slot.stored) fresh.push_back(std::move(slot.outcome));
    if (failure_.ok()) {
      Result<std::size_t> articles = writer_.Write(fresh);
      if (articles.ok()) {
        counts_.new_articles += *articles;
      } else {
        failure_ = articles.status();
        failed_.store(true);
      }
    }
    if (failure_.ok()) Count(batch, fresh);
    in_flight_.release(static_cast<std::ptrdiff_t>(batch.size()));
    batch.clear();
    counts_.bytes_done = bytes_.done();
    counts_.seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    if (failure_.ok() && callbacks_.on_progress) callbacks_.on_progress(counts_);
  }

  // Counts the batch in input order and reports its rejections.
  void Count(const std::vector<Slot>& batch, const std::vector<RecordOutcome>& fresh) {
    std::size_t next_fresh = 0;
    for (const Slot& slot : batch) {
      const RecordOutcome& o = slot.stored ? slot.outcome : fresh[next_fresh++];
      const bool processed = slot.stored ? slot.stored->processed : o.document.has_value();
      ++counts_.read;
      if (slot.stored) ++counts_.already_stored;
      if (processed) {
        ++counts_.processed;
        if (!slot.stored && !pipeline_.Reads(o.document->article().language)) ++counts_.sentences_only;
        continue;
      }
      ++counts_.rejected;
      if (callbacks_.on_reject)
        callbacks_.on_reject(Rejection{o.source, o.offset, slot.stored ? slot.stored->reason : o.reason});
    }
  }

  Store writer_, reader_;
  const Pipeline& pipeline_;
  const CorpusIngestOptions& options_;
  const IngestCallbacks& callbacks_;
  const unsigned jobs_;
  store::BoundedQueue<Work> work_;
  store::OrderedOutcomes<Slot> outcomes_;
  std::counting_semaphore<> in_flight_;
  std::uint64_t next_seq_ = 0;  // reader thread only
  ByteProgress bytes_;
  IngestCounts counts_;  // writer thread only until the run ends
  Status failure_;       // writer thread only until the run ends
  std::atomic<bool> failed_{false};
  const Clock::time_point start_ = Clock::now();
};

}  // namespace

Result<IngestCounts> IngestCorpus(const std::string& db_path, const Pipeline& pipeline,
                                  const std::vector<std::string>& inputs, const CorpusIngestOptions& options,
                                  const IngestCallbacks& callbacks) {
  Result<Store> writer = Store::Open(db_path);
  if (!writer.ok()) return writer.status();
  Result<Store> reader = Store::Open(db_path, {.read_only = true});
  if (!reader.ok()) return reader.status();
  CorpusIngestOptions bounded = options;
  bounded.batch_records = std::max<std::size_t>(1, options.batch_records);
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) bounded.ingest.skip_files.push_back(db_path + suffix);
  IngestRun run(std::move(writer).value(), std::move(reader).value(), pipeline, bounded, callbacks,
                TotalInputBytes(inputs));
  return run.Run(inputs);
}

}  // namespace tidings
