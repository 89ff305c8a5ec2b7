// The embedded 2020–2024 national trends equal assets/drivers/national_trends_2020_2024.csv row for
// row, every row names its source and the page it was found on, and the 14th FYP target lines equal
// assets/drivers/policy_targets.csv (native only: the wasm build has no file system).
#include "twin/drivers/national_trends.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>

#include "tests/twin/emissions/csv_test_util.hpp"
#include "twin/drivers/dual_control.hpp"
#include "twin/drivers/economy.hpp"
#include "twin/pathway/lever.hpp"

namespace twin::drivers {
namespace {

#if defined(CT_ASSETS_DIR)
std::vector<test::CsvRow> load_drivers_csv(const std::string& name) {
  const std::string path = std::string(CT_ASSETS_DIR) + "/drivers/" + name;
  const std::string text = test::read_text_file(path);
  EXPECT_FALSE(text.empty()) << "cannot read " << path;
  return test::parse_csv(text);
}
#define CT_DRIVERS_NEED_FILES()
#else
#define CT_DRIVERS_NEED_FILES() GTEST_SKIP() << "needs the data files (native build only)"
#endif

TEST(DriversNationalTrends, EmbeddedRowsEqualTheAssetCsv) {
  CT_DRIVERS_NEED_FILES();
#if defined(CT_ASSETS_DIR)
  const auto csv = load_drivers_csv("national_trends_2020_2024.csv");
  ASSERT_EQ(csv.size(), national_trend_rows().size());
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const TrendRow& row = national_trend_rows()[i];
    EXPECT_EQ(csv[i].at("indicator"), row.indicator) << "row " << i;
    EXPECT_EQ(std::stoi(csv[i].at("year")), row.year) << "row " << i;
    EXPECT_EQ(std::stod(csv[i].at("value")), row.value) << row.indicator << " " << row.year;
    EXPECT_EQ(csv[i].at("unit"), row.unit) << "row " << i;
    EXPECT_GE(row.year, 2020);
    EXPECT_LE(row.year, 2024);
    EXPECT_FALSE(csv[i].at("source").empty()) << row.indicator << " " << row.year << " has no source";
    EXPECT_EQ(csv[i].at("found_at").rfind("http", 0), 0u) << row.indicator << " " << row.year << " has no page";
  }
#endif
}

TEST(DriversNationalTrends, LookupFindsDocumentedValuesAndNothingInvented) {
  double v = 0.0;
  ASSERT_TRUE(national_trend("gdp_growth_pct", 2022, &v));
  EXPECT_EQ(v, 3.0);  // NBS 2022 communiqué: 比上年增长3.0%
  ASSERT_TRUE(national_trend("capacity_solar_gw", 2020, &v));
  EXPECT_EQ(v, 253.43);  // NBS 2020 communiqué: 25343万千瓦
  ASSERT_TRUE(national_trend("gdp_growth_pct", 2024, &v));
  EXPECT_EQ(v, 5.0);  // NBS 2025-01-17: 按不变价格计算,比上年增长5.0%
  EXPECT_FALSE(national_trend("population_year_end_10k", 2024, &v));  // not found in a citable page: absent
  EXPECT_FALSE(national_trend("cement_mt", 2022, &v));
  // Value added sums to GDP in the NBS rows (77754 + 384255 + 553977 = 1015986).
  double p = 0, s = 0, t = 0, g = 0;
  ASSERT_TRUE(national_trend("va_primary_100m_yuan", 2020, &p) && national_trend("va_secondary_100m_yuan", 2020, &s) &&
              national_trend("va_tertiary_100m_yuan", 2020, &t) && national_trend("gdp_100m_yuan", 2020, &g));
  EXPECT_EQ(p + s + t, g);
}

TEST(DriversNationalTrends, DefaultGrowthPathUsesTheDocumentedRates) {
  const EconomyPaths paths = default_economy_paths();
  for (int year = 2021; year <= 2023; ++year) {
    double pct = 0.0;
    ASSERT_TRUE(national_trend("gdp_growth_pct", year, &pct));
    EXPECT_DOUBLE_EQ(rate_of_year(paths.gdp_growth, year), pct / 100.0) << year;
  }
  // Population: −85/141260 and −208/141175 (year-end totals), rounded to 1e-5.
  double p21 = 0, p22 = 0, p23 = 0;
  ASSERT_TRUE(national_trend("population_year_end_10k", 2021, &p21) &&
              national_trend("population_year_end_10k", 2022, &p22) &&
              national_trend("population_year_end_10k", 2023, &p23));
  EXPECT_NEAR(rate_of_year(paths.population_growth, 2022), p22 / p21 - 1.0, 1e-5);
  EXPECT_NEAR(rate_of_year(paths.population_growth, 2023), p23 / p22 - 1.0, 1e-5);
}

double trend(std::string_view indicator, int year) {
  double v = 0.0;
  EXPECT_TRUE(national_trend(indicator, year, &v)) << indicator << " " << year << " missing";
  return v;
}

TEST(DriversNationalTrends, SectorElectricityAddsUpToTheTotal) {
  // NEA 2024: 1357 (primary, not stored) + 63874 + 18348 + 14942 = 98521亿千瓦时, so the three stored
  // sectors are the total less the primary sector's 135.7 TWh.
  for (int year : {2022, 2023, 2024}) {
    const double sum = trend("electricity_secondary_twh", year) + trend("electricity_tertiary_twh", year) +
                       trend("electricity_residential_twh", year);
    const double total = trend("electricity_consumption_twh", year);
    EXPECT_GT(total - sum, 100.0) << year;  // the primary sector: 114.6, 127.8, 135.7 TWh
    EXPECT_LT(total - sum, 140.0) << year;
  }
  // The published growth rates are on a comparable basis; the levels of successive releases differ a
  // little by revisions, but never by more than 0.5 points here (2023 residential: 13524/13366 = +1.2 %
  // against the published +0.9 %).
  for (const char* sector : {"secondary", "tertiary", "residential"}) {
    for (int year = 2022; year <= 2024; ++year) {
      const std::string level = std::string("electricity_") + sector + "_twh";
      const std::string growth = std::string("electricity_") + sector + "_growth_pct";
      const double from_levels = 100.0 * (trend(level, year) / trend(level, year - 1) - 1.0);
      EXPECT_NEAR(from_levels, trend(growth, year), 0.5) << sector << " " << year;
    }
  }
}

// The baseline's demand levers (twin/pathway/lever.cpp) are derived from these rows; this recomputes the
// derivation of docs/baseline.md so that a changed row or lever shows up here.
TEST(DriversNationalTrends, BaselineDemandLeversFollowTheDocumentedTrends) {
  // Per-m2 non-heating electricity index, year by year: (1 + sector growth) / (1 + floor-area growth),
  // residential and tertiary weighted by their 2020 use (1094.6 and 1209.1 TWh → 0.4751 / 0.5249).
  // Floor area: housing +2.48 %/yr ((41.0/32.9)^(1/9), urban per capita 2012–2021, NBS/MOHURD: the
  // 2012 figure is in the row's note), public +4.4 %/yr (Pan et al. 2020, 1996–2014; no 2020–2024
  // figure found). 2024 tertiary without EV charging (81.1 TWh, +50.9 %):
  // (1834.8 − 81.1) / (1834.8/1.099 − 81.1/1.509) = 1753.7 / 1615.8 = +8.54 %.
  const double housing_floor = std::pow(41.0 / 32.9, 1.0 / 9.0) - 1.0;
  EXPECT_NEAR(housing_floor, 0.02476, 1e-5);
  const double public_floor = 0.044;
  const double res0 = trend("electricity_residential_twh", 2020), ter0 = trend("electricity_tertiary_twh", 2020);
  const double w_res = res0 / (res0 + ter0);
  const double t24 = trend("electricity_tertiary_twh", 2024), ev24 = trend("electricity_ev_charging_twh", 2024);
  const double ter24_ex_ev = (t24 - ev24) / (t24 / (1.0 + trend("electricity_tertiary_growth_pct", 2024) / 100.0) -
                                             ev24 / (1.0 + 0.509)) - 1.0;
  EXPECT_NEAR(ter24_ex_ev, 0.0854, 1e-4);
  double res_index = 1.0, ter_index = 1.0, sxy = 0.0, sxx = 0.0;
  const double documented_pct[] = {8.97, 14.47, 18.05, 24.88};  // docs/baseline.md
  for (int year = 2021; year <= 2024; ++year) {
    const double ter_growth = year == 2024 ? ter24_ex_ev : trend("electricity_tertiary_growth_pct", year) / 100.0;
    res_index *= (1.0 + trend("electricity_residential_growth_pct", year) / 100.0) / (1.0 + housing_floor);
    ter_index *= (1.0 + ter_growth) / (1.0 + public_floor);
    const double pct = 100.0 * (w_res * res_index + (1.0 - w_res) * ter_index - 1.0);
    EXPECT_NEAR(pct, documented_pct[year - 2021], 0.005) << year;
    sxy += (year - 2020) * pct;
    sxx += (year - 2020) * (year - 2020);
  }
  // Least squares through (2020, 0), the lever's default: slope = Σxy/Σx² = 191.6/30 = 6.39 points a year.
  const double slope = sxy / sxx;
  EXPECT_NEAR(slope, 6.39, 0.01);
  const auto& nh = twin::pathway::lever_def(twin::pathway::LeverId::NonHeatingIntensityChangePct);
  EXPECT_EQ(nh.default_setting.start_year, 2020);
  EXPECT_NEAR(nh.default_setting.target / nh.default_setting.ramp_years, slope, 0.05);

  // Industry: value added of industry above GDP, mean of 2021–2024 = (1.5 + 0.6 − 0.6 + 0.8)/4 = 0.575.
  double offset = 0.0;
  for (int year = 2021; year <= 2024; ++year)
    offset += (trend("industrial_value_added_growth_pct", year) - trend("gdp_growth_pct", year)) / 4.0;
  EXPECT_NEAR(offset, 0.575, 1e-9);
  const auto& ig = twin::pathway::lever_def(twin::pathway::LeverId::IndustryGrowthOffsetPts);
  EXPECT_NEAR(ig.default_setting.target, offset, 0.05);
  EXPECT_EQ(ig.default_setting.ramp_years, 0);
}

TEST(DriversNationalTrends, FypTargetLinesEqualThePolicyCsv) {
  CT_DRIVERS_NEED_FILES();
#if defined(CT_ASSETS_DIR)
  const auto csv = load_drivers_csv("policy_targets.csv");
  int matched = 0;
  for (const auto& row : csv) {
    if (row.at("base_year") != "2020" || row.at("target_year") != "2025") continue;
    const TargetLine line =
        row.at("target") == "energy_intensity_cut" ? fyp14_energy_intensity_line() : fyp14_co2_intensity_line();
    EXPECT_EQ(line.base_year, 2020);
    EXPECT_EQ(line.target_year, 2025);
    EXPECT_DOUBLE_EQ(line.cut_fraction * 100.0, std::stod(row.at("value"))) << row.at("target");
    EXPECT_FALSE(row.at("found_at").empty());
    ++matched;
  }
  EXPECT_EQ(matched, 2);
#endif
}

}  // namespace
}  // namespace twin::drivers
