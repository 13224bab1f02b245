#include "extract/dom.h"

#include <gtest/gtest.h>

namespace tidings {
namespace {

TEST(Dom, ParsesElementsTextAndAttributesInDocumentOrder) {
  Result<Dom> dom = Dom::Parse("<html lang=EN><body><p Class='lead'>Hello &amp; <b>world</b></p></body></html>");
  ASSERT_TRUE(dom.ok());
  NodeId p = dom->first(Tag::kP);
  ASSERT_NE(p, kNoNode);
  EXPECT_EQ(dom->attr(p, "class"), "lead");
  EXPECT_EQ(dom->text_content(p), "Hello & world");
  EXPECT_EQ(dom->attr(dom->first(Tag::kHtml), "lang"), "EN");
}

TEST(Dom, SkipsScriptAndStyleInTextContent) {
  Result<Dom> dom = Dom::Parse("<div>a<script>var x=1;</script><style>p{}</style>b</div>");
  ASSERT_TRUE(dom.ok());
  EXPECT_EQ(dom->text_content(dom->first(Tag::kDiv)), "ab");
}

TEST(Dom, FlattensNestingBeyondTheDepthLimit) {
  std::string html;
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "deep";
  Result<Dom> dom = Dom::Parse(html, {.max_depth = 64, .max_nodes = 100000});
  ASSERT_TRUE(dom.ok());
  EXPECT_TRUE(dom->depth_limited());
  for (NodeId i = 0; i < dom->size(); ++i) EXPECT_LE(dom->node(i).depth, 64);
  EXPECT_EQ(dom->text_content(dom->root()), "deep");
}

TEST(Dom, RejectsPagesOverTheNodeLimit) {
  std::string html;
  for (int i = 0; i < 1000; ++i) html += "<p>x</p>";
  Result<Dom> dom = Dom::Parse(html, {.max_depth = 256, .max_nodes = 500});
  ASSERT_FALSE(dom.ok());
  EXPECT_EQ(dom.status().code(), Status::Code::kTooLarge);
}

}  // namespace
}  // namespace tidings
