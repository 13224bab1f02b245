#include "text/segmenter.h"

#include <gtest/gtest.h>

namespace tidings {
namespace {

Document MakeDocument(std::vector<std::string> paragraphs) {
  Article a;
  for (auto& p : paragraphs) a.paragraphs.push_back({std::move(p), ParagraphKind::kParagraph});
  Document doc(std::move(a));
  Segment(doc);
  return doc;
}

std::vector<std::string> Sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.text(s.span));
  return out;
}

std::vector<std::string> Tokens(const Document& doc, const Sentence& s) {
  std::vector<std::string> out;
  for (std::uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i)
    out.emplace_back(doc.text(doc.tokens[i].span));
  return out;
}

TEST(Segmenter, SentencesBreakAtFullStopsButNotAfterTitlesOrInitials) {
  Document doc = MakeDocument({"Mr. Lee met Gen. J. R. Allen in the U.S. capital. Talks went well. Both left."});
  EXPECT_EQ(Sentences(doc), (std::vector<std::string>{"Mr. Lee met Gen. J. R. Allen in the U.S. capital.",
                                                      "Talks went well.", "Both left."}));
}

TEST(Segmenter, SentencesNeverCrossParagraphs) {
  Document doc = MakeDocument({"A heading without a stop", "The body starts here. It goes on."});
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].paragraph, 0u);
  EXPECT_EQ(doc.sentences[1].paragraph, 1u);
  EXPECT_EQ(doc.text(doc.sentences[1].span), "The body starts here.");
}

TEST(Segmenter, QuotationEndingInExclamationStaysWithItsSpeaker) {
  Document doc = MakeDocument({"\"Go home!\" he shouted. Nobody moved."});
  EXPECT_EQ(Sentences(doc), (std::vector<std::string>{"\"Go home!\" he shouted.", "Nobody moved."}));
}

TEST(Segmenter, TokensSplitPunctuationAndClitics) {
  Document doc = MakeDocument({"\"Russia's army won't stop,\" the minister said (again)."});
  EXPECT_EQ(Tokens(doc, doc.sentences[0]),
            (std::vector<std::string>{"\"", "Russia", "'s", "army", "wo", "n't", "stop", ",", "\"", "the",
                                      "minister", "said", "(", "again", ")", "."}));
}

TEST(Segmenter, TokensKeepNumbersAndAbbreviationsWhole) {
  Document doc = MakeDocument({"Growth hit 3.5% in the U.S. and 1,200 jobs came, e.g. in Ohio."});
  EXPECT_EQ(Tokens(doc, doc.sentences[0]),
            (std::vector<std::string>{"Growth", "hit", "3.5", "%", "in", "the", "U.S.", "and", "1,200", "jobs",
                                      "came", ",", "e.g.", "in", "Ohio", "."}));
}

TEST(Segmenter, ANameJoinedByUnderscoresIsItsWordsButIdentifiersStayWhole) {
  Document doc =
      MakeDocument({"The Duke of Port_Valdor_Nord's envoy sent cover_letter.doc and My_file.txt to Kestria_ and KES_GOV."});
  EXPECT_EQ(Tokens(doc, doc.sentences[0]),
            (std::vector<std::string>{"The", "Duke", "of", "Port", "Valdor", "Nord", "'s", "envoy", "sent",
                                      "cover_letter.doc", "and", "My_file.txt", "to", "Kestria_", "and", "KES_GOV",
                                      "."}));
}

TEST(Segmenter, OffsetsPointIntoTheTextAcrossMultibyteCharacters) {
  Document doc = MakeDocument({"Zelenskyy said — in Kyiv — that “peace” matters."});
  for (const Token& t : doc.tokens) {
    EXPECT_LT(t.span.begin, t.span.end);
    EXPECT_LE(t.span.end, doc.text().size());
  }
  EXPECT_EQ(Tokens(doc, doc.sentences[0])[2], "—");
  EXPECT_EQ(Tokens(doc, doc.sentences[0])[7], "“");
  EXPECT_EQ(doc.CodePointOffset(doc.tokens[2].span.begin), 15u);
}

}  // namespace
}  // namespace tidings
