#include "extract/dates.h"

#include <chrono>
#include <cstdio>
#include <unordered_map>

namespace tidings {
namespace {

// Years outside this window are not read as years at all ("1234 Main St").
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2199;
// A publication date before the web went mainstream is a parsing accident.
constexpr int kEarliestPlausibleYear = 1995;
// Words longer than this cannot be month names; they are not looked up.
constexpr std::size_t kMaxMonthWordBytes = 24;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Decodes the UTF-8 code point at `pos`; `length` receives its byte count.
// Invalid bytes decode as themselves with length 1.
char32_t CodePointAt(std::string_view s, std::size_t pos, std::size_t* length) {
  const unsigned char c = s[pos];
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (pos + n > s.size()) n = 1;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  *length = n;
  return cp;
}

bool IsLetter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp == 0xD7 || cp == 0xF7) return false;
  return (cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x370 && cp <= 0x52F) || (cp >= 0x5D0 && cp <= 0x6FF && cp != 0x60C) ||
         cp >= 0x3040;
}

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000;
}

bool IsLetterAt(std::string_view s, std::size_t pos) {
  std::size_t n;
  return pos < s.size() && IsLetter(CodePointAt(s, pos, &n));
}

// True when the code point ending just before `pos` is a letter or digit.
bool WordCharBefore(std::string_view s, std::size_t pos) {
  if (pos == 0) return false;
  std::size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  std::size_t n;
  return IsDigit(s[start]) || IsLetter(CodePointAt(s, start, &n));
}

// Skips spaces and any of the ASCII characters in `punctuation`.
std::size_t SkipSeparators(std::string_view s, std::size_t pos, std::string_view punctuation) {
  while (pos < s.size()) {
    std::size_t n;
    const char32_t cp = CodePointAt(s, pos, &n);
    if (!IsSpace(cp) && (cp >= 0x80 || punctuation.find(static_cast<char>(cp)) == std::string_view::npos)) break;
    pos += n;
  }
  return pos;
}

std::size_t DigitRunLength(std::string_view s, std::size_t pos) {
  std::size_t end = pos;
  while (end < s.size() && IsDigit(s[end])) ++end;
  return end - pos;
}

int NumberAt(std::string_view s, std::size_t pos, std::size_t length) {
  int value = 0;
  for (std::size_t i = 0; i < length; ++i) value = value * 10 + (s[pos + i] - '0');
  return value;
}

std::size_t WordEnd(std::string_view s, std::size_t pos) {
  while (pos < s.size()) {
    const unsigned char c = s[pos];
    if (c < 0x80) {
      if ((c | 0x20) < 'a' || (c | 0x20) > 'z') break;
      ++pos;
      continue;
    }
    std::size_t n;
    if (!IsLetter(CodePointAt(s, pos, &n))) break;
    pos += n;
  }
  return pos;
}

// Lower-cases ASCII, Latin-1, Cyrillic and the Turkish and Polish capitals
// found in month names (Ş Ğ İ Ś Ź Ł), enough to look month names up; other
// bytes are copied unchanged.
std::string_view LowerWord(std::string_view word, char (&buffer)[kMaxMonthWordBytes]) {
  for (std::size_t i = 0; i < word.size(); ++i) {
    unsigned char c = word[i];
    if (c >= 'A' && c <= 'Z') c += 0x20;
    buffer[i] = static_cast<char>(c);
  }
  for (std::size_t i = 0; i + 1 < word.size(); ++i) {
    unsigned char lead = buffer[i], next = buffer[i + 1];
    if (lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) buffer[i + 1] = static_cast<char>(next + 0x20);
    else if (lead == 0xD0 && next >= 0x90 && next <= 0x9F) buffer[i + 1] = static_cast<char>(next + 0x20);
    else if (lead == 0xD0 && next >= 0xA0 && next <= 0xAF) { buffer[i] = static_cast<char>(0xD1); buffer[i + 1] = static_cast<char>(next - 0x20); }
    else if (lead == 0xD0 && (next == 0x84 || next == 0x86 || next == 0x87)) { buffer[i] = static_cast<char>(0xD1); buffer[i + 1] = static_cast<char>(next + 0x10); }
    else if ((lead == 0xC4 && next == 0x9E) || (lead == 0xC5 && (next == 0x9E || next == 0x9A || next == 0x81))) buffer[i + 1] = static_cast<char>(next + 1);
    else if (lead == 0xC5 && next == 0xB9) buffer[i + 1] = static_cast<char>(next + 1);
    else if (lead == 0xC4 && next == 0xB0) { buffer[i] = 'i'; buffer[i + 1] = 0; return {buffer, i + 1}; }
  }
  return {buffer, word.size()};
}

