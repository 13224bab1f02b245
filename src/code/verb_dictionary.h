// VerbDictionary: verb patterns in memory, whatever file format they came
// from (PETRARCH-2: verb_dictionary_petrarch2.h; PETRARCH-1/TABARI:
// verb_dictionary_tabari.h; specification in
// ../shared/docs/reference/event-coders.md §3).
//
// The model: synonym sets (&NAME: member phrases, regular plurals derived
// unless the name or member ends in '_'); verb blocks, each with a default
// code, its verbs (every surface form: the base, the forms listed in {..},
// or -S/-ED/-ING derived when none are listed) and its patterns. A pattern
// is a token sequence: words, '*' the verb, '$' source, '+' target, '%'
// compound actor (source and target), '^' skip one noun phrase, &SYNSET
// references (resolved to an index), '(..)' prepositional phrases, '{..}'
// noun phrases or, with '|', alternatives; each with a code, which may be
// paired ([042:043]: source->target and target->source), null ([---]: the
// pattern matches but codes nothing) or a discard ([###]).
//
// Readers feed a VerbDictionaryBuilder file by file (a synonym set defined
// in one file serves the next) and finish it into an immutable
// VerbDictionary, safe to share between threads. A malformed line is
// reported as "file:line: reason" in warnings() and skipped; limits bound
// every pattern.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "syntax/hash_index.h"
#include "tidings/status.h"

namespace tidings {

// Bounds on what one dictionary line may hold; longer input is rejected with
// a warning, so a hostile file costs bounded memory and matching time.
struct VerbDictionaryLimits {
  std::size_t max_line_bytes = 4096;      // real lines are under 200 bytes
  std::size_t max_pattern_tokens = 48;    // the longest real pattern has ~15
  std::size_t max_group_depth = 3;        // ( { } ) nesting
  std::size_t max_forms_per_verb = 32;    // irregular forms listed in {..}
  std::size_t max_synset_members = 5000;  // after expanding nested references
};

// What a pattern or verb codes to.
struct VerbCode {
  std::string forward;  // source->target code; empty when none
  std::string reverse;  // target->source code of a paired code; empty when none
  bool paired = false;  // written "[a:b]"
  bool discard = false; // "[###]" (TABARI also "[+++]", too complex): the sentence is discarded
  // "[+++]": TABARI's "too complex to code" (also a discard there); PETRARCH
  // implements no complex coding and passes such a pattern over.
  bool complex = false;
  // TABARI "[023?]": a subordinate verb ("said", "reported") whose event
  // stands only when no other verb of the sentence codes one.
  bool subordinate = false;

