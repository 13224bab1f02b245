// Document: one article and every annotation later stages add to it.
//
// The cleaned text (Article::text()) is owned once by the Document; every
// annotation is a span of byte offsets into it plus a payload, kept in flat
// arrays in text order, the way spaCy's Doc works. Stages append to their own
// array and never re-tokenise or copy the text. Offsets inside are UTF-8 byte
// offsets; JSON output converts them once to Unicode code points so that
// Python's text[start:end] gives the span. A Document is a plain value: one
// thread works on it at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "tidings/article.h"

namespace tidings {

// Half-open byte range [begin, end) into Document::text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t size() const { return end - begin; }
  bool contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
};

struct Sentence {
  Span span;
  std::uint32_t first_token = 0;  // index into Document::tokens
  std::uint32_t token_count = 0;
  std::uint32_t paragraph = 0;    // index into Article::paragraphs
};

// Syntax fields are filled by ParseSyntax (src/syntax/syntax_model.h);
// empty and -1 before it runs. head and deprel are filled per sentence, when
// a stage first asks for them (Document::RequireDependencies).
struct Token {
  Span span;
  std::string tag;     // Penn Treebank part of speech (XPOS): "NNP", "VBD", "IN"
  std::string upos;    // Universal part of speech: "PROPN", "VERB", "ADP"
  std::string lemma;   // "go" for "went"
  std::int32_t head = -1;  // index into Document::tokens; -1 for a sentence root
  std::string deprel;  // Universal Dependencies relation to the head: "nsubj", "obj", "root"
};

// A TimeML TIMEX3 expression resolved against the publication date.
struct TimeExpression {
  enum class Type { kDate, kTime, kDuration, kSet };
  Span span;
  Type type = Type::kDate;
  std::string value;  // "2024-12-31", "2025", "2024-W52", "PXD", "P3D", "XXXX-12-25"...
};

std::string_view TimeTypeName(TimeExpression::Type type);

// What a mention names. kRole is a title standing for a person ("the Chinese
// president"); kPlace a city or site, also as metonym ("Moscow said").
enum class MentionKind { kPerson, kState, kOrganization, kMedia, kPlace, kRole };

inline std::string_view MentionKindName(MentionKind kind) {
  constexpr std::string_view kNames[] = {"person", "state", "organization", "media", "place", "role"};
  return kNames[static_cast<int>(kind)];
}

// A stretch of text naming an actor; `entity` indexes Document::entities
// (-1 when unresolved). Mentions may nest ("Russian" inside "Russian President").
struct Mention {
  Span span;
  MentionKind kind = MentionKind::kPerson;
  std::int32_t entity = -1;
};

// One actor of the article, with every mention that refers to it, resolved
// at the article's date.
struct Entity {
  std::string id;       // "e1", "e2"... in order of first mention
  std::string name;     // canonical name ("Vladimir Putin")
  MentionKind kind = MentionKind::kPerson;
  std::string actor;    // CAMEO-style code: "RUSGOV", "PRK", "IGOUNO", "CHNGOVMED"
  std::string role;     // "President of Russia"; empty when none
  std::string country;  // alpha-3 code; empty for international actors
  std::vector<std::uint32_t> mentions;  // indices into Document::mentions
};

// An attributed quotation: `span` is the reported content (direct: the words
// inside the quote marks; indirect: the clause reported), never the cue or
// the speaker. `speaker` is the subject phrase of the cue ("Xi Jinping",
// "the Chinese leader", "he"), empty when none was found; `speaker_entity`
// indexes Document::entities when a mention overlaps it (-1 otherwise).
// `relayed_by` lists, nearest first, who passed the words on ("as quoted by
// Xinhua", "told Reuters"), with their entities (-1 when unresolved).
struct Quote {
  enum class Kind { kDirect, kIndirect, kMixed };
  Span span;
  Kind kind = Kind::kDirect;
  Span speaker;
  std::int32_t speaker_entity = -1;
  Span cue;  // "said", "noted", "according to"
  std::vector<Span> relayed_by;
  std::vector<std::int32_t> relayed_by_entities;
};

inline std::string_view QuoteKindName(Quote::Kind kind) {
  constexpr std::string_view kNames[] = {"direct", "indirect", "mixed"};
  return kNames[static_cast<int>(kind)];
}

// One actor of an event: the words, the entity (-1 when unresolved) and its
// CAMEO-style code at the event's date.
struct EventActor {
  Span text;
  std::int32_t entity = -1;
  std::string actor;
};

// A coded event (src/code/coder.h): who did what to whom, in CAMEO and
// PLOVER, with the words, date, attribution and dictionary pattern behind it.
struct Event {
  std::uint32_t sentence = 0;  // index into Document::sentences
  Span span;                   // the words carrying the event (verb .. last pattern word)
  std::vector<EventActor> sources, targets;  // several for compound actors
  std::string cameo;           // "036"
  std::string cameo_name;
  std::string root;            // "03"
  double goldstein = 0.0;
  int quad_class = 0;
  std::string plover_event, plover_mode;
  std::string date;            // YYYY-MM-DD: a date in the sentence, else the publication date
  std::int32_t speaker = -1;   // entity of who says this happened (quotation layer), -1 when none
  Span speaker_text;
  std::vector<std::int32_t> relayed_by;  // entities of who passed the words on
  std::vector<Span> relayed_by_text;
  std::string modality = "asserted";  // asserted, intended, wished, hypothetical, negated, future
  std::string evidence_file;   // dictionary file and line of the pattern that fired
  std::uint32_t evidence_line = 0;
  std::string evidence_pattern;  // the pattern as written, "* &GREETINGS (TO +)"
  // Issue codes (PETRARCH issue files) whose phrases occur in the event's
  // sentence, in order of first occurrence: topic tags such as "ELECTIONS".
  std::vector<std::string> issues;
};

class Document {
 public:
  explicit Document(Article article)
      : article_(std::move(article)), text_(article_.text()) {}

  const Article& article() const { return article_; }
  std::string_view text() const { return text_; }
  std::string_view text(const Span& span) const { return std::string_view(text_).substr(span.begin, span.size()); }

  // Byte offset -> code-point offset, for output.
  std::uint32_t CodePointOffset(std::uint32_t byte_offset) const;

  // Dependencies on demand. The parse is the dearest part of the analysis
  // and many sentences of a page hold nothing a stage reads it for, so
  // ParseSyntax tags every token at once but leaves the dependencies (head,
  // deprel) to a SentenceParser called for one sentence at a time: a stage
  // reading them calls RequireDependencies(sentence) first. The parser runs
  // at most once per sentence; without one (no ParseSyntax, or one that
  // parsed everything) the call does nothing.
  using SentenceParser = std::function<void(Document&, std::uint32_t sentence)>;
  void DeferDependencies(SentenceParser parser);
  void RequireDependencies(std::uint32_t sentence);
  void RequireAllDependencies();
  // Whether head and deprel are there or can be had: ParseSyntax has run.
  bool has_dependencies() const { return has_dependencies_; }

  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<TimeExpression> times;
  std::vector<Mention> mentions;  // in text order (begin, then longest first)
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Event> events;

 private:
  Article article_;
  std::string text_;
  mutable std::vector<std::uint32_t> code_points_;  // built on first use
  SentenceParser parser_;
  std::vector<bool> parsed_;  // per sentence, while parser_ is set
  bool has_dependencies_ = false;
};

}  // namespace tidings
