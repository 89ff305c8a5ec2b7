// EPW reader: real files (native only) and malformed snippets built here (native and wasm).
#include "twin/climate/epw_reader.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <string>

#include "tests/twin/climate/epw_test_util.hpp"
#include "twin/climate/sky.hpp"

namespace twin::climate {
namespace {

using test::join_lines;
using test::make_epw_lines;
using test::set_field;

double mean(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size()); }
double sum_kwh(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0) / 1000.0; }

// The first error must sit on `line` and `field` (EPW numbering) and mention `text`.
void expect_error(const EpwReadResult& r, std::uint32_t line, int field, const std::string& text) {
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.weather.hours(), 0u);
  const EpwIssue& e = r.errors.front();
  EXPECT_EQ(e.line, line) << to_string(e);
  EXPECT_EQ(e.field, field) << to_string(e);
  EXPECT_NE(to_string(e).find(text), std::string::npos) << to_string(e);
}

TEST(EpwReader, WellFormedSyntheticFile) {
  const auto r = parse_epw(join_lines(make_epw_lines()), "test.epw");
  ASSERT_TRUE(r.ok()) << to_string(r.errors.front());
  EXPECT_TRUE(r.warnings.empty());
  EXPECT_FALSE(r.leap_year);
  EXPECT_EQ(r.weather.hours(), 8760u);
  EXPECT_EQ(r.weather.location.name, "TESTVILLE");
  EXPECT_DOUBLE_EQ(r.weather.location.latitude_deg, 39.80);
  EXPECT_DOUBLE_EQ(r.weather.location.time_zone_h, 8.0);
  EXPECT_DOUBLE_EQ(r.weather.dry_bulb_c[0], 10.0);
  EXPECT_DOUBLE_EQ(r.weather.ground_reflectance[5], 0.2);
  // Field 13 = 300 W/m² → (300/σ)^0.25 − 273.15 = 7.64… °C (EnergyPlus Engineering Reference).
  EXPECT_NEAR(r.weather.sky_temperature_c[0], std::pow(300.0 / kStefanBoltzmann_w_m2_k4, 0.25) - 273.15, 1e-9);
  EXPECT_EQ(r.weather.source, "EPW: test.epw");
}

TEST(EpwReader, LeapYearOf8784HoursIsAcceptedAndSaidSo) {
  const auto r = parse_epw(join_lines(make_epw_lines(8784, true)));
  ASSERT_TRUE(r.ok()) << to_string(r.errors.front());
  EXPECT_TRUE(r.leap_year);
  EXPECT_EQ(r.weather.hours(), 8784u);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].message.find("leap"), std::string::npos);
}

TEST(EpwReader, TruncatedLineIsAnErrorNamingTheLine) {
  auto lines = make_epw_lines();
  lines[108] = lines[108].substr(0, 60);  // file line 109 cut mid-record
  expect_error(parse_epw(join_lines(lines)), 109, 0, "fields");
}

TEST(EpwReader, LetterInANumberNamesLineAndField) {
  auto lines = make_epw_lines();
  set_field(lines[508], 7, "1x.5");  // file line 509, dry bulb
  const auto r = parse_epw(join_lines(lines), "bad.epw");
  expect_error(r, 509, 7, "'1x.5' is not a number");
  EXPECT_EQ(to_string(r.errors.front(), "bad.epw"),
            "bad.epw: line 509, field 7 (dry bulb temperature): '1x.5' is not a number");
}