  // "[---]": matches but codes nothing.
  bool null() const { return forward.empty() && reverse.empty() && !discard; }
};

// Reads the inside of "[...]": "040", "040:040", ":110", "---", "###",
// "111!" (TABARI flags are kept in the code), "023?" (a subordinate code:
// the '?' is dropped, VerbCode::subordinate set). False with a reason otherwise.
bool ParseVerbCode(std::string_view inside, VerbCode* code, std::string* reason);

enum class PatternTokenKind : std::uint8_t {
  kWord,       // a literal word
  kVerb,       // '*'
  kSource,     // '$'
  kTarget,     // '+'
  kCompound,   // '%'
  kSkip,       // '^'
  kSynset,     // '&NAME'; `synset` indexes VerbDictionary::synsets()
  kPhraseOpen, kPhraseClose,  // '(' ')': a prepositional phrase
  kNounOpen, kNounClose,      // '{' '}' without '|': a noun phrase, head last
  kAltOpen, kAltBar, kAltClose,  // '{ A | B }' (TABARI): one of the alternatives
};

struct PatternToken {
  PatternTokenKind kind = PatternTokenKind::kWord;
  std::string text;          // the word or synset name (without '&')
  bool exact = false;        // written with a trailing '_': no stem or plural expansion
  bool glued = false;        // joined by '_' to the next token: it must follow immediately
  std::uint32_t synset = 0;  // for kSynset, after Finish()
  // For a kWord that is not exact: its regular plural, derived once by
  // Finish() so matching a sentence builds no strings.
  std::string plural;
};

struct VerbPattern {
  std::vector<PatternToken> tokens;
  VerbCode code;
  std::uint32_t block = 0;  // index into blocks()
  std::uint16_t file = 0;   // index into files()
  std::uint32_t line = 0;
};

// A word without which a pattern cannot match (one of its kWord tokens, for
// a pattern without alternatives), as VerbDictionary::WordId ids: the word,
// matched by a token's surface form or lemma, and its plural (kNoWord when
// exact), matched by a surface form. Lets the coder drop most patterns by
// looking up a few ids, never touching their tokens.
inline constexpr std::uint32_t kNoWord = UINT32_MAX;
struct RequiredWord {
  std::uint32_t word = kNoWord;
  std::uint32_t plural = kNoWord;
};

// One verb of a block with all the surface forms that select it.
struct VerbEntry {
  std::string base;                // words joined by spaces: "CALL OFF"
  std::vector<std::string> forms;  // the base first, then inflections ("CALLS OFF"...)
  VerbCode code;                   // the verb's own code when has_code
  bool has_code = false;
  bool stem = false;  // TABARI: the base also matches any word it starts
  std::uint32_t block = 0;
  std::uint16_t file = 0;
  std::uint32_t line = 0;
};

struct VerbBlock {
  std::string name;   // "ACCELERATE", or the first verb for TABARI entries
  VerbCode default_code;
  std::vector<std::uint32_t> verbs;     // into verbs()
  std::vector<std::uint32_t> patterns;  // into patterns()
  std::uint16_t file = 0;
  std::uint32_t line = 0;
};

struct Synset {
  std::string name;  // without '&', trailing '_' kept: "AUXVERB1_"
  // Member phrases (words joined by spaces), with derived plurals.
  std::vector<std::string> members;
  std::uint16_t file = 0;
  std::uint32_t line = 0;
};

// A PETRARCH-2 transformation line ("~ a (a b ATTACK) SAY = a b 015"), kept
// as written for the coder to interpret.
struct VerbTransformation {
  std::string text;
  std::uint16_t file = 0;
  std::uint32_t line = 0;
};

class VerbDictionary {
 public:
  const std::vector<VerbBlock>& blocks() const { return blocks_; }
  const std::vector<VerbEntry>& verbs() const { return verbs_; }
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  const std::vector<Synset>& synsets() const { return synsets_; }
  const std::vector<VerbTransformation>& transformations() const { return transformations_; }
  const std::vector<std::string>& files() const { return files_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

  // Verbs having `form` (upper case, words joined by spaces) as a surface form.
  std::vector<std::uint32_t> FindVerbs(std::string_view form) const;
  // What the dictionary knows of one word (upper case): its WordId and the
  // verbs with a surface form whose first word it is (all that FindVerbs can
  // return for the word alone or followed by other words), found with one
  // lookup (the coder asks both of every token's form and lemma).
  struct WordFacts {
    std::uint32_t id = kNoWord;
    std::span<const std::uint32_t> verbs_starting;
  };
  WordFacts FindWord(std::string_view word) const;
  // TABARI stem verbs (VerbEntry::stem) that `word` (upper case) starts with
  // and goes beyond, the longest stem's first.
  std::vector<std::uint32_t> FindStemVerbs(std::string_view word) const;
  // Whether some verb is a TABARI stem (VerbEntry::stem): a TABARI dictionary.
  bool has_stem_verbs() const { return has_stem_verbs_; }
  // Whether some pattern holds PETRARCH-2 phrase groups ("(..)" or "{..}"
  // noun phrases): a dictionary written for a coder that reads the parse,
  // voice included. PETRARCH-1 and TABARI patterns are plain words.
  bool has_phrase_patterns() const { return has_phrase_patterns_; }
  // The synset named `name` (with or without '&'), or null.
  const Synset* FindSynset(std::string_view name) const;
  // The id of a word or plural that some pattern requires, or kNoWord;
  // ids run from 0 to word_count() - 1.
  std::uint32_t WordId(const std::string& word) const;
  std::size_t word_count() const { return word_count_; }
  // The words patterns()[p] requires; none for a pattern with alternatives.
  std::span<const RequiredWord> RequiredWords(std::uint32_t p) const {
    return std::span<const RequiredWord>(required_words_).subspan(required_begin_[p],
                                                                  required_begin_[p + 1] - required_begin_[p]);
  }
  // A digest of the words patterns()[p] requires: the WordBit of each (a
  // word and its plural share theirs). A sentence whose words' bits miss one
  // of these lacks a required word: most patterns are dropped with one AND.
  std::uint64_t RequiredBits(std::uint32_t p) const { return required_bits_[p]; }
  std::uint64_t WordBit(std::uint32_t id) const { return std::uint64_t{1} << word_bit_[id]; }
  // "file:line" of a pattern, for evidence.
  std::string Where(const VerbPattern& pattern) const;

 private:
  friend class VerbDictionaryBuilder;
  std::vector<VerbBlock> blocks_;
  std::vector<VerbEntry> verbs_;
  std::vector<VerbPattern> patterns_;
  std::vector<Synset> synsets_;
  std::vector<VerbTransformation> transformations_;
  std::vector<std::string> files_;
  std::vector<std::string> warnings_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_form_;
  // Bytes in the longest form of a stem verb (0: none, as in every PETRARCH
  // dictionary): FindStemVerbs probes no longer prefix.
  std::size_t longest_stem_form_ = 0;
  std::unordered_map<std::string, std::uint32_t> by_synset_;
  // Pattern words (their ids) and first words of verb forms (their verbs),
  // in one table. Gathered by word in word_entries_ while building, then
  // frozen by IndexWords() into words_, found by the XXH3 hash of the word
  // in word_index_: the coder asks for every token's form and lemma, and a
  // flat probe costs less than std::unordered_map's modulo and node hops.
  // Words whose hashes collide take the next free key (FindWord walks on).
  struct WordEntry {
    std::string text;
    std::uint32_t id = kNoWord;
    std::vector<std::uint32_t> verbs_starting;
  };
  void IndexWords();
  std::unordered_map<std::string, WordEntry> word_entries_;
  std::vector<WordEntry> words_;
  syntax::HashIndex word_index_;
  std::size_t word_count_ = 0;
  std::vector<RequiredWord> required_words_;
  std::vector<std::uint32_t> required_begin_;  // per pattern into required_words_, and the end
  std::vector<std::uint64_t> required_bits_;   // per pattern
  std::vector<std::uint8_t> word_bit_;         // per word id, 0-63
  bool has_stem_verbs_ = false;
  bool has_phrase_patterns_ = false;
};

// Regular forms of a verb as PETRARCH derives them: -S (-ES after S, X, Z,
// CH, SH, O; -IES after consonant + Y), -ED (-D after E, -IED) and -ING (E
// dropped, IE -> YING). Doubling consonants is irregular: list such forms.
std::vector<std::string> DeriveRegularForms(std::string_view base);
// Regular plural of a noun: +S, Y -> IES after a consonant, +ES after S, X, Z, CH, SH.
std::string RegularPlural(std::string_view noun);

// Splits a pattern body (text between '-' and '[') into tokens. `tabari`
// enables '{ A | B }' alternatives. False with a reason when brackets do not
// balance, nest too deep, the pattern is too long or has no single '*'.
bool TokenizePattern(std::string_view body, bool tabari, const VerbDictionaryLimits& limits,
                     std::vector<PatternToken>* tokens, std::string* reason);

// Reads a pattern line ("- * (TO +) [042]") into the current verb block of
// `builder`; a malformed line becomes a warning naming the file (an index
// from AddFile) and line `n`.
class VerbDictionaryBuilder;
void AddPatternLine(std::string_view line, bool tabari, std::uint16_t file, std::uint32_t n,
                    VerbDictionaryBuilder& builder);

// Reads the lines that open a verb block ("--- NAME [code] ---") or a synset
// ("&NAME"), the same in both formats. False when `line` is neither. A bad
// header ends the current block and sets `*skipping_block`, so its pattern
// lines are skipped rather than filed under the block before it.
bool ReadBlockOrSynsetStart(std::string_view line, std::uint16_t file, std::uint32_t n,
                            VerbDictionaryBuilder& builder, bool* skipping_block);

// Reads a verb line of a block: "VERB", "VERB {FORMS} [code]", "+CALL_OFF
// {+CALLS_OFF ..}", TABARI "BAN= [191]", "ACT_ [100]", "APPRECIATE POSITION
// [042]" (comments already removed). Words joined by '_' or a blank form one
// multiword verb; '+' marks its inflected word (else the first). Without
// {..} the regular forms are derived, except after a trailing '_' or '='
// (TABARI: no regular endings). `tabari_stems` sets VerbEntry::stem for
// such words. False with a reason when the line cannot be read.
bool ParseVerbLine(std::string_view line, bool tabari_stems, const VerbDictionaryLimits& limits, VerbEntry* verb,
                   std::string* reason);

// `line` without its comment ('#' or ';' to the end of the line, except
// inside "[...]" where "[###]" is a code) and surrounding blanks; an XML
// comment line "<!-- .. -->" (PETRARCH validation dictionaries) is empty.
std::string_view StripDictionaryComment(std::string_view line);

// Reads a block header "---  NAME   [code]  ---" (comment removed).
bool ParseVerbBlockHeader(std::string_view line, std::string* name, VerbCode* code, std::string* reason);

// Iterates the lines of a dictionary file: calls `fn(line_number, line)`
// with the carriage return removed; a line over the limit is reported.
template <typename Fn>
void ForEachDictionaryLine(std::string_view text, Fn&& fn) {
  std::size_t pos = 0;
  std::uint32_t number = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(number, line);
  }
}

// Accumulates readers' output across files and freezes it.
class VerbDictionaryBuilder {
 public:
  explicit VerbDictionaryBuilder(VerbDictionaryLimits limits = {}) : limits_(limits) {}

