// Tests of geo/text_encoding: UTF-8 validation, GBK → UTF-8 with U+FFFD for bad bytes, .cpg names
// and DBF language driver ids. Expected bytes were produced with python3:
//   "海淀区".encode("gbk") and b"...".decode("gb18030", errors="replace").encode("utf-8");
// validity of the UTF-8 cases with bytes.decode("utf-8") (which follows RFC 3629 the same way).
#include <gtest/gtest.h>

#include "geo/text_encoding.hpp"

namespace {

TEST(ShapefileTextEncoding, Utf8Validity) {
  EXPECT_TRUE(geo::is_valid_utf8(""));
  EXPECT_TRUE(geo::is_valid_utf8("plain ascii 123"));
  EXPECT_TRUE(geo::is_valid_utf8("\xE6\xB5\xB7"));          // 海
  EXPECT_TRUE(geo::is_valid_utf8("\xF0\x9F\x98\x80"));      // U+1F600, four bytes
  EXPECT_FALSE(geo::is_valid_utf8("\xC0\xAF"));             // overlong '/'
  EXPECT_FALSE(geo::is_valid_utf8("\xED\xA0\x80"));         // surrogate U+D800
  EXPECT_FALSE(geo::is_valid_utf8("\xF4\x90\x80\x80"));     // above U+10FFFF
  EXPECT_FALSE(geo::is_valid_utf8("\xE6\xB5"));             // truncated
  EXPECT_FALSE(geo::is_valid_utf8("\xBA\xA3\xB5\xED"));     // GBK 海淀 is not UTF-8
}

TEST(ShapefileTextEncoding, GbkToUtf8) {
  std::uint32_t replaced = 99;
  // "海淀区" in GBK → UTF-8 E6 B5 B7 E6 B7 80 E5 8C BA (python3, see above).
  EXPECT_EQ(geo::gbk_to_utf8("\xBA\xA3\xB5\xED\xC7\xF8", &replaced), "\xE6\xB5\xB7\xE6\xB7\x80\xE5\x8C\xBA");
  EXPECT_EQ(replaced, 0u);
  EXPECT_EQ(geo::gbk_to_utf8("abc", &replaced), "abc");
  EXPECT_EQ(replaced, 0u);
  // GB18030's four-byte form (81 30 81 30 = U+0080): GBK is read as its superset GB18030.
  EXPECT_EQ(geo::gbk_to_utf8("\x81\x30\x81\x30", &replaced), "\xC2\x80");
  EXPECT_EQ(replaced, 0u);
}

TEST(ShapefileTextEncoding, InvalidGbkBecomesReplacementCharacterNeverDropped) {
  std::uint32_t replaced = 0;
  // 0xFF starts no GBK character: 海, U+FFFD, then the 'A' after it survives.
  EXPECT_EQ(geo::gbk_to_utf8("\xBA\xA3\xFF" "A", &replaced), "\xE6\xB5\xB7\xEF\xBF\xBD" "A");
  EXPECT_EQ(replaced, 1u);
  // A lead byte cut off at the end of the field.
  EXPECT_EQ(geo::gbk_to_utf8("\xBA\xA3\xB5", &replaced), "\xE6\xB5\xB7\xEF\xBF\xBD");
  EXPECT_EQ(replaced, 1u);
  // A lead byte followed by a space (no valid trail byte): the space is kept.
  EXPECT_EQ(geo::gbk_to_utf8("\x81 x", &replaced), "\xEF\xBF\xBD x");
  EXPECT_EQ(replaced, 1u);
  EXPECT_NO_FATAL_FAILURE(geo::gbk_to_utf8("\xBA", nullptr));
}

TEST(ShapefileTextEncoding, SanitizeUtf8) {
  std::uint32_t replaced = 0;
  EXPECT_EQ(geo::sanitize_utf8("a\xE6\xB5\xB7" "b", &replaced), "a\xE6\xB5\xB7" "b");
  EXPECT_EQ(replaced, 0u);
  EXPECT_EQ(geo::sanitize_utf8("a\xC0\xAF" "b", &replaced), "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");
  EXPECT_EQ(replaced, 2u);
}

TEST(ShapefileTextEncoding, CpgNames) {
  using geo::TextEncoding;
  for (const char* utf8 : {"UTF-8", "utf8", "UTF-8\r\n", " utf-8 ", "65001", "\xEF\xBB\xBFUTF-8"})
    EXPECT_EQ(geo::encoding_from_cpg(utf8), TextEncoding::Utf8) << utf8;
  for (const char* gbk : {"GBK", "gbk", "CP936", "cp936", "936", "GB2312", "GB18030", "ANSI 936", "ansi 936\n"})
    EXPECT_EQ(geo::encoding_from_cpg(gbk), TextEncoding::Gbk) << gbk;
  for (const char* other : {"", "1252", "ISO-8859-1", "Big5", "utf-16"})
    EXPECT_EQ(geo::encoding_from_cpg(other), TextEncoding::Unknown) << other;
}

TEST(ShapefileTextEncoding, DbfLanguageDriverIds) {
  EXPECT_EQ(geo::encoding_from_dbf_ldid(0x4D), geo::TextEncoding::Gbk);  // 77 = code page 936
  EXPECT_EQ(geo::encoding_from_dbf_ldid(0x7A), geo::TextEncoding::Gbk);  // 122 = code page 936 (Windows)
  EXPECT_EQ(geo::encoding_from_dbf_ldid(0x57), geo::TextEncoding::Unknown);  // "ANSI": unnamed system code page
  EXPECT_EQ(geo::encoding_from_dbf_ldid(0x00), geo::TextEncoding::Unknown);
  EXPECT_EQ(geo::encoding_from_dbf_ldid(0x03), geo::TextEncoding::Unknown);  // 1252, not converted here
}

TEST(ShapefileTextEncoding, DecoderReusedAcrossStrings) {
  geo::TextDecoder gbk(geo::TextEncoding::Gbk);
  std::uint32_t replaced = 0;
  EXPECT_EQ(gbk.decode("\xBA\xA3", &replaced), "\xE6\xB5\xB7");
  EXPECT_EQ(gbk.decode("\xFF", &replaced), "\xEF\xBF\xBD");
  EXPECT_EQ(gbk.decode("\xB5\xED", &replaced), "\xE6\xB7\x80");  // 淀, after a failure: state was reset
  EXPECT_EQ(replaced, 1u);
  geo::TextDecoder utf8(geo::TextEncoding::Utf8);
  EXPECT_EQ(utf8.decode("\xE6\xB5\xB7", &replaced), "\xE6\xB5\xB7");
  EXPECT_EQ(utf8.decode("\xBA", &replaced), "\xEF\xBF\xBD");
  EXPECT_EQ(replaced, 2u);
  EXPECT_STREQ(geo::to_string(geo::TextEncoding::Gbk), "GBK");
}

}  // namespace
