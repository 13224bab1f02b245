// Verb dictionaries in the PETRARCH-2 and PETRARCH-1/TABARI formats: synsets,
// verb forms, pattern tokens, codes and per-line diagnostics.
#include <gtest/gtest.h>

#include <algorithm>

#include "code/coder.h"
#include "code/verb_dictionary_petrarch2.h"
#include "code/verb_dictionary_tabari.h"

namespace tidings {
namespace {

constexpr std::string_view kPetrarch2 =
    "# a small PETRARCH-2 dictionary\n"
    "&GREETING\n"
    "+GREETING\n"
    "+BEST_WISHES_\n"
    "&AUXVERB_\n"
    "+WILL\n"
    "\n"
    "---  SEND   [---]  ---\n"
    "SEND {SENDS SENT SENDING}\n"
    "+PASS_ON\n"
    "CONVEY  # regular forms\n"
    "- * &GREETING (TO +)                  [017]   # SEND\n"
    "- * ENVOY (TO +)                      [042:043]\n"
    "- $ * {PEACE PLAN} +                  [---]\n"
    "- % * &AUXVERB ^ (WITH)               [:110]\n"
    "- * (TO +                             [017]\n"
    "- * &UNKNOWN                          [017]\n"
    "- *  GREETINGS                        \n"
    "- * CASH                              [0 17]\n"
    "---  CARRY [017  ---\n"
    "CARRY\n"
    "- * FLAG [017]\n"
    "---  TRY   [010]  ---\n"
    "TRY\n";

VerbDictionary LoadPetrarch2(std::string_view text) {
  VerbDictionaryBuilder builder;
  ParsePetrarch2Verbs(text, "fixture.txt", builder);
  return std::move(builder).Finish();
}

VerbDictionary LoadTabari(std::string_view text) {
  VerbDictionaryBuilder builder;
  ParseTabariVerbs(text, "demo.verbs", builder);
  return std::move(builder).Finish();
}

bool Has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

TEST(VerbDictionary, SynsetsGetRegularPluralsUnlessMarkedWithUnderscore) {
  const VerbDictionary dict = LoadPetrarch2(kPetrarch2);
  const Synset* greeting = dict.FindSynset("&GREETING");
  ASSERT_NE(greeting, nullptr);
  EXPECT_TRUE(Has(greeting->members, "GREETING"));
  EXPECT_TRUE(Has(greeting->members, "GREETINGS"));
  EXPECT_TRUE(Has(greeting->members, "BEST WISHES"));
  EXPECT_FALSE(Has(greeting->members, "BEST WISHESES"));
  const Synset* aux = dict.FindSynset("AUXVERB");  // the name's '_' only blocks plurals
  ASSERT_NE(aux, nullptr);
  EXPECT_EQ(aux->members, std::vector<std::string>{"WILL"});
}

TEST(VerbDictionary, VerbFormsAreListedOrDerivedRegularly) {
  const VerbDictionary dict = LoadPetrarch2(kPetrarch2);
  ASSERT_EQ(dict.FindVerbs("SENT").size(), 1u);
  EXPECT_TRUE(dict.FindVerbs("SENDED").empty());  // {..} lists every form
  EXPECT_EQ(dict.FindVerbs("CONVEYED").size(), 1u);
  EXPECT_EQ(dict.FindVerbs("CONVEYS").size(), 1u);
  EXPECT_EQ(dict.FindVerbs("CONVEYING").size(), 1u);
  EXPECT_EQ(dict.FindVerbs("PASSES ON").size(), 1u);  // '+' marks the inflected word
  EXPECT_EQ(dict.FindVerbs("PASSED ON").size(), 1u);
  EXPECT_EQ(dict.FindVerbs("TRIED").size(), 1u);
  EXPECT_EQ(DeriveRegularForms("CARRY"), (std::vector<std::string>{"CARRIES", "CARRIED", "CARRYING"}));
  EXPECT_EQ(DeriveRegularForms("RELEASE"), (std::vector<std::string>{"RELEASES", "RELEASED", "RELEASING"}));
  EXPECT_EQ(DeriveRegularForms("PUSH"), (std::vector<std::string>{"PUSHES", "PUSHED", "PUSHING"}));
  EXPECT_EQ(DeriveRegularForms("TIE"), (std::vector<std::string>{"TIES", "TIED", "TYING"}));
}

TEST(VerbDictionary, PatternsKeepMarkersPairedAndNullCodes) {
  const VerbDictionary dict = LoadPetrarch2(kPetrarch2);
  ASSERT_EQ(dict.blocks().size(), 2u);  // the CARRY block is skipped
  const VerbBlock& send = dict.blocks()[0];
  EXPECT_TRUE(send.default_code.null());
  ASSERT_EQ(send.patterns.size(), 4u);
  const VerbPattern& greet = dict.patterns()[send.patterns[0]];
  EXPECT_EQ(greet.code.forward, "017");
  ASSERT_EQ(greet.tokens.size(), 6u);
  EXPECT_EQ(greet.tokens[0].kind, PatternTokenKind::kVerb);
  EXPECT_EQ(greet.tokens[1].kind, PatternTokenKind::kSynset);
  EXPECT_EQ(dict.synsets()[greet.tokens[1].synset].name, "GREETING");
  EXPECT_EQ(greet.tokens[2].kind, PatternTokenKind::kPhraseOpen);
  EXPECT_EQ(greet.tokens[4].kind, PatternTokenKind::kTarget);
  EXPECT_EQ(dict.Where(greet), "fixture.txt:12");

  const VerbPattern& envoy = dict.patterns()[send.patterns[1]];
  EXPECT_TRUE(envoy.code.paired);
  EXPECT_EQ(envoy.code.forward, "042");
  EXPECT_EQ(envoy.code.reverse, "043");

  const VerbPattern& plan = dict.patterns()[send.patterns[2]];
  EXPECT_TRUE(plan.code.null());
  EXPECT_EQ(plan.tokens[0].kind, PatternTokenKind::kSource);
  EXPECT_EQ(plan.tokens[2].kind, PatternTokenKind::kNounOpen);
  EXPECT_EQ(plan.tokens[5].kind, PatternTokenKind::kNounClose);
  EXPECT_EQ(plan.tokens[6].kind, PatternTokenKind::kTarget);

  const VerbPattern& reverse_only = dict.patterns()[send.patterns[3]];
  EXPECT_EQ(reverse_only.tokens[0].kind, PatternTokenKind::kCompound);
  EXPECT_EQ(reverse_only.tokens[3].kind, PatternTokenKind::kSkip);
  EXPECT_EQ(dict.synsets()[reverse_only.tokens[2].synset].name, "AUXVERB_");
  EXPECT_TRUE(reverse_only.code.forward.empty());
  EXPECT_EQ(reverse_only.code.reverse, "110");
}

TEST(VerbDictionary, MalformedLinesAreReportedWithFileAndLineAndSkipped) {
  const VerbDictionary dict = LoadPetrarch2(kPetrarch2);
  const std::vector<std::string> want = {
      "fixture.txt:16: unbalanced '('",
      "fixture.txt:18: pattern without [code]",
      "fixture.txt:19: bad event code '0 17'",
      "fixture.txt:20: block header without [code]; block skipped",
      "fixture.txt:17: undefined synset &UNKNOWN",
  };
  EXPECT_EQ(dict.warnings(), want);
}

TEST(VerbDictionary, TabariEntriesHaveStemsAlternativesAndDiscards) {
  const VerbDictionary dict = LoadTabari(
      "<SYNSETS>\n"
      "&TIES\n"
      "+MILITARY\n"
      "</SYNSETS>\n"
      "<TIME>\n"
      "YESTERDAY [-1]\n"
      "</TIME>\n"
      "ABDUCT  [181] ;shan 7/24/93\n"
      "- + * BY_ $  [181]\n"
      "- * FOR { SANCTIONS | TOTAL_BOYCOTT } [172]\n"
      "- * NEW_&TIES_RELATIONS [903]\n"
      "ACT_ [100]\n"
      "{ ACTING_ ACTED_ }\n"
      "WORLD_CUP  [###] ;ELH\n"
      "- * ) [010]\n");
  ASSERT_EQ(dict.blocks().size(), 3u);
  const VerbEntry& abduct = dict.verbs()[0];
  EXPECT_TRUE(abduct.stem);
  EXPECT_EQ(abduct.code.forward, "181");
  EXPECT_FALSE(dict.verbs()[1].stem);  // ACT_ is exact
  EXPECT_EQ(dict.FindVerbs("ACTED").size(), 1u);
  EXPECT_TRUE(dict.verbs()[2].code.discard);

  const VerbPattern& by = dict.patterns()[0];
  EXPECT_TRUE(by.tokens[2].exact);  // BY_
  const VerbPattern& alternatives = dict.patterns()[1];
  EXPECT_EQ(alternatives.tokens[2].kind, PatternTokenKind::kAltOpen);
  EXPECT_EQ(alternatives.tokens[4].kind, PatternTokenKind::kAltBar);
  EXPECT_TRUE(alternatives.tokens[5].glued);  // TOTAL_BOYCOTT
  EXPECT_EQ(alternatives.tokens[7].kind, PatternTokenKind::kAltClose);
  const VerbPattern& glued = dict.patterns()[2];
  ASSERT_EQ(glued.tokens.size(), 4u);
  EXPECT_EQ(glued.tokens[2].kind, PatternTokenKind::kSynset);
  EXPECT_TRUE(glued.tokens[2].glued);
  EXPECT_EQ(glued.tokens[3].text, "RELATIONS");
  EXPECT_EQ(dict.warnings(), std::vector<std::string>{"demo.verbs:15: unbalanced ')'"});
}

TEST(VerbDictionary, PatternsListTheWordsTheyRequireWithPlurals) {
  const VerbDictionary dict = LoadTabari(
      "<SYNSETS>\n"
      "&KIN\n"
      "+FAMILY\n"
      "</SYNSETS>\n"
      "SEIZE  [181]\n"
      "- + * BY_ $  [181]\n"
      "- * FOR { SANCTIONS | BOYCOTT } [172]\n"
      "- * NEW_&KIN_CONTACT [903]\n");
  ASSERT_EQ(dict.patterns().size(), 3u);
  ASSERT_EQ(dict.RequiredWords(0).size(), 1u);
  EXPECT_EQ(dict.RequiredWords(0)[0].word, dict.WordId("BY"));
  EXPECT_EQ(dict.RequiredWords(0)[0].plural, kNoWord);  // BY_ is exact
  EXPECT_TRUE(dict.RequiredWords(1).empty());  // only one of the alternatives is needed
  ASSERT_EQ(dict.RequiredWords(2).size(), 2u);
  EXPECT_EQ(dict.RequiredWords(2)[0].word, dict.WordId("NEW"));
  EXPECT_EQ(dict.RequiredWords(2)[0].plural, dict.WordId("NEWS"));
  EXPECT_EQ(dict.RequiredWords(2)[1].plural, dict.WordId("CONTACTS"));
  EXPECT_NE(dict.WordId("CONTACTS"), kNoWord);
  EXPECT_EQ(dict.WordId("FAMILY"), kNoWord);  // synset members are not pattern words
  EXPECT_EQ(dict.word_count(), 5u);           // BY, NEW, NEWS, CONTACT, CONTACTS
}

TEST(VerbDictionary, RequiredBitsHoldTheBitOfEachRequiredWordAndItsPlural) {
  const VerbDictionary dict = LoadTabari(
      "SEIZE  [181]\n"
      "- + * BY_ $  [181]\n"
      "- * FOR { SANCTIONS | BOYCOTT } [172]\n"
      "- * NEW CONTACT [903]\n"
      "- * CONTACTS_ [904]\n");
  ASSERT_EQ(dict.patterns().size(), 4u);
  const auto bit = [&](const char* word) { return dict.WordBit(dict.WordId(word)); };
  EXPECT_EQ(dict.RequiredBits(0), bit("BY"));
  EXPECT_EQ(dict.RequiredBits(1), 0u);  // alternatives: nothing required
  // A sentence naming a word's plural alone sets the bit its singular sets.
  EXPECT_EQ(bit("NEWS"), bit("NEW"));
  EXPECT_EQ(bit("CONTACTS"), bit("CONTACT"));
  EXPECT_EQ(dict.RequiredBits(2), bit("NEW") | bit("CONTACT"));
  EXPECT_EQ(dict.RequiredBits(3), bit("CONTACTS"));
}

TEST(VerbDictionary, OneLookupGivesAWordsIdAndTheVerbsStartingWithIt) {
  const VerbDictionary dict = LoadTabari(
      "CALL_OFF  [081]\n"
      "- * ON + [010]\n"
      "CALM  [012]\n");
  const VerbDictionary::WordFacts call = dict.FindWord("CALL");
  EXPECT_EQ(call.id, kNoWord);  // a verb's first word, in no pattern
  ASSERT_EQ(call.verbs_starting.size(), 1u);
  EXPECT_EQ(dict.verbs()[call.verbs_starting[0]].base, "CALL OFF");
  const VerbDictionary::WordFacts on = dict.FindWord("ON");
  EXPECT_NE(on.id, kNoWord);
  EXPECT_EQ(on.id, dict.WordId("ON"));
  EXPECT_TRUE(on.verbs_starting.empty());
  EXPECT_EQ(dict.FindWord("CALMS").verbs_starting.size(), 1u);
  EXPECT_EQ(dict.FindWord("CAL").id, kNoWord);  // a prefix of a word is no word
  EXPECT_TRUE(dict.FindWord("CAL").verbs_starting.empty());
  EXPECT_TRUE(dict.FindWord("").verbs_starting.empty());
}

TEST(VerbDictionary, TabariExactVerbsTakeRegularEndingsButEqualsVerbsNone) {
  const VerbDictionary dict = LoadTabari(
      "GREET_ [032]\n"
      "SHUN= [191]\n"
      "PRAIS [041]\n");
  for (const char* form : {"GREET", "GREETS", "GREETES", "GREETED", "GREETEN", "GREETING"})
    EXPECT_EQ(dict.FindVerbs(form).size(), 1u) << form;
  EXPECT_TRUE(dict.FindVerbs("GREETINK").empty());
  EXPECT_EQ(dict.FindVerbs("SHUN").size(), 1u);
  EXPECT_TRUE(dict.FindVerbs("SHUNS").empty());
  EXPECT_TRUE(dict.FindVerbs("SHUNNED").empty());
  EXPECT_EQ(dict.FindStemVerbs("PRAISED").size(), 1u);  // a stem, not an exact verb
}

TEST(VerbDictionary, QuestionMarkCodesAreSubordinate) {
  VerbCode code;
  std::string reason;
  ASSERT_TRUE(ParseVerbCode("023?", &code, &reason));
  EXPECT_EQ(code.forward, "023");
  EXPECT_TRUE(code.subordinate);
  ASSERT_TRUE(ParseVerbCode("+++", &code, &reason));
  EXPECT_TRUE(code.discard);
  ASSERT_TRUE(ParseVerbCode("111!", &code, &reason));
  EXPECT_EQ(code.forward, "111!");
  EXPECT_FALSE(code.subordinate);
}

TEST(VerbDictionary, SynsetMembersWithContractionsAreSplitLikeTheText) {
  const VerbDictionary dict = LoadTabari(
      "<SYNSETS>\n"
      "&NEGATION\n"
      "+DIDN'T\n"
      "+WON'T_EVER\n"
      "</SYNSETS>\n");
  ASSERT_EQ(dict.synsets().size(), 1u);
  EXPECT_TRUE(Has(dict.synsets()[0].members, "DID N'T"));
  EXPECT_TRUE(Has(dict.synsets()[0].members, "WO N'T EVER"));
}

TEST(VerbDictionary, OverlongPatternsAreRejectedByTheLimit) {
  VerbDictionaryLimits limits;
  limits.max_pattern_tokens = 5;
  std::vector<PatternToken> tokens;
  std::string reason;
  EXPECT_FALSE(TokenizePattern("* A B C D E F", false, limits, &tokens, &reason));
  EXPECT_EQ(reason, "pattern longer than 5 tokens");
  EXPECT_FALSE(TokenizePattern("* ((((A))))", false, VerbDictionaryLimits(), &tokens, &reason));
  EXPECT_EQ(reason, "brackets nested deeper than 3");
}

TEST(VerbDictionary, APatternLineMissingItsDashIsReadAsAPatternWithAWarning) {
  const VerbDictionary dict = LoadPetrarch2(
      "--- PLEDGE [030] ---\n"
      "PLEDGE\n"
      "* (TO HELP) [033]\n"
      "- * FUNDS [071]\n"
      "PROMISE*D [030]\n");
  ASSERT_EQ(dict.blocks().size(), 1u);
  ASSERT_EQ(dict.blocks()[0].patterns.size(), 2u);
  EXPECT_EQ(PatternText(dict.patterns()[dict.blocks()[0].patterns[0]], dict), "* (TO HELP)");
  EXPECT_EQ(dict.patterns()[dict.blocks()[0].patterns[0]].code.forward, "033");
  ASSERT_EQ(dict.warnings().size(), 2u);
  EXPECT_EQ(dict.warnings()[0], "fixture.txt:3: pattern without its leading '-'; read as a pattern");
  // A '*' inside a word is no verb marker: the line stays a (bad) verb line.
  EXPECT_NE(dict.warnings()[1].find("fixture.txt:5: bad character '*'"), std::string::npos) << dict.warnings()[1];
}

}  // namespace
}  // namespace tidings
