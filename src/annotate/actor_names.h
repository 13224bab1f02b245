// FindUnknownNames: capitalised names the actor knowledge does not hold,
// classified as person, organization or place by the words around them.
//
// A candidate is a run of capitalised words (joined by "of", "de", "van",
// "al"..., or "&"), not covered by a known mention, that does not merely
// start a sentence: a lone capitalised word at a sentence's start is an
// ordinary word as often as a name. Cues, strongest first: an organization
// word at the end ("Corp", "Party", "Ministry", "University", "Club") or
// start ("University of"), or a lone acronym ("KDP"; not a common
// abbreviation such as "CEO", nor a unit after a number); a place word
// ("River", "Province") or a place preposition before it ("in", "at",
// "near"); a person's title or honorific before it, a speech verb after
// it ("said"), or a first word that is the first name of a known person,
// or the two-word shape of a given name and a surname ("Orlan Vesk"). A run is a person only on such
// evidence; runs without a cue stay unannotated. A run holding a word of
// data/lexicon/non_person_words.txt (function words like "of", "between";
// nouns of things and events like "Route", "Culture", "Year") is never a
// person. Headings (a heading paragraph, or a title-case line without final
// punctuation) give no persons, and words inside a time expression ("New
// Year") are not names. Sentences written in capitals (headlines) are
// skipped. Stateless.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "annotate/actor_gazetteer.h"
#include "annotate/actor_knowledge.h"
#include "annotate/actor_mentions.h"
#include "tidings/document.h"

namespace tidings {

// What the sentence's place in the document says about its names.
struct NameContext {
  bool heading = false;     // the sentence is in a heading paragraph
  std::vector<bool> timed;  // timed[i - first]: token i is inside a time expression; empty for none
};

// Names within the sentence of tokens [first, end); `covered[i - first]`
// marks tokens already in a known mention.
std::vector<FoundMention> FindUnknownNames(const TokenView& tokens, const ActorKnowledge& knowledge,
                                           std::uint32_t first, std::uint32_t end, const std::vector<bool>& covered,
                                           const NameContext& context = {});

// True for the last words of organization names ("Corp", "Bank",
// "Commission"), folded.
bool IsOrganizationEnd(std::string_view folded);

// True when a word of the tokens [first, end) is one of
// data/lexicon/non_person_words.txt ("Division", "Cup", "of"): such a run
// names no person.
bool HoldsNonPersonWord(const TokenView& tokens, std::uint32_t first, std::uint32_t end);

// True when one of the capitalised words at `at` and after it (at most two,
// before `end`) ends the name of an event: the name before it opens that
// event's name ("U.S. Open", "Kessa Film Festival").
bool EventNameAfter(const TokenView& tokens, std::uint32_t at, std::uint32_t end);

// True when the words at `at` (before `end`) make the name before them a
// share index ("Kessa composite index", "Brae 100 index", "... industrial
// average"): an index is no organization.
bool NamesAnIndex(const TokenView& tokens, std::uint32_t at, std::uint32_t end);

// True for a capitalised word that places or labels the name after it
// without being part of it: "Ontario-based", "Communist-led", folded.
bool IsLocatingCompound(std::string_view folded);

// The lines of data/lexicon/`name`, case-folded, without comments and
// blank lines; empty when the file is missing.
std::unordered_set<std::string> ReadLexiconLines(const std::string& name);

// True when the tokens [first, end) are written in capitals (a headline,
// a table): most of their words, and at least three, all capitals. Case
// says nothing about names there.
bool SentenceInCapitals(const TokenView& tokens, std::uint32_t first, std::uint32_t end);

// True when the tokens [first, end) read as a title-case line: no final
// punctuation, three or more words, every word capitalised except short
// function words ("of", "and", "in"), and no numbers (table rows).
bool IsTitleCaseLine(const TokenView& tokens, std::uint32_t first, std::uint32_t end);

// Which of the first `count` tokens of `doc` a time expression overlaps
// ("May" in "May 13" names no one).
std::vector<bool> TimedTokens(const Document& doc, std::size_t count);

}  // namespace tidings
