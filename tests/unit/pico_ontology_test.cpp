// PicoOntology: values as sums of hex terms, negation by 0xFFFF both ways,
// the null code, and malformed lines reported with file and line.
#include "code/pico_ontology.h"

#include <gtest/gtest.h>

namespace tidings {
namespace {

PicoOntology Parse(const std::string& text) {
  PicoOntology pico;
  pico.Parse(text, "mini.pico");
  return pico;
}

TEST(PicoOntology, NegationAddsOrRemovesTheNotTerm) {
  const PicoOntology pico = Parse(
      "# header comment\n"
      "010:0x1000#Say\n"
      "011:0x1000-0xFFFF\n"
      "050:0x0080#Cooperate\n"
      "060:0x0070\n"
      "110:0x1007f#0xFFFF+0x0080#Disapprove\n"
      "120:-0xFFFF#Reject\n"
      "121:-0xFFFF+0x0070\n"
      "190:0x00A0\n"
      "---:0\n");
  EXPECT_TRUE(pico.warnings().empty()) << pico.warnings().front();
  EXPECT_EQ(pico.Negated("110"), "050");
  EXPECT_EQ(pico.Negated("050"), "110");
  EXPECT_EQ(pico.Negated("060"), "121");
  EXPECT_EQ(pico.Negated("010"), "011");
  EXPECT_EQ(pico.Negated("120"), "---");
  EXPECT_EQ(pico.Negated("190"), "");  // no code means "not fight"
  EXPECT_EQ(pico.Negated("999"), "");  // not in the ontology
}

TEST(PicoOntology, MalformedLinesAreReportedAndSkipped) {
  const PicoOntology pico = Parse("050:0x0080\nno colon here\n051:0xZZ\n110:0xFFFF+0x0080\n");
  ASSERT_EQ(pico.warnings().size(), 2u);
  EXPECT_EQ(pico.warnings()[0].rfind("mini.pico:2:", 0), 0u) << pico.warnings()[0];
  EXPECT_EQ(pico.warnings()[1].rfind("mini.pico:3:", 0), 0u) << pico.warnings()[1];
  EXPECT_EQ(pico.Negated("050"), "110");
}

}  // namespace
}  // namespace tidings
