#include "extract/text_cleaner.h"

#include <optional>

#include "extract/dates.h"
#include "extract/scraped_chars.h"
#include "extract/scraped_copies.h"
#include "extract/scraped_glue.h"
#include "extract/scraped_lines.h"
#include "extract/scraped_teasers.h"

namespace tidings {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// Headline lines searched for inside other lines; the search costs lines
// times headlines, so a hostile input with thousands of them is capped.
constexpr size_t kMaxGluedHeadingCandidates = 64;

// A title may share the lines above the date line with a section label or
// a byline; more short lines than this are not a header.
constexpr int kMaxHeaderLinesAboveDate = 3;

// The article's own header: its title line and the date line under it,
// perhaps with a label or byline, from line `begin` to the date line.
struct Header {
  size_t begin = kNone;
  size_t title_line = kNone;
  size_t date_line = kNone;
  std::string published;
};

// A line that starts with a lowercase letter continues the sentence the
// line before left unfinished (text wrapped by the scraper or the page).
bool ContinuesPreviousLine(std::string_view previous, std::string_view line) {
  return !previous.empty() && !EndsSentence(previous) && IsLowerLetter(CodePointAt(line, 0).value);
}

std::vector<ScrapedLine> ClassifyLines(std::string_view text) {
  std::vector<std::string> joined;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string line = NormaliseWhitespace(text.substr(begin, end - begin));
    if (!joined.empty() && ContinuesPreviousLine(joined.back(), line)) {
      joined.back() += ' ' + line;
    } else {
      joined.push_back(std::move(line));
    }
    begin = end + 1;
  }
  std::vector<ScrapedLine> lines;
  for (const std::string& line : joined) lines.push_back(ClassifyLine(line));
  return lines;
}

size_t PreviousNonBlank(const std::vector<ScrapedLine>& lines, size_t i) {
  while (i-- > 0)
    if (lines[i].kind != LineKind::kBlank) return i;
  return kNone;
}

std::optional<std::string> PublicationDate(std::string_view line) {
  std::optional<ParsedDate> date = ParseDate(line);
  if (!date) date = FindDateInText(line);
  if (!date || !PlausiblePublicationDate(*date)) return std::nullopt;
  return date->iso;
}

// A teaser's headline sits a few lines under an image caption; an article's
// title does not.
bool FollowsCaption(const std::vector<ScrapedLine>& lines, size_t i) {
  for (int looked = 0; looked < kMaxTeaserHeadLines; ++looked) {
    i = PreviousNonBlank(lines, i);
    if (i == kNone || lines[i].kind == LineKind::kText) return false;
    if (lines[i].kind == LineKind::kCaption) return true;
  }
  return false;
}

// The header is the first date line under a few short lines, of which the
// title is the longest (a label or byline is shorter). Without one, a
// headline on the first line is the title.
Header FindHeader(const std::vector<ScrapedLine>& lines) {
  for (size_t date = 0; date < lines.size(); ++date) {
    if (lines[date].kind != LineKind::kTimestamp) continue;
    size_t top = date, title = kNone;
    for (int above = 0; above < kMaxHeaderLinesAboveDate; ++above) {
      const size_t line = PreviousNonBlank(lines, top);
      if (line == kNone || !IsShortUnfinished(lines[line].kind)) break;
      top = line;
      if (title == kNone || CountWords(lines[line].text) >= CountWords(lines[title].text)) title = line;
    }
    if (title == kNone || FollowsCaption(lines, top)) continue;
    if (std::optional<std::string> published = PublicationDate(lines[date].text))
      return {top, title, date, std::move(*published)};
  }
  Header header;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind == LineKind::kBlank) continue;
    if (lines[i].kind == LineKind::kHeadline) header.begin = header.title_line = i;
    break;
  }
  return header;
}

std::vector<std::string> HeadlineLines(const std::vector<ScrapedLine>& lines) {
  std::vector<std::string> headlines;
  for (const ScrapedLine& line : lines) {
    if (line.kind != LineKind::kHeadline) continue;
    if (headlines.size() == kMaxGluedHeadingCandidates) break;
    headlines.push_back(line.text);
  }
  return headlines;
}

// Prose before the header is kept only when it reads as sentences; menus,
// breadcrumbs and labels there are page furniture.
bool ReadsAsProse(std::string_view text) { return EndsSentence(text) || CountWords(text) > kMaxHeadlineWords; }

// Paragraph candidates in reading order: every line outside the header and
// the teasers, repaired and cut at glued headings. Candidates before the
// header come first; `before_header` receives their count.
std::vector<Paragraph> Candidates(const std::vector<ScrapedLine>& lines, const Header& header,
                                  size_t* before_header) {
  const std::vector<bool> teaser = FindTeaserLines(lines, header.date_line);
  const std::vector<std::string> headlines = HeadlineLines(lines);
  const size_t body_start = header.date_line != kNone    ? header.date_line + 1
                            : header.title_line != kNone ? header.title_line + 1
                                                         : 0;
  std::vector<Paragraph> candidates;
  *before_header = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind == LineKind::kBlank || teaser[i] || (i >= header.begin && i < body_start)) continue;
    for (std::string& piece : SplitGluedHeadings(RepairGluedSentences(lines[i].text), headlines)) {
      if (i < body_start && !ReadsAsProse(piece)) continue;
      const ParagraphKind kind = IsHeadline(piece) ? ParagraphKind::kHeading : ParagraphKind::kParagraph;
      candidates.push_back({std::move(piece), kind});
      if (i < body_start) ++*before_header;
    }
  }
  return candidates;
}

}  // namespace

ScrapedArticle CleanScrapedText(std::string_view text) {
  const std::vector<ScrapedLine> lines = ClassifyLines(text);
  const Header header = FindHeader(lines);
  size_t before_header = 0;
  std::vector<Paragraph> candidates = Candidates(lines, header, &before_header);
  std::vector<std::string> texts;
  for (const Paragraph& p : candidates) texts.push_back(p.text);
  const std::vector<bool> copy = FindCopies(texts, before_header);

  ScrapedArticle out;
  if (header.title_line != kNone) out.title = lines[header.title_line].text;
  out.published = header.published;
  out.site_name = RecurringCredit(lines);
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (copy[i] || candidates[i].text.empty() || candidates[i].text == out.title) continue;
    out.paragraphs.push_back(std::move(candidates[i]));
  }
  return out;
}

}  // namespace tidings
