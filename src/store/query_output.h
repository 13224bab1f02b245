// Writing query rows for a reader: an aligned text table (an event followed
// by its mentions, indented), CSV with RFC 4180 quoting and a header line,
// or a JSON array with one row object per line.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "store/query_views.h"

namespace tidings::store {

// How many Unicode code points UTF-8 `text` holds (offsets in the store count them).
std::size_t CodePointCount(std::string_view text);

// A CSV field: as is, or in double quotes (inner quotes doubled) when it
// holds a comma, quote, line break or leading/trailing space.
std::string CsvField(std::string_view text);

// A row value as text: "" for null, numbers as JSON writes them.
std::string CellText(const Row& value);

class RowWriter {
 public:
  virtual ~RowWriter() = default;
  virtual void Write(const Row& row) = 0;
  // Ends the output (closes the JSON array, prints the table).
  virtual void Finish() = 0;
};

// A writer of `fields` of each row to `out`; JSON rows also keep their "mentions".
std::unique_ptr<RowWriter> MakeRowWriter(QueryFormat format, std::vector<std::string> fields, std::ostream& out);

}  // namespace tidings::store
