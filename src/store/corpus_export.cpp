#include <nlohmann/json.hpp>

#include "store/corpus_reader.h"
#include "store/gdelt_export.h"
#include "store/plover_export.h"
#include "store/query_output.h"
#include "tidings/corpus_query.h"

namespace tidings {
namespace {

// Every event with every field and every mention, one JSON object per line.
Status WriteEventsJsonl(store::Connection& db, const CorpusQuery& all, const store::CheckedFilter& filter,
                        std::ostream& out) {
  return store::ReadView(db, all, filter, /*with_mentions=*/true, [&](store::Row&& row) {
    out << row.dump(-1, ' ', false, store::Row::error_handler_t::replace) << '\n';
    return Status::Ok();
  });
}

Status WriteEventsCsv(store::Connection& db, const CorpusQuery& all, const store::CheckedFilter& filter,
                      std::ostream& out) {
  std::unique_ptr<store::RowWriter> writer = store::MakeRowWriter(QueryFormat::kCsv, CorpusFields(all.view), out);
  Status s = store::ReadView(db, all, filter, /*with_mentions=*/false, [&](store::Row&& row) {
    writer->Write(row);
    return Status::Ok();
  });
  if (s.ok()) writer->Finish();
  return s;
}

}  // namespace

Status ExportCorpus(const std::string& db_path, const CorpusQuery& filter, ExportFormat format, std::ostream& out,
                    const ExportOptions& options) {
  CorpusQuery all = filter;
  all.view = CorpusView::kEvents;
  all.fields.clear();
  all.sort.clear();
  all.limit = 0;
  all.mentions_per_event = 0;
  Result<store::Connection> db = store::OpenCorpusForReading(db_path);
  if (!db.ok()) return db.status();
  Result<store::CheckedFilter> checked = store::CheckFilter(*db, all);
  if (!checked.ok()) return checked.status();
  const store::SqlConditions where = store::EventConditions(*checked);
  Status s;
  switch (format) {
    case ExportFormat::kGdeltEvents: s = store::WriteGdeltEvents(*db, where, options.header, out); break;
    case ExportFormat::kGdeltMentions: s = store::WriteGdeltMentions(*db, where, options.header, out); break;
    case ExportFormat::kPlover: s = store::WritePlover(*db, where, out); break;
    case ExportFormat::kJsonl: s = WriteEventsJsonl(*db, all, *checked, out); break;
    case ExportFormat::kCsv: s = WriteEventsCsv(*db, all, *checked, out); break;
  }
  if (!s.ok()) return s;
  out.flush();
  return out ? Status::Ok() : Status::IoError("cannot write the export");
}

}  // namespace tidings
