// Time expressions in made-up news sentences, resolved against a publication
// date written next to each case.
#include <gtest/gtest.h>

#include "annotate/time_tagger.h"
#include "syntax/syntax_model.h"
#include "text/segmenter.h"

namespace tidings {
namespace {

struct Found {
  std::string text;
  std::string type;
  std::string value;
};

std::vector<Found> Tag(std::string_view text, std::string_view reference) {
  std::vector<Found> out;
  for (const TimeExpression& t : FindTimes(text, reference))
    out.push_back({std::string(text.substr(t.span.begin, t.span.size())), std::string(TimeTypeName(t.type)), t.value});
  return out;
}

// The single expression of `text`, or an empty Found.
Found One(std::string_view text, std::string_view reference) {
  std::vector<Found> all = Tag(text, reference);
  EXPECT_EQ(all.size(), 1u) << text;
  return all.empty() ? Found{} : all.front();
}

// The values of all the expressions of `text`, in text order.
std::vector<std::string> ValuesOf(std::string_view text, std::string_view reference) {
  std::vector<std::string> values;
  for (const Found& f : Tag(text, reference)) values.push_back(f.value);
  return values;
}

// Each expression of `text` as "extent TYPE value", in text order.
std::vector<std::string> Described(std::string_view text, std::string_view reference) {
  std::vector<std::string> out;
  for (const Found& f : Tag(text, reference)) out.push_back(f.text + " " + f.type + " " + f.value);
  return out;
}

TEST(TimeTagger, ExplicitDatesInEveryCommonSpelling) {
  EXPECT_EQ(One("The talks ended on December 31.", "2024-12-31").value, "2024-12-31");
  EXPECT_EQ(One("The deal closed Dec. 31, 2023, in Oslo.", "2024-12-31").value, "2023-12-31");
  EXPECT_EQ(One("He arrived on 31 December 2024 by train.", "2025-01-02").value, "2024-12-31");
  EXPECT_EQ(One("Filed 12/31/2024 with the court.", "2025-01-02").value, "2024-12-31");
  EXPECT_EQ(One("Released 2024-12-31 at dawn.", "2025-01-02").value, "2024-12-31");
  const Found weekday_date = One("It opens Tuesday, Dec. 31, in Paris.", "2024-12-20");
  EXPECT_EQ(weekday_date.text, "Tuesday, Dec. 31");
  EXPECT_EQ(weekday_date.value, "2024-12-31");
}

TEST(TimeTagger, YearlessDayTakesTheOccurrenceNearestThePublication) {
  EXPECT_EQ(One("The vote is set for Jan. 14.", "2024-12-20").value, "2025-01-14");
  EXPECT_EQ(One("Shares fell on Dec. 15.", "2025-01-03").value, "2024-12-15");
}

TEST(TimeTagger, YearsDecadesAndFiscalYears) {
  EXPECT_EQ(One("Sales will double by 2025.", "2024-12-31").value, "2025");
  const Found fiscal = One("Profit rose in fiscal 1999.", "1999-11-02");
  EXPECT_EQ(fiscal.text, "fiscal 1999");
  EXPECT_EQ(fiscal.value, "1999");
  const Found decade = One("Prices soared in the 1990s.", "2024-12-31");
  EXPECT_EQ(decade.text, "the 1990s");
  EXPECT_EQ(decade.value, "199");
  EXPECT_EQ(One("He recalled the '80s fondly.", "1998-03-01").value, "198");
  EXPECT_EQ(One("The canal was dug in the 19th century.", "2024-12-31").value, "18");
}

TEST(TimeTagger, NumbersThatCountThingsAreNotYears) {
  EXPECT_TRUE(Tag("About 2025 people attended.", "2024-12-31").empty());
  EXPECT_TRUE(Tag("Inflation reached 3.5% as 1999 shares changed hands.", "2024-12-31").empty());
  EXPECT_TRUE(Tag("It costs $1998 per seat.", "2024-12-31").empty());
}

TEST(TimeTagger, MonthsWithAndWithoutYear) {
  EXPECT_EQ(One("Talks resume in January 2025.", "2024-12-31").value, "2025-01");
  const Found last_march = One("Prices fell last March.", "2024-12-31");
  EXPECT_EQ(last_march.text, "last March");
  EXPECT_EQ(last_march.value, "2024-03");
  EXPECT_EQ(One("Prices fell last December.", "2024-12-31").value, "2023-12");
  EXPECT_EQ(One("The plant closed in June last year.", "2024-12-31").value, "2023-06");
}

TEST(TimeTagger, RelativeDaysCountFromThePublicationDate) {
  EXPECT_EQ(One("The minister spoke today.", "2024-12-31").value, "2024-12-31");
  EXPECT_EQ(One("The minister spoke yesterday.", "2024-12-31").value, "2024-12-30");
  EXPECT_EQ(One("The minister speaks tomorrow.", "2024-12-31").value, "2025-01-01");
  const Found night = One("Fighting resumed last night.", "2024-12-31");
  EXPECT_EQ(night.type, "TIME");
  EXPECT_EQ(night.value, "2024-12-30TNI");
}

TEST(TimeTagger, WeekdaysArePastUnlessTheSentenceLooksAhead) {
  // 2024-12-31 is a Tuesday.
  EXPECT_EQ(One("Rebels attacked the town Monday.", "2024-12-31").value, "2024-12-30");
  EXPECT_EQ(One("The council will meet Friday.", "2024-12-31").value, "2025-01-03");
  const Found last_tuesday = One("He resigned last Tuesday.", "2024-12-31");
  EXPECT_EQ(last_tuesday.text, "last Tuesday");
  EXPECT_EQ(last_tuesday.value, "2024-12-24");
  EXPECT_EQ(One("The company said Friday it had sold the unit.", "2024-12-31").value, "2024-12-27");
  // A deadline lies ahead; a possessive weekday names what already happened.
  EXPECT_EQ(One("The bridge stays shut until Friday, officials warn.", "2024-12-31").value, "2025-01-03");
  EXPECT_EQ(One("Lawyers will appeal Monday's verdict.", "2024-12-31").value, "2024-12-30");
}

// The cues before and around a weekday are whole words in any case: a
// reporting verb (with "on") wins over a future in the sentence, a deadline
// looks ahead, "'ll" is a future but "Willows" is no "will".
TEST(TimeTagger, TenseCuesAreWordsInAnyCase) {
  // 2024-12-31 is a Tuesday.
  EXPECT_EQ(One("The mill announced on Monday it will close.", "2024-12-31").value, "2024-12-30");
  EXPECT_EQ(One("Ferries could sail AS EARLY AS Thursday.", "2024-12-31").value, "2025-01-02");
  EXPECT_EQ(One("The club'll meet Friday.", "2024-12-31").value, "2025-01-03");
  EXPECT_EQ(One("The Willows club met Friday.", "2024-12-31").value, "2024-12-27");
  EXPECT_EQ(One("Kestria SHALL vote Friday.", "2024-12-31").value, "2025-01-03");
}

// The parse decides: a modal that reports a plan points ahead, an infinitive
// hanging off a past verb stays in the past.
TEST(TimeTagger, ParsedTenseOfTheGoverningVerbPlacesWeekdays) {
  Result<SyntaxModel> model = LoadSyntaxModel(std::string(TIDINGS_DATA_DIR) + "/models");
  if (!model.ok()) GTEST_SKIP() << model.status().ToString();
  const auto tag = [&](std::string text) {
    Article article;
    article.paragraphs.push_back({std::move(text), ParagraphKind::kParagraph});
    Document doc(std::move(article));
    Segment(doc);
    ParseSyntax(doc, *model);
    TagTimes(doc, "2024-12-31");  // a Tuesday
    return doc.times.size() == 1 ? doc.times[0].value : std::string("?");
  };
  EXPECT_EQ(tag("The minister said the envoy would be flying to Oslo Thursday."), "2025-01-02");
  EXPECT_EQ(tag("Investors rushed to buy gold Friday as the board said rates will rise."), "2024-12-27");
  // "one day" before a verb is some day.
  EXPECT_EQ(tag("The mayor says the city will one day be a capital."), "FUTURE_REF");
  EXPECT_EQ(tag("The strike lasted one day."), "P1D");
  // A plan made is for a day to come; an infinitive of a noun has no tense
  // of its own; a thing named by its date has happened.
  EXPECT_EQ(tag("The court has scheduled a hearing Thursday."), "2025-01-02");
  EXPECT_EQ(tag("The first two states to ratify the pact on Friday were Kessland and Arnor."), "2024-12-27");
  EXPECT_EQ(tag("The board is trying to sell the unit under a June agreement with its lenders."), "2024-06");
  // A passive in the present tense tells no past: the nearest May.
  EXPECT_EQ(tag("The appeal is heard in May by a panel of three judges."), "2025-05");
  EXPECT_EQ(tag("The appeal was heard in May by a panel of three judges."), "2024-05");
}

TEST(TimeTagger, RelativePeriodsAtTheirOwnGranularity) {
  EXPECT_EQ(One("Exports grew this year.", "2024-12-31").value, "2024");
  EXPECT_EQ(One("Exports fell last month.", "2024-12-31").value, "2024-11");
  EXPECT_EQ(One("Talks resume next week.", "2024-12-31").value, "2025-W02");
  EXPECT_EQ(One("Prices rose the past year.", "2024-12-31").value, "2023");
  const Found early = One("A vote is planned early next year.", "2024-12-31");
  EXPECT_EQ(early.text, "early next year");
  EXPECT_EQ(early.value, "2025");
}

TEST(TimeTagger, AgoExpressionsMoveTheReference) {
  const Found weeks = One("The ship sank two weeks ago.", "2024-12-31");
  EXPECT_EQ(weeks.type, "DATE");
  EXPECT_EQ(weeks.value, "2024-W51");
  EXPECT_EQ(One("They met three years ago.", "2024-12-31").value, "2021");
  EXPECT_EQ(One("They met several years ago.", "2024-12-31").value, "PAST_REF");
  // "later" and "earlier" count from the story's moment: the amount is a
  // duration, the adverb outside it; a year earlier in a report is a date.
  const Found later = One("The dam broke. Three days later, the town was empty.", "2024-12-31");
  EXPECT_EQ(later.text, "Three days");
  EXPECT_EQ(later.type, "DURATION");
  EXPECT_EQ(later.value, "P3D");
  EXPECT_EQ(One("Profit doubled from a year earlier.", "2024-12-31").value, "2023");
}

TEST(TimeTagger, HolidaysTakeTheNearestOccurrence) {
  const Found new_year = One("Fireworks will mark the upcoming New Year.", "2024-12-31");
  EXPECT_EQ(new_year.text, "the upcoming New Year");
  EXPECT_EQ(new_year.value, "2025-01-01");
  EXPECT_EQ(One("Shops were busy before Christmas.", "2024-12-31").value, "2024-12-25");
  EXPECT_EQ(One("Turkeys sold out for Thanksgiving.", "2024-11-20").value, "2024-11-28");
  // 2026-11-02 is the first Monday of November; 2027 starts the month on a Monday.
  EXPECT_EQ(One("Arnor votes on Election Day.", "2026-10-20").value, "2026-11-03");
  EXPECT_EQ(One("Arnor votes on Election Day.", "2027-10-20").value, "2027-11-02");
}

TEST(TimeTagger, TheWeekOfADayAndThisComingWeekday) {
  EXPECT_EQ(Described("A hearing is set for the week of March 6.", "2024-02-24"),
            (std::vector<std::string>{"the week of March 6 DATE 2024-W10"}));
  EXPECT_EQ(One("The fair opens this coming Monday.", "2024-03-06").value, "2024-03-11");
}

TEST(TimeTagger, ThePreviousWeekdayCountsFromTheDayTheStoryNamed) {
  EXPECT_EQ(ValuesOf("The index closed on Friday, May 10, 2024, down 3% from the previous Friday.", "2024-05-14"),
            (std::vector<std::string>{"2024-05-10", "2024-05-03"}));
}

TEST(TimeTagger, ADeadlineBeforeAClockTimeAndItsDayLiesAhead) {
  EXPECT_EQ(One("The court gave the family until 9 a.m. Tuesday to reply.", "2024-12-30").value, "2024-12-31T09:00");
}

TEST(TimeTagger, HighNoonAndAmountsAreNoClockTimes) {
  EXPECT_TRUE(Tag("For the region, high noon has come.", "2024-12-30").empty());
  EXPECT_TRUE(Tag("The bid rose from the earlier $20 amount.", "2024-12-30").empty());
  EXPECT_EQ(One("The vote opens at 8 am sharp.", "2024-12-30").value, "2024-12-30T08:00");
}

TEST(TimeTagger, AChangeEffectiveOnADateIsAheadUnlessThatDateIsNear) {
  EXPECT_EQ(One("The union signed a pact effective June 1.", "2024-10-26").value, "2025-06-01");
  EXPECT_EQ(One("The union signed a pact effective Oct. 1.", "2024-10-26").value, "2024-10-01");
}

// TimeML marks each end of a range: the first amount takes the unit named
// after the second.
TEST(TimeTagger, EachEndOfARangeIsADuration) {
  EXPECT_EQ(Described("The review should take between 30 and 45 days.", "2024-05-10"),
            (std::vector<std::string>{"30 DURATION P30D", "45 days DURATION P45D"}));
  EXPECT_EQ(ValuesOf("Repairs will last two or three weeks.", "2024-05-10"), (std::vector<std::string>{"P2W", "P3W"}));
  EXPECT_EQ(ValuesOf("The talks lasted two and a half hours.", "2024-05-10"), (std::vector<std::string>{"PT2H30M"}));
}

TEST(TimeTagger, DecadesWithoutTheirCenturyAfterTheButNotAges) {
  EXPECT_EQ(ValuesOf("Fashions of the 70s and 80s returned.", "2007-02-09"), (std::vector<std::string>{"197", "198"}));
  EXPECT_TRUE(Tag("Both men are in their 70s.", "2007-02-09").empty());
  EXPECT_TRUE(Tag("Most volunteers were in their 20s and 30s.", "2007-02-09").empty());
}

TEST(TimeTagger, QuartersSeasonsAndHalves) {
  const Found quarter = One("Profit fell in the third quarter.", "1989-10-30");
  EXPECT_EQ(quarter.text, "the third quarter");
  EXPECT_EQ(quarter.value, "1989-Q3");
  EXPECT_EQ(One("Third-quarter sales rose.", "1990-01-15").value, "1989-Q3");
  EXPECT_EQ(One("Rains came this summer.", "2024-08-01").value, "2024-SU");
  EXPECT_EQ(One("Rains came last summer.", "2024-05-01").value, "2023-SU");
  EXPECT_EQ(One("Output grew in the first half of 1989.", "1989-10-30").value, "1989-H1");
}

// A results story reports on the quarter it names first; "the quarter" and
// "a year earlier" count from it, not from the calendar quarter last ended.
TEST(TimeTagger, AReportsUnnumberedQuartersAreTheOneItReportsOn) {
  EXPECT_EQ(ValuesOf("Kelby Foods posted fiscal first-quarter profit of $5 million. Sales in the quarter rose 8% "
                     "from a year earlier, and it expects a weak fourth quarter.",
                     "2024-10-25"),
            (std::vector<std::string>{"2024-Q1", "2024-Q1", "2023-Q1", "2024-Q4"}));
  // A quarter more than a year back is a comparison, not the one reported.
  EXPECT_EQ(ValuesOf("Unlike its 2019 third quarter, the quarter was calm.", "2024-10-25"),
            (std::vector<std::string>{"2019-Q3", "2024-Q3"}));
}

// "the year" alone is the report's year; before "ended" a twelve-month
// period; "the year before" the one before the year last named.
TEST(TimeTagger, TheYearAloneTheYearEndedAndTheYearBefore) {
  EXPECT_EQ(Described("Profit for the year ended March 31 rose.", "2024-05-10"),
            (std::vector<std::string>{"the year DURATION P1Y", "March 31 DATE 2024-03-31"}));
  EXPECT_EQ(One("The stock is up 9% for the year.", "2024-05-10").value, "2024");
  EXPECT_EQ(ValuesOf("Exports reached $5 billion in 2019, up from $4 billion the year before.", "2024-05-10"),
            (std::vector<std::string>{"2019", "2018"}));
  EXPECT_EQ(One("The year-ago results were restated.", "2024-05-10").text, "year-ago");
  EXPECT_EQ(Described("He hopes 2025 will be the year of peace.", "2024-12-31"),
            (std::vector<std::string>{"2025 DATE 2025"}));
}

TEST(TimeTagger, ClockTimesJoinTheirDay) {
  const Found gmt = One("The blast came on 5 December, 05:06 GMT, near the port.", "2024-12-05");
  EXPECT_EQ(gmt.type, "TIME");
  EXPECT_EQ(gmt.value, "2024-12-05T05:06Z");
  EXPECT_EQ(One("Polls close at 3 p.m. local time.", "2024-12-05").value, "2024-12-05T15:00");
  EXPECT_EQ(One("Polls close at 8 pm Tuesday.", "2024-12-05").value, "2024-12-03T20:00");
}

TEST(TimeTagger, DurationsWithCountsFractionsAndVagueAmounts) {
  const Found years = One("The war lasted three years.", "2024-12-31");
  EXPECT_EQ(years.type, "DURATION");
  EXPECT_EQ(years.value, "P3Y");
  EXPECT_EQ(One("He waited two days.", "2024-12-31").value, "P2D");
  EXPECT_EQ(One("It took 2 1/2 years.", "2024-12-31").value, "P2Y6M");
  EXPECT_EQ(One("It took several months.", "2024-12-31").value, "PXM");
  EXPECT_EQ(One("Rates climbed in the past two months.", "2024-12-31").text, "the past two months");
  EXPECT_EQ(One("A 16-hour shift ended.", "2024-12-31").value, "PT16H");
  EXPECT_EQ(One("Feuds lasting decades flared.", "2024-12-31").value, "PXY");
  EXPECT_EQ(One("The lowest figure in almost two decades.", "2024-12-31").value, "P20Y");
  EXPECT_EQ(One("The dispute has simmered for years.", "2024-12-31").value, "PXY");
  EXPECT_EQ(One("The project is almost two and a half years late.", "2024-12-31").value, "P2Y6M");
  EXPECT_EQ(One("Stocks slid over the past five trading days.", "2024-12-31").value, "P5D");
  EXPECT_EQ(One("Rents rose for a couple of years.", "2024-12-31").value, "P2Y");
  // "a second" is mostly the ordinal.
  EXPECT_TRUE(Tag("She won a second term.", "2024-12-31").empty());
  // A bare plural inside a phrase is no duration of its own.
  EXPECT_TRUE(Tag("Months of talks produced nothing.", "2024-12-31").empty());
  // A lone "the" stays outside a bare plural, as TimeBank marks it; with a
  // modifier it is inside.
  EXPECT_EQ(Described("The van was seen in the weeks before the fire.", "2024-12-31"),
            (std::vector<std::string>{"weeks DURATION PXW"}));
  EXPECT_EQ(Described("Prices rose in the past few years.", "2024-12-31").front(), "the past few years DURATION PXY");
}

TEST(TimeTagger, TheDayAndThatYearReferToTheLastNamedDate) {
  EXPECT_EQ(One("Oil slid 2% on the day.", "2024-12-31").value, "2024-12-31");
  EXPECT_TRUE(Tag("They met the day the plant closed.", "2024-12-31").empty());
  const std::vector<Found> story = Tag("The mine flooded on March 3, 2021. Rescuers arrived later that day, and "
                                       "the owners sold it the same year.", "2024-12-31");
  ASSERT_EQ(story.size(), 3u);
  EXPECT_EQ(story[1].text, "later that day");
  EXPECT_EQ(story[1].value, "2021-03-03");
  EXPECT_EQ(story[2].value, "2021");
  EXPECT_EQ(One("Brokers ended the day flat.", "2024-12-31").value, "2024-12-31");
  EXPECT_EQ(One("The port stayed shut for a third straight day.", "2024-12-31").value, "2024-12-31");
  // A part of "the year" is the reference's; "the entire year" the one named.
  EXPECT_EQ(One("The plant will reopen by the end of the year.", "2024-05-02").value, "2024");
  EXPECT_EQ(One("Talks stalled earlier in the year.", "2024-05-02").value, "2024");
  const std::vector<Found> annual = Tag("Losses grew in 2019; the entire year was grim.", "2024-05-02");
  ASSERT_EQ(annual.size(), 2u);
  EXPECT_EQ(annual[1].value, "2019");
}

TEST(TimeTagger, AgesAndFractionsAreNotDurations) {
  EXPECT_TRUE(Tag("A 6-year-old boy was rescued.", "2024-12-31").empty());
  EXPECT_TRUE(Tag("About three-quarters of voters agreed.", "2024-12-31").empty());
}

TEST(TimeTagger, SetsRecurEveryPeriod) {
  const Found weekly = One("They meet every week.", "2024-12-31");
  EXPECT_EQ(weekly.type, "SET");
  EXPECT_EQ(weekly.value, "P1W");
  EXPECT_EQ(One("The paper is printed daily.", "2024-12-31").value, "P1D");
  EXPECT_EQ(One("Fees are reviewed annually.", "2024-12-31").value, "P1Y");
  const Found rate = One("It earns $5 million a year.", "2024-12-31");
  EXPECT_EQ(rate.type, "SET");
  EXPECT_EQ(rate.value, "P1Y");
}

TEST(TimeTagger, PresentPastAndFutureReferences) {
  EXPECT_EQ(One("Prices are now falling.", "2024-12-31").value, "PRESENT_REF");
  EXPECT_EQ(One("He is currently abroad.", "2024-12-31").value, "PRESENT_REF");
  EXPECT_EQ(One("She recently resigned.", "2024-12-31").value, "PAST_REF");
  EXPECT_EQ(One("Growth may return in the future.", "2024-12-31").value, "FUTURE_REF");
}

TEST(TimeTagger, WithoutReferenceRelativeValuesKeepPlaceholders) {
  EXPECT_EQ(One("Shops were busy before Christmas.", "").value, "XXXX-12-25");
  EXPECT_EQ(One("The minister spoke yesterday.", "").value, "XXXX-XX-XX");
  EXPECT_EQ(One("Talks resume next week.", "").value, "XXXX-WXX");
  EXPECT_EQ(One("Sales will double by 2025.", "").value, "2025");
}

TEST(TimeTagger, ExpressionsComeInTextOrderWithoutOverlap) {
  const std::vector<Found> all =
      Tag("On Monday, three years after the 1990s boom, officials said sales rose 3.5% last year.", "2024-12-31");
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0].text, "Monday");
  EXPECT_EQ(all[1].text, "three years");
  EXPECT_EQ(all[2].text, "the 1990s");
  EXPECT_EQ(all[3].text, "last year");
}

