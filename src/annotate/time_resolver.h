// TimeResolver: turns the parts of a time expression into a TIMEX3 value,
// counting from a reference date (an article's publication date, a TimeML
// document's creation time).
//
// Inputs are already-parsed pieces (a unit and an offset, a weekday and a
// direction, a month and day...); outputs are TIMEX3 value strings at the
// granularity the expression names: "2024-12-30", "2024-W52", "2024-12",
// "2024-Q4", "2024-H2", "2024-SU", "2024", "202" (a decade), "20" (a century).
// Direction says which occurrence a year-less or bare name means: < 0 the last
// one on or before the reference, > 0 the next one on or after it, 0 the one
// nearest the reference (for weekdays: in the reference's week; for quarters
// and seasons: in its year). Without a reference date, every relative
// value keeps X placeholders ("XXXX-12-25", "XXXX-WXX"). Immutable after
// construction; safe to share between threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "annotate/time_words.h"

namespace tidings {

class TimeResolver {
 public:
  // `reference_date` is ISO 8601 ("2024-12-31", "2024-12-31T08:00:00Z",
  // "19980108"); anything else leaves the resolver unanchored.
  explicit TimeResolver(std::string_view reference_date);

  bool anchored() const { return reference_.has_value(); }
  int year() const;  // the reference's year; 0 when unanchored

  // The `unit` containing the reference, moved by `offset` units ("two
  // weeks ago" is kWeek, -2: "2024-W50"). Clock units give the day.
  std::string Shifted(TimeUnit unit, int offset) const;
  // A weekday (ISO 1..7). `strict` excludes the reference day itself.
  std::string Weekday(int weekday, int direction, bool strict) const;
  std::string Month(int month, int direction, bool strict) const;
  std::string MonthDay(int month, int day, int direction) const;
  std::string Quarter(int quarter, int direction) const;
  std::string Half(int half, int direction) const;
  std::string Season(std::string_view season, int offset) const;
  // A holiday; direction 0 takes the occurrence nearest the reference.
  std::string Holiday(std::string_view holiday, int direction) const;
  // Whole months from the reference's month to the month of `value`
  // ("2025-02", "2025-02-14"): 2 for February after a December reference;
  // 0 when unanchored or `value` names no month.
  int MonthsFrom(std::string_view value) const;
  // The reference day itself, with an optional part of day ("TNI").
  std::string Day(int offset, std::string_view day_part = {}) const;

 private:
  // Quarter (4 parts) or half (2 parts) `part` of the year, "YYYY-Q3".
  std::string PartOfYear(char letter, int parts, int part, int direction) const;

  std::optional<date::sys_days> reference_;
};

// "YYYY-MM-DD" with each unknown (0) part written as X.
std::string DateValue(int year, int month, int day);
// A TIMEX3 duration: "P3Y", "PT5H", "P2Y6M" for 2.5 years, "P20Y" for two
// decades; no amount -> "PXY".
std::string DurationValue(std::optional<double> amount, TimeUnit unit);

}  // namespace tidings
