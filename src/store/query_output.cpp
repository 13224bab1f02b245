#include "store/query_output.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

namespace tidings::store {
namespace {

// A table cell longer than this is cut, so one long title does not push
// every other column off the screen.
constexpr std::size_t kMaxCellWidth = 48;

std::string Dump(const Row& row) { return row.dump(-1, ' ', false, Row::error_handler_t::replace); }

// `s` cut to `width` code points, the last one an ellipsis when cut.
std::string Cut(std::string_view s, std::size_t width) {
  if (CodePointCount(s) <= width) return std::string(s);
  std::size_t kept = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((s[i] & 0xC0) != 0x80 && kept++ == width - 1) break;
  }
  return std::string(s.substr(0, i)) + "…";
}

// Table cells hold one line.
std::string OneLine(std::string s) {
  std::replace_if(s.begin(), s.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return s;
}

class CsvWriter : public RowWriter {
 public:
  CsvWriter(std::vector<std::string> fields, std::ostream& out) : fields_(std::move(fields)), out_(out) {}
  void Write(const Row& row) override {
    WriteHeaderOnce();
    std::vector<std::string> cells;
    for (const std::string& f : fields_) cells.push_back(CellText(row[f]));
    WriteLine(cells);
  }
  void Finish() override {
    WriteHeaderOnce();
    out_.flush();
  }

 private:
  // Written with the first row, so a query that fails before any row writes nothing.
  void WriteHeaderOnce() {
    if (!header_written_) WriteLine(fields_);
    header_written_ = true;
  }
  void WriteLine(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out_ << (i ? "," : "") << CsvField(cells[i]);
    out_ << '\n';
  }
  std::vector<std::string> fields_;
  std::ostream& out_;
  bool header_written_ = false;
};

class JsonWriter : public RowWriter {
 public:
  JsonWriter(std::vector<std::string> fields, std::ostream& out) : fields_(std::move(fields)), out_(out) {}
  void Write(const Row& row) override {
    Row selected = Row::object();
    for (const std::string& f : fields_) selected[f] = row[f];
    if (row.contains("mentions")) selected["mentions"] = row["mentions"];
    out_ << (rows_++ == 0 ? "[\n" : ",\n") << Dump(selected);
  }
  void Finish() override { out_ << (rows_ == 0 ? "[]\n" : "\n]\n") << std::flush; }

 private:
  std::vector<std::string> fields_;
  std::ostream& out_;
  std::size_t rows_ = 0;
};

// "    2024-01-02 kcna.kp s3 "sent greetings" Kim Jong Un -> Vladimir Putin (asserted; 01_statement.txt:12)"
std::string MentionLine(const Row& m) {
  auto actor = [](const Row& a) { return CellText(a["name"].is_null() ? a["text"] : a["name"]); };
  std::string line = fmt::format("    {} {} s{} \"{}\" {} -> {} ({}", CellText(m["published"]).substr(0, 10),
                                 CellText(m["publisher"]), CellText(m["sentence"]), CellText(m["text"]),
                                 actor(m["source_actor"]), actor(m["target_actor"]), CellText(m["modality"]));
  if (!m["speaker"].is_null()) line += "; said by " + CellText(m["speaker"]);
  const Row& evidence = m["evidence"];
  if (!evidence["file"].is_null())
    line += fmt::format("; {}:{}", std::filesystem::path(CellText(evidence["file"])).filename().string(),
                        CellText(evidence["line"]));
  return OneLine(line + ")");
}

class TableWriter : public RowWriter {
 public:
  TableWriter(std::vector<std::string> fields, std::ostream& out) : fields_(std::move(fields)), out_(out) {}
  void Write(const Row& row) override {
    std::vector<std::string> cells;
    for (const std::string& f : fields_) cells.push_back(Cut(OneLine(CellText(row[f])), kMaxCellWidth));
    std::vector<std::string> mentions;
    if (row.contains("mentions"))
      for (const Row& m : row["mentions"]) mentions.push_back(MentionLine(m));
    rows_.push_back({std::move(cells), std::move(mentions)});
  }
  void Finish() override {
    std::vector<std::size_t> widths;
    for (const std::string& f : fields_) widths.push_back(CodePointCount(f));
    for (const Line& r : rows_)
      for (std::size_t i = 0; i < r.cells.size(); ++i) widths[i] = std::max(widths[i], CodePointCount(r.cells[i]));
    WriteCells(fields_, widths);
    for (const Line& r : rows_) {
      WriteCells(r.cells, widths);
      for (const std::string& m : r.mentions) out_ << m << '\n';
    }
    out_ << fmt::format("({} row{})\n", rows_.size(), rows_.size() == 1 ? "" : "s") << std::flush;
  }

 private:
  struct Line {
    std::vector<std::string> cells;
    std::vector<std::string> mentions;
  };
  void WriteCells(const std::vector<std::string>& cells, const std::vector<std::size_t>& widths) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      line += cells[i];
      if (i + 1 < cells.size()) line += std::string(widths[i] - CodePointCount(cells[i]) + 2, ' ');
    }
    out_ << line << '\n';
  }
  std::vector<std::string> fields_;
  std::ostream& out_;
  std::vector<Line> rows_;
};

}  // namespace

std::size_t CodePointCount(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string CsvField(std::string_view text) {
  const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string CellText(const Row& value) {
  if (value.is_null()) return {};
  if (value.is_string()) return value.get<std::string>();
  return Dump(value);
}

std::unique_ptr<RowWriter> MakeRowWriter(QueryFormat format, std::vector<std::string> fields, std::ostream& out) {
  switch (format) {
    case QueryFormat::kCsv: return std::make_unique<CsvWriter>(std::move(fields), out);
    case QueryFormat::kJson: return std::make_unique<JsonWriter>(std::move(fields), out);
    case QueryFormat::kTable: break;
  }
  return std::make_unique<TableWriter>(std::move(fields), out);
}

}  // namespace tidings::store