TEST(TimeTagger, TagTimesFillsTheDocument) {
  Article article;
  article.paragraphs.push_back({"Xi spoke on December 31.", ParagraphKind::kParagraph});
  Document doc(std::move(article));
  TagTimes(doc, "2024-12-31");
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.text(doc.times[0].span), "December 31");
  EXPECT_EQ(doc.times[0].value, "2024-12-31");
}

TEST(TimeTagger, NearbyMonthsAreTheNearestOneAndThisMonthIsInTheReferenceYear) {
  EXPECT_EQ(One("The offer was extended to Nov. 16.", "1989-10-30").value, "1989-11-16");
  EXPECT_EQ(One("With the vote due this September, the timing was poor.", "1998-02-05").value,
            "1998-09");
}

TEST(TimeTagger, ClockTimesTakeTheDayTheSentenceNamesAndMarkUniversalTime) {
  EXPECT_EQ(One("The first flight took off at 18:00 UTC.", "2009-12-16").value, "2009-12-16T18:00Z");
  const std::vector<Found> all =
      Tag("The fire started at about 10:35 a.m. (0735 GMT) Friday, closing the station.", "1998-08-08");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].text, "10:35 a.m.");  // "about" is a modifier, outside the extent
  EXPECT_EQ(all[0].value, "1998-08-07T10:35");
}

