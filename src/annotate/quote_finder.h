// AnnotateQuotes: the quotations of a Document, who said them, with which
// cue, and who passed them on.
//
// Three kinds, as news writes them:
//   direct    words in quotation marks with an attribution beside them:
//             "…," X said / X said: "…" / "…," said X / "…," X told Reuters;
//             a quotation filling its sentence with no attribution takes the
//             one of the sentence or paragraph before (the speaker goes on);
//   indirect  a reported clause: X said (that) … / …, X said. / according
//             to X, … / X noted (stressed, warned…) that …;
//   mixed     an indirect quotation holding a quoted fragment.
// A quotation split by its attribution goes on after it, past an aside or
// into the next sentences of the paragraph ("…," she said of the vote.
// "…"). Transcript turns ("OKAFOR: …") and signed quotations ("“…” ―
// Ana Ruiz") name their speaker by label. When the Document is
// parsed, the attributions that surface patterns miss are read from the
// dependency parse (annotate/quote_clauses.h): "Trump vowed to …",
// "Sanders criticized the deal", "Clinton, who has argued that …".
// Quoted words with no attribution inside a sentence (scare quotes, titles:
// the "courage" of the army) are not quotations. The content span excludes
// cue and speaker (but keeps a "that" opening it, and holds the cue of an
// agentless passive: "the plan was described as reckless"); the speaker is the subject phrase of the cue (a name, a
// title, a pronoun, "the publication"), linked to an entity by overlapping
// Document::mentions when the actors stage has run (unlinked otherwise).
// Relays are the phrases that name who passed the words on: "as quoted by
// Xinhua", "according to state media" after an attribution, ", KCNA
// reported" closing a reported clause, "told Reuters".
//
// Needs Segment (sentences, tokens); reads the parse (head, deprel, upos)
// when ParseSyntax has run, and doc.times to skip dates after a
// cue ("said on Tuesday that"). Output: doc.quotes, replaced, in text order.
// Rules only, no model; reads English. Thread-safe for distinct Documents
// sharing one CueLexicon.
#pragma once

#include "annotate/quote_cues.h"
#include "tidings/document.h"

namespace tidings {

// Tokens searched after a cue for the "that" opening its clause ("said in a
// statement on Tuesday that"); farther, the "that" belongs to something else.
inline constexpr std::uint32_t kMaxCueToThatWords = 8;

// Tokens searched back from a cue for the name an apposition describes
// ("Revesz, director of the Institute for Policy Integrity at New York
// University's law school, said").
inline constexpr std::uint32_t kMaxAppositionWords = 30;

// Words a quotation needs to stand alone with the attribution of the
// sentence before; shorter quoted runs are headlines, titles or slogans.
inline constexpr std::uint32_t kMinCarriedQuoteWords = 4;

// Words a reported clause needs ("…, Xi said" with less before the comma is
// an adverb or a name, not content).
inline constexpr std::uint32_t kMinReportedWords = 3;

// Tokens between the end of an attribution and the quotation that continues
// it ("…," she said of the election, in which she was sure Trump would
// win. "…").
inline constexpr std::uint32_t kMaxContinuationGap = 40;

// Words of a speaker label: "OKAFOR: …", "Ana Ruiz: …".
inline constexpr std::uint32_t kMaxLabelWords = 3;

// Words of a name signing a quotation: "“…” ― Julie A. Diaz Martinez".
inline constexpr std::uint32_t kMaxSignatureWords = 5;

void AnnotateQuotes(Document& doc, const CueLexicon& cues);

// With CueLexicon::Default().
void AnnotateQuotes(Document& doc);

}  // namespace tidings
