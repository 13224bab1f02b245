#include "annotate/time_resolver.h"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "annotate/time_holidays.h"

namespace tidings {
namespace {

using date::days;
using date::sys_days;

// Reads "YYYY-MM-DD" or "YYYYMMDD" at the start of `text`.
std::optional<sys_days> ParseIsoDay(std::string_view text) {
  auto digits = [&](std::size_t at, std::size_t n) -> int {
    if (at + n > text.size()) return -1;
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  const bool dashed = text.size() >= 10 && text[4] == '-' && text[7] == '-';
  const int y = digits(0, 4), m = digits(dashed ? 5 : 4, 2), d = digits(dashed ? 8 : 6, 2);
  if (y < 0 || m < 0 || d < 0) return std::nullopt;
  const date::year_month_day ymd{date::year{y}, date::month(m), date::day(d)};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

date::year_month_day Ymd(sys_days d) { return date::year_month_day{d}; }
int YearOf(sys_days d) { return int(Ymd(d).year()); }
int MonthOf(sys_days d) { return int(unsigned(Ymd(d).month())); }
int IsoWeekday(sys_days d) { return int(date::weekday{d}.iso_encoding()); }

std::string DayValue(sys_days d) {
  const auto ymd = Ymd(d);
  return DateValue(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())));
}

// ISO 8601 week: the week belongs to the year holding its Thursday.
std::string WeekValue(sys_days d) {
  const sys_days thursday = d + days{4 - IsoWeekday(d)};
  const int year = YearOf(thursday);
  const int week = (thursday - sys_days{date::year{year} / 1 / 1}).count() / 7 + 1;
  return fmt::format("{:04}-W{:02}", year, week);
}

// Floor division, so that period indices count backwards across year 0.
int FloorDiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

}  // namespace

TimeResolver::TimeResolver(std::string_view reference_date) : reference_(ParseIsoDay(reference_date)) {}

int TimeResolver::year() const { return reference_ ? YearOf(*reference_) : 0; }

std::string TimeResolver::Shifted(TimeUnit unit, int offset) const {
  if (!reference_) {
    switch (unit) {
      case TimeUnit::kWeek: return "XXXX-WXX";
      case TimeUnit::kWeekend: return "XXXX-WXX-WE";
      case TimeUnit::kMonth: return "XXXX-XX";
      case TimeUnit::kQuarter: return "XXXX-QX";
      case TimeUnit::kHalf: return "XXXX-HX";
      case TimeUnit::kYear: return "XXXX";
      case TimeUnit::kDecade: return "XXX";
      case TimeUnit::kCentury: return "XX";
      default: return "XXXX-XX-XX";
    }
  }
  const sys_days ref = *reference_;
  const int y = YearOf(ref), m = MonthOf(ref);
  switch (unit) {
    case TimeUnit::kWeek: return WeekValue(ref + days{7 * offset});
    case TimeUnit::kWeekend: return WeekValue(ref + days{7 * offset}) + "-WE";
    case TimeUnit::kMonth: {
      const int index = y * 12 + (m - 1) + offset;
      return fmt::format("{:04}-{:02}", FloorDiv(index, 12), index - 12 * FloorDiv(index, 12) + 1);
    }
    case TimeUnit::kQuarter: {
      const int index = y * 4 + (m - 1) / 3 + offset;
      return fmt::format("{:04}-Q{}", FloorDiv(index, 4), index - 4 * FloorDiv(index, 4) + 1);
    }
    case TimeUnit::kHalf: {
      const int index = y * 2 + (m - 1) / 6 + offset;
      return fmt::format("{:04}-H{}", FloorDiv(index, 2), index - 2 * FloorDiv(index, 2) + 1);
    }
    case TimeUnit::kYear: return fmt::format("{:04}", y + offset);
    case TimeUnit::kDecade: return fmt::format("{:03}", y / 10 + offset);
    case TimeUnit::kCentury: return fmt::format("{:02}", y / 100 + offset);
    case TimeUnit::kDay: return DayValue(ref + days{offset});
    default: return DayValue(ref);
  }
}

std::string TimeResolver::Weekday(int weekday, int direction, bool strict) const {
  if (!reference_) return "XXXX-XX-XX";
  const int today = IsoWeekday(*reference_);
  int shift = weekday - today;  // same ISO week
  if (direction < 0) {
    shift = -((today - weekday + 7) % 7);
    if (shift == 0 && strict) shift = -7;
  } else if (direction > 0) {
    shift = (weekday - today + 7) % 7;
    if (shift == 0 && strict) shift = 7;
  }
  return DayValue(*reference_ + days{shift});
}

std::string TimeResolver::Month(int month, int direction, bool strict) const {
  if (!reference_) return fmt::format("XXXX-{:02}", month);
  const int current = MonthOf(*reference_);
  int y = year();
  if (direction < 0 && (month > current || (month == current && strict))) --y;
  if (direction > 0 && (month < current || (month == current && strict))) ++y;
  if (direction == 0 && month - current > 6) --y;
  if (direction == 0 && current - month > 6) ++y;
  return fmt::format("{:04}-{:02}", y, month);
}

std::string TimeResolver::MonthDay(int month, int day, int direction) const {
  if (!reference_) return DateValue(0, month, day);
  const auto at = [&](int in_year) { return sys_days{date::year{in_year} / month / day}; };
  const auto distance = [&](int in_year) { return std::abs((at(in_year) - *reference_).count()); };
  int y = year();
  if (direction < 0 && at(y) > *reference_) --y;
  if (direction > 0 && at(y) < *reference_) ++y;
  if (direction == 0 && distance(y - 1) < distance(y)) --y;
  if (direction == 0 && distance(y + 1) < distance(y)) ++y;
  return DateValue(y, month, day);
}

std::string TimeResolver::PartOfYear(char letter, int parts, int part, int direction) const {
  if (!reference_) return fmt::format("XXXX-{}{}", letter, part);
  const int current = (MonthOf(*reference_) - 1) / (12 / parts) + 1;
  int y = year();
  if (direction < 0 && part > current) --y;
  if (direction > 0 && part < current) ++y;
  return fmt::format("{:04}-{}{}", y, letter, part);
}

std::string TimeResolver::Quarter(int quarter, int direction) const { return PartOfYear('Q', 4, quarter, direction); }

std::string TimeResolver::Half(int half, int direction) const { return PartOfYear('H', 2, half, direction); }

std::string TimeResolver::Season(std::string_view season, int offset) const {
  if (!reference_) return fmt::format("XXXX-{}", season);
  return fmt::format("{:04}-{}", year() + offset, season);
}

std::string TimeResolver::Holiday(std::string_view holiday, int direction) const {
  if (!reference_) {
    const std::optional<sys_days> sample = HolidayDate(holiday, 2001);
    return sample ? "XXXX" + DayValue(*sample).substr(4) : "XXXX-XX-XX";
  }
  std::optional<sys_days> best;
  for (int y = year() - 1; y <= year() + 1; ++y) {
    const std::optional<sys_days> d = HolidayDate(holiday, y);
    if (!d || (direction < 0 && *d > *reference_) || (direction > 0 && *d < *reference_)) continue;
    const auto distance = [&](sys_days x) { return std::abs((x - *reference_).count()); };
    if (!best || distance(*d) < distance(*best)) best = d;
  }
  return best ? DayValue(*best) : "XXXX-XX-XX";
}

int TimeResolver::MonthsFrom(std::string_view value) const {
  if (!reference_ || value.size() < 7 || value[4] != '-') return 0;
  const int y = std::atoi(std::string(value.substr(0, 4)).c_str());
  const int m = std::atoi(std::string(value.substr(5, 2)).c_str());
  if (y == 0 || m == 0) return 0;
  return (y * 12 + m) - (YearOf(*reference_) * 12 + MonthOf(*reference_));
}

std::string TimeResolver::Day(int offset, std::string_view day_part) const {
  const std::string day = reference_ ? DayValue(*reference_ + days{offset}) : "XXXX-XX-XX";
  return day_part.empty() ? day : day + "T" + std::string(day_part);
}

std::string DateValue(int year, int month, int day) {
  std::string out = year ? fmt::format("{:04}", year) : "XXXX";
  out += month ? fmt::format("-{:02}", month) : "-XX";
  out += day ? fmt::format("-{:02}", day) : "-XX";
  return out;
}

std::string DurationValue(std::optional<double> amount, TimeUnit unit) {
  struct Spelling {
    const char* letter;
    bool clock;          // written after "T"
    const char* finer;   // the next unit down, for a fractional amount
    int finer_per_unit;  // how many of it in one unit
  };
  static const Spelling kSpellings[] = {
      {"S", true, nullptr, 0},  {"M", true, "S", 60},  {"H", true, "M", 60},  {"D", false, "H", 24},
      {"D", false, nullptr, 0}, {"W", false, "D", 7},  {"M", false, "D", 30}, {"Q", false, "M", 3},
      {"M", false, nullptr, 0}, {"Y", false, "M", 12}, {"DE", false, "Y", 10}, {"CE", false, "Y", 100}};
  // Decades are written in years, as TimeBank does: "two decades" is P20Y.
  if (unit == TimeUnit::kDecade) {
    unit = TimeUnit::kYear;
    if (amount) amount = *amount * 10;
  }
  Spelling s = kSpellings[static_cast<int>(unit)];
  std::string prefix = s.clock ? "PT" : "P";
  if (!amount) return prefix + "X" + s.letter;
  double count = *amount;
  if (unit == TimeUnit::kWeekend) count *= 2;  // a weekend lasts two days
  if (unit == TimeUnit::kHalf) count *= 6;     // half a year, in months
  const double whole = std::floor(count);
  const int finer = s.finer ? int(std::lround((count - whole) * s.finer_per_unit)) : 0;
  std::string out = prefix;
  if (whole > 0) out += fmt::format("{}{}", int(whole), s.letter);
  if (finer > 0) {
    if (!s.clock && std::string_view(s.finer) == "H") out += "T";
    out += fmt::format("{}{}", finer, s.finer);
  }
  return out == prefix ? prefix + "0" + s.letter : out;
}

}  // namespace tidings
