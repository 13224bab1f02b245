#include "ingest/jsonl_reader.h"

#include <simdjson.h>

namespace tidings {
namespace {

std::string_view TrimLine(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
    line.remove_suffix(1);
  return line;
}

// A string field, a number written as text (ids often are numbers), or empty.
std::string FieldText(simdjson::dom::object object, std::string_view key) {
  simdjson::dom::element value;
  if (object.at_key(key).get(value) != simdjson::SUCCESS) return "";
  std::string_view text;
  if (value.get_string().get(text) == simdjson::SUCCESS) return std::string(text);
  if (value.is_int64()) return std::to_string(value.get_int64().value_unsafe());
  if (value.is_uint64()) return std::to_string(value.get_uint64().value_unsafe());
  return "";
}

class JsonlReader {
 public:
  JsonlReader(const RecordSink& sink, StreamReader& stream) : sink_(sink), options_(sink.options), stream_(stream) {}

  void Run() {
    while (stream_.Fill(1) || ReportDamage()) {
      if (stream_.View().empty()) continue;
      ++line_number_;
      const std::uint64_t offset = stream_.position();
      std::size_t length = 0;
      if (!FindLine(&length)) {
        Reject(offset, "longer than max_jsonl_line_bytes (" + std::to_string(options_.max_jsonl_line_bytes) + ")");
        SkipPastNewline();
        continue;
      }
      ReadLine(TrimLine(stream_.View().substr(0, length)), offset);
      stream_.Consume(length + 1);
    }
  }

 private:
  void Reject(std::uint64_t offset, const std::string& reason) {
    sink_.Reject(offset, "line " + std::to_string(line_number_) + ": " + reason);
  }

  bool ReportDamage() {
    Status damage = stream_.TakeError();
    if (damage.ok()) return false;
    sink_.Reject(stream_.position(), damage.message());
    return true;
  }

  // Sets `length` to the line's length without its '\n'; false if the line
  // is over the limit. The last line may lack its '\n'.
  bool FindLine(std::size_t* length) {
    std::size_t searched = 0;
    for (;;) {
      const std::string_view view = stream_.View();
      const std::size_t newline = view.find('\n', searched);
      if (newline != std::string_view::npos) {
        *length = newline;
        return newline <= options_.max_jsonl_line_bytes;
      }
      if (view.size() > options_.max_jsonl_line_bytes) return false;
      searched = view.size();
      if (!stream_.Fill(view.size() + 1)) {
        *length = stream_.View().size();
        return true;
      }
    }
  }

  void SkipPastNewline() {
    while (stream_.Fill(1)) {
      const std::size_t newline = stream_.View().find('\n');
      if (newline != std::string_view::npos) return stream_.Consume(newline + 1);
      stream_.Consume(stream_.View().size());
    }
  }

  void ReadLine(std::string_view line, std::uint64_t offset) {
    if (line.empty()) return;  // blank lines are not records
    simdjson::dom::element document;
    if (auto error = parser_.parse(line.data(), line.size(), true).get(document); error != simdjson::SUCCESS)
      return Reject(offset, std::string("invalid JSON (") + simdjson::error_message(error) + ")");
    simdjson::dom::object object;
    if (document.get_object().get(object) != simdjson::SUCCESS) return Reject(offset, "not a JSON object");
    Record record;
    record.input = sink_.input;
    record.offset = offset;
    record.url = FieldText(object, "url");
    record.id = FieldText(object, "id");
    record.published = FieldText(object, "published");
    record.charset = "utf-8";
    std::string_view payload;
    simdjson::dom::array paragraphs;
    if (object.at_key("paragraphs").get_array().get(paragraphs) == simdjson::SUCCESS) {
      // A line of `tidings extract` output: the article itself, not a page.
      record.kind = PayloadKind::kArticle;
      payload = line;
    } else if (object.at_key("html").get_string().get(payload) == simdjson::SUCCESS) {
      record.kind = PayloadKind::kHtml;
    } else if (object.at_key("text").get_string().get(payload) == simdjson::SUCCESS) {
      record.kind = PayloadKind::kText;
    } else {
      return Reject(offset, "no \"html\" or \"text\" string field, nor an extracted article's \"paragraphs\"");
    }
    if (payload.size() > options_.max_record_bytes)
      return Reject(offset, "payload of " + std::to_string(payload.size()) + " bytes exceeds max_record_bytes");
    record.payload = payload;
    sink_.on_record(std::move(record));
  }

  const RecordSink& sink_;
  const IngestOptions& options_;
  StreamReader& stream_;
  simdjson::dom::parser parser_;
  std::uint64_t line_number_ = 0;
};

}  // namespace

void ReadJsonl(const RecordSink& sink, StreamReader& stream) {
  JsonlReader(sink, stream).Run();
}

}  // namespace tidings
