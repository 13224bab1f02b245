// ReadInputs and ReadBuffer: walk the inputs, open each as a stream, peel a
// gzip layer, sniff the format and hand the stream to the matching reader.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>

#include "ingest/byte_source.h"
#include "ingest/gzip.h"
#include "ingest/input_format.h"
#include "ingest/jsonl_reader.h"
#include "ingest/payload.h"
#include "ingest/record_sink.h"
#include "ingest/warc_reader.h"
#include "tidings/ingest.h"

namespace tidings {
namespace {

namespace fs = std::filesystem;

// One page or text: the whole stream, bounded by max_record_bytes.
// `known_size` lets an oversized file be refused before it is read.
void ReadPage(const RecordSink& sink, StreamReader& stream, PayloadKind kind, std::optional<std::uint64_t> known_size) {
  const std::uint64_t limit = sink.options.max_record_bytes;
  const std::string too_large = "page larger than max_record_bytes (" + std::to_string(limit) + ")";
  if (known_size && *known_size > limit) return sink.Reject(0, too_large);
  const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(limit, SIZE_MAX - 1) + 1);
  if (stream.Fill(want)) return sink.Reject(0, too_large);
  if (Status damage = stream.TakeError(); !damage.ok()) return sink.Reject(0, damage.message());
  Record record;
  record.input = sink.input;
  record.kind = kind;
  if (Status decoded = DecodePayload(stream.View(), "", &record); !decoded.ok())
    return sink.Reject(0, decoded.message());
  sink.on_record(std::move(record));
}

// Reads an uncompressed stream of any format.
void ReadPlain(const RecordSink& sink, StreamReader& stream, std::optional<std::uint64_t> known_size) {
  // Damage met while filling the sniff window stays pending: the format's
  // reader reports it where it stands and reads on past it.
  stream.Fill(kSniffBytes);
  if (stream.View().empty()) {
    Status damage = stream.TakeError();
    return sink.Reject(0, damage.ok() ? "empty input" : damage.message());
  }
  switch (SniffFormat(sink.input, stream.View().substr(0, kSniffBytes))) {
    case InputFormat::kEmpty:
      return sink.Reject(0, "empty input");
    case InputFormat::kGzip:
      return sink.Reject(0, "gzip data inside gzip data is not read");
    case InputFormat::kBinary:
      return sink.Reject(0, "binary data, not HTML or text");
    case InputFormat::kWarc:
      return ReadWarc(sink, stream);
    case InputFormat::kJsonl:
      return ReadJsonl(sink, stream);
    case InputFormat::kHtml:
      return ReadPage(sink, stream, PayloadKind::kHtml, known_size);
    case InputFormat::kText:
      return ReadPage(sink, stream, PayloadKind::kText, known_size);
  }
}

void ReadSource(const RecordSink& sink, ByteSource& source, std::optional<std::uint64_t> file_size) {
  StreamReader raw(source);
  raw.Fill(2);
  if (!LooksGzipped(raw.View())) return ReadPlain(sink, raw, file_size);
  GzipSource inflated(raw);
  StreamReader stream(inflated);
  ReadPlain(sink, stream, std::nullopt);
}

// Regular files under `dir`, sorted so that runs are reproducible.
std::vector<fs::path> FilesUnder(const fs::path& dir, const RejectCallback& on_reject) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_regular_file(type_ec)) files.push_back(it->path());
  }
  if (ec) on_reject({dir.string(), 0, "cannot walk folder: " + ec.message()});
  std::sort(files.begin(), files.end());
  return files;
}

// Whether `file` is one of `skipped` (paths made canonical): names are
// compared first so that most files cost no path resolution.
bool IsSkipped(const fs::path& file, const std::vector<fs::path>& skipped) {
  for (const fs::path& skip : skipped) {
    if (file.filename() != skip.filename()) continue;
    std::error_code ec;
    if (fs::weakly_canonical(file, ec) == skip && !ec) return true;
  }
  return false;
}

Status ReadOneFile(const std::string& path, const IngestOptions& options, const RecordCallback& on_record,
                   const RejectCallback& on_reject) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    const std::string reason = std::strerror(errno);
    on_reject({path, 0, "cannot open: " + reason});
    return Status::IoError(path + ": " + reason);
  }
  FileSource source(file, /*owned=*/true);
  std::error_code ec;
  const std::uint64_t size = fs::file_size(path, ec);
  ReadSource({path, options, on_record, on_reject}, source, ec ? std::nullopt : std::optional(size));
  return Status::Ok();
}

}  // namespace

void ReadBuffer(const std::string& name, std::string_view bytes, const IngestOptions& options,
                const RecordCallback& on_record, const RejectCallback& on_reject) {
  MemorySource source(bytes);
  ReadSource({name, options, on_record, on_reject}, source, bytes.size());
}

Status ReadInputs(const std::vector<std::string>& inputs, const IngestOptions& options,
                  const RecordCallback& on_record, const RejectCallback& on_reject) {
  Status result;
  std::vector<fs::path> skipped;
  for (const std::string& skip : options.skip_files) {
    std::error_code ec;
    skipped.push_back(fs::weakly_canonical(skip, ec));
  }
  for (const std::string& input : inputs) {
    if (input == "-") {
      FileSource source(stdin, /*owned=*/false);
      ReadSource({input, options, on_record, on_reject}, source, std::nullopt);
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      on_reject({input, 0, "no such file or folder"});
      result = Status::NotFound(input + ": no such file or folder");
    } else if (fs::is_directory(status)) {
      for (const fs::path& file : FilesUnder(input, on_reject))
        if (!IsSkipped(file, skipped)) ReadOneFile(file.string(), options, on_record, on_reject);
    } else {
      Status opened = ReadOneFile(input, options, on_record, on_reject);
      if (!opened.ok()) result = opened;
    }
  }
  return result;
}

}  // namespace tidings