TEST(TimeTagger, QuarterlyReportsYearAgoQuartersAndSpokenYears) {
  EXPECT_EQ(One("Profit rose from the year-ago third quarter.", "1989-10-30").value, "1988-Q3");
  EXPECT_EQ(One("The shop made $52,000 in the 1988 quarter.", "1989-10-30").value, "1988-Q3");
  EXPECT_EQ(One("The team met again in January nineteen ninety-seven.", "1998-02-27").value, "1997-01");
  EXPECT_EQ(One("The fair returns each July to the valley.", "1998-03-01").value, "XXXX-07");
  EXPECT_EQ(One("Protesters gathered Wednesday night in the square.", "2000-02-17").value, "2000-02-16TNI");
}

// With the parse, the tense of the governing verb places a month that is
// far from the reference: past here, though the nearest October is ahead.
TEST(TimeTagger, ParsedTenseTurnsADistantMonthToThePast) {
  Result<SyntaxModel> model = LoadSyntaxModel(std::string(TIDINGS_DATA_DIR) + "/models");
  if (!model.ok()) GTEST_SKIP() << model.status().ToString();
  Article article;
  article.paragraphs.push_back({"Detectives have hunted the suspect since the Oct. 23 robbery.", ParagraphKind::kParagraph});
  Document doc(std::move(article));
  Segment(doc);
  ParseSyntax(doc, *model);
  TagTimes(doc, "1999-05-06");
  ASSERT_EQ(doc.times.size(), 1u);
  EXPECT_EQ(doc.times[0].value, "1998-10-23");
  EXPECT_EQ(One("Detectives have hunted the suspect since the Oct. 23 robbery.", "1999-05-06").value, "1999-10-23");
}

