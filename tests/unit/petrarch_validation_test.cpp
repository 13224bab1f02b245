// PETRARCH validation records (PETR XML): the <Config> commands between
// records, which change the coder's options from the next record on.
#include <gtest/gtest.h>

#include "code/validation_records.h"

namespace tidings {
namespace {

TEST(PetrarchValidation, ConfigCommandsGoToTheRecordAfterThem) {
  const ValidationSuite suite = ParsePetrarchValidation(
      "<Validation><Sentences>\n"
      "<Sentence date=\"19950101\" id=\"T-01\" category=\"T\">\n"
      "<EventCoding sourcecode=\"VAL\" targetcode=\"KES\" eventcode=\"041\"></EventCoding>\n"
      "<Text>Valdoria thanked Kestria.</Text></Sentence>\n"
      "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
      "<!-- <Config option=\"comma_max\" value=\"3\"></Config> is commented out -->\n"
      "<Config option=\"comma_emax\" value='0'></Config>\n"
      "<Sentence date=\"19950102\" id=\"T-02\" category=\"T\">\n"
      "<EventCoding sourcecode=\"KES\" targetcode=\"---\" eventcode=\"023\"></EventCoding>\n"
      "<Text>Kestria said on Monday.</Text></Sentence>\n"
      "<Sentence date=\"19950103\" id=\"T-03\" category=\"T\">\n"
      "<EventCoding noevents=\"True\"></EventCoding>\n"
      "<Text>Nothing happened.</Text></Sentence>\n"
      "</Sentences></Validation>\n",
      "mini.xml");
  ASSERT_EQ(suite.records.size(), 3u);
  EXPECT_TRUE(suite.records[0].options.empty());
  EXPECT_EQ(suite.records[1].options, (std::vector<std::string>{"require_dyad=false", "comma_emax=0"}));
  EXPECT_TRUE(suite.records[2].options.empty());  // still in force, but given before T-02
  EXPECT_EQ(suite.records[1].expected[0], (CodedEvent{"KES", "---", "023"}));
}

}  // namespace
}  // namespace tidings