// Month names and their usual abbreviations; one table for all languages,
// as the few collisions ("mar", "mai") name the same month.
const std::unordered_map<std::string_view, int>& MonthsByName() {
  static const auto* kMonths = new std::unordered_map<std::string_view, int>{
      // English
      {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
      {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
      {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8},
      {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
      // German
      {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3}, {"mai", 5},
      {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"mär", 3}, {"mrz", 3},
      {"okt", 10}, {"dez", 12},
      // French
      {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6},
      {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10},
      {"novembre", 11}, {"décembre", 12}, {"decembre", 12}, {"janv", 1}, {"févr", 2},
      {"fevr", 2}, {"avr", 4}, {"juil", 7}, {"déc", 12},
      // Spanish
      {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
      {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
      {"noviembre", 11}, {"diciembre", 12}, {"ene", 1}, {"abr", 4}, {"ago", 8}, {"dic", 12},
      // Italian
      {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6},
      {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12}, {"gen", 1},
      {"mag", 5}, {"giu", 6}, {"lug", 7}, {"set", 9}, {"ott", 10},
      // Portuguese
      {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"marco", 3}, {"maio", 5}, {"junho", 6},
      {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
      {"fev", 2}, {"out", 10},
      // Dutch
      {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8}, {"mrt", 3},
      // Russian (genitive as in dates, nominative, abbreviations)
      {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6},
      {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11}, {"декабря", 12},
      {"январь", 1}, {"февраль", 2}, {"март", 3}, {"апрель", 4}, {"май", 5}, {"июнь", 6},
      {"июль", 7}, {"август", 8}, {"сентябрь", 9}, {"октябрь", 10}, {"ноябрь", 11}, {"декабрь", 12},
      {"янв", 1}, {"фев", 2}, {"мар", 3}, {"апр", 4}, {"июн", 6}, {"июл", 7}, {"авг", 8},
      {"сен", 9}, {"сент", 9}, {"окт", 10}, {"ноя", 11}, {"нояб", 11}, {"дек", 12},
      // Ukrainian (genitive)
      {"січня", 1}, {"лютого", 2}, {"березня", 3}, {"квітня", 4}, {"травня", 5}, {"червня", 6},
      {"липня", 7}, {"серпня", 8}, {"вересня", 9}, {"жовтня", 10}, {"листопада", 11}, {"грудня", 12},
      // Polish (genitive)
      {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4}, {"maja", 5}, {"czerwca", 6},
      {"lipca", 7}, {"sierpnia", 8}, {"września", 9}, {"października", 10}, {"listopada", 11},
      {"grudnia", 12},
      // Turkish
      {"ocak", 1}, {"şubat", 2}, {"mart", 3}, {"nisan", 4}, {"mayıs", 5}, {"haziran", 6},
      {"temmuz", 7}, {"ağustos", 8}, {"eylül", 9}, {"ekim", 10}, {"kasım", 11}, {"aralık", 12},
      // Arabic (Gregorian month names as written in Egypt and the Gulf)
      {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"إبريل", 4}, {"مايو", 5},
      {"يونيو", 6}, {"يوليو", 7}, {"أغسطس", 8}, {"سبتمبر", 9}, {"أكتوبر", 10}, {"نوفمبر", 11},
      {"ديسمبر", 12},
  };
  return *kMonths;
}

int MonthFromWord(std::string_view word) {
  if (word.empty() || word.size() > kMaxMonthWordBytes) return 0;
  char buffer[kMaxMonthWordBytes];
  const auto& months = MonthsByName();
  auto it = months.find(LowerWord(word, buffer));
  return it == months.end() ? 0 : it->second;
}

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool ValidDate(int y, int m, int d) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < kMinYear || y > kMaxYear || m < 1 || m > 12 || d < 1) return false;
  return d <= kDays[m - 1] + (m == 2 && IsLeapYear(y) ? 1 : 0);
}

// A clock time written after a date: "10:05", "10:05:33.120Z", "10:05 PM GMT",
// "T10:05:00+03:00". Rendered as ISO "THH:MM:SS" plus zone when one is given.
struct ClockTime {
  std::string iso;
  std::size_t end = 0;
};

std::optional<std::string> ZoneAt(std::string_view s, std::size_t* pos) {
  std::size_t p = *pos;
  if (p < s.size() && s[p] == 'Z') {
    *pos = p + 1;
    return "Z";
  }
  std::string zone;
  if (s.substr(p, 3) == "GMT" || s.substr(p, 3) == "UTC") {
    p += 3;
    zone = "Z";
  }
  if (p < s.size() && (s[p] == '+' || s[p] == '-') && DigitRunLength(s, p + 1) >= 2) {
    const char sign = s[p];
    std::size_t q = p + 1;
    const std::size_t run = DigitRunLength(s, q);
    int hours, minutes = 0;
    if (run == 4) {
      hours = NumberAt(s, q, 2);
      minutes = NumberAt(s, q + 2, 2);
      q += 4;
    } else if (run <= 2) {
      hours = NumberAt(s, q, run);
      q += run;
      if (q < s.size() && s[q] == ':' && DigitRunLength(s, q + 1) == 2) {
        minutes = NumberAt(s, q + 1, 2);
        q += 3;
      }
    } else {
      return zone.empty() ? std::nullopt : std::optional<std::string>(zone);
    }
    if (hours > 14 || minutes > 59) return std::nullopt;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", sign, hours, minutes);
    zone = buffer;
    p = q;
  }
  if (zone.empty()) return std::nullopt;
  *pos = p;
  return zone;
}

std::optional<ClockTime> ClockTimeAt(std::string_view s, std::size_t pos) {
  pos = SkipSeparators(s, pos, ",|-@");
  if (pos < s.size() && s[pos] == 'T') ++pos;
  else if (s.substr(pos, 3) == "at " || s.substr(pos, 3) == "um ") pos = SkipSeparators(s, pos + 2, "");
  const std::size_t hour_digits = DigitRunLength(s, pos);
  if (hour_digits < 1 || hour_digits > 2 || pos + hour_digits >= s.size() || s[pos + hour_digits] != ':') return std::nullopt;
  int hour = NumberAt(s, pos, hour_digits);
  std::size_t p = pos + hour_digits + 1;
  if (DigitRunLength(s, p) != 2) return std::nullopt;
  const int minute = NumberAt(s, p, 2);
  p += 2;
  int second = 0;
  if (p < s.size() && s[p] == ':' && DigitRunLength(s, p + 1) == 2) {
    second = NumberAt(s, p + 1, 2);
    p += 3;
    if (p < s.size() && (s[p] == '.' || s[p] == ',') && DigitRunLength(s, p + 1) > 0) p += 1 + DigitRunLength(s, p + 1);
  }
  if (hour > 23 || minute > 59 || second > 60) return std::nullopt;
  std::size_t q = SkipSeparators(s, p, "");
  const std::string_view rest = s.substr(q, 4);
  const bool pm = rest.starts_with("pm") || rest.starts_with("PM") || rest.starts_with("p.m.");
  const bool am = rest.starts_with("am") || rest.starts_with("AM") || rest.starts_with("a.m.");
  if ((pm || am) && hour <= 12) {
    if (pm && hour < 12) hour += 12;
    if (am && hour == 12) hour = 0;
    p = q + (rest[1] == '.' ? 4 : 2);
  }
  ClockTime time;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "T%02d:%02d:%02d", hour, minute, second);
  time.iso = buffer;
  q = SkipSeparators(s, p, "");
  if (std::optional<std::string> zone = ZoneAt(s, &q)) {
    time.iso += *zone;
    p = q;
  }
  time.end = p;
  return time;
}

std::optional<DateMatch> MakeMatch(std::string_view s, std::size_t begin, std::size_t end, int y, int m, int d,
                                   bool with_time) {
  if (!ValidDate(y, m, d)) return std::nullopt;
  DateMatch match;
  match.begin = begin;
  match.end = end;
  match.date.year = y;
  match.date.month = m;
  match.date.day = d;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  match.date.iso = buffer;
  if (with_time) {
    if (std::optional<ClockTime> time = ClockTimeAt(s, end)) {
      match.date.iso += time->iso;
      match.end = time->end;
    }
  }
  return match;
}

// A four-digit year at `pos` not glued to more digits.
bool YearAt(std::string_view s, std::size_t pos, int* year) {
  if (DigitRunLength(s, pos) != 4) return false;
  *year = NumberAt(s, pos, 4);
  return *year >= kMinYear && *year <= kMaxYear;
}

// A two-digit year at `pos` ("28.09.19"), read in this century, and not
// followed by more dotted numbers (an address or version "10.10.19.5").
bool ShortYearAt(std::string_view s, std::size_t pos, int* year) {
  if (DigitRunLength(s, pos) != 2) return false;
  if (pos + 3 < s.size() && s[pos + 2] == '.' && IsDigit(s[pos + 3])) return false;
  *year = 2000 + NumberAt(s, pos, 2);
  return true;
}

// Skips an ordinal ending after a day number: "1st", "2nd", "1er", "1º", "31.".
std::size_t SkipOrdinal(std::string_view s, std::size_t pos) {
  static constexpr std::string_view kEndings[] = {"st", "nd", "rd", "th", "er", "\xC2\xBA", "\xC2\xAA", "\xC2\xB0"};
  for (std::string_view ending : kEndings)
    if (s.substr(pos, ending.size()) == ending && !IsLetterAt(s, pos + ending.size())) return pos + ending.size();
  return pos;
}

// Skips a small connecting word between date parts ("de", "del", "of").
std::size_t SkipConnector(std::string_view s, std::size_t pos) {
  static constexpr std::string_view kConnectors[] = {"del", "de", "of"};
  for (std::string_view word : kConnectors)
    if (s.substr(pos, word.size()) == word && !IsLetterAt(s, pos + word.size()))
      return SkipSeparators(s, pos + word.size(), ",.");
  return pos;
}

// "2024-12-31", "2024/12/31", "2024.12.31", then an optional time.
std::optional<DateMatch> YearFirstAt(std::string_view s, std::size_t pos) {
  const char sep = pos + 4 < s.size() ? s[pos + 4] : 0;
  if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
  const std::size_t month_at = pos + 5, month_digits = DigitRunLength(s, month_at);
  if (month_digits < 1 || month_digits > 2) return std::nullopt;
  const std::size_t day_sep = month_at + month_digits;
  if (day_sep >= s.size() || s[day_sep] != sep) return std::nullopt;
  const std::size_t day_digits = DigitRunLength(s, day_sep + 1);
  if (day_digits < 1 || day_digits > 2) return std::nullopt;
  return MakeMatch(s, pos, day_sep + 1 + day_digits, NumberAt(s, pos, 4), NumberAt(s, month_at, month_digits),
                   NumberAt(s, day_sep + 1, day_digits), true);
}

// "2024年12月31日" (Chinese and Japanese).
std::optional<DateMatch> CjkAt(std::string_view s, std::size_t pos) {
  static constexpr std::string_view kYear = "\xE5\xB9\xB4", kMonth = "\xE6\x9C\x88", kDay = "\xE6\x97\xA5";
  std::size_t p = pos + 4;
  if (s.substr(p, kYear.size()) != kYear) return std::nullopt;
  p += kYear.size();
  const std::size_t month_digits = DigitRunLength(s, p);
  if (month_digits < 1 || month_digits > 2 || s.substr(p + month_digits, kMonth.size()) != kMonth) return std::nullopt;
  const int month = NumberAt(s, p, month_digits);
  p += month_digits + kMonth.size();
  const std::size_t day_digits = DigitRunLength(s, p);
  if (day_digits < 1 || day_digits > 2 || s.substr(p + day_digits, kDay.size()) != kDay) return std::nullopt;
  return MakeMatch(s, pos, p + day_digits + kDay.size(), NumberAt(s, pos, 4), month, NumberAt(s, p, day_digits), true);
}

// "31.12.2024", "31/12/2024", "12/31/2024", "31-12-2024", and "31.12.24"
// (two-digit years only dotted with two-digit day and month).
std::optional<DateMatch> DayOrMonthFirstAt(std::string_view s, std::size_t pos, std::size_t first_digits,
                                           const DateContext& context) {
  const char sep = s[pos + first_digits];
  if (sep != '.' && sep != '/' && sep != '-') return std::nullopt;
  const std::size_t second_at = pos + first_digits + 1, second_digits = DigitRunLength(s, second_at);
  if (second_digits < 1 || second_digits > 2) return std::nullopt;
  const std::size_t year_sep = second_at + second_digits;
  if (year_sep >= s.size() || s[year_sep] != sep) return std::nullopt;
  int year;
  std::size_t year_digits = 4;
  if (!YearAt(s, year_sep + 1, &year)) {
    if (!ShortYearAt(s, year_sep + 1, &year) || sep != '.' || first_digits != 2 || second_digits != 2)
      return std::nullopt;
    year_digits = 2;
  }
  const int first = NumberAt(s, pos, first_digits), second = NumberAt(s, second_at, second_digits);
  // Dots are European (day first); otherwise the numbers themselves, then the
  // page's habits, decide.
  bool month_first = false;
  if (sep != '.') month_first = second > 12 || (first <= 12 && context.month_first);
  const int month = month_first ? first : second, day = month_first ? second : first;
  std::optional<DateMatch> match = MakeMatch(s, pos, year_sep + 1 + year_digits, year, month, day, true);
  if (match) match->order_from_context = sep != '.' && first <= 12 && second <= 12;
  return match;
}

// "31 December 2024", "31. Dezember 2024", "31 de diciembre de 2024", "1er
// janvier 2024", "31 декабря 2024"; the year may be omitted when the context
// gives one.
std::optional<DateMatch> DayMonthAt(std::string_view s, std::size_t pos, std::size_t day_digits,
                                    const DateContext& context) {
  const int day = NumberAt(s, pos, day_digits);
  std::size_t p = SkipOrdinal(s, pos + day_digits);
  p = SkipConnector(s, SkipSeparators(s, p, ".-/"));
  const std::size_t word_end = WordEnd(s, p);
  const int month = MonthFromWord(s.substr(p, word_end - p));
  if (month == 0) return std::nullopt;
  const std::size_t year_at = SkipConnector(s, SkipSeparators(s, word_end, ",.-/"));
  int year;
  if (YearAt(s, year_at, &year)) return MakeMatch(s, pos, year_at + 4, year, month, day, true);
  if (context.reference_year == 0) return std::nullopt;
  std::size_t end = word_end;
  if (end < s.size() && s[end] == '.') ++end;
  return MakeMatch(s, pos, end, context.reference_year, month, day, true);
}

// "December 31, 2024", "Dec. 31st 2024", "Sept 5 2024"; the year may be
// omitted when the context gives one.
std::optional<DateMatch> MonthDayAt(std::string_view s, std::size_t pos, std::size_t word_end,
                                    const DateContext& context) {
  // Most words are not followed by a day: look them up only when they are.
  const std::size_t day_at = SkipSeparators(s, word_end, ".-");
  const std::size_t day_digits = DigitRunLength(s, day_at);
  if (day_digits < 1 || day_digits > 2) return std::nullopt;
  const int month = MonthFromWord(s.substr(pos, word_end - pos));
  if (month == 0) return std::nullopt;
  const int day = NumberAt(s, day_at, day_digits);
  const std::size_t day_end = SkipOrdinal(s, day_at + day_digits);
  const std::size_t year_at = SkipSeparators(s, day_end, ",.");
  int year;
  if (YearAt(s, year_at, &year)) return MakeMatch(s, pos, year_at + 4, year, month, day, true);
  if (context.reference_year == 0 || (day_end < s.size() && s[day_end] == ':')) return std::nullopt;
  return MakeMatch(s, pos, day_end, context.reference_year, month, day, true);
}

// The date starting exactly at `pos`, which starts a number.
std::optional<DateMatch> NumericDateAt(std::string_view s, std::size_t pos, const DateContext& context) {
  const std::size_t digits = DigitRunLength(s, pos);
  if (digits == 4) {
    if (auto match = YearFirstAt(s, pos)) return match;
    return CjkAt(s, pos);
  }
  if (digits > 2 || pos + digits >= s.size()) return std::nullopt;
  if (auto match = DayOrMonthFirstAt(s, pos, digits, context)) return match;
  return DayMonthAt(s, pos, digits, context);
}

// Where the next word or number at or after `pos` starts.
std::size_t TokenStartFrom(std::string_view s, std::size_t pos) {
  while (pos < s.size()) {
    std::size_t n;
    if (IsDigit(s[pos]) || IsLetter(CodePointAt(s, pos, &n))) break;
    pos += n;
  }
  return pos;
}

// Each word or number is measured once: its end is where a month name
// ends and where the search goes on.
std::optional<DateMatch> FirstDateFrom(std::string_view text, std::size_t pos, const DateContext& context) {
  while (pos < text.size()) {
    const bool digit = IsDigit(text[pos]);
    std::size_t n = 1;
    const bool letter = !digit && IsLetter(CodePointAt(text, pos, &n));
    const std::size_t token_end = digit ? pos + DigitRunLength(text, pos) : letter ? WordEnd(text, pos) : pos + n;
    if ((digit || letter) && !WordCharBefore(text, pos)) {
      std::optional<DateMatch> match =
          digit ? NumericDateAt(text, pos, context) : MonthDayAt(text, pos, token_end, context);
      if (match) return match;
    }
    pos = TokenStartFrom(text, token_end);
  }
  return std::nullopt;
}

// "20241231" standing alone: only trusted where digits are known to be a
// date (a whole field, a URL segment).
std::optional<ParsedDate> CompactDate(std::string_view digits) {
  if (digits.size() != 8 || DigitRunLength(digits, 0) != 8) return std::nullopt;
  auto match = MakeMatch(digits, 0, 8, NumberAt(digits, 0, 4), NumberAt(digits, 4, 2), NumberAt(digits, 6, 2), false);
  if (!match) return std::nullopt;
  return match->date;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

std::string Today() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{today};
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

// A field holding one date may still carry a weekday or a label before it
// ("Tue, 31 Dec 2024 10:05:00 GMT", "Published: 31.12.2024"), but not more
// than this many bytes of it.
constexpr std::size_t kMaxLeadBeforeDate = 32;

}  // namespace

std::optional<ParsedDate> ParseDate(std::string_view text, const DateContext& context) {
  text = Trim(text);
  if (text.empty()) return std::nullopt;
  if (std::optional<ParsedDate> compact = CompactDate(text)) return compact;
  std::optional<DateMatch> match = FirstDateFrom(text, 0, context);
  if (!match || match->begin > kMaxLeadBeforeDate) return std::nullopt;
  return match->date;
}

std::optional<ParsedDate> ParseDate(std::string_view text) { return ParseDate(text, DateContext{}); }

std::optional<ParsedDate> FindDateInText(std::string_view text, const DateContext& context) {
  std::optional<DateMatch> match = FirstDateFrom(text, 0, context);
  if (!match) return std::nullopt;
  return match->date;
}

std::optional<ParsedDate> FindDateInText(std::string_view text) { return FindDateInText(text, DateContext{}); }

std::optional<DateMatch> FindDateFrom(std::string_view text, std::size_t pos, const DateContext& context) {
  return FirstDateFrom(text, pos, context);
}

namespace {

// The path of a URL: hosts and query strings hold ids that look like dates.
std::string_view UrlPath(std::string_view url) {
  std::size_t start = url.find("://");
  start = url.find('/', start == std::string_view::npos ? 0 : start + 3);
  if (start == std::string_view::npos) return {};
  std::string_view path = url.substr(start);
  return path.substr(0, path.find_first_of("?#"));
}

}  // namespace

std::optional<ParsedDate> FindDateInUrl(std::string_view url) {
  const std::string_view path = UrlPath(url);
  for (std::size_t pos = 0; pos < path.size(); ++pos) {
    if (!IsDigit(path[pos]) || (pos > 0 && IsDigit(path[pos - 1]))) continue;
    const std::size_t digits = DigitRunLength(path, pos);
    if (digits == 8) {
      if (auto date = CompactDate(path.substr(pos, 8))) return date;
    } else if (digits == 4) {
      // "/2023/10/3-questions" is a year, a month and a title.
      auto match = YearFirstAt(path, pos);
      const bool ends_segment = match && (match->end == path.size() || path[match->end] == '/' ||
                                          path[match->end] == '.' || path[match->end] == '_' ||
                                          (path[match->end] == '-' && path[pos + 4] == '-'));
      if (ends_segment) {
        if (match->date.iso.size() > 10) match->date.iso.resize(10);
        return match->date;
      }
    }
    pos += digits - 1;
  }
  return std::nullopt;
}

std::optional<ParsedDate> FindYearMonthInUrl(std::string_view url) {
  const std::string_view path = UrlPath(url);
  for (std::size_t slash = path.find('/'); slash != std::string_view::npos; slash = path.find('/', slash + 1)) {
    const std::size_t year_at = slash + 1;
    int year;
    if (!YearAt(path, year_at, &year) || year_at + 4 >= path.size() || path[year_at + 4] != '/') continue;
    const std::size_t month_digits = DigitRunLength(path, year_at + 5);
    const std::size_t month_end = year_at + 5 + month_digits;
    if (month_digits < 1 || month_digits > 2 || month_end >= path.size() || path[month_end] != '/') continue;
    const int month = NumberAt(path, year_at + 5, month_digits);
    if (month < 1 || month > 12) continue;
    ParsedDate date;
    date.year = year;
    date.month = month;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    date.iso = buffer;
    return date;
  }
  return std::nullopt;
}

bool PlausiblePublicationDate(const ParsedDate& date, std::string_view latest) {
  if (date.year < kEarliestPlausibleYear) return false;
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  const std::string bound = latest.size() >= 10 ? std::string(latest.substr(0, 10)) : Today();
  return std::string_view(buffer) <= bound;
}

}  // namespace tidings
