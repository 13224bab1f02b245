// Time patterns: where English news text may hold a TIMEX3 expression, and
// of which shape.
//
// FindTimeCandidates scans raw text with a fixed set of RE2 patterns (linear
// time, compiled once, shared by threads) and returns every match with the
// shape that matched; candidates may overlap, and a candidate may still turn
// out not to be a time ("2025 people"): choosing among them and reading their
// value is the tagger's job (time_tagger.h). Extents follow TimeBank's
// conventions: determiners and modifiers that change the meaning are inside
// ("the past two months", "last March", "early next year", "more than 72
// hours"); prepositions and approximators are outside ("in 1998" -> "1998",
// "about five hours" -> "five hours").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace tidings {

enum class TimeShape {
  kIsoDate,       // 2024-12-31, 2024-12-31T10:00
  kSlashDate,     // 12/31/2024, 12/31/24
  kCalendarDate,  // Dec. 31, 2024; 31 December; Tuesday, Dec. 31; March 1998; last March
  kYear,          // 1998, fiscal 1999, the end of 1990
  kDecade,        // the 1990s, the '80s, the mid-1990s; the 20th century
  kRelative,      // last year, this week, the past year, earlier this month
  kQuarter,       // the third quarter, fourth-quarter, the year-ago quarter, the first half
  kAgo,           // two weeks ago, a year earlier, three days from now
  kDuration,      // three years, the past two months, 16-hour, 2 1/2 years
  kVagueDuration, // years, recent months, the coming years
  kNamedDay,      // today, yesterday, tomorrow night, this morning, last night
  kWeekday,       // Friday, last Tuesday, Wednesday night
  kClock,         // 3 p.m., 5:06 GMT, noon
  kHoliday,       // Christmas, the upcoming New Year, Thanksgiving Day
  kSeason,        // this summer, last fall, the winter of 1998
  kSet,           // every week, weekly, annually, each year
  kReference,     // now, currently, recently, the past, the future, soon
  kWeekend,       // the weekend
  kAnaphoric,     // that day, the same year, the full year, the end of the year, a third straight day
  kRange,         // 60 to 90 days, two or three weeks: the first amount is a duration of its own
};

struct TimeCandidate {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  TimeShape shape = TimeShape::kYear;
};

// Every match of every pattern in `text`, unordered.
std::vector<TimeCandidate> FindTimeCandidates(std::string_view text);

}  // namespace tidings
