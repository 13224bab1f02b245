#include "extract/dates.h"

#include <vector>

#include <gtest/gtest.h>

namespace tidings {
namespace {

std::string Iso(std::string_view text, const DateContext& context = {}) {
  std::optional<ParsedDate> date = ParseDate(text, context);
  return date ? date->iso : "none";
}

std::string Found(std::string_view text, const DateContext& context = {}) {
  std::optional<ParsedDate> date = FindDateInText(text, context);
  return date ? date->iso : "none";
}

// Every date in `text`, each read on from the end of the one before.
std::vector<DateMatch> AllDates(std::string_view text, const DateContext& context) {
  std::vector<DateMatch> dates;
  for (std::optional<DateMatch> m = FindDateFrom(text, 0, context); m; m = FindDateFrom(text, m->end, context))
    dates.push_back(*m);
  return dates;
}

TEST(ParseDate, ReadsIso8601DatesAndDateTimesWithZones) {
  EXPECT_EQ(Iso("2024-12-31"), "2024-12-31");
  EXPECT_EQ(Iso("2024-12-31T10:05:00+03:00"), "2024-12-31T10:05:00+03:00");
  EXPECT_EQ(Iso("2024-12-31T10:05:00.123Z"), "2024-12-31T10:05:00Z");
  EXPECT_EQ(Iso("2024-12-31 10:05"), "2024-12-31T10:05:00");
  EXPECT_EQ(Iso("2024-12-31T10:05:00+0100"), "2024-12-31T10:05:00+01:00");
}

TEST(ParseDate, ReadsRfc2822AndRfc1123) {
  EXPECT_EQ(Iso("Tue, 31 Dec 2024 10:05:00 +0000"), "2024-12-31T10:05:00+00:00");
  EXPECT_EQ(Iso("Tue, 31 Dec 2024 10:05:00 GMT"), "2024-12-31T10:05:00Z");
}

TEST(ParseDate, ReadsNumericDatesDayFirstUnlessUnambiguousOrMonthFirstContext) {
  EXPECT_EQ(Iso("31.12.2024"), "2024-12-31");
  EXPECT_EQ(Iso("2024/12/31"), "2024-12-31");
  EXPECT_EQ(Iso("12/31/2024"), "2024-12-31");
  EXPECT_EQ(Iso("03/04/2024"), "2024-04-03");
  EXPECT_EQ(Iso("03/04/2024", {.month_first = true}), "2024-03-04");
  EXPECT_EQ(Iso("04.03.2024", {.month_first = true}), "2024-03-04");
  EXPECT_EQ(Iso("20241231"), "2024-12-31");
  EXPECT_EQ(Iso("28.09.19 12:44"), "2019-09-28T12:44:00");
  EXPECT_EQ(Iso("28/09/19"), "none");
  EXPECT_EQ(Iso("10.10.19.5"), "none");
}

TEST(ParseDate, ReadsTextualMonthsInManyLanguages) {
  EXPECT_EQ(Iso("December 31, 2024"), "2024-12-31");
  EXPECT_EQ(Iso("Dec. 31st, 2024"), "2024-12-31");
  EXPECT_EQ(Iso("31. Dezember 2024"), "2024-12-31");
  EXPECT_EQ(Iso("1er janvier 2024"), "2024-01-01");
  EXPECT_EQ(Iso("31 décembre 2024"), "2024-12-31");
  EXPECT_EQ(Iso("31 de diciembre de 2024"), "2024-12-31");
  EXPECT_EQ(Iso("31 dicembre 2024"), "2024-12-31");
  EXPECT_EQ(Iso("5 de março de 2024"), "2024-03-05");
  EXPECT_EQ(Iso("5 maart 2024"), "2024-03-05");
  EXPECT_EQ(Iso("31 декабря 2024 г."), "2024-12-31");
  EXPECT_EQ(Iso("5 МАРТА 2024"), "2024-03-05");
  EXPECT_EQ(Iso("7 червня 2020"), "2020-06-07");
  EXPECT_EQ(Iso("30 Kasım 2020"), "2020-11-30");
  EXPECT_EQ(Iso("3 października 2020"), "2020-10-03");
  EXPECT_EQ(Iso("2020年6月7日"), "2020-06-07");
  EXPECT_EQ(Iso("31\xC2\xA0" "December\xC2\xA0" "2024"), "2024-12-31");
}

TEST(ParseDate, RejectsImpossibleDatesAndNonDates) {
  EXPECT_EQ(Iso("2023-02-29"), "none");
  EXPECT_EQ(Iso("2024-02-30"), "none");
  EXPECT_EQ(Iso("31.04.2024"), "none");
  EXPECT_EQ(Iso("2024-13-01"), "none");
  EXPECT_EQ(Iso("hello world"), "none");
  EXPECT_EQ(Iso("December 2024"), "none");
  EXPECT_EQ(Iso("2024-02-29"), "2024-02-29");
}

TEST(ParseDate, DateWithoutYearNeedsAReferenceYear) {
  EXPECT_EQ(Iso("5 December, 05:06 GMT"), "none");
  EXPECT_EQ(Iso("5 December, 05:06 GMT", {.reference_year = 2024}), "2024-12-05T05:06:00Z");
  EXPECT_EQ(Iso("Dec 5, 5:06 pm", {.reference_year = 2024}), "2024-12-05T17:06:00");
}

TEST(FindDateInText, FindsTheFirstDateInsideALine) {
  EXPECT_EQ(Found("Published 5 December 2024, 05:06 GMT by staff"), "2024-12-05T05:06:00Z");
  EXPECT_EQ(Found("Updated: Monday, March 3, 2025"), "2025-03-03");
  EXPECT_EQ(Found("Posted on 31.12.2024 in News"), "2024-12-31");
  EXPECT_EQ(Found("Room 12345, call 555-1234"), "none");
  EXPECT_EQ(Found("version 1.2.3 released"), "none");
}

TEST(FindDateFrom, ReadsEveryDateInOrder) {
  std::vector<DateMatch> dates = AllDates("from 1 May 2020 to 2020-06-02, then June 3, 2020", {});
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[0].date.iso, "2020-05-01");
  EXPECT_EQ(dates[1].date.iso, "2020-06-02");
  EXPECT_EQ(dates[2].date.iso, "2020-06-03");
}

TEST(FindDateFrom, FindsTheFirstDateAtOrAfterAnOffsetAndGoesOnFromItsEnd) {
  const std::string_view text = "Filed 4 March 2021 in Kestria; updated March 9, 2021.";
  std::optional<DateMatch> first = FindDateFrom(text, 0, {});
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->date.iso, "2021-03-04");
  EXPECT_EQ(text.substr(first->begin, first->end - first->begin), "4 March 2021");
  std::optional<DateMatch> second = FindDateFrom(text, first->end, {});
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->date.iso, "2021-03-09");
  EXPECT_FALSE(FindDateFrom(text, second->end, {}).has_value());
  // Past the day, "March 2021" alone is no date: the next one found is the second.
  EXPECT_EQ(FindDateFrom(text, first->begin + 1, {})->date.iso, "2021-03-09");
}