  const VerbDictionaryLimits& limits() const { return limits_; }

  // Registers a file; returns its index for the other calls.
  std::uint16_t AddFile(const std::string& path);
  void Warn(std::uint16_t file, std::uint32_t line, std::string_view reason);

  // Starts a synset; a repeated name is reported and its later members are
  // appended to the first definition.
  void StartSynset(std::string_view name, std::uint16_t file, std::uint32_t line);
  // Adds a member phrase ("WORD_WORD", "&OTHER_WORD") to the current synset.
  void AddSynsetMember(std::string_view member, std::uint16_t file, std::uint32_t line);
  bool InSynset() const { return current_synset_ >= 0; }
  void EndSynset() { current_synset_ = -1; }

  // Starts a verb block; returns its index.
  std::uint32_t StartBlock(std::string_view name, const VerbCode& default_code, std::uint16_t file,
                           std::uint32_t line);
  bool InBlock() const { return current_block_ >= 0; }
  void EndBlock() { current_block_ = -1; }
  // Adds a verb with its surface forms to the current block.
  void AddVerb(VerbEntry verb);
  // Adds the last verb more forms (a TABARI "{ FORM FORM }" line under it).
  bool AddFormsToLastVerb(const std::vector<std::string>& forms);
  // Adds a pattern to the current block.
  void AddPattern(VerbPattern pattern);
  void AddTransformation(VerbTransformation transformation);