TEST(TimeTagger, TheFollowingAndThePreviousCountFromTheLastNamedPeriod) {
  EXPECT_EQ(ValuesOf("The plant opened in June 2003. The following year it doubled output. A fire broke out on "
                     "May 9, 2006, and the next morning it closed.", "2024-12-31"),
            (std::vector<std::string>{"2003-06", "2004", "2006-05-09", "2006-05-10TMO"}));
  EXPECT_EQ(ValuesOf("Talks began in March 2008. The following month they failed.", "2010-12-01"),
            (std::vector<std::string>{"2008-03", "2008-04"}));
  EXPECT_EQ(ValuesOf("Car sales rose 12% in May compared to the same period last year.", "2011-06-02"),
            (std::vector<std::string>{"2011-05", "2010-05"}));
  EXPECT_EQ(ValuesOf("Exports fell in April from the same month a year earlier.", "2011-06-02"),
            (std::vector<std::string>{"2011-04", "2010-04"}));
  // Without a period named before, the reference is the anchor.
  EXPECT_EQ(One("The previous day, shares had risen.", "2010-12-01").value, "2010-11-30");
}

TEST(TimeTagger, RecentIsThePastButFormerlyAndNowCompoundsAreNoTimes) {
  EXPECT_EQ(One("Shares fell after the recent merger.", "2024-12-31").value, "PAST_REF");
  for (const char* no_time : {"He was formerly a banker.", "The now-defunct airline sold its jets.",
                              "Rock 'n' roll and the '99 model."})
    EXPECT_TRUE(Tag(no_time, "2024-12-31").empty()) << no_time;
  const Found quarters = One("Sales have slowed in recent quarters.", "2024-12-31");
  EXPECT_EQ(quarters.text, "recent quarters");
  EXPECT_EQ(quarters.value, "PXQ");
}