TEST(FindDateFrom, MarksDatesWhoseNumberOrderTheContextChose) {
  // Only slashed or dashed numbers both of which could be the month.
  std::vector<DateMatch> dates = AllDates("03/04/2024, 13/04/2024, 03.04.2024, 04-03-2024", {});
  ASSERT_EQ(dates.size(), 4u);
  EXPECT_EQ(dates[0].date.iso, "2024-04-03");
  EXPECT_TRUE(dates[0].order_from_context);
  EXPECT_FALSE(dates[1].order_from_context);
  EXPECT_FALSE(dates[2].order_from_context);
  EXPECT_TRUE(dates[3].order_from_context);
  // The other reading finds the same dates with month and day swapped.
  std::vector<DateMatch> month_first = AllDates("03/04/2024, 13/04/2024", {.month_first = true});
  ASSERT_EQ(month_first.size(), 2u);
  EXPECT_EQ(month_first[0].date.iso, "2024-03-04");
  EXPECT_EQ(month_first[0].end, dates[0].end);
  EXPECT_EQ(month_first[1].date.iso, "2024-04-13");
}

TEST(FindDateInUrl, ReadsSlashDashAndCompactDatesInThePath) {
  EXPECT_EQ(FindDateInUrl("https://example.com/2024/12/31/title/")->iso, "2024-12-31");
  EXPECT_EQ(FindDateInUrl("https://example.com/news/2024-12-31-title")->iso, "2024-12-31");
  EXPECT_EQ(FindDateInUrl("https://example.com/a/20241231_title.html")->iso, "2024-12-31");
  EXPECT_FALSE(FindDateInUrl("https://example.com/2024/12/title"));
  EXPECT_FALSE(FindDateInUrl("https://example.com/story?id=20241231"));
  EXPECT_FALSE(FindDateInUrl("https://20241231.example.com/x"));
}

TEST(PlausiblePublicationDate, RejectsDatesBefore1995AndAfterTheBound) {
  EXPECT_TRUE(PlausiblePublicationDate(*ParseDate("2020-06-07"), "2020-06-08"));
  EXPECT_FALSE(PlausiblePublicationDate(*ParseDate("2020-06-09"), "2020-06-08"));
  EXPECT_FALSE(PlausiblePublicationDate(*ParseDate("1994-12-31"), "2020-06-08"));
  EXPECT_FALSE(PlausiblePublicationDate(*ParseDate("2190-01-01")));
}

}  // namespace
}  // namespace tidings
