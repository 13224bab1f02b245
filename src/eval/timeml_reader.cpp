#include "eval/timeml_reader.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string_view>

#include "eval/xml_tags.h"
#include "ingest/gzip.h"

namespace tidings {
namespace {

// The largest corpus file is well under 1 MB; this only guards a broken path.
constexpr std::uint64_t kMaxCorpusFileBytes = 16ull << 20;

bool IsCreationTime(std::string_view tag) { return XmlAttribute(tag, "functionInDocument") == "CREATION_TIME"; }

std::string BaseName(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

}  // namespace

Result<TemporalDoc> ReadTimeMl(const std::string& path) {
  Result<std::string> file = ReadFile(path, kMaxCorpusFileBytes);
  if (!file.ok()) return file.status();
  const std::string_view xml = *file;
  TemporalDoc doc;
  doc.name = BaseName(path);

  const std::size_t dct_at = xml.find("<DCT>");
  if (dct_at != std::string_view::npos) {
    const std::size_t tag_end = xml.find('>', dct_at + 5);
    doc.dct = XmlAttribute(xml.substr(dct_at, tag_end - dct_at), "value");
  }
  const std::size_t open = xml.find("<TEXT>");
  const std::size_t close = xml.find("</TEXT>");
  if (open == std::string_view::npos || close == std::string_view::npos || close < open)
    return Status::InvalidInput(path + ": no <TEXT> element");

  // Strip tags; a TIMEX3's span runs from its start tag to the next </TIMEX3>
  // (TIMEX3s never nest in TimeML).
  std::size_t pos = open + 6;
  GoldTimex pending;
  bool inside = false;
  while (pos < close) {
    const std::size_t lt = xml.find('<', pos);
    const std::size_t text_end = std::min(lt, close);
    AppendXmlDecoded(xml.substr(pos, text_end - pos), doc.text);
    if (text_end == close) break;
    const std::size_t gt = xml.find('>', lt);
    if (gt == std::string_view::npos) return Status::InvalidInput(path + ": unterminated tag");
    const std::string_view tag = xml.substr(lt, gt - lt + 1);
    if (tag.starts_with("<TIMEX3 ") && !IsCreationTime(tag)) {
      pending = GoldTimex{{static_cast<std::uint32_t>(doc.text.size()), 0}, XmlAttribute(tag, "type"),
                          XmlAttribute(tag, "value")};
      inside = true;
    } else if (tag == "</TIMEX3>" && inside) {
      pending.span.end = static_cast<std::uint32_t>(doc.text.size());
      doc.timexes.push_back(std::move(pending));
      inside = false;
    }
    pos = gt + 1;
  }
  return doc;
}

Result<TemporalDoc> ReadCatTimexes(const std::string& path) {
  Result<std::string> file = ReadFile(path, kMaxCorpusFileBytes);
  if (!file.ok()) return file.status();
  const std::string_view xml = *file;
  TemporalDoc doc;
  doc.name = BaseName(path);

  // Only the first sentences of a MEANTIME article are annotated: the text
  // stops after the last sentence any markable is anchored in.
  std::map<std::string, int> sentence_of;  // t_id -> sentence number
  for (std::size_t at = xml.find("<token "); at != std::string_view::npos; at = xml.find("<token ", at + 1)) {
    const std::string_view tag = xml.substr(at, xml.find('>', at) - at);
    sentence_of[XmlAttribute(tag, "t_id")] = std::atoi(XmlAttribute(tag, "sentence").c_str());
  }
  int last_annotated = -1;
  for (std::size_t at = xml.find("<token_anchor "); at != std::string_view::npos;
       at = xml.find("<token_anchor ", at + 1)) {
    const auto token = sentence_of.find(XmlAttribute(xml.substr(at, xml.find('>', at) - at), "t_id"));
    if (token != sentence_of.end()) last_annotated = std::max(last_annotated, token->second);
  }

  std::map<std::string, Span> tokens;  // t_id -> its extent in doc.text
  std::string sentence;
  const Status read = ForEachCatToken(xml, path, [&](std::string_view tag, const std::string& word) {
    const std::string this_sentence = XmlAttribute(tag, "sentence");
    if (std::atoi(this_sentence.c_str()) > last_annotated) return false;
    if (!doc.text.empty()) doc.text += this_sentence == sentence ? ' ' : '\n';
    sentence = this_sentence;
    const auto begin = static_cast<std::uint32_t>(doc.text.size());
    doc.text += word;
    tokens[XmlAttribute(tag, "t_id")] = {begin, static_cast<std::uint32_t>(doc.text.size())};
    return true;
  });
  if (!read.ok()) return read;

  for (std::size_t at = xml.find("<TIMEX3 "); at != std::string_view::npos; at = xml.find("<TIMEX3 ", at + 1)) {
    const std::size_t gt = xml.find('>', at);
    if (gt == std::string_view::npos) return Status::InvalidInput(path + ": unterminated <TIMEX3>");
    const std::string_view tag = xml.substr(at, gt - at + 1);
    if (tag.ends_with("/>")) continue;  // not in the text: no token anchors
    const std::size_t end = xml.find("</TIMEX3>", gt);
    const std::string_view body = xml.substr(gt, end - gt);
    Span span{UINT32_MAX, 0};
    for (std::size_t a = body.find("t_id=\""); a != std::string_view::npos; a = body.find("t_id=\"", a + 1)) {
      const std::size_t q = body.find('"', a + 6);
      const auto token = tokens.find(std::string(body.substr(a + 6, q - a - 6)));
      if (token == tokens.end()) return Status::InvalidInput(path + ": TIMEX3 anchored past the annotated text");
      span.begin = std::min(span.begin, token->second.begin);
      span.end = std::max(span.end, token->second.end);
    }
    if (span.end == 0) continue;
    if (IsCreationTime(tag)) {
      doc.dct = XmlAttribute(tag, "value");
      doc.dct_span = span;
    } else {
      doc.timexes.push_back({span, XmlAttribute(tag, "type"), XmlAttribute(tag, "value")});
    }
  }
  std::sort(doc.timexes.begin(), doc.timexes.end(),
            [](const GoldTimex& a, const GoldTimex& b) { return a.span.begin < b.span.begin; });
  return doc;
}

}  // namespace tidings
