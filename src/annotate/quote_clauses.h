// Reported clauses read from the dependency parse: the attributions that
// surface patterns miss because the speaker, the cue and the content are not
// side by side ("Clinton, who has long argued that …", "Trump vowed to
// bring back mining jobs", "the senators called for the footage to be
// released", "Sanders criticized the deal").
//
// A cue verb of the lexicon (by its form, or by its lemma when the form is
// not listed) with a nominal subject is an attribution: the subject phrase is
// the speaker, the clausal complement (ccomp, or xcomp for verbs that take an
// infinitive) is the content (so for a stance adjective of the lexicon with
// a subject: "the unions are eager to strike"); for verbs other than kSay a
// direct object, or the object of the cue's own preposition ("called for"),
// is content as well, and so is what the cue is about ("spoke of the war", "complained
// about the delays"); a kSay verb takes what it is about, or else an
// object that is no pronoun ("was saying the opposite"); a kClause verb
// only what it is about ("raised doubts about", never "raised $3 million").
// Any verb or adjective with a "that", "whether" or "if"
// clause reports or judges it ("the court ruled that …", "aides are afraid
// that …"), and so does a verb that puts its object "as" something ("sees
// the vote as a warning"; not light verbs: "used the barn as a garage").
// An object takes the complements that follow it without a break ("urged
// voters to stay home", "blamed him for the delays"); a content ends before
// a participle cue of its own (", while acknowledging that …"). A kNoun cue
// followed by its "that" or "to" clause is an attribution when a possessive
// or a proper noun names its owner ("the union's decision to strike", "a
// Reuters report that …"). A passive cue with an agent ("the plan was
// endorsed by the union") makes the agent the speaker and the subject the
// content; without one ("the plan was described as reckless", "it is
// expected that …") it reports no speaker, and the content runs from the
// subject to what is said of it (the cue inside). A cue noun with an owner
// also takes what it is about ("the mayor's criticism of the deal"); a noun
// of judging that a verb's subject receives judges the subject, and its
// "from" phrase is the judge ("the law has faced criticism from doctors",
// "she won the support of the union"). A
// participle, infinitive or coordinated cue with no subject of its own
// takes the subject of the verbs it hangs from, up to
// kMaxSubjectClimb levels ("…, saying …", "… and warned …", "wants to
// explain …"); a participle describing a noun takes the noun ("parents
// urging the board to …"). A negated cue reports as well ("did not say
// whether …", "does not want to …"): a refusal is attributed like a claim.
// A kSource cue ("according to") names the speaker in the phrase it opens
// and reports the clause that phrase hangs from, wherever it stands in it
// ("In fact, according to the report, …", "… is ahead, according to a
// poll released Monday", "The plan, according to aides, was …"); so does
// "in" naming a kRecord noun ("In a poll released Monday, most voters …").
// A participle cue opening its sentence without a subject ("Asked whether
// …, she said …", "When asked about the delays, …") reports its question
// with no speaker, or with the agent "by" names.
//
// Needs Document tokens with head and deprel (ParseSyntax); returns nothing
// on an unparsed Document. Thread-safe, no state.
#pragma once

#include <vector>

#include "annotate/quote_cues.h"
#include "annotate/quote_words.h"

namespace tidings {

struct ParsedAttribution {
  TokenRange cue, speaker, content;
  // The rest of a content the attribution interrupts ("His plan, according
  // to aides, was …"); empty when the content is in one piece.
  TokenRange content_after;
};

// In token order of the cue.
std::vector<ParsedAttribution> FindParsedAttributions(const QuoteWords& words, const CueLexicon& cues);

// Asks `doc` (the Document of `words`) for the dependencies of the sentences
// FindParsedAttributions may find an attribution in: those holding a cue
// (by form or lemma), a "that", "whether" or "if" that may open a reported
// clause or an "as" that may judge an object. Every rule of
// FindParsedAttributions starts from one of these, so it reads the parse of
// no other sentence (a rule starting elsewhere must be added here).
void RequireAttributionParses(Document& doc, const QuoteWords& words, const CueLexicon& cues);

}  // namespace tidings
