// A database kept inside the folder it ingests: its own files (database,
// WAL, shared memory) are not input records, so a second run over the same
// folder reads the one page again, finds it stored and rejects nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/scratch.h"
#include "support/seed.h"
#include "tidings/corpus_ingest.h"

namespace tidings {
namespace {

namespace fs = std::filesystem;

TEST(IngestOwnStore, StoreFilesInTheIngestedFolderAreNoRecords) {
  const fs::path dir = testing::ScratchPath("own_store");
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "page.html")
      << "<html><head><title>Kestria and Arnor sign a river pact</title></head><body><article>"
         "<h1>Kestria and Arnor sign a river pact</h1><p>Kestria and Arnor signed a pact on the shared river on "
         "Monday, the two foreign ministers said after talks in the Kestrian capital.</p></article></body></html>";
  const std::string db = (dir / "corpus.db").string();
  CorpusIngestOptions options;
  options.jobs = 1;
  for (int run = 0; run < 2; ++run) {
    Result<IngestCounts> counts = IngestCorpus(db, testing::BundledPipeline(), {dir.string()}, options, {});
    ASSERT_TRUE(counts.ok()) << counts.status().ToString();
    EXPECT_EQ(counts->read, 1u) << "run " << run;
    EXPECT_EQ(counts->rejected, 0u) << "run " << run;
    EXPECT_EQ(counts->new_articles, run == 0 ? 1u : 0u) << "run " << run;
  }
  EXPECT_TRUE(fs::exists(db));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace tidings
