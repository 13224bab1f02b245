// Holidays English news names as dates: fixed ones ("Christmas" is 12-25)
// and the US and Western-church movable ones (Thanksgiving is the fourth
// Thursday of November, Election Day the Tuesday after the first Monday of
// November, Easter follows the Gregorian computus).
//
// Input is the holiday's name in lower case without "day"/"'s" noise
// ("christmas", "christmas eve", "new year", "thanksgiving"); output is its
// date in a given year. Pure functions, thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include <date/date.h>

namespace tidings {

// The date of `holiday` in `year`, or nullopt for a name not known.
std::optional<date::sys_days> HolidayDate(std::string_view holiday, int year);

}  // namespace tidings
