// Generation of the labelled near-duplicate corpus (see dedup_corpus.h).
#include "eval/dedup_corpus.h"

#include <xxhash.h>

#include <algorithm>
#include <optional>
#include <random>
#include <string_view>
#include <unordered_set>

#include "tidings/near_duplicates.h"

namespace tidings {
namespace {

// std::mt19937's sequence is fixed by the standard, its distributions are
// not: draws are made here so a seed gives the same corpus everywhere.
class Random {
 public:
  explicit Random(std::uint32_t seed) : engine_(seed) {}
  std::size_t Below(std::size_t n) { return engine_() % n; }
  double Between(double low, double high) { return low + (high - low) * (engine_() >> 8) / double(1u << 24); }
  bool Chance(double p) { return Between(0, 1) < p; }
  template <typename T>
  const T& Pick(const std::vector<T>& items) { return items[Below(items.size())]; }
  template <typename T>
  void Shuffle(std::vector<T>& items) {
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[Below(i)]);
  }

 private:
  std::mt19937 engine_;
};

std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find_first_of(" \t\n\r", start), text.size());
    if (end > start) words.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string JoinWords(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
  std::string text;
  for (std::size_t i = begin; i < end && i < words.size(); ++i) text += (text.empty() ? "" : " ") + words[i];
  return text;
}

int CountWords(const std::vector<std::string>& paragraphs) {
  int count = 0;
  for (const std::string& paragraph : paragraphs) count += static_cast<int>(SplitWords(paragraph).size());
  return count;
}

struct Story {
  std::string title;
  std::vector<std::string> paragraphs;

  std::string Render(std::string_view separator = "\n\n") const {
    std::string text = title;
    for (const std::string& paragraph : paragraphs) text += std::string(separator) + paragraph;
    return text;
  }
};

const std::vector<std::string> kCities = {"MOSCOW", "BEIJING", "WASHINGTON", "BERLIN", "PARIS", "SEOUL", "NEW DELHI"};
const std::vector<std::string> kAgencies = {"Reuters", "AP", "AFP", "dpa", "Xinhua", "Kyodo"};
const std::vector<std::string> kNames = {"Anna Petrova", "John Miller", "Li Wei", "Sarah Klein", "Omar Haddad"};

std::string Dateline(Random& random) {
  return random.Pick(kCities) + ", " + std::to_string(1 + random.Below(28)) + " Nov (" + random.Pick(kAgencies) + ") - ";
}

std::string FooterLine(Random& random) {
  switch (random.Below(4)) {
    case 0: return "Reporting by " + random.Pick(kNames) + "; Editing by " + random.Pick(kNames);
    case 1: return "(c) 2026 " + random.Pick(kAgencies) + ". All rights reserved.";
    case 2: return "This material may not be published, broadcast, rewritten or redistributed without permission.";
    default: return "Follow our live coverage for the latest updates and subscribe to the morning briefing.";
  }
}

// A dateline before the text; after it one to three credit lines and, half
// the time, a list of two or three other headlines under "Read more".
Story WithHeaderAndFooter(Story story, const std::vector<std::string>& other_titles, Random& random) {
  if (!story.paragraphs.empty()) story.paragraphs[0] = Dateline(random) + story.paragraphs[0];
  const std::size_t lines = 1 + random.Below(3);
  for (std::size_t i = 0; i < lines; ++i) story.paragraphs.push_back(FooterLine(random));
  if (random.Chance(0.5)) {
    story.paragraphs.push_back("Read more:");
    const std::size_t links = 2 + random.Below(2);
    for (std::size_t i = 0; i < links; ++i) story.paragraphs.push_back(random.Pick(other_titles));
  }
  return story;
}

// Keeps the first `share` of the words, cutting the last kept paragraph
// mid-way as a length-limited feed would.
Story Truncated(Story story, double share) {
  int keep = static_cast<int>(share * CountWords(story.paragraphs));
  std::vector<std::string> kept;
  for (const std::string& paragraph : story.paragraphs) {
    if (keep <= 0) break;
    const std::vector<std::string> words = SplitWords(paragraph);
    kept.push_back(JoinWords(words, 0, static_cast<std::size_t>(keep)));
    keep -= static_cast<int>(words.size());
  }
  story.paragraphs = std::move(kept);
  return story;
}

