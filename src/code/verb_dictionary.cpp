#include "code/verb_dictionary.h"

#include <algorithm>

#include <fmt/format.h>

#include "code/verb_dictionary_petrarch2.h"
#include "code/verb_dictionary_tabari.h"
#include "ingest/gzip.h"
#include "syntax/features.h"

namespace tidings {
namespace {

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsCodeChar(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '!' || c == '?' ||
         c == '+';
}

// "&AUXVERB1_" -> "AUXVERB1": names compare without '&' and trailing '_'.
std::string SynsetKey(std::string_view name) {
  if (!name.empty() && name.front() == '&') name.remove_prefix(1);
  while (!name.empty() && name.back() == '_') name.remove_suffix(1);
  return std::string(name);
}

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "DIDN'T" -> "DID N'T", "CAN'T" -> "CA N'T", "ARNOR'S" -> "ARNOR 'S": a
// dictionary word with a clitic, split the way the tokenizer splits text.
std::string SplitClitic(std::string_view word) {
  for (std::string_view clitic : {"N'T", "'S", "'RE", "'VE", "'LL", "'D", "'M"})
    if (word.size() > clitic.size() && word.ends_with(clitic))
      return std::string(word.substr(0, word.size() - clitic.size())) + " " + std::string(clitic);
  return std::string(word);
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '_')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t' && s[j] != '_') ++j;
    if (j > i) words.push_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

}  // namespace

bool ParseVerbCode(std::string_view inside, VerbCode* code, std::string* reason) {
  *code = VerbCode();
  while (!inside.empty() && (inside.front() == ' ' || inside.front() == '\t')) inside.remove_prefix(1);
  while (!inside.empty() && (inside.back() == ' ' || inside.back() == '\t')) inside.remove_suffix(1);
  if (inside == "---") return true;
  // "[+++]" is TABARI's mark of a sentence too complex to code: like a
  // discard, it leaves the sentence without events.
  if (inside == "###" || inside == "+++") {
    code->discard = true;
    code->complex = inside == "+++";
    return true;
  }
  const std::size_t colon = inside.find(':');
  std::string_view parts[2] = {inside, {}};
  if (colon != std::string_view::npos) {
    code->paired = true;
    parts[0] = inside.substr(0, colon);
    parts[1] = inside.substr(colon + 1);
    if (parts[1].find(':') != std::string_view::npos) {
      *reason = fmt::format("code '{}' has more than one ':'", inside);
      return false;
    }
  }
  std::string* out[2] = {&code->forward, &code->reverse};
  for (int i = 0; i < 2; ++i) {
    if (parts[i].empty() || parts[i] == "---") continue;
    if (!std::all_of(parts[i].begin(), parts[i].end(), IsCodeChar)) {
      *reason = fmt::format("bad event code '{}'", inside);
      return false;
    }
    *out[i] = std::string(parts[i]);
    if (out[i]->size() > 1 && out[i]->back() == '?') {
      out[i]->pop_back();
      code->subordinate = true;
    }
  }
  if (inside.empty() || (code->paired && code->forward.empty() && code->reverse.empty() &&
                         parts[0] != "---" && parts[1] != "---")) {
    *reason = fmt::format("empty event code '[{}]'", inside);
    return false;
  }
  return true;
}

std::string RegularPlural(std::string_view noun) {
  std::string s(noun);
  if (s.empty()) return s;
  const char last = s.back();
  if (last == 'Y' && s.size() > 1 && !IsVowel(s[s.size() - 2])) return s.substr(0, s.size() - 1) + "IES";
  if (last == 'S' || last == 'X' || last == 'Z' || EndsWith(s, "CH") || EndsWith(s, "SH")) return s + "ES";
  return s + "S";
}

std::vector<std::string> DeriveRegularForms(std::string_view base_view) {
  const std::string base(base_view);
  if (base.empty()) return {};
  const char last = base.back();
  const bool consonant_y = last == 'Y' && base.size() > 1 && !IsVowel(base[base.size() - 2]);
  const std::string without_last = base.substr(0, base.size() - 1);
  std::string s, ed, ing;
  if (consonant_y) s = without_last + "IES";
  else if (last == 'S' || last == 'X' || last == 'Z' || last == 'O' || EndsWith(base, "CH") || EndsWith(base, "SH"))
    s = base + "ES";
  else s = base + "S";
  if (last == 'E') ed = base + "D";
  else if (consonant_y) ed = without_last + "IED";
  else ed = base + "ED";
  if (EndsWith(base, "IE")) ing = base.substr(0, base.size() - 2) + "YING";
  else if (last == 'E' && !EndsWith(base, "EE") && base.size() > 2) ing = without_last + "ING";
  else ing = base + "ING";
  return {s, ed, ing};
}

bool TokenizePattern(std::string_view body, bool tabari, const VerbDictionaryLimits& limits,
                     std::vector<PatternToken>* tokens, std::string* reason) {
  tokens->clear();
  auto push = [&](PatternTokenKind kind, std::string text) {
    PatternToken token;
    token.kind = kind;
    token.text = std::move(text);
    tokens->push_back(std::move(token));
  };
  std::size_t i = 0;
  while (i < body.size()) {
    const char c = body[i];
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    if (c == '(' || c == ')' || c == '{' || c == '}' || c == '|') {
      push(c == '(' ? PatternTokenKind::kPhraseOpen
           : c == ')' ? PatternTokenKind::kPhraseClose
           : c == '{' ? PatternTokenKind::kNounOpen
           : c == '}' ? PatternTokenKind::kNounClose
                      : PatternTokenKind::kAltBar,
           std::string(1, c));
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < body.size() && body[j] != ' ' && body[j] != '\t' && body[j] != '(' && body[j] != ')' &&
           body[j] != '{' && body[j] != '}' && body[j] != '|')
      ++j;
    const std::string_view chunk = body.substr(i, j - i);
    i = j;
    // Pieces between '_': an empty piece after a word marks it exact; one
    // at the start glues the previous token to this chunk.
    std::size_t start = 0;
    bool first = true;
    while (start <= chunk.size()) {
      const std::size_t us = chunk.find('_', start);
      const std::string_view piece = chunk.substr(start, us == std::string_view::npos ? std::string_view::npos : us - start);
      if (piece.empty()) {
        if (first && !tokens->empty()) tokens->back().glued = true;
        else if (!first && !tokens->empty()) tokens->back().exact = true;
      } else {
        if (!first && !tokens->empty()) tokens->back().glued = true;
        if (piece == "*") push(PatternTokenKind::kVerb, "*");
        else if (piece == "$") push(PatternTokenKind::kSource, "$");
        else if (piece == "+") push(PatternTokenKind::kTarget, "+");
        else if (piece == "%") push(PatternTokenKind::kCompound, "%");
        else if (piece == "^") push(PatternTokenKind::kSkip, "^");
        else if (piece.front() == '&') {
          if (piece.size() == 1) {
            *reason = "'&' without a synset name";
            return false;
          }
          // The name runs over the following '_' pieces up to a marker
          // ("&HUMANITARIAN_AID", "&DETENTION_*"); Finish() splits off
          // glued words when no synset has the full name.
          std::size_t name_end = us;
          while (name_end != std::string_view::npos) {
            const std::size_t next = chunk.find('_', name_end + 1);
            const std::string_view after =
                chunk.substr(name_end + 1, next == std::string_view::npos ? std::string_view::npos : next - name_end - 1);
            if (after == "*" || after == "$" || after == "+" || after == "%" || after == "^") break;
            name_end = next;
          }
          push(PatternTokenKind::kSynset,
               std::string(chunk.substr(start + 1, name_end == std::string_view::npos ? std::string_view::npos
                                                                                      : name_end - start - 1)));
          if (name_end == std::string_view::npos) break;
          first = false;
          start = name_end + 1;
          tokens->back().glued = true;
          continue;
        } else {
          for (char ch : piece) {
            if (static_cast<unsigned char>(ch) < 0x21 || ch == '[' || ch == ']' || ch == '$' || ch == '*') {
              *reason = fmt::format("bad character in pattern word '{}'", piece);
              return false;
            }
          }
          push(PatternTokenKind::kWord, std::string(piece));
        }
      }
      first = false;
      if (us == std::string_view::npos) break;
      start = us + 1;
    }
    // A '_' that ends a chunk right before a bracket ("APPLY_{ A | B }") also glues the word to
    // what the bracket opens; it stays exact.
    if (chunk.ends_with('_') && i < body.size() && body[i] == '{' && !tokens->empty()) tokens->back().glued = true;
    if (tokens->size() > limits.max_pattern_tokens) {
      *reason = fmt::format("pattern longer than {} tokens", limits.max_pattern_tokens);
      return false;
    }
  }
  // Bracket balance, nesting depth, and '{..}' as noun phrase or alternatives.
  std::vector<std::size_t> open;
  std::vector<bool> has_bar;
  int verbs = 0;
  for (std::size_t k = 0; k < tokens->size(); ++k) {
    PatternToken& t = (*tokens)[k];
    switch (t.kind) {
      case PatternTokenKind::kPhraseOpen:
      case PatternTokenKind::kNounOpen:
        open.push_back(k);
        has_bar.push_back(false);
        if (open.size() > limits.max_group_depth) {
          *reason = fmt::format("brackets nested deeper than {}", limits.max_group_depth);
          return false;
        }
        break;
      case PatternTokenKind::kAltBar:
        if (!tabari || open.empty() || (*tokens)[open.back()].kind != PatternTokenKind::kNounOpen) {
          *reason = "'|' outside '{ .. }' alternatives";
          return false;
        }
        has_bar.back() = true;
        break;
      case PatternTokenKind::kPhraseClose:
      case PatternTokenKind::kNounClose: {
        const PatternTokenKind want =
            t.kind == PatternTokenKind::kPhraseClose ? PatternTokenKind::kPhraseOpen : PatternTokenKind::kNounOpen;
        if (open.empty() || (*tokens)[open.back()].kind != want) {
          *reason = fmt::format("unbalanced '{}'", t.text);
          return false;
        }
        if (has_bar.back()) {
          (*tokens)[open.back()].kind = PatternTokenKind::kAltOpen;
          t.kind = PatternTokenKind::kAltClose;
        }
        open.pop_back();
        has_bar.pop_back();
        break;
      }
      case PatternTokenKind::kVerb:
        ++verbs;
        break;
      default:
        break;
    }
  }
  if (!open.empty()) {
    *reason = fmt::format("unbalanced '{}'", (*tokens)[open.back()].text);
    return false;
  }
  if (verbs != 1) {
    *reason = verbs == 0 ? "pattern has no '*'" : "pattern has more than one '*'";
    return false;
  }
  return true;
}

std::vector<std::uint32_t> VerbDictionary::FindVerbs(std::string_view form) const {
  auto it = by_form_.find(std::string(form));
  return it == by_form_.end() ? std::vector<std::uint32_t>() : it->second;
}

VerbDictionary::WordFacts VerbDictionary::FindWord(std::string_view word) const {
  for (std::uint64_t key = syntax::HashText(word);; ++key) {
    const std::uint32_t* at = word_index_.Find(key);
    if (at == nullptr) return {};
    const WordEntry& entry = words_[*at];
    if (entry.text == word) return {entry.id, entry.verbs_starting};
  }
}

void VerbDictionary::IndexWords() {
  for (auto& [text, entry] : word_entries_) {
    entry.text = text;
    std::uint64_t key = syntax::HashText(text);
    while (word_index_.Find(key) != nullptr) ++key;
    word_index_.Insert(key, static_cast<std::uint32_t>(words_.size()));
    words_.push_back(std::move(entry));
  }
  word_entries_.clear();
}

std::vector<std::uint32_t> VerbDictionary::FindStemVerbs(std::string_view word) const {
  std::vector<std::uint32_t> out;
  // Longest stem first: "RESTORED" finds RESTOR before any shorter stem.
  for (std::size_t n = std::min(word.size(), longest_stem_form_ + 1); n-- > 1 && out.empty();) {
    auto it = by_form_.find(std::string(word.substr(0, n)));
    if (it == by_form_.end()) continue;
    for (std::uint32_t v : it->second)
      if (verbs_[v].stem) out.push_back(v);
  }
  return out;
}

std::uint32_t VerbDictionary::WordId(const std::string& word) const { return FindWord(word).id; }

const Synset* VerbDictionary::FindSynset(std::string_view name) const {
  auto it = by_synset_.find(SynsetKey(name));
  return it == by_synset_.end() ? nullptr : &synsets_[it->second];
}

std::string VerbDictionary::Where(const VerbPattern& pattern) const {
  return fmt::format("{}:{}", pattern.file < files_.size() ? files_[pattern.file] : "?", pattern.line);
}

std::uint16_t VerbDictionaryBuilder::AddFile(const std::string& path) {
  dict_.files_.push_back(path);
  current_block_ = -1;
  current_synset_ = -1;
  return static_cast<std::uint16_t>(dict_.files_.size() - 1);
}

void VerbDictionaryBuilder::Warn(std::uint16_t file, std::uint32_t line, std::string_view reason) {
  dict_.warnings_.push_back(fmt::format("{}:{}: {}", dict_.files_[file], line, reason));
}

void VerbDictionaryBuilder::StartSynset(std::string_view name, std::uint16_t file, std::uint32_t line) {
  current_block_ = -1;
  std::string key = SynsetKey(name);
  current_synset_no_plural_ = !name.empty() && name.back() == '_';
  if (key.empty()) {
    Warn(file, line, "synset without a name");
    current_synset_ = -1;
    return;
  }
  auto it = dict_.by_synset_.find(key);
  if (it != dict_.by_synset_.end()) {
    Warn(file, line, fmt::format("synset &{} defined again; members appended", key));
    current_synset_ = static_cast<int>(it->second);
    return;
  }
  Synset synset;
  synset.name = std::string(name.front() == '&' ? name.substr(1) : name);
  synset.file = file;
  synset.line = line;
  dict_.by_synset_.emplace(key, static_cast<std::uint32_t>(dict_.synsets_.size()));
  current_synset_ = static_cast<int>(dict_.synsets_.size());
  dict_.synsets_.push_back(std::move(synset));
}

void VerbDictionaryBuilder::AddSynsetMember(std::string_view member, std::uint16_t file, std::uint32_t line) {
  if (current_synset_ < 0) return Warn(file, line, "synset member outside a synset");
  const bool no_plural = current_synset_no_plural_ || (!member.empty() && member.back() == '_');
  // Expand nested "&NAME" words into every member of that (earlier) synset.
  std::vector<std::string> phrases = {""};
  for (std::string_view word : SplitWords(member)) {
    std::vector<std::string> options;
    if (word.front() == '&') {
      auto it = dict_.by_synset_.find(SynsetKey(word));
      if (it == dict_.by_synset_.end() || static_cast<int>(it->second) == current_synset_)
        return Warn(file, line, fmt::format("synset member refers to undefined synset {}", word));
      options = dict_.synsets_[it->second].members;
    } else {
      options.push_back(SplitClitic(word));
    }
    std::vector<std::string> next;
    for (const std::string& p : phrases)
      for (const std::string& o : options) next.push_back(p.empty() ? o : p + " " + o);
    phrases = std::move(next);
    if (phrases.size() > limits_.max_synset_members)
      return Warn(file, line, fmt::format("synset member expands to more than {} phrases", limits_.max_synset_members));
  }
  if (phrases.size() == 1 && phrases[0].empty()) return Warn(file, line, "empty synset member");
  Synset& synset = dict_.synsets_[current_synset_];
  for (std::string& phrase : phrases) {
    if (synset.members.size() + 2 > limits_.max_synset_members)
      return Warn(file, line, fmt::format("synset has more than {} members", limits_.max_synset_members));
    if (!no_plural) {
      const std::size_t space = phrase.rfind(' ');
      const std::string head = phrase.substr(space == std::string::npos ? 0 : space + 1);
      const std::string plural = phrase.substr(0, phrase.size() - head.size()) + RegularPlural(head);
      synset.members.push_back(std::move(phrase));
      if (std::find(synset.members.begin(), synset.members.end(), plural) == synset.members.end())
        synset.members.push_back(plural);
    } else {
      synset.members.push_back(std::move(phrase));
    }
  }
}

std::uint32_t VerbDictionaryBuilder::StartBlock(std::string_view name, const VerbCode& default_code,
                                                std::uint16_t file, std::uint32_t line) {
  current_synset_ = -1;
  VerbBlock block;
  block.name = std::string(name);
  block.default_code = default_code;
  block.file = file;
  block.line = line;
  current_block_ = static_cast<int>(dict_.blocks_.size());
  dict_.blocks_.push_back(std::move(block));
  return static_cast<std::uint32_t>(current_block_);
}

void VerbDictionaryBuilder::AddVerb(VerbEntry verb) {
  if (current_block_ < 0) return Warn(verb.file, verb.line, "verb outside a verb block");
  verb.block = static_cast<std::uint32_t>(current_block_);
  dict_.blocks_[current_block_].verbs.push_back(static_cast<std::uint32_t>(dict_.verbs_.size()));
  dict_.has_stem_verbs_ |= verb.stem;
  dict_.verbs_.push_back(std::move(verb));
}

bool VerbDictionaryBuilder::AddFormsToLastVerb(const std::vector<std::string>& forms) {
  if (current_block_ < 0 || dict_.blocks_[current_block_].verbs.empty()) return false;
  VerbEntry& verb = dict_.verbs_[dict_.blocks_[current_block_].verbs.back()];
  for (const std::string& form : forms)
    if (verb.forms.size() < limits_.max_forms_per_verb) verb.forms.push_back(form);
  return true;
}

void VerbDictionaryBuilder::AddPattern(VerbPattern pattern) {
  if (current_block_ < 0) return Warn(pattern.file, pattern.line, "pattern outside a verb block");
  pattern.block = static_cast<std::uint32_t>(current_block_);
  dict_.has_phrase_patterns_ |= std::any_of(pattern.tokens.begin(), pattern.tokens.end(), [](const PatternToken& t) {
    return t.kind == PatternTokenKind::kPhraseOpen || t.kind == PatternTokenKind::kNounOpen;
  });
  dict_.blocks_[current_block_].patterns.push_back(static_cast<std::uint32_t>(dict_.patterns_.size()));
  dict_.patterns_.push_back(std::move(pattern));
}

void VerbDictionaryBuilder::AddTransformation(VerbTransformation transformation) {
  dict_.transformations_.push_back(std::move(transformation));
}

void VerbDictionaryBuilder::IndexRequiredWords(VerbDictionary& d) {
  auto id_of = [&](const std::string& word) {
    std::uint32_t& id = d.word_entries_[word].id;
    if (id == kNoWord) id = static_cast<std::uint32_t>(d.word_count_++);
    return id;
  };
  // A word's bit is its id's remainder; its plural takes the same one unless it already has its
  // own (a word of its own, or another word's plural): such a requirement then sets no bit.
  constexpr std::uint8_t kUnset = 0xFF;
  auto bit_of = [&](std::uint32_t id) -> std::uint8_t& {
    if (d.word_bit_.size() <= id) d.word_bit_.resize(id + 1, kUnset);
    return d.word_bit_[id];
  };
  d.required_begin_.assign(1, 0);
  for (const VerbPattern& pattern : d.patterns_) {
    const bool alternatives = std::any_of(pattern.tokens.begin(), pattern.tokens.end(),
                                          [](const PatternToken& t) { return t.kind == PatternTokenKind::kAltOpen; });
    std::uint64_t bits = 0;
    if (!alternatives)
      for (const PatternToken& t : pattern.tokens) {
        if (t.kind != PatternTokenKind::kWord) continue;
        const std::uint32_t word = id_of(t.text), plural = t.exact ? kNoWord : id_of(t.plural);
        d.required_words_.push_back({word, plural});
        if (bit_of(word) == kUnset) bit_of(word) = static_cast<std::uint8_t>(word % 64);
        const std::uint8_t bit = bit_of(word);
        if (plural != kNoWord && bit_of(plural) == kUnset) bit_of(plural) = bit;
        if (plural == kNoWord || bit_of(plural) == bit) bits |= std::uint64_t{1} << bit;
      }
    d.required_begin_.push_back(static_cast<std::uint32_t>(d.required_words_.size()));
    d.required_bits_.push_back(bits);
  }
  d.word_bit_.resize(d.word_count_, 0);
}

VerbDictionary VerbDictionaryBuilder::Finish() && {
  VerbDictionary& d = dict_;
  // Resolve synset references; drop patterns that name an unknown set.
  std::vector<std::uint32_t> remap(d.patterns_.size(), UINT32_MAX);
  std::vector<VerbPattern> kept;
  kept.reserve(d.patterns_.size());
  for (std::size_t p = 0; p < d.patterns_.size(); ++p) {
    VerbPattern& pattern = d.patterns_[p];
    bool ok = true;
    std::vector<PatternToken> resolved;
    for (PatternToken& token : pattern.tokens) {
      if (token.kind != PatternTokenKind::kSynset) {
        resolved.push_back(std::move(token));
        continue;
      }
      // The longest '_'-prefix that names a synset: "&TIETYPES_MEMOS" is
      // &TIETYPES glued to MEMOS unless a synset TIETYPES_MEMOS exists.
      std::string name = token.text;
      std::size_t cut = name.size();
      auto it = d.by_synset_.find(SynsetKey(name));
      while (it == d.by_synset_.end()) {
        cut = name.rfind('_', cut - 1);
        if (cut == std::string::npos || cut == 0) break;
        it = d.by_synset_.find(SynsetKey(name.substr(0, cut)));
      }
      if (it == d.by_synset_.end()) {
        Warn(pattern.file, pattern.line, fmt::format("undefined synset &{}", token.text));
        ok = false;
        break;
      }
      PatternToken head = token;
      head.synset = it->second;
      head.text = d.synsets_[it->second].name;
      resolved.push_back(head);
      if (cut < name.size()) {
        std::vector<std::string_view> rest = SplitWords(std::string_view(name).substr(cut));
        if (!rest.empty()) resolved.back().glued = true;
        for (std::size_t w = 0; w < rest.size(); ++w) {
          PatternToken word;
          word.text = std::string(rest[w]);
          word.glued = w + 1 < rest.size() || token.glued;
          resolved.push_back(std::move(word));
        }
        if (name.back() == '_' && !rest.empty()) resolved.back().exact = true;
      }
    }
    pattern.tokens = std::move(resolved);
    if (!ok) continue;
    for (PatternToken& token : pattern.tokens)
      if (token.kind == PatternTokenKind::kWord && !token.exact) token.plural = RegularPlural(token.text);
    remap[p] = static_cast<std::uint32_t>(kept.size());
    kept.push_back(std::move(pattern));
  }
  d.patterns_ = std::move(kept);
  IndexRequiredWords(d);
  for (VerbBlock& block : d.blocks_) {
    std::vector<std::uint32_t> patterns;
    for (std::uint32_t p : block.patterns)
      if (remap[p] != UINT32_MAX) patterns.push_back(remap[p]);
    block.patterns = std::move(patterns);
  }
  for (std::uint32_t v = 0; v < d.verbs_.size(); ++v) {
    for (const std::string& form : d.verbs_[v].forms) {
      std::vector<std::uint32_t>& list = d.by_form_[form];
      if (list.empty() || list.back() != v) list.push_back(v);
      std::vector<std::uint32_t>& starting = d.word_entries_[form.substr(0, form.find(' '))].verbs_starting;
      if (starting.empty() || starting.back() != v) starting.push_back(v);
      if (d.verbs_[v].stem) d.longest_stem_form_ = std::max(d.longest_stem_form_, form.size());
    }
  }
  d.IndexWords();
  return std::move(dict_);
}

}  // namespace tidings

