// Economic drivers by year: compounding, interpolated rates, value-added shares and bad input.
#include "twin/drivers/economy.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace twin::drivers {
namespace {

EconomyBase test_base() {
  EconomyBase b;
  b.base_year = 2020;
  b.gdp_10k_yuan = 1000.0;
  b.value_added_share = {0.1, 0.4, 0.5};
  b.population = 1000.0;
  return b;
}

TEST(DriversEconomy, GdpCompoundsTheInterpolatedRates) {
  EconomyPaths paths;
  paths.gdp_growth = {{2021, 0.08}, {2023, 0.04}};  // 2022 halfway: 0.06
  paths.population_growth = {{2021, -0.01}};         // flat −1 %
  EconomyYear y;
  ASSERT_TRUE(economy_of_year(test_base(), paths, 2023, &y, nullptr));
  // 1000 × 1.08 × 1.06 × 1.04 = 1190.592
  EXPECT_NEAR(y.gdp_10k_yuan, 1190.592, 1e-9);
  // 1000 × 0.99³ = 970.299
  EXPECT_NEAR(y.population, 970.299, 1e-9);
  // shares held: 0.1 / 0.4 / 0.5 of 1190.592
  EXPECT_NEAR(y.value_added_10k_yuan[0], 119.0592, 1e-9);
  EXPECT_NEAR(y.value_added_10k_yuan[1], 476.2368, 1e-9);
  EXPECT_NEAR(y.value_added_10k_yuan[2], 595.296, 1e-9);
  // 1190.592 万元 × 10 000 / 970.299 persons = 12 270.37… yuan
  EXPECT_NEAR(y.gdp_per_capita_yuan, 1190.592e4 / 970.299, 1e-6);
  EconomyYear base_year;
  ASSERT_TRUE(economy_of_year(test_base(), paths, 2020, &base_year, nullptr));
  EXPECT_EQ(base_year.gdp_10k_yuan, 1000.0);
}

TEST(DriversEconomy, SharesMoveLinearlyToTheTarget) {
  EconomyPaths paths;
  paths.hold_shares = false;
  paths.value_added_share_target = {0.0, 0.3, 0.7};
  paths.share_target_year = 2030;
  EconomyYear y;
  ASSERT_TRUE(economy_of_year(test_base(), paths, 2025, &y, nullptr));  // halfway, no growth
  EXPECT_NEAR(y.value_added_10k_yuan[0], 50.0, 1e-9);   // (0.1 + 0.5 × (0 − 0.1)) × 1000
  EXPECT_NEAR(y.value_added_10k_yuan[1], 350.0, 1e-9);  // 0.35 × 1000
  EXPECT_NEAR(y.value_added_10k_yuan[2], 600.0, 1e-9);  // 0.60 × 1000
  ASSERT_TRUE(economy_of_year(test_base(), paths, 2040, &y, nullptr));  // held after the target year
  EXPECT_NEAR(y.value_added_10k_yuan[2], 700.0, 1e-9);
}

TEST(DriversEconomy, DefaultPathDeclinesAfterTheDocumentedYears) {
  const EconomyPaths p = default_economy_paths();
  EXPECT_DOUBLE_EQ(rate_of_year(p.gdp_growth, 2023), 0.052);
  EXPECT_NEAR(rate_of_year(p.gdp_growth, 2029), 0.052 + 0.5 * (0.030 - 0.052), 1e-12);  // halfway to 2035
  EXPECT_DOUBLE_EQ(rate_of_year(p.gdp_growth, 2060), 0.015);
  for (int year = 2024; year < 2060; ++year)
    EXPECT_GE(rate_of_year(p.gdp_growth, year), rate_of_year(p.gdp_growth, year + 1)) << year;
}

TEST(DriversEconomy, BadInputIsAnErrorNamingTheField) {
  EconomyYear y;
  EconomyError e;
  EconomyBase b = test_base();
  b.gdp_10k_yuan = std::nan("");
  EXPECT_FALSE(economy_of_year(b, default_economy_paths(), 2025, &y, &e));
  EXPECT_EQ(e.field, "gdp_10k_yuan");
  b = test_base();
  b.value_added_share = {0.2, 0.4, 0.5};
  EXPECT_FALSE(economy_of_year(b, default_economy_paths(), 2025, &y, &e));
  EXPECT_EQ(e.field, "value_added_share");
  EXPECT_FALSE(economy_of_year(test_base(), default_economy_paths(), 2019, &y, &e));
  EXPECT_EQ(e.field, "year");
  EconomyPaths p = default_economy_paths();
  p.gdp_growth.push_back({2070, -1.5});
  EXPECT_FALSE(economy_of_year(test_base(), p, 2025, &y, &e));
  EXPECT_EQ(e.field, "gdp_growth");
  EXPECT_NE(e.message.find("2070"), std::string::npos);
}

}  // namespace
}  // namespace twin::drivers
