#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "eval/ner_corpus.h"
#include "support/scratch.h"

namespace tidings {
namespace {

// A CAT file in MEANTIME's shape, with sentences of our own.
constexpr const char* kCatFile = R"(<?xml version="1.0" ?><Document doc_id="1" doc_name="test" lang="en">
<token number="0" sentence="0" t_id="1">The</token>
<token number="1" sentence="0" t_id="2">Kessland</token>
<token number="2" sentence="0" t_id="3">Rail</token>
<token number="3" sentence="0" t_id="4">Company</token>
<token number="4" sentence="0" t_id="5">hired</token>
<token number="5" sentence="0" t_id="6">Orlan</token>
<token number="6" sentence="0" t_id="7">Vesk</token>
<token number="7" sentence="0" t_id="8">.</token>
<token number="8" sentence="1" t_id="9">He</token>
<token number="9" sentence="1" t_id="10">moved</token>
<token number="10" sentence="1" t_id="11">to</token>
<token number="11" sentence="1" t_id="12">Port</token>
<token number="12" sentence="1" t_id="13">Marra</token>
<token number="13" sentence="1" t_id="14">&amp;</token>
<token number="14" sentence="1" t_id="15">sold</token>
<token number="15" sentence="1" t_id="16">Trackmaster</token>
<token number="16" sentence="1" t_id="17">trains</token>
<token number="17" sentence="2" t_id="18">Nothing</token>
<token number="18" sentence="2" t_id="19">here</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/><token_anchor t_id="3"/><token_anchor t_id="4"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="6"/><token_anchor t_id="7"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="3" syntactic_type="PRO"><token_anchor t_id="9"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="4" syntactic_type=""><token_anchor t_id="12"/><token_anchor t_id="13"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="5" syntactic_type="NAM"><token_anchor t_id="16"/></ENTITY_MENTION>
<ENTITY m_id="10" ent_type="ORG" TAG_DESCRIPTOR="rail company"/>
<ENTITY m_id="11" ent_type="PER" TAG_DESCRIPTOR="Orlan Vesk"/>
<ENTITY m_id="12" ent_type="LOC" TAG_DESCRIPTOR="Port Marra"/>
<ENTITY m_id="13" ent_type="PRO" TAG_DESCRIPTOR="Trackmaster"/>
</Markables>
<Relations>
<REFERS_TO r_id="1"><source m_id="1"/><target m_id="10"/></REFERS_TO>
<REFERS_TO r_id="2"><source m_id="2"/><source m_id="3"/><target m_id="11"/></REFERS_TO>
<REFERS_TO r_id="3"><source m_id="4"/><target m_id="12"/></REFERS_TO>
<REFERS_TO r_id="4"><source m_id="5"/><target m_id="13"/></REFERS_TO>
</Relations>
</Document>
)";

std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::filesystem::path dir = testing::ScratchPath("ner_corpus_test");
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  std::ofstream(path) << content;
  return path;
}

TEST(NerCorpus, MeantimeNamesAreNamedMentionsOfPeopleOrganizationsAndPlaces) {
  Result<NameDocument> doc = ReadMeantimeFile(WriteTemp("doc.xml", kCatFile));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  // The third sentence holds no markable: the annotated text ends before it.
  ASSERT_EQ(doc->sentences.size(), 2u);
  // "The" is not part of the company's name; the pronoun is no name.
  EXPECT_EQ(doc->sentences[0].names,
            (std::vector<NameSpan>{{1, 4, NameType::kOrganization}, {5, 7, NameType::kPerson}}));
  // An untyped mention written as a name counts; products do not.
  EXPECT_EQ(doc->sentences[1].names, (std::vector<NameSpan>{{3, 5, NameType::kLocation}}));
  EXPECT_EQ(doc->sentences[1].words[5], "&");
}

TEST(NerCorpus, MeantimeFolderWithoutFilesIsAnError) {
  const std::filesystem::path empty = testing::ScratchPath("ner_corpus_empty");
  std::filesystem::create_directories(empty);
  Result<std::vector<NameDocument>> docs = ReadMeantimeNames(empty.string());
  EXPECT_FALSE(docs.ok());
  EXPECT_NE(docs.status().ToString().find("tidings_ner_corpus_empty"), std::string::npos);
}

TEST(NerCorpus, ConllIob1TagsBecomeSpansAndMiscIsDropped) {
  const std::string path = WriteTemp("conll.txt",
                                     "-DOCSTART- -X- -X- O\n\n"
                                     "Orlan NNP B-NP I-PER\nVesk NNP I-NP I-PER\nAna NNP I-NP B-PER\n"
                                     "visited VBD B-VP O\nKessish JJ B-NP I-MISC\nPort NNP I-NP I-LOC\n"
                                     "Marra NNP I-NP I-LOC\n\n"
                                     "-DOCSTART- -X- -X- O\n\nRail NNP B-NP I-ORG\n");
  Result<std::vector<NameDocument>> docs = ReadConllNames(path);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_EQ(docs->front().sentences[0].names,
            (std::vector<NameSpan>{{0, 2, NameType::kPerson}, {2, 3, NameType::kPerson}, {5, 7, NameType::kLocation}}));
  EXPECT_EQ(docs->back().sentences[0].names, (std::vector<NameSpan>{{0, 1, NameType::kOrganization}}));
  EXPECT_FALSE(ReadConllNames(path + ".missing").ok());
}

}  // namespace
}  // namespace tidings