namespace tidings {

// "---  NAME   [code]  ---" -> name and code; false with a reason.
std::string_view StripDictionaryComment(std::string_view line) {
  line = TrimBlanks(line);
  if (line.starts_with("<!--")) return {};
  int depth = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '[') ++depth;
    else if (line[i] == ']' && depth > 0) --depth;
    else if (line[i] == '#' && depth == 0 && line.substr(i, 3) == "###" && i > 0 &&
             (line[i - 1] == ' ' || line[i - 1] == '\t') &&
             (i + 3 == line.size() || line[i + 3] == ' ' || line[i + 3] == '\t'))
      i += 2;  // a bare "###" discard code ("--- DEFEND  ###")
    else if ((line[i] == '#' || line[i] == ';') && depth == 0) return TrimBlanks(line.substr(0, i));
  }
  return line;
}

bool ParseVerbBlockHeader(std::string_view line, std::string* name, VerbCode* code, std::string* reason) {
  // Dashes and blanks around the header; "[110]---  ---" occurs in real files.
  while (!line.empty() && (line.front() == '-' || line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == '-' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  // PETRARCH-1 writes a discarding block without brackets: "--- DEFEND  ###".
  if (line.ends_with("###") && line.find('[') == std::string_view::npos) {
    *name = std::string(TrimBlanks(line.substr(0, line.size() - 3)));
    *code = VerbCode();
    code->discard = true;
    if (name->empty() || name->find_first_of(" \t") != std::string::npos) {
      *reason = "block header needs one verb name";
      return false;
    }
    return true;
  }
  const std::size_t open = line.find('[');
  const std::size_t close = line.find(']', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos) {
    *reason = "block header without [code]";
    return false;
  }
  // The PETRARCH validation file has "--- DELAY [120]  [031:031] ---" (the first code is the
  // block's; later groups must at least be codes) and "--- LASH OUT [122] ---" (a phrasal verb).
  for (std::string_view rest = TrimBlanks(line.substr(close + 1)); !rest.empty();) {
    const std::size_t end = rest.find(']');
    VerbCode ignored;
    if (rest.front() != '[' || end == std::string_view::npos ||
        !ParseVerbCode(rest.substr(1, end - 1), &ignored, reason)) {
      if (reason->empty()) *reason = "text after the block header's [code]";
      return false;
    }
    rest = TrimBlanks(rest.substr(end + 1));
  }
  name->clear();
  for (std::string_view word : SplitWords(line.substr(0, open))) *name += (name->empty() ? "" : " ") + std::string(word);
  if (name->empty()) {
    *reason = "block header needs a verb name";
    return false;
  }
  return ParseVerbCode(line.substr(open + 1, close - open - 1), code, reason);
}

bool ParseVerbLine(std::string_view line, bool tabari_stems, const VerbDictionaryLimits& limits, VerbEntry* verb,
                   std::string* reason) {
  const auto trim = TrimBlanks;
  line = trim(line);
  if (!line.empty() && line.back() == ']') {
    const std::size_t open = line.rfind('[');
    if (open == std::string_view::npos) {
      *reason = "']' without '['";
      return false;
    }
    if (!ParseVerbCode(line.substr(open + 1, line.size() - open - 2), &verb->code, reason)) return false;
    verb->has_code = true;
    line = trim(line.substr(0, open));
  }
  std::vector<std::string> listed;
  bool has_braces = false;
  const std::size_t brace = line.find('{');
  if (brace != std::string_view::npos) {
    const std::size_t close = line.find('}', brace);
    if (close == std::string_view::npos || trim(line.substr(close + 1)).size() > 0) {
      *reason = "unbalanced '{' in verb forms";
      return false;
    }
    has_braces = true;
    // Forms are separated by blanks; '_' joins the words of one form.
    std::string_view inside = line.substr(brace + 1, close - brace - 1);
    std::size_t i = 0;
    while (i < inside.size()) {
      while (i < inside.size() && (inside[i] == ' ' || inside[i] == '\t')) ++i;
      std::size_t j = i;
      while (j < inside.size() && inside[j] != ' ' && inside[j] != '\t') ++j;
      if (j > i) {
        std::string form;
        for (std::string_view w : SplitWords(inside.substr(i, j - i))) {
          while (!w.empty() && (w.front() == '+')) w.remove_prefix(1);
          while (!w.empty() && (w.back() == '=')) w.remove_suffix(1);
          if (w.empty()) continue;
          if (!form.empty()) form += ' ';
          form += w;
        }
        if (!form.empty()) listed.push_back(std::move(form));
      }
      i = j;
    }
    if (listed.size() > limits.max_forms_per_verb) {
      *reason = fmt::format("more than {} verb forms", limits.max_forms_per_verb);
      return false;
    }
    line = trim(line.substr(0, brace));
  }
  if (line.empty()) {
    *reason = "verb line without a verb";
    return false;
  }
  for (char c : line) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '-' || c == '.' ||
                    c == '_' || c == '+' || c == '=' || c == ' ' || c == '\t' || c == '~';
    if (!ok) {
      *reason = fmt::format("bad character '{}' in verb '{}'", c, line);
      return false;
    }
  }
  const bool exact = line.back() == '_';
  const bool no_endings = line.back() == '=';
  std::vector<std::string> words;
  std::size_t inflected = 0;
  for (std::string_view w : SplitWords(line)) {
    bool marked = false;
    while (!w.empty() && w.front() == '+') {
      w.remove_prefix(1);
      marked = true;
    }
    while (!w.empty() && w.back() == '=') w.remove_suffix(1);
    if (w.empty()) continue;
    if (marked) inflected = words.size();
    words.emplace_back(w);
  }
  if (words.empty()) {
    *reason = "verb line without a verb";
    return false;
  }
  auto join = [&](std::size_t at, const std::string& replacement) {
    std::string out;
    for (std::size_t k = 0; k < words.size(); ++k) {
      if (k) out += ' ';
      out += k == at ? replacement : words[k];
    }
    return out;
  };
  verb->base = join(words.size(), "");
  verb->forms = {verb->base};
  if (has_braces) {
    for (std::string& form : listed)
      if (form != verb->base) verb->forms.push_back(std::move(form));
  } else if (!exact && !no_endings) {
    for (const std::string& inflection : DeriveRegularForms(words[inflected]))
      verb->forms.push_back(join(inflected, inflection));
  }
  verb->stem = tabari_stems && !exact && !no_endings;
  return true;
}

Result<VerbDictionary> LoadVerbFiles(const std::vector<std::string>& paths, const VerbDictionaryLimits& limits,
                                     VerbFormatParser parse) {
  // Real dictionaries are a few MB; this only guards against a wrong file.
  constexpr std::uint64_t kMaxDictionaryBytes = 64 << 20;
  VerbDictionaryBuilder builder(limits);
  for (const std::string& path : paths) {
    Result<std::string> text = ReadFile(path, kMaxDictionaryBytes);
    if (!text.ok()) return text.status();
    parse(*text, path, builder);
  }
  return std::move(builder).Finish();
}

Result<VerbDictionary> LoadVerbDictionaryFiles(const std::vector<std::string>& paths,
                                               const VerbDictionaryLimits& limits) {
  constexpr std::uint64_t kMaxDictionaryBytes = 64 << 20;
  VerbDictionaryBuilder builder(limits);
  for (const std::string& path : paths) {
    Result<std::string> text = ReadFile(path, kMaxDictionaryBytes);
    if (!text.ok()) return text.status();
    bool blocks = false;
    ForEachDictionaryLine(*text, [&](std::uint32_t, std::string_view line) { blocks |= line.starts_with("---"); });
    (blocks ? ParsePetrarch2Verbs : ParseTabariVerbs)(*text, path, builder);
  }
  return std::move(builder).Finish();
}

bool ReadBlockOrSynsetStart(std::string_view line, std::uint16_t file, std::uint32_t n,
                            VerbDictionaryBuilder& builder, bool* skipping_block) {
  if (line.starts_with("---")) {
    std::string name, reason;
    VerbCode code;
    if (!ParseVerbBlockHeader(line, &name, &code, &reason)) {
      builder.EndBlock();
      *skipping_block = true;
      builder.Warn(file, n, reason + "; block skipped");
      return true;
    }
    *skipping_block = false;
    builder.StartBlock(name, code, file, n);
    return true;
  }
  if (line.front() == '&') {
    *skipping_block = false;
    if (line.find_first_of(" \t") != std::string_view::npos)
      builder.Warn(file, n, "bad synset name");
    else
      builder.StartSynset(line, file, n);
    return true;
  }
  return false;
}

void AddPatternLine(std::string_view line, bool tabari, std::uint16_t file, std::uint32_t n,
                    VerbDictionaryBuilder& builder) {
  const std::size_t open = line.rfind('[');
  if (line.back() != ']' || open == std::string_view::npos) return builder.Warn(file, n, "pattern without [code]");
  VerbPattern pattern;
  pattern.file = file;
  pattern.line = n;
  std::string reason;
  if (!ParseVerbCode(line.substr(open + 1, line.size() - open - 2), &pattern.code, &reason))
    return builder.Warn(file, n, reason);
  if (!TokenizePattern(line.substr(1, open - 1), tabari, builder.limits(), &pattern.tokens, &reason))
    return builder.Warn(file, n, reason);
  builder.AddPattern(std::move(pattern));  // warns when no verb block is open
}

}  // namespace tidings