TEST(EpwReader, ShortMissingGapIsInterpolatedWithAWarning) {
  auto lines = make_epw_lines();
  // File lines 1009–1011 (data hours 1000–1002) carry the dry-bulb missing code 99.9.
  for (int i = 1008; i <= 1010; ++i) set_field(lines[static_cast<std::size_t>(i)], 7, "99.9");
  const auto r = parse_epw(join_lines(lines));
  ASSERT_TRUE(r.ok()) << to_string(r.errors.front());
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].line, 1009u);
  EXPECT_EQ(r.warnings[0].field, 7);
  EXPECT_NE(r.warnings[0].message.find("3 hour(s), lines 1009–1011"), std::string::npos) << r.warnings[0].message;
  const auto& t = r.weather.dry_bulb_c;
  for (int k = 1; k <= 3; ++k) {
    EXPECT_NEAR(t[999 + static_cast<std::size_t>(k)], t[999] + (t[1003] - t[999]) * k / 4.0, 1e-12);
  }
}

TEST(EpwReader, LongMissingGapIsAnError) {
  auto lines = make_epw_lines();
  for (int i = 2007; i < 2007 + 7; ++i) set_field(lines[static_cast<std::size_t>(i)], 14, "9999");
  expect_error(parse_epw(join_lines(lines)), 2008, 14, "7 hour(s)");
}

TEST(EpwReader, HoursOutOfOrderNameTheFirstBadLine) {
  auto lines = make_epw_lines();
  set_field(lines[19], 4, "13");  // file line 20 should be 1/1 hour 12
  expect_error(parse_epw(join_lines(lines)), 20, 4, "expected 1/1 hour 12, found 1/1 hour 13");
}

TEST(EpwReader, EightHoursOnlyIsAnError) {
  const auto r = parse_epw(join_lines(make_epw_lines(8)));
  expect_error(r, 16, 0, "after 8 hourly records; 8760 expected");
}

// Found while sizing inputs for tests/fuzz: 100 MB of short lines made the reader keep ~110 bytes
// per line (string views and 12 value columns), i.e. gigabytes. More lines than a leap year's file
// are now refused before anything is allocated per line.
TEST(EpwReader, MoreLinesThanALeapYearAreRefusedBeforeReading) {
  auto lines = make_epw_lines(8784, true);
  lines.push_back(lines.back());
  const std::string text = join_lines(lines);
  const auto r = parse_epw(text);
  ASSERT_EQ(r.errors.size(), 1u);
  expect_error(r, 8793, 0, "the file has 8793 lines (" + std::to_string(text.size()) + " bytes)");
  std::string short_lines;
  for (int i = 0; i < 1'000'000; ++i) short_lines += "1\n";
  const auto many = parse_epw(short_lines);
  ASSERT_EQ(many.errors.size(), 1u);
  expect_error(many, 8793, 0, "the file has 1000000 lines (2000000 bytes)");
  // Trailing blank lines are not counted (as before): this is a one-line file.
  expect_error(parse_epw("LOCATION" + std::string(100'000, '\n') + " \t\r\n"), 1, 0, "the file has 1 lines");
}

TEST(EpwReader, AbsurdValuesAreErrors) {
  auto lines = make_epw_lines();
  set_field(lines[3007], 7, "75.0");  // hot beyond any record, but not the 99.9 code
  set_field(lines[4007], 14, "-5");   // negative irradiance
  const auto r = parse_epw(join_lines(lines));
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].line, 3008u);
  EXPECT_EQ(r.errors[0].field, 7);
  EXPECT_EQ(r.errors[1].line, 4008u);
  EXPECT_EQ(r.errors[1].field, 14);
  EXPECT_EQ(r.errors[1].field_name, "global horizontal radiation");
}

TEST(EpwReader, MissingInfraredUsesClarkAllen) {
  auto lines = make_epw_lines();
  set_field(lines[100], 13, "9999");
  const auto r = parse_epw(join_lines(lines));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].field, 13);
  const std::size_t h = 100 - 8;
  const double ir = sky_ir_clark_allen_w_m2(r.weather.dry_bulb_c[h], 2.0, 5.0);
  EXPECT_NEAR(r.weather.sky_temperature_c[h], sky_temperature_from_ir_c(ir), 1e-12);
  EXPECT_LT(r.weather.sky_temperature_c[h], r.weather.dry_bulb_c[h]);
}