TEST(TimeTagger, ClippedYearsClocksYearEndsAndWhatSinceLooksBackTo) {
  const struct {
    const char* text;
    const char* reference;
    const char* value;
  } kCases[] = {
      {"The index is at its lowest since '82.", "2008-10-27", "1982"},
      {"The index is at its lowest since '09.", "2008-10-27", "1909"},
      {"At 0800 UTC the banks acted.", "2008-09-18", "2008-09-18T08:00Z"},
      {"The economy shrank for two consecutive quarters of falling output.", "2008-11-18", "P2Q"},
      {"The rally lost steam late in the day after a rate warning.", "2007-08-10", "2007-08-10"},
      {"The carrier has been at sea since November.", "2009-10-16", "2008-11"},
      {"The plant, shut since Thursday, will reopen soon.", "2009-10-13", "2009-10-08"},
      {"The sale should close by year-end.", "1999-10-30", "1999"},
      {"The index is up 12% since year-end.", "1999-10-30", "1998"},
      {"Crime fell through the nineties.", "2003-03-03", "199"},
      {"The mill shut this past spring.", "1999-10-30", "1999-SP"},
      {"The index gave up its gains in just minutes.", "2008-10-20", "PTXM"},
  };
  EXPECT_TRUE(Tag("The chain will shut 40, or about a quarter, of its stores.", "2008-10-20").empty());
  for (const auto& c : kCases) EXPECT_EQ(One(c.text, c.reference).value, c.value) << c.text;
  EXPECT_EQ(One("The economy shrank for two consecutive quarters of falling output.", "2008-11-18").text,
            "two consecutive quarters");
}

