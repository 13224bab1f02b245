// Corpus ingest: every record of every input through the whole pipeline into
// a Store, in parallel.
//
// The calling thread reads the inputs (ReadInputs) and skips records the
// database already holds; `jobs` worker threads run Pipeline::Annotate; one
// writer thread stores the outcomes in input order, `batch_records` per
// transaction. Queues are bounded, so memory does not grow with the corpus.
// Because the store is idempotent and each batch is atomic, a run killed at
// any moment and run again ends in the state one uninterrupted run reaches.
// Callbacks run on the writer thread, in input order.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "tidings/ingest.h"
#include "tidings/pipeline.h"
#include "tidings/status.h"

namespace tidings {

struct CorpusIngestOptions {
  IngestOptions ingest;
  // Worker threads running the pipeline; 0 means one per core.
  unsigned jobs = 0;
  // Records per transaction: larger batches commit less often, and a crash
  // redoes at most one batch of work.
  std::size_t batch_records = 64;
};

// Where an ingest stands; every record read is processed or rejected, by this
// run or an earlier one (`already_stored` counts those).
struct IngestCounts {
  std::uint64_t read = 0, processed = 0, rejected = 0;
  std::uint64_t already_stored = 0;  // records an earlier run stored: skipped
  std::uint64_t new_articles = 0;    // articles this run added
  // Records this run processed and stored whose article is in a language
  // the pipeline does not read (Pipeline::Reads): sentences only.
  std::uint64_t sentences_only = 0;
  std::uint64_t bytes_done = 0, bytes_total = 0;  // input bytes; total 0 when unknown (stdin)
  double seconds = 0.0;
};

struct IngestCallbacks {
  // Each rejected record, also those rejected by an earlier run.
  std::function<void(const Rejection&)> on_reject;
  // After every committed batch.
  std::function<void(const IngestCounts&)> on_progress;
};

// Ingests `inputs` into the database at `db_path` (created when missing).
// Fails only when the database cannot be opened or written; unreadable
// records are rejections, not failures.
Result<IngestCounts> IngestCorpus(const std::string& db_path, const Pipeline& pipeline,
                                  const std::vector<std::string>& inputs, const CorpusIngestOptions& options,
                                  const IngestCallbacks& callbacks);

}  // namespace tidings
