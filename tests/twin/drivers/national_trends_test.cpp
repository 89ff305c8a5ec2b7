// The embedded 2020–2024 national trends equal assets/drivers/national_trends_2020_2024.csv row for
// row, every row names its source and the page it was found on, and the 14th FYP target lines equal
// assets/drivers/policy_targets.csv (native only: the wasm build has no file system).
#include "twin/drivers/national_trends.hpp"

#include <gtest/gtest.h>

#include <string>

#include "tests/twin/emissions/csv_test_util.hpp"
#include "twin/drivers/dual_control.hpp"
#include "twin/drivers/economy.hpp"

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
  EXPECT_FALSE(national_trend("gdp_growth_pct", 2024, &v));  // not found in a citable page: absent
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
