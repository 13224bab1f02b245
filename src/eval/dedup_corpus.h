// A labelled near-duplicate corpus generated from real article texts, for
// `tidings eval dedup`.
//
// Each base article yields a group of near-duplicates, made the ways wire
// copies differ in practice: the original; a copy differing only in case and
// spacing; a dateline header with credit lines and a "Read more" list of
// other headlines; the first 60-90% of the words; 2-6% of the words edited
// (substituted, deleted, inserted); one or two paragraphs moved; another
// headline; and a wire copy combining all of these more mildly. The
// non-duplicates are meant to be hard:
//   - the other bases, many from the same site (and so the same topic area
//     and house style);
//   - follow-ups: an article's headline and leading paragraphs (up to a third
//     of its words) over another article's body, like a second story that
//     recaps the first;
//   - boilerplate siblings: halves of different articles under one shared
//     block of site boilerplate (a teaser and a footer) a quarter as long as
//     their own text up to as long.
// Every generated document that is not a copy of a base is its own group.
// Generation is deterministic for a given seed and input order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tidings {

struct SourceArticle {
  std::string site;  // the host of its URL
  std::string title;
  std::vector<std::string> paragraphs;
};

struct CorpusDocument {
  std::string text;
  int group = 0;     // equal groups are near-duplicates; every group number is one story
  std::string kind;  // how it was made: "original", "edited", "follow-up", ...
  std::string site;
};

// Sources sharing a fifth or more of their 4-word shingles with an earlier
// source are left out, so that two bases are never copies of each other and
// the labels stay true. Sources shorter than kMinSourceWords are left out too:
// a dateline and a footer would be most of their text.
inline constexpr int kMinSourceWords = 120;
std::vector<SourceArticle> DistinctSources(std::vector<SourceArticle> sources);

// Builds the corpus from distinct sources: a sixth of them (every sixth)
// feed the follow-up bodies and boilerplate siblings, the rest are bases.
// Documents are shuffled so copies do not arrive next to their original.
std::vector<CorpusDocument> GenerateDedupCorpus(const std::vector<SourceArticle>& sources, std::uint32_t seed);

}  // namespace tidings