TEST(EpwReader, HeaderErrors) {
  auto lines = make_epw_lines();
  lines[0] = "LOCATIN,TESTVILLE,-,CHN,Test,000000,39.80,116.47,8.0,32.0";
  expect_error(parse_epw(join_lines(lines)), 1, 1, "LOCATION");
  lines = make_epw_lines();
  set_field(lines[0], 7, "north");
  expect_error(parse_epw(join_lines(lines)), 1, 7, "latitude");
  expect_error(parse_epw("LOCATION,X\n"), 1, 0, "8 header lines");
}

#ifdef CT_SHARED_DATA_DIR
EpwReadResult read_shared(const std::string& relative) {
  const std::string bytes = test::read_file(std::string(CT_SHARED_DATA_DIR) + "/weather/" + relative);
  EXPECT_FALSE(bytes.empty()) << relative;
  return parse_epw(bytes, relative);
}
#endif

// Expected figures checked by hand from the files (awk over fields 7 and 14–16) and against
// climatology: Beijing's 1981–2010 normal mean is 12.9 °C and its measured annual GHI is
// ~1.35–1.5 MWh/m²; Shanghai 17.1 °C / ~1.3–1.5 MWh/m²; Denver 10–11 °C / ~1.7 MWh/m² (NREL TMY3).
TEST(EpwReader, RealFilesBeijingShanghaiDenver) {
#ifndef CT_SHARED_DATA_DIR
  GTEST_SKIP() << "real EPW files are read from the shared data folder, native build only";
#else
  struct Case { const char* file; double mean_c; double ghi; double dni; double dhi; };
  const Case cases[] = {
      {"china/CHN_Beijing.Beijing.545110_IWEC.epw", 12.81, 1395.9, 1226.6, 640.9},
      {"china/Shanghai-Hongqiao_1956_2023_TMYx.epw", 17.02, 1470.8, 1348.1, 595.0},
      {"ashrae140_denver/725650TYCST.epw", 10.88, 1670.2, 1977.6, 556.5},
      {"ashrae140_denver/DRYCOLDTMY.epw", 9.71, 1831.9, 2353.7, 500.5},  // 32 fields, no albedo
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.file);
    const auto r = read_shared(c.file);
    ASSERT_TRUE(r.ok()) << to_string(r.errors.front());
    const WeatherYear& w = r.weather;
    ASSERT_EQ(w.hours(), 8760u);
    EXPECT_NEAR(mean(w.dry_bulb_c), c.mean_c, 0.01);
    EXPECT_NEAR(sum_kwh(w.global_horizontal_wh_m2), c.ghi, 0.1);
    EXPECT_NEAR(sum_kwh(w.direct_normal_wh_m2), c.dni, 0.1);
    EXPECT_NEAR(sum_kwh(w.diffuse_horizontal_wh_m2), c.dhi, 0.1);
    for (std::size_t h = 0; h < w.hours(); ++h) {
      ASSERT_TRUE(std::isfinite(w.sky_temperature_c[h]));
      ASSERT_LT(w.sky_temperature_c[h], w.dry_bulb_c[h] + 5.0) << "hour " << h;
      ASSERT_GT(w.ground_reflectance[h], 0.0);
    }
  }
  const auto beijing = read_shared(cases[0].file);
  EXPECT_EQ(beijing.weather.location.name, "BEIJING");
  EXPECT_DOUBLE_EQ(beijing.weather.location.longitude_deg, 116.47);
  EXPECT_DOUBLE_EQ(beijing.weather.dry_bulb_c[0], -2.4);  // first record: 1/1 hour 1
  ASSERT_EQ(beijing.warnings.size(), 1u);                  // albedo written as 0.000 throughout
  EXPECT_EQ(beijing.warnings[0].field, 33);
#endif
}

}  // namespace
}  // namespace twin::climate