  // Resolves synset references (an undefined one drops its pattern with a
  // warning) and indexes the verb forms.
  VerbDictionary Finish() &&;

 private:
  // Fills the dictionary's word ids and RequiredWords from its patterns.
  static void IndexRequiredWords(VerbDictionary& d);

  VerbDictionaryLimits limits_;
  VerbDictionary dict_;
  int current_synset_ = -1;
  int current_block_ = -1;
  bool current_synset_no_plural_ = false;
};

// Iterates the lines of a verb file that carry content, as both formats
// read them: a line over the limit is reported and skipped, comments are
// removed, blank lines skipped; calls `fn(line_number, line)`.
template <typename Fn>
void ForEachVerbFileLine(std::string_view text, std::uint16_t file, VerbDictionaryBuilder& builder, Fn&& fn) {
  const std::size_t max_bytes = builder.limits().max_line_bytes;
  ForEachDictionaryLine(text, [&](std::uint32_t n, std::string_view raw) {
    if (raw.size() > max_bytes)
      return builder.Warn(file, n, "line longer than " + std::to_string(max_bytes) + " bytes");
    const std::string_view line = StripDictionaryComment(raw);
    if (!line.empty()) fn(n, line);
  });
}

// A reader of one dictionary format: parses `text` (the contents of `path`,
// named in warnings) into `builder`.
using VerbFormatParser = void (*)(std::string_view text, const std::string& path, VerbDictionaryBuilder& builder);

// Reads `paths` in order into one dictionary, each file with the reader of
// its format: PETRARCH-2 when it holds a "---" verb block header, else
// PETRARCH-1/TABARI. An unreadable file is an error.
Result<VerbDictionary> LoadVerbDictionaryFiles(const std::vector<std::string>& paths,
                                               const VerbDictionaryLimits& limits = {});

// Reads `paths` in order with `parse` into one dictionary; an unreadable file
// is an error, a malformed line only a warning.
Result<VerbDictionary> LoadVerbFiles(const std::vector<std::string>& paths, const VerbDictionaryLimits& limits,
                                     VerbFormatParser parse);

}  // namespace tidings
