#include <gtest/gtest.h>

#include "ingest/charset.h"

namespace tidings {
namespace {

struct Decoded {
  std::string text;
  std::string charset;
  std::vector<std::string> warnings;
};

Decoded Decode(std::string_view bytes, std::string_view declared = "", bool is_html = true) {
  Decoded out;
  Result<std::string> text = DecodeToUtf8(bytes, declared, &out.charset, &out.warnings, is_html);
  EXPECT_TRUE(text.ok()) << text.status().ToString();
  if (text.ok()) out.text = *text;
  return out;
}

TEST(IngestCharset, ValidUtf8WithoutDeclarationPassesThrough) {
  auto got = Decode("<p>Gr\xC3\xBC\xC3\x9F Gott</p>");
  EXPECT_EQ(got.charset, "utf-8");
  EXPECT_EQ(got.text, "<p>Gr\xC3\xBC\xC3\x9F Gott</p>");
  EXPECT_TRUE(got.warnings.empty());
}

TEST(IngestCharset, ByteOrderMarksWinAndAreRemoved) {
  EXPECT_EQ(Decode("\xEF\xBB\xBFhi", "windows-1252").text, "hi");
  auto le = Decode(std::string("\xFF\xFEh\0i\0", 6));
  EXPECT_EQ(le.text, "hi");
  EXPECT_EQ(le.charset, "utf-16le");
  EXPECT_EQ(Decode(std::string("\xFE\xFF\0h\0\xE9", 6)).text, "h\xC3\xA9");
}

TEST(IngestCharset, HttpDeclarationBeatsMeta) {
  auto got = Decode("<meta charset=\"koi8-r\"><p>caf\xE9</p>", "windows-1252");
  EXPECT_EQ(got.charset, "windows-1252");
  EXPECT_EQ(got.text, "<meta charset=\"koi8-r\"><p>caf\xC3\xA9</p>");
}

TEST(IngestCharset, MetaCharsetAndHttpEquivAreRead) {
  EXPECT_EQ(CharsetFromMeta("<head><meta charset='ISO-8859-2'>"), "iso-8859-2");
  EXPECT_EQ(CharsetFromMeta("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=Shift_JIS\">"),
            "shift_jis");
  EXPECT_EQ(CharsetFromMeta("<meta name=description content=\"charset=evil\">"), "");
  EXPECT_EQ(CharsetFromMeta(std::string(5000, ' ') + "<meta charset=koi8-r>"), "");
}

TEST(IngestCharset, ContentTypeCharsetIsParsed) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=\"UTF-8\""), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=windows-1251; foo=bar"), "windows-1251");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
}

TEST(IngestCharset, Latin1LabelMeansWindows1252) {
  // 0x93/0x94 are curly quotes in windows-1252 but C1 controls in ISO-8859-1.
  auto got = Decode("<meta charset=iso-8859-1><p>\x93Yes\x94</p>");
  EXPECT_EQ(got.charset, "windows-1252");
  EXPECT_EQ(got.text, "<meta charset=iso-8859-1><p>\xE2\x80\x9CYes\xE2\x80\x9D</p>");
}

TEST(IngestCharset, ShiftJisAndKoi8rAreConvertedByIcu) {
  // "日本" in Shift-JIS, "мир" in KOI8-R.
  EXPECT_EQ(Decode("\x93\xFA\x96\x7B", "shift_jis").text, "\xE6\x97\xA5\xE6\x9C\xAC");
  EXPECT_EQ(Decode("\xCD\xC9\xD2", "koi8-r").text, "\xD0\xBC\xD0\xB8\xD1\x80");
}

TEST(IngestCharset, UndeclaredLegacyTextIsDetected) {
  std::string russian;
  // A long KOI8-R sentence gives the detector enough to be sure.
  for (int i = 0; i < 20; ++i) russian += "\xF0\xD2\xC5\xDA\xC9\xC4\xC5\xCE\xD4 \xD3\xCB\xC1\xDA\xC1\xCC, \xDE\xD4\xCF "
                                          "\xD0\xD2\xC1\xD7\xC9\xD4\xC5\xCC\xD8\xD3\xD4\xD7\xCF \xD0\xD2\xC9\xCE\xD1\xCC\xCF "
                                          "\xCE\xCF\xD7\xD9\xCA \xDA\xC1\xCB\xCF\xCE. ";
  auto got = Decode(russian, "", /*is_html=*/false);
  EXPECT_EQ(got.charset, "koi8-r");
  EXPECT_NE(got.text.find("\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82"), std::string::npos);
}

TEST(IngestCharset, MislabelledUtf8IsDecodedAsWindows1252WithAWarning) {
  auto got = Decode("<meta charset=utf-8><p>Caf\xE9 cr\xE8me</p>");
  EXPECT_EQ(got.charset, "windows-1252");
  EXPECT_EQ(got.text, "<meta charset=utf-8><p>Caf\xC3\xA9 cr\xC3\xA8me</p>");
  ASSERT_EQ(got.warnings.size(), 1u);
  EXPECT_EQ(got.warnings[0], "declared utf-8 but bytes are not valid UTF-8; decoded as windows-1252");
}

TEST(IngestCharset, Utf8BytesUnderALegacyLabelStayUtf8) {
  auto got = Decode("<p>Caf\xC3\xA9</p>", "iso-8859-1");
  EXPECT_EQ(got.charset, "utf-8");
  EXPECT_EQ(got.text, "<p>Caf\xC3\xA9</p>");
  EXPECT_EQ(got.warnings.size(), 1u);
}

TEST(IngestCharset, UnknownLabelFallsBackToDetection) {
  auto got = Decode("<p>plain ascii</p>", "x-no-such-charset");
  EXPECT_EQ(got.text, "<p>plain ascii</p>");
  EXPECT_FALSE(got.warnings.empty());
}

}  // namespace
}  // namespace tidings
