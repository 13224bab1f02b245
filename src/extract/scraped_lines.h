// Line classification for scraped news text: what one line of a scraper's
// output looks like on its own, before the cleaner decides what it is.
//
// The features are those of jusText-style boilerplate detection, reduced to
// what plain text keeps: word count, sentence-final punctuation, the share of
// capitalised words, a date or time standing alone, and an image credit
// ("<caption> - <Site>, <numbers>, <date>"). Pure functions of the line;
// safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace tidings {

// Lines longer than this many words are never headlines or headings.
constexpr int kMaxHeadlineWords = 20;
// A headline capitalises at least this share of its content words.
constexpr double kMinHeadlineCapitalisedShare = 0.7;
// A line standing for a date or time ("2 March, 14:20 UTC") is short.
constexpr int kMaxTimestampWords = 7;
// A credit names its source in a few words ("Harbour Gazette").
constexpr int kMaxCreditNameWords = 5;

enum class LineKind {
  kBlank,
  kText,       // prose: ends a sentence, or is too long for anything else
  kHeadline,   // short, capitalised, no final period
  kTimestamp,  // only a date and/or time
  kCaption,    // an image caption ending in a credit and a timestamp
  kFragment,   // short, no final punctuation, not capitalised like a headline
};

struct ScrapedLine {
  std::string text;  // whitespace-normalised
  LineKind kind = LineKind::kBlank;
  std::string credit;  // for captions: the credited source
};

// Headlines and fragments: the short lines around a title or in a teaser.
inline bool IsShortUnfinished(LineKind kind) { return kind == LineKind::kHeadline || kind == LineKind::kFragment; }

// Classifies one line of scraped text.
ScrapedLine ClassifyLine(std::string_view line);

// Collapses runs of whitespace (including no-break spaces) to one space and
// trims both ends.
std::string NormaliseWhitespace(std::string_view text);

// Number of whitespace-separated words.
int CountWords(std::string_view text);

// True when the text ends a sentence: ".", "!", "?" or an ellipsis,
// possibly followed by closing quotes or brackets.
bool EndsSentence(std::string_view text);

// True when the whole text is a date and/or time and nothing else.
bool IsTimestamp(std::string_view text);

// True when the line is headline-like: few words, capitalised, not ending
// with a period.
bool IsHeadline(std::string_view text);

}  // namespace tidings
