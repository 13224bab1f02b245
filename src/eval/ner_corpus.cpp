#include "eval/ner_corpus.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string_view>

#include "eval/xml_tags.h"
#include "ingest/gzip.h"

namespace tidings {
namespace {

// The largest corpus file is a few MB; this only guards a broken path.
constexpr std::uint64_t kMaxCorpusFileBytes = 64ull << 20;
// A sentence number beyond this marks a broken file.
constexpr std::uint32_t kMaxSentences = 100000;

bool IsConnector(std::string_view word) {
  return word == "of" || word == "and" || word == "&" || word == "de" || word == "-";
}

bool StartsUpperOrDigit(std::string_view word) {
  return !word.empty() && ((word[0] >= 'A' && word[0] <= 'Z') || (word[0] >= '0' && word[0] <= '9') ||
                           static_cast<unsigned char>(word[0]) >= 0x80);
}

// One entity mention of a CAT file.
struct CatMention {
  std::string syntactic_type;
  std::vector<std::string> token_ids;
};

struct CatToken {
  std::uint32_t sentence = 0;
  std::uint32_t index = 0;  // within the sentence
};

// Trims a mention's tokens [first, end) of one sentence to its name, or
// returns false when they are not written as one.
bool NameExtent(const std::vector<std::string>& words, std::uint32_t* first, std::uint32_t* end,
                bool need_capitals) {
  if (*end > *first && (words[*first] == "the" || words[*first] == "The")) ++*first;
  if (*end > *first && words[*end - 1] == "'s") --*end;
  if (*end <= *first) return false;
  if (!StartsUpperOrDigit(words[*first]) || !StartsUpperOrDigit(words[*end - 1])) return false;
  for (std::uint32_t i = *first; i < *end; ++i) {
    const std::string& w = words[i];
    if (w == "," || w == "(" || w == ")" || w == "\"") return false;
    if (need_capitals && !StartsUpperOrDigit(w) && !IsConnector(w) && w != "." && w != "'s") return false;
  }
  return true;
}

bool ParseType(std::string_view ent_type, NameType* type) {
  if (ent_type == "PER") *type = NameType::kPerson;
  else if (ent_type == "ORG") *type = NameType::kOrganization;
  else if (ent_type == "LOC") *type = NameType::kLocation;
  else return false;
  return true;
}

// The body of element `open_tag` starting at `at` ("<ENTITY_MENTION ... >"
// up to its closing tag), or an empty view when it is self-closing.
std::string_view ElementBody(std::string_view xml, std::size_t at, std::string_view close_tag) {
  const std::size_t gt = xml.find('>', at);
  if (gt == std::string_view::npos || xml[gt - 1] == '/') return {};
  const std::size_t end = xml.find(close_tag, gt);
  if (end == std::string_view::npos) return {};
  return xml.substr(gt + 1, end - gt - 1);
}

std::vector<std::string> AllAttributes(std::string_view body, std::string_view tag, std::string_view name) {
  std::vector<std::string> values;
  for (std::size_t at = body.find(tag); at != std::string_view::npos; at = body.find(tag, at + 1))
    values.push_back(XmlAttribute(body.substr(at, body.find('>', at) - at), name));
  return values;
}

// IOB1: "I-X" continues a span of X; "B-X", or "I-X" after anything else,
// starts one. MISC is dropped.
std::vector<NameSpan> Iob1Spans(const std::vector<std::string>& tags) {
  std::vector<NameSpan> spans;
  std::uint32_t start = 0;
  std::string type;
  const auto close = [&](std::uint32_t end) {
    NameType t;
    if (!type.empty() && ParseType(type, &t)) spans.push_back({start, end, t});
    type.clear();
  };
  for (std::uint32_t i = 0; i < tags.size(); ++i) {
    const std::string& tag = tags[i];
    const std::string t = tag.size() > 2 ? tag.substr(2) : "";
    if (tag == "O" || t.empty()) {
      close(i);
    } else if (tag[0] == 'B' || t != type) {
      close(i);
      start = i;
      type = t;
    }
  }
  close(static_cast<std::uint32_t>(tags.size()));
  return spans;
}

}  // namespace

Result<NameDocument> ReadMeantimeFile(const std::string& path) {
  Result<std::string> file = ReadFile(path, kMaxCorpusFileBytes);
  if (!file.ok()) return file.status();
  const std::string_view xml = *file;
  NameDocument doc;
  doc.name = std::filesystem::path(path).filename().string();

  std::map<std::string, CatToken> tokens;
  bool implausible = false;
  const Status read = ForEachCatToken(xml, path, [&](std::string_view tag, const std::string& word) {
    const auto sentence = static_cast<std::uint32_t>(std::atoi(XmlAttribute(tag, "sentence").c_str()));
    implausible = sentence > kMaxSentences;
    if (implausible) return false;
    if (doc.sentences.size() <= sentence) doc.sentences.resize(sentence + 1);
    tokens[XmlAttribute(tag, "t_id")] = {sentence, static_cast<std::uint32_t>(doc.sentences[sentence].words.size())};
    doc.sentences[sentence].words.push_back(word);
    return true;
  });
  if (!read.ok()) return read;
  if (implausible) return Status::InvalidInput(path + ": implausible sentence number");

  std::map<std::string, CatMention> mentions;  // m_id -> mention
  std::map<std::string, std::string> entity_type;  // m_id of an ENTITY -> its ent_type
  for (std::size_t at = xml.find("<ENTITY_MENTION "); at != std::string_view::npos;
       at = xml.find("<ENTITY_MENTION ", at + 1)) {
    const std::string_view tag = xml.substr(at, xml.find('>', at) - at);
    mentions[XmlAttribute(tag, "m_id")] = {XmlAttribute(tag, "syntactic_type"),
                                           AllAttributes(ElementBody(xml, at, "</ENTITY_MENTION>"),
                                                         "<token_anchor ", "t_id")};
  }
  for (std::size_t at = xml.find("<ENTITY "); at != std::string_view::npos; at = xml.find("<ENTITY ", at + 1)) {
    const std::string_view tag = xml.substr(at, xml.find('>', at) - at);
    entity_type[XmlAttribute(tag, "m_id")] = XmlAttribute(tag, "ent_type");
  }

  // Candidate names, the shortest first so that a name inside a longer
  // mention wins its tokens.
  std::vector<std::pair<std::uint32_t, NameSpan>> candidates;  // (sentence, span)
  std::uint32_t last_annotated = 0;
  for (std::size_t at = xml.find("<REFERS_TO "); at != std::string_view::npos; at = xml.find("<REFERS_TO ", at + 1)) {
    const std::string_view body = ElementBody(xml, at, "</REFERS_TO>");
    const std::vector<std::string> targets = AllAttributes(body, "<target ", "m_id");
    NameType type;
    if (targets.empty() || !ParseType(entity_type[targets.front()], &type)) continue;
    for (const std::string& source : AllAttributes(body, "<source ", "m_id")) {
      const auto mention = mentions.find(source);
      if (mention == mentions.end() || mention->second.token_ids.empty()) continue;
      const std::string& syntactic = mention->second.syntactic_type;
      if (syntactic != "NAM" && syntactic != "PRE.NAM" && !syntactic.empty()) continue;
      std::uint32_t sentence = UINT32_MAX, first = UINT32_MAX, end = 0;
      for (const std::string& id : mention->second.token_ids) {
        const auto token = tokens.find(id);
        if (token == tokens.end()) return Status::InvalidInput(path + ": mention anchored to unknown token " + id);
        if (sentence != UINT32_MAX && token->second.sentence != sentence) sentence = UINT32_MAX - 1;
        else sentence = token->second.sentence;
        first = std::min(first, token->second.index);
        end = std::max(end, token->second.index + 1);
      }
      if (sentence >= doc.sentences.size()) continue;
      last_annotated = std::max(last_annotated, sentence);
      if (NameExtent(doc.sentences[sentence].words, &first, &end, syntactic.empty()))
        candidates.push_back({sentence, {first, end, type}});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
    return a.second.end - a.second.first < b.second.end - b.second.first;
  });
  for (const auto& [sentence, span] : candidates) {
    std::vector<NameSpan>& names = doc.sentences[sentence].names;
    const bool overlaps = std::any_of(names.begin(), names.end(), [&](const NameSpan& n) {
      return n.first < span.end && span.first < n.end;
    });
    if (!overlaps) names.push_back(span);
  }
  for (NameSentence& s : doc.sentences)
    std::sort(s.names.begin(), s.names.end(), [](const NameSpan& a, const NameSpan& b) { return a.first < b.first; });
  if (doc.sentences.size() > last_annotated + 1) doc.sentences.resize(last_annotated + 1);
  return doc;
}

Result<std::vector<NameDocument>> ReadMeantimeNames(const std::string& dir) {
  std::error_code error;
  std::vector<std::string> paths;
  for (std::filesystem::recursive_directory_iterator it(dir, error), end; !error && it != end; it.increment(error))
    if (it->is_regular_file() && it->path().extension() == ".xml") paths.push_back(it->path().string());
  if (error) return Status::NotFound(dir + ": " + error.message());
  if (paths.empty()) return Status::NotFound(dir + ": no MEANTIME .xml files");
  std::sort(paths.begin(), paths.end());
  std::vector<NameDocument> docs;
  for (const std::string& path : paths) {
    Result<NameDocument> doc = ReadMeantimeFile(path);
    if (!doc.ok()) return doc.status();
    docs.push_back(std::move(doc).value());
  }
  return docs;
}

Result<std::vector<NameDocument>> ReadConllNames(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::vector<NameDocument> docs;
  NameSentence sentence;
  std::vector<std::string> tags;
  const auto flush = [&] {
    if (!sentence.words.empty()) {
      if (docs.empty()) docs.emplace_back();
      sentence.names = Iob1Spans(tags);
      docs.back().sentences.push_back(std::move(sentence));
    }
    sentence = {};
    tags.clear();
  };
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    std::istringstream fields(line);
    std::string word, pos, chunk, tag;
    fields >> word >> pos >> chunk >> tag;
    if (word == "-DOCSTART-") {
      flush();
      docs.emplace_back();
      continue;
    }
    sentence.words.push_back(word);
    tags.push_back(tag);
  }
  flush();
  std::erase_if(docs, [](const NameDocument& d) { return d.sentences.empty(); });
  return docs;
}

}  // namespace tidings
