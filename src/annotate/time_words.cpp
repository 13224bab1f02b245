#include "annotate/time_words.h"

#include <cstdlib>
#include <string>

namespace tidings {
namespace {

template <typename T, std::size_t N>
T Lookup(const std::pair<std::string_view, T> (&table)[N], std::string_view word, T missing) {
  for (const auto& [name, value] : table)
    if (name == word) return value;
  return missing;
}

std::string_view WithoutPeriod(std::string_view word) {
  return word.ends_with('.') ? word.substr(0, word.size() - 1) : word;
}

}  // namespace

int MonthOf(std::string_view word) {
  static const std::pair<std::string_view, int> kMonths[] = {
      {"january", 1}, {"jan", 1},   {"february", 2}, {"feb", 2},  {"march", 3},     {"mar", 3},
      {"april", 4},   {"apr", 4},   {"may", 5},      {"june", 6}, {"jun", 6},       {"july", 7},
      {"jul", 7},     {"august", 8}, {"aug", 8},     {"september", 9}, {"sept", 9}, {"sep", 9},
      {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}};
  return Lookup(kMonths, WithoutPeriod(word), 0);
}

int WeekdayOf(std::string_view word) {
  static const std::pair<std::string_view, int> kDays[] = {
      {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5}, {"saturday", 6}, {"sunday", 7}};
  if (word.ends_with("'s")) word.remove_suffix(2);
  return Lookup(kDays, word, 0);
}

std::optional<TimeUnit> UnitOf(std::string_view word) {
  static const std::pair<std::string_view, TimeUnit> kUnits[] = {
      {"second", TimeUnit::kSecond},   {"minute", TimeUnit::kMinute},   {"hour", TimeUnit::kHour},
      {"day", TimeUnit::kDay},         {"night", TimeUnit::kDay},       {"weekend", TimeUnit::kWeekend},
      {"week", TimeUnit::kWeek},       {"month", TimeUnit::kMonth},     {"quarter", TimeUnit::kQuarter},
      {"half", TimeUnit::kHalf},       {"year", TimeUnit::kYear},       {"decade", TimeUnit::kDecade},
      {"century", TimeUnit::kCentury}, {"centuries", TimeUnit::kCentury}};
  for (const auto& [name, unit] : kUnits) {
    if (word == name) return unit;
    // Plurals ("years") and the hyphenated adjective form stay the same unit.
    if (word.size() == name.size() + 1 && word.starts_with(name) && word.back() == 's') return unit;
  }
  return std::nullopt;
}

std::string_view SeasonOf(std::string_view word) {
  static const std::pair<std::string_view, std::string_view> kSeasons[] = {
      {"spring", "SP"}, {"summer", "SU"}, {"fall", "FA"}, {"autumn", "FA"}, {"winter", "WI"}};
  return Lookup(kSeasons, word, std::string_view());
}

std::string_view DayPartOf(std::string_view word) {
  static const std::pair<std::string_view, std::string_view> kParts[] = {
      {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"}, {"tonight", "NI"}};
  return Lookup(kParts, word, std::string_view());
}

int OrdinalOf(std::string_view word) {
  static const std::pair<std::string_view, int> kOrdinals[] = {
      {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"1st", 1}, {"2nd", 2}, {"3rd", 3}, {"4th", 4}};
  return Lookup(kOrdinals, word, 0);
}

std::optional<double> CardinalOf(std::string_view word) {
  static const std::pair<std::string_view, int> kNumbers[] = {
      {"a", 1},         {"an", 1},       {"one", 1},       {"two", 2},       {"three", 3},     {"four", 4},
      {"five", 5},      {"six", 6},      {"seven", 7},     {"eight", 8},     {"nine", 9},      {"ten", 10},
      {"eleven", 11},   {"twelve", 12},  {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},
      {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30},   {"forty", 40},
      {"fifty", 50},    {"sixty", 60},   {"seventy", 70},  {"eighty", 80},   {"ninety", 90},   {"hundred", 100},
      {"dozen", 12},    {"couple", 2}};
  const int named = Lookup(kNumbers, word, 0);
  if (named) return named;
  if (word.empty() || word.front() < '0' || word.front() > '9') return std::nullopt;
  const std::string digits(word);
  char* end = nullptr;
  const double value = std::strtod(digits.c_str(), &end);
  if (end != digits.c_str() + digits.size()) return std::nullopt;
  return value;
}

bool IsVagueAmount(std::string_view word) {
  return word == "several" || word == "few" || word == "many" || word == "some";
}

}  // namespace tidings
