#include "tidings/corpus_query.h"

#include "store/corpus_reader.h"
#include "store/query_output.h"

namespace tidings {

std::vector<std::string> CorpusFields(CorpusView view) { return store::ViewFieldNames(view); }

Status QueryCorpus(const std::string& db_path, const CorpusQuery& query, QueryFormat format, std::ostream& out) {
  Result<store::Connection> db = store::OpenCorpusForReading(db_path);
  if (!db.ok()) return db.status();
  Result<store::CheckedFilter> filter = store::CheckFilter(*db, query);
  if (!filter.ok()) return filter.status();
  Result<std::vector<std::string>> fields = store::SelectFields(query, format == QueryFormat::kTable);
  if (!fields.ok()) return fields.status();
  std::unique_ptr<store::RowWriter> writer = store::MakeRowWriter(format, std::move(fields).value(), out);
  const bool with_mentions = format != QueryFormat::kCsv;
  Status s = store::ReadView(*db, query, *filter, with_mentions, [&](store::Row&& row) {
    writer->Write(row);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  writer->Finish();
  return out ? Status::Ok() : Status::IoError("cannot write the query output");
}

}  // namespace tidings
