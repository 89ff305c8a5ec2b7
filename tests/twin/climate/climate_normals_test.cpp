// The embedded normals table equals assets/climate/monthly_normals.csv row by row (native only:
// the wasm test build has no file system), and holds plausible values for each zone.
#include "twin/climate/climate_normals.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "tests/twin/climate/epw_test_util.hpp"

namespace twin::climate {
namespace {

TEST(ClimateNormals, EmbeddedTableEqualsCsv) {
#ifndef CT_ASSETS_DIR
  GTEST_SKIP() << "the CSV is read from assets/, native build only";
#else
  const std::string csv = test::read_file(std::string(CT_ASSETS_DIR) + "/climate/monthly_normals.csv");
  ASSERT_FALSE(csv.empty());
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line,
            "city,zone,latitude_deg,longitude_deg,elevation_m,month,temp_mean_c,temp_daily_range_c,rh_pct,"
            "ghi_kwh_m2_month,wind_m_s,source,year");
  std::size_t row = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, ',');) f.push_back(cell);
    ASSERT_EQ(f.size(), 13u) << "CSV line " << row + 2;
    ASSERT_LT(row, 60u);
    const CityNormals& c = all_city_normals()[row / 12];
    const std::size_t m = row % 12;
    const MonthlyNormal& n = c.months[m];
    SCOPED_TRACE("CSV line " + std::to_string(row + 2) + ": " + line);
    auto num = [&](std::size_t i) { return std::strtod(f[i].c_str(), nullptr); };
    EXPECT_EQ(f[0], c.name);
    EXPECT_EQ(f[1], to_string(c.zone));
    EXPECT_EQ(num(2), c.latitude_deg);
    EXPECT_EQ(num(3), c.longitude_deg);
    EXPECT_EQ(num(4), c.elevation_m);
    EXPECT_EQ(std::stoi(f[5]), static_cast<int>(m + 1));
    EXPECT_EQ(num(6), n.temp_mean_c);
    EXPECT_EQ(num(7), n.temp_daily_range_c);
    EXPECT_EQ(num(8), n.rh_pct);
    EXPECT_EQ(num(9), n.ghi_kwh_m2_month);
    EXPECT_EQ(num(10), n.wind_m_s);
    EXPECT_EQ(f[11], c.source);
    EXPECT_EQ(f[12], c.period);
    ++row;
  }
  EXPECT_EQ(row, 60u);  // 5 cities × 12 months
#endif
}

TEST(ClimateNormals, OneCityPerZoneWithPlausibleValues) {
  ASSERT_EQ(all_city_normals().size(), 5u);
  for (std::size_t i = 0; i < 5; ++i) {
    const CityNormals& c = all_city_normals()[i];
    EXPECT_EQ(static_cast<std::size_t>(c.city), i);
    EXPECT_EQ(static_cast<std::size_t>(c.zone), i);  // Harbin severe cold … Kunming mild
    EXPECT_STREQ(to_string(c.city), c.name);
    double ghi = 0;
    for (const MonthlyNormal& n : c.months) {
      EXPECT_GT(n.temp_mean_c, -30.0);
      EXPECT_LT(n.temp_mean_c, 35.0);
      EXPECT_GT(n.temp_daily_range_c, 3.0);
      EXPECT_GT(n.rh_pct, 20.0);
      EXPECT_LE(n.rh_pct, 100.0);
      EXPECT_GT(n.wind_m_s, 0.5);
      ghi += n.ghi_kwh_m2_month;
    }
    EXPECT_GT(ghi, 1000.0);  // China's cities: roughly 1.1–1.6 MWh/m² a year
    EXPECT_LT(ghi, 1700.0);
  }
  // GB 50176-2016 zoning criteria on the coldest/warmest month means: severe cold ≤ −10 °C,
  // cold −10…0 °C; hot-summer-cold-winter 0…10 °C with July 25–30 °C; hot-summer-warm-winter > 10 °C;
  // mild 0…13 °C with July 18–25 °C.
  EXPECT_LE(city_normals(ClimateCity::Harbin).months[0].temp_mean_c, -10.0);
  EXPECT_GT(city_normals(ClimateCity::Beijing).months[0].temp_mean_c, -10.0);
  EXPECT_LE(city_normals(ClimateCity::Beijing).months[0].temp_mean_c, 0.0);
  EXPECT_GT(city_normals(ClimateCity::Shanghai).months[0].temp_mean_c, 0.0);
  EXPECT_GE(city_normals(ClimateCity::Shanghai).months[6].temp_mean_c, 25.0);
  EXPECT_GT(city_normals(ClimateCity::Guangzhou).months[0].temp_mean_c, 10.0);
  EXPECT_LT(city_normals(ClimateCity::Kunming).months[0].temp_mean_c, 13.0);
  EXPECT_LT(city_normals(ClimateCity::Kunming).months[6].temp_mean_c, 25.0);
  EXPECT_STREQ(to_string(ClimateZone::HotSummerColdWinter), "hot_summer_cold_winter");
}

}  // namespace
}  // namespace twin::climate
