#include "annotate/time_holidays.h"

namespace tidings {
namespace {

using date::days;
using date::sys_days;

// Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" computus).
sys_days Easter(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return date::year{year} / month / day;
}

sys_days NthWeekday(int year, unsigned month, date::weekday wd, unsigned n) {
  return date::year{year} / month / wd[n];
}

sys_days LastWeekday(int year, unsigned month, date::weekday wd) {
  return date::year{year} / month / wd[date::last];
}

}  // namespace

std::optional<sys_days> HolidayDate(std::string_view holiday, int year) {
  struct Fixed {
    std::string_view name;
    unsigned month, day;
  };
  static const Fixed kFixed[] = {
      {"new year", 1, 1},      {"new year eve", 12, 31}, {"christmas", 12, 25},   {"christmas eve", 12, 24},
      {"independence", 7, 4},  {"halloween", 10, 31},    {"valentine", 2, 14},    {"veterans", 11, 11},
      {"boxing", 12, 26},      {"may", 5, 1},            {"bastille", 7, 14},     {"armistice", 11, 11}};
  for (const Fixed& f : kFixed)
    if (f.name == holiday) return sys_days{date::year{year} / f.month / f.day};
  if (holiday == "thanksgiving") return NthWeekday(year, 11, date::Thursday, 4);
  if (holiday == "labor") return NthWeekday(year, 9, date::Monday, 1);
  if (holiday == "memorial") return LastWeekday(year, 5, date::Monday);
  // US Election Day: the Tuesday after the first Monday of November.
  if (holiday == "election") return NthWeekday(year, 11, date::Monday, 1) + days{1};
  if (holiday == "easter") return Easter(year);
  if (holiday == "good friday") return Easter(year) - days{2};
  return std::nullopt;
}

}  // namespace tidings