// Substitutes, deletes or inserts words at `rate`, new words taken from
// the story itself, as a copy editor's changes would.
Story Edited(Story story, double rate, Random& random) {
  std::vector<std::string> vocabulary = SplitWords(story.Render(" "));
  for (std::string& paragraph : story.paragraphs) {
    std::vector<std::string> out;
    for (std::string& word : SplitWords(paragraph)) {
      if (!random.Chance(rate)) {
        out.push_back(std::move(word));
        continue;
      }
      switch (random.Below(3)) {
        case 0: out.push_back(random.Pick(vocabulary)); break;
        case 1: break;
        default: out.push_back(std::move(word)), out.push_back(random.Pick(vocabulary)); break;
      }
    }
    paragraph = JoinWords(out, 0, out.size());
  }
  return story;
}

// Moves one or two paragraphs elsewhere; a story of fewer than three
// paragraphs has its sentences moved instead.
std::optional<Story> WithParagraphsMoved(Story story, Random& random) {
  if (story.paragraphs.size() < 3) {
    std::vector<std::string> sentences;
    for (const std::string& paragraph : story.paragraphs) {
      for (std::size_t start = 0; start < paragraph.size();) {
        std::size_t end = paragraph.find(". ", start);
        end = end == std::string::npos ? paragraph.size() : end + 1;
        sentences.push_back(paragraph.substr(start, end - start));
        start = end + 1;
      }
    }
    if (sentences.size() < 3) return std::nullopt;
    story.paragraphs = std::move(sentences);
  }
  const std::size_t moves = 1 + random.Below(2);
  for (std::size_t i = 0; i < moves; ++i) {
    const std::size_t from = random.Below(story.paragraphs.size());
    std::string moved = std::move(story.paragraphs[from]);
    story.paragraphs.erase(story.paragraphs.begin() + from);
    std::size_t to = random.Below(story.paragraphs.size() + 1);
    if (to == from) to = (to + 1) % (story.paragraphs.size() + 1);
    story.paragraphs.insert(story.paragraphs.begin() + to, std::move(moved));
  }
  return story;
}

Story Retitled(Story story, const std::string& title) {
  story.title = title;
  return story;
}

// Every case-folded 4-word shingle of a text, hashed.
std::unordered_set<std::uint64_t> ShingleSet(const SourceArticle& source) {
  std::string text = source.title;
  for (const std::string& paragraph : source.paragraphs) text += "\n" + paragraph;
  const std::vector<std::string> words = SplitWords(NormalizeForDuplicates(text));
  std::unordered_set<std::uint64_t> shingles;
  for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    const std::string shingle = JoinWords(words, i, i + kShingleWords);
    shingles.insert(XXH3_64bits(shingle.data(), shingle.size()));
  }
  return shingles;
}

class CorpusBuilder {
 public:
  CorpusBuilder(std::uint32_t seed, std::vector<std::string> titles) : random_(seed), titles_(std::move(titles)) {}

  void AddCopies(const SourceArticle& base, const std::string& other_title) {
    const Story story{base.title, base.paragraphs};
    const int group = next_group_++;
    Add(story.Render(), group, "original", base.site);
    Story shouted = story;
    std::transform(shouted.title.begin(), shouted.title.end(), shouted.title.begin(), [](unsigned char c) {
      return static_cast<char>(std::toupper(c));
    });
    Add(shouted.Render("\n  "), group, "case-spacing", base.site);
    Add(WithHeaderAndFooter(story, titles_, random_).Render(), group, "header-footer", base.site);
    Add(Truncated(story, random_.Between(0.6, 0.9)).Render(), group, "truncated", base.site);
    Add(Edited(story, random_.Between(0.02, 0.06), random_).Render(), group, "edited", base.site);
    if (std::optional<Story> moved = WithParagraphsMoved(story, random_)) Add(moved->Render(), group, "moved", base.site);
    Add(Retitled(story, other_title).Render(), group, "retitled", base.site);
    Story wire = Edited(Truncated(Retitled(story, other_title), random_.Between(0.75, 0.95)),
                        random_.Between(0.01, 0.03), random_);
    if (std::optional<Story> moved = WithParagraphsMoved(wire, random_)) wire = std::move(*moved);
    Add(WithHeaderAndFooter(wire, titles_, random_).Render(), group, "wire-copy", base.site);
  }

