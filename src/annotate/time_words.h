// The English words time expressions are built from: months, weekdays,
// calendar units, seasons, parts of the day, cardinal and ordinal numbers.
//
// Each lookup takes one lower-case word (an abbreviation may keep its final
// period) and answers 0 / nullopt when the word is not of that class. The
// tables are compiled into the program; functions are pure and thread-safe.
#pragma once

#include <optional>
#include <string_view>

namespace tidings {

// Calendar and clock units, finest first; TIMEX3 durations write them as
// S, M (after T), H, D, W, M, Q, Y, DE, CE.
enum class TimeUnit { kSecond, kMinute, kHour, kDay, kWeekend, kWeek, kMonth, kQuarter, kHalf, kYear, kDecade, kCentury };

int MonthOf(std::string_view word);    // "sept." -> 9
int WeekdayOf(std::string_view word);  // ISO: "monday" -> 1 ... "sunday" -> 7
std::optional<TimeUnit> UnitOf(std::string_view word);  // "years" -> kYear
std::string_view SeasonOf(std::string_view word);    // "summer" -> "SU"
std::string_view DayPartOf(std::string_view word);   // "morning" -> "MO"
int OrdinalOf(std::string_view word);                // "third", "3rd" -> 3

// A cardinal written in digits ("12", "2.5") or words ("twenty", "four");
// "a"/"an" count as one, "couple" as two (TimeML reads "a couple of years"
// as P2Y).
std::optional<double> CardinalOf(std::string_view word);
// Words meaning an unspecified amount: "several", "few", "many", "some".
bool IsVagueAmount(std::string_view word);

}  // namespace tidings
