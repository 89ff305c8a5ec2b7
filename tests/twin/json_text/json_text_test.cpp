// json_text (twin/json_text/json_text.hpp): the number formats and the string escaping that the core's
// JSON writers (inclusion, cost, decision, energy) share, checked against the exact bytes they wrote
// before they shared it.
#include "twin/json_text/json_text.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <limits>
#include <string>

namespace twin::json_text {
namespace {

TEST(JsonTextNumber, SeventeenDigitsRoundTrip) {
  // 0.1 is 0x3FB999999999999A = 0.1000000000000000055511151231257827...; 17 digits: 0.10000000000000001.
  EXPECT_EQ(number(0.1), "0.10000000000000001");
  EXPECT_EQ(number(1.0), "1");
  EXPECT_EQ(number(-2.5), "-2.5");
  EXPECT_EQ(number(1e21), "1e+21");
  EXPECT_EQ(number(0.0), "0");
  EXPECT_EQ(number(-0.0), "-0");
  // Every double reads back to itself: strtod of the text gives the same bits.
  for (double v : {0.1, 1.0 / 3.0, 2.0 / 3.0, 123456.789, 6.02214076e23, 5e-324, 1.7976931348623157e308}) {
    const std::string s = number(v);
    EXPECT_EQ(std::strtod(s.c_str(), nullptr), v) << s;
  }
  EXPECT_EQ(number(-1.7976931348623157e308), "-1.7976931348623157e+308");  // the longest: 24 characters
}

TEST(JsonTextNumber, OtherPrecisionsAsTheEnergyWritersUse) {
  // energy_json: "%.10g"; energy_year messages: "%.6g".
  EXPECT_EQ(number(1.0 / 3.0, 10), "0.3333333333");
  EXPECT_EQ(number(123456789012.0, 10), "1.23456789e+11");
  EXPECT_EQ(number(1e13, 6), "1e+13");
  EXPECT_EQ(number(-5.0, 6), "-5");
  EXPECT_EQ(number(0.1234567, 6), "0.123457");
}

TEST(JsonTextNumber, NonFiniteAsPrintfWritesThem) {
  // Not JSON: the callers keep non-finite values out (or write null themselves), as they always did.
  EXPECT_EQ(number(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(number(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(number(std::numeric_limits<double>::quiet_NaN()), "nan");
}

TEST(JsonTextShortestNumber, FewestOfFifteenToSeventeenDigitsThatReadBack) {
  EXPECT_EQ(shortest_number(0.1), "0.1");                  // 15 digits: 0.100000000000000 → "%g" trims: 0.1
  EXPECT_EQ(shortest_number(1.0 / 3.0), "0.3333333333333333");   // 15 → 0.333333333333333 ≠; 16 reads back
  EXPECT_EQ(shortest_number(2.0 / 3.0), "0.6666666666666666");  // 15 → 0.666666666666667 ≠; 16 reads back
  EXPECT_EQ(shortest_number(0.1 + 0.2), "0.30000000000000004");   // 15, 16 → 0.3 ≠; 17 needed
  EXPECT_EQ(shortest_number(1234.0), "1234");
  EXPECT_EQ(shortest_number(std::numeric_limits<double>::quiet_NaN()), "null");
  EXPECT_EQ(shortest_number(-std::numeric_limits<double>::infinity()), "null");
  for (double v : {0.1, 1.0 / 3.0, 2.0 / 3.0, 123456.789, 6.02214076e23, 5e-324, 1.7976931348623157e308})
    EXPECT_EQ(std::strtod(shortest_number(v).c_str(), nullptr), v) << v;
}

TEST(JsonTextFloatNumber, AlwaysReadsAsAFloat) {
  EXPECT_EQ(float_number(1234.0), "1234.0");
  EXPECT_EQ(float_number(-0.0), "-0.0");
  EXPECT_EQ(float_number(0.0), "0.0");
  EXPECT_EQ(float_number(0.1), "0.10000000000000001");
  EXPECT_EQ(float_number(1e21), "1e+21");
  EXPECT_EQ(float_number(-2.5e-7), "-2.4999999999999999e-07");
  EXPECT_EQ(float_number(std::numeric_limits<double>::quiet_NaN()), "null");
  EXPECT_EQ(float_number(std::numeric_limits<double>::infinity()), "null");
  EXPECT_EQ(float_number(-std::numeric_limits<double>::infinity()), "null");
}

TEST(JsonTextString, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(quote("plain"), "\"plain\"");
  EXPECT_EQ(quote(""), "\"\"");
  EXPECT_EQ(quote("say \"hi\""), "\"say \\\"hi\\\"\"");
  EXPECT_EQ(quote("C:\\dir\\"), "\"C:\\\\dir\\\\\"");
  // Tab, newline, carriage return and every other byte below 0x20 as \u00XX in lower-case hex (the
  // writers never used the short forms \t \n, so neither does this).
  EXPECT_EQ(escaped("a\tb\nc\rd"), "a\\u0009b\\u000ac\\u000dd");
  EXPECT_EQ(escaped(std::string("\x01\x1f", 2)), "\\u0001\\u001f");
  EXPECT_EQ(escaped(std::string("nul\0end", 7)), "nul\\u0000end");
  // DEL (0x7f) is not a JSON control character: it passes through.
  EXPECT_EQ(escaped("\x7f"), "\x7f");
  EXPECT_EQ(key("peak_t"), "\"peak_t\":");
  EXPECT_EQ(key("a\"b"), "\"a\\\"b\":");
}

TEST(JsonTextString, Utf8PassesThroughByteForByte) {
  // 清河新区 (3 bytes each), é (2 bytes), 😀 (4 bytes): no byte is >= 0x80 and < 0x20 at once, so none
  // is touched.
  const std::string s = "\xe6\xb8\x85\xe6\xb2\xb3\xe6\x96\xb0\xe5\x8c\xba \xc3\xa9 \xf0\x9f\x98\x80";
  EXPECT_EQ(escaped(s), s);
  EXPECT_EQ(quote(s), "\"" + s + "\"");
  // Invalid UTF-8 (a lone continuation byte) is passed through too, as the writers did: they are not
  // validators.
  EXPECT_EQ(escaped("\x80"), "\x80");
}

}  // namespace
}  // namespace twin::json_text