// An expression never runs on past a line break, and each paragraph's are
// found wherever the others' are (time_patterns.cpp searches paragraphs one
// by one; this guards the result, not the search order).
TEST(TimeTagger, ExpressionsStopAtLineBreaksAndEachParagraphIsRead) {
  EXPECT_EQ(Described("The fair opened in March\n2024 was a record year for it.", "2024-06-01"),
            (std::vector<std::string>{"March DATE 2024-03", "2024 DATE 2024"}));
  EXPECT_EQ(Described("Talks resume Monday.\n\nNo date was set.\n\nThe pact expires in 2027, officials said.",
                      "2024-06-05"),
            (std::vector<std::string>{"Monday DATE 2024-06-03", "2027 DATE 2027"}));
}

// A quarter named by its end is the calendar quarter of most of its months.
TEST(TimeTagger, QuarterEndedOnADateIsTheQuarterOfItsMiddleMonth) {
  EXPECT_EQ(ValuesOf("Sales fell in the quarter ended Sept. 30.", "2024-10-15"),
            (std::vector<std::string>{"2024-Q3", "2024-09-30"}));
  EXPECT_EQ(ValuesOf("Profit rose in the quarter ended July 31.", "2024-10-15"),
            (std::vector<std::string>{"2024-Q2", "2024-07-31"}));
  EXPECT_EQ(ValuesOf("It expects a loss for the quarter ending Jan. 31.", "2024-12-01"),
            (std::vector<std::string>{"2024-Q4", "2025-01-31"}));
  // "Ended" in a title is still past: the last July 31, not the nearest.
  EXPECT_EQ(ValuesOf("Results for the quarter Ended July 31 were mixed.", "2024-07-20").front(), "2023-Q2");
}

