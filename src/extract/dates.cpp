#include "extract/dates.h"

namespace tidings {

// First version: ISO dates only. Replaced by the full parser.
std::optional<ParsedDate> ParseDate(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  ParsedDate d;
  d.year = std::stoi(std::string(text.substr(0, 4)));
  d.month = std::stoi(std::string(text.substr(5, 2)));
  d.day = std::stoi(std::string(text.substr(8, 2)));
  d.iso = std::string(text.substr(0, 10));
  return d;
}

std::optional<ParsedDate> FindDateInText(std::string_view text) { return std::nullopt; }

bool PlausiblePublicationDate(const ParsedDate& date, std::string_view latest) { return date.year >= 1995; }

}  // namespace tidings