  // `base`'s headline and its leading paragraphs, up to a third of its
  // words, over `body`'s paragraphs; false when even the first paragraph is
  // too much of the base for the two to be different articles.
  bool AddFollowUp(const SourceArticle& base, const SourceArticle& body) {
    const int limit = CountWords(base.paragraphs) / 3;
    Story story{base.title, {}};
    for (int words = 0; story.paragraphs.size() < base.paragraphs.size();) {
      words += CountWords({base.paragraphs[story.paragraphs.size()]});
      if (words > limit) break;
      story.paragraphs.push_back(base.paragraphs[story.paragraphs.size()]);
    }
    if (story.paragraphs.empty()) return false;
    story.paragraphs.insert(story.paragraphs.end(), body.paragraphs.begin(), body.paragraphs.end());
    Add(story.Render(), next_group_++, "follow-up", base.site);
    return true;
  }

  // The first half of each sibling (at most 250 words) under one shared
  // block made of `teaser`'s headline and opening and a footer.
  void AddBoilerplateSiblings(const std::vector<const SourceArticle*>& siblings, const SourceArticle& teaser) {
    std::vector<Story> halves;
    int shortest = 1 << 30;
    for (const SourceArticle* sibling : siblings) {
      const Story whole{sibling->title, sibling->paragraphs};
      const int words = CountWords(whole.paragraphs);
      halves.push_back(Truncated(whole, std::min(0.5, 250.0 / words)));
      shortest = std::min(shortest, CountWords(halves.back().paragraphs));
    }
    const std::size_t block_words = static_cast<std::size_t>(shortest * random_.Between(0.25, 1.0));
    const std::string footer = FooterLine(random_);
    const std::vector<std::string> teaser_words = SplitWords(Story{teaser.title, teaser.paragraphs}.Render(" "));
    const std::size_t teaser_length = block_words > SplitWords(footer).size() ? block_words - SplitWords(footer).size() : 0;
    const std::string block = "Related: " + JoinWords(teaser_words, 0, teaser_length) + "\n\n" + footer;
    for (std::size_t i = 0; i < halves.size(); ++i) {
      Add(halves[i].Render() + "\n\n" + block, next_group_++, "boilerplate-sibling", siblings[i]->site);
    }
  }

  std::vector<CorpusDocument> Finish() {
    random_.Shuffle(documents_);
    return std::move(documents_);
  }

 private:
  void Add(std::string text, int group, const char* kind, const std::string& site) {
    documents_.push_back({std::move(text), group, kind, site});
  }

  Random random_;
  const std::vector<std::string> titles_;  // for "Read more" lists
  int next_group_ = 0;
  std::vector<CorpusDocument> documents_;
};

}  // namespace

std::vector<SourceArticle> DistinctSources(std::vector<SourceArticle> sources) {
  std::vector<SourceArticle> kept;
  std::unordered_set<std::uint64_t> seen;
  for (SourceArticle& source : sources) {
    if (CountWords(source.paragraphs) < kMinSourceWords) continue;
    const std::unordered_set<std::uint64_t> shingles = ShingleSet(source);
    std::size_t shared = 0;
    for (std::uint64_t shingle : shingles) shared += seen.count(shingle);
    if (5 * shared >= shingles.size()) continue;
    seen.insert(shingles.begin(), shingles.end());
    kept.push_back(std::move(source));
  }
  return kept;
}

std::vector<CorpusDocument> GenerateDedupCorpus(const std::vector<SourceArticle>& sources, std::uint32_t seed) {
  std::vector<const SourceArticle*> bases, pool;
  for (std::size_t i = 0; i < sources.size(); ++i) (i % 6 == 5 ? pool : bases).push_back(&sources[i]);
  std::vector<std::string> titles;
  for (const SourceArticle* base : bases) titles.push_back(base->title);
  CorpusBuilder builder(seed, titles);
  for (std::size_t i = 0; i < bases.size(); ++i) {
    // The new headline is another base's, as when a desk rewrites the head.
    builder.AddCopies(*bases[i], bases[(i + bases.size() / 2) % bases.size()]->title);
  }
  const std::size_t follow_up_bodies = pool.size() / 2;
  std::size_t next_body = 0;
  for (std::size_t i = 0; i < bases.size() && next_body < follow_up_bodies; ++i) {
    if (builder.AddFollowUp(*bases[i], *pool[next_body])) ++next_body;
  }
  // Sets of three siblings and their teaser from the rest of the pool.
  for (std::size_t i = follow_up_bodies; i + 4 <= pool.size(); i += 4) {
    builder.AddBoilerplateSiblings({pool[i], pool[i + 1], pool[i + 2]}, *pool[i + 3]);
  }
  return builder.Finish();
}

}  // namespace tidings