// Names that hold a time word: a march, a quoted programme title.
TEST(TimeTagger, MarchesAndQuotedTitlesAreNotTimes) {
  EXPECT_TRUE(Tag("Thousands joined the March for Jobs in the capital.", "2024-12-31").empty());
  EXPECT_TRUE(Tag("Veterans led a March on the ministry.", "2024-12-31").empty());
  EXPECT_EQ(One("Rents fell in March for the first time.", "2024-04-10").value, "2024-03");
  EXPECT_TRUE(Tag("The minister spoke on the network's \"This Week\" program.", "2024-12-31").empty());
  EXPECT_TRUE(Tag("She told ``48 Hours'' she was innocent.", "2024-12-31").empty());
  EXPECT_EQ(One("She said \"two weeks\" was too long.", "2024-12-31").value, "P2W");
  // A quotation opening with a date is no title: month and weekday names are capitalised anyway.
  EXPECT_EQ(One("\"Last Friday we met the minister,\" she said.", "2024-12-31").value, "2024-12-27");
  EXPECT_EQ(One("\"This January was the coldest on record,\" he said.", "2024-12-31").value, "2024-01");
}

TEST(TimeTagger, TextInOtherScriptsGivesNothing) {
  EXPECT_TRUE(Tag("Путин выступил с обращением. 習近平發表講話。", "2024-12-31").empty());
}

}  // namespace
}  // namespace tidings
