// geo/number_text.hpp: the double ↔ text conversions that replace std::from_chars/std::to_chars for
// double (absent from Emscripten 3.1.6's libc++), so the same assertions run in both builds.
// Expected strings are what libstdc++ 12's std::to_chars / std::from_chars give (checked natively by
// hand, and by the comparison below wherever the standard library has them).
#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include "geo/number_text.hpp"

namespace {

double parse(const std::string& s, std::errc* ec = nullptr, std::size_t* used = nullptr) {
  double v = -7.0;
  const auto r = geo::double_from_chars(s.data(), s.data() + s.size(), v);
  if (ec != nullptr) *ec = r.ec;
  if (used != nullptr) *used = static_cast<std::size_t>(r.ptr - s.data());
  return v;
}

}  // namespace

TEST(GeoNumberText, WritesTheShortestRoundTripInToCharsLayout) {
  EXPECT_EQ(geo::double_to_text(31.2), "31.2");
  EXPECT_EQ(geo::double_to_text(1.0), "1");
  EXPECT_EQ(geo::double_to_text(100000.0), "1e+05");  // scientific "1e+05" (5) beats fixed (6)
  EXPECT_EQ(geo::double_to_text(123456.0), "123456");
  EXPECT_EQ(geo::double_to_text(0.0001), "1e-04");
  EXPECT_EQ(geo::double_to_text(0.001), "0.001");     // tie (5 and 5): fixed
  EXPECT_EQ(geo::double_to_text(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(geo::double_to_text(-121.4747), "-121.4747");
  EXPECT_EQ(geo::double_to_text(1.5e-7), "1.5e-07");
  EXPECT_EQ(geo::double_to_text(std::ldexp(1.0, 60)), "1152921504606846976");  // exact integer digits
  EXPECT_EQ(geo::double_to_text(5e-324), "5e-324");
  EXPECT_EQ(geo::double_to_text(std::numeric_limits<double>::max()), "1.7976931348623157e+308");
  EXPECT_EQ(geo::double_to_text(0.0), "0");
  EXPECT_EQ(geo::double_to_text(-0.0), "-0");
  EXPECT_EQ(geo::double_to_text(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(geo::double_to_text(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(geo::double_to_text(std::numeric_limits<double>::quiet_NaN()), "nan");
  // Just above a power of two the shortest string is not the correctly rounded one: 2^-140 =
  // 7.174648137343063403…e-43; "7.174648137343063e-43" reads back as the double below it.
  EXPECT_EQ(geo::double_to_text(std::ldexp(1.0, -140)), "7.174648137343064e-43");
}

TEST(GeoNumberText, ReadsLikeFromChars) {
  std::errc ec{};
  std::size_t used = 0;
  EXPECT_EQ(parse("31.2", &ec, &used), 31.2);
  EXPECT_EQ(ec, std::errc());
  EXPECT_EQ(used, 4u);
  EXPECT_EQ(parse("1.5x", &ec, &used), 1.5);  // stops at the first character that is not the number
  EXPECT_EQ(used, 3u);
  EXPECT_EQ(parse("1e", &ec, &used), 1.0);    // an exponent without digits is not part of it
  EXPECT_EQ(used, 1u);
  EXPECT_EQ(parse(".5"), 0.5);
  EXPECT_EQ(parse("4.9e-324"), 5e-324);
  EXPECT_EQ(parse("2.5e-324"), 5e-324);       // rounds to the smallest subnormal
  EXPECT_TRUE(std::isinf(parse("-Infinity", &ec)));
  EXPECT_EQ(ec, std::errc());
  EXPECT_TRUE(std::isnan(parse("nan")));
  // Errors leave the value alone (-7 here).
  for (const char* bad : {"", "-", "+1", " 1", "x1", "e5"}) {
    EXPECT_EQ(parse(bad, &ec, &used), -7.0) << bad;
    EXPECT_EQ(ec, std::errc::invalid_argument) << bad;
    EXPECT_EQ(used, 0u) << bad;
  }
  for (const char* big : {"1e400", "-1e400", "1.7976931348623159e308", "1e-400", "2.4e-324"}) {
    EXPECT_EQ(parse(big, &ec, &used), -7.0) << big;
    EXPECT_EQ(ec, std::errc::result_out_of_range) << big;
    EXPECT_EQ(used, std::strlen(big)) << big;
  }
  EXPECT_EQ(parse("0e-400", &ec), 0.0);  // a zero is not an underflow
  EXPECT_EQ(ec, std::errc());
}

TEST(GeoNumberText, RoundTripsRandomDoubles) {
  std::mt19937_64 rng(20240601);  // fixed seed: the same doubles in both builds
  for (int i = 0; i < 20000; ++i) {
    const std::uint64_t bits = rng();
    double v = 0.0;
    std::memcpy(&v, &bits, sizeof v);
    if (!std::isfinite(v)) continue;
    const std::string text = geo::double_to_text(v);
    std::errc ec{};
    const double back = parse(text, &ec);
    ASSERT_EQ(ec, std::errc()) << text;
    ASSERT_EQ(std::memcmp(&back, &v, sizeof v), 0) << text;
    ASSERT_LE(text.size(), 24u) << text;  // "-d.dddddddddddddddde-308"
  }
}

#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
// Where the standard library has them (libstdc++ 12 natively), the very same strings and values.
TEST(GeoNumberText, AgreesWithTheStandardLibrary) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 200000; ++i) {
    const std::uint64_t bits = rng();
    double v = 0.0;
    std::memcpy(&v, &bits, sizeof v);
    if (i % 2 == 1) v = static_cast<double>(static_cast<std::int64_t>(bits % 100000000)) / 1000.0;
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    const std::string expected(buf, r.ptr);
    ASSERT_EQ(geo::double_to_text(v), expected);
    double a = 1.0, b = 2.0;
    const auto ra = std::from_chars(expected.data(), expected.data() + expected.size(), a);
    const auto rb = geo::double_from_chars(expected.data(), expected.data() + expected.size(), b);
    ASSERT_EQ(ra.ec, rb.ec) << expected;
    ASSERT_EQ(ra.ptr, rb.ptr) << expected;
    if (ra.ec == std::errc() && !std::isnan(a)) {
      ASSERT_EQ(std::memcmp(&a, &b, sizeof a), 0) << expected;
    }
  }
}
#endif
