// CoNLL-U treebank reader: the Universal Dependencies file format, one word a
// line (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), sentences
// separated by blank lines, comments after '#'.
//
// Only syntactic words are kept: multiword-token ranges ("3-4") and empty
// nodes ("8.1") are skipped, as the basic tree is defined over words. Heads
// are 0-based word indices, -1 for the root. A malformed line is an error
// naming the file and line. Plain values; no shared state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tidings/status.h"

namespace tidings::syntax {

struct TreebankSentence {
  std::vector<std::string> words, lemmas, upos, xpos, deprels;
  std::vector<int> heads;  // 0-based; -1 for the root

  std::size_t size() const { return words.size(); }
};

// Parses CoNLL-U text; `source` names it in error messages.
Result<std::vector<TreebankSentence>> ParseConllu(std::string_view text, std::string_view source);

// Reads and parses a .conllu file.
Result<std::vector<TreebankSentence>> ReadConllu(const std::string& path);

}  // namespace tidings::syntax
