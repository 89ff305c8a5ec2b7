// Carbon price path (cited points, default path, the user's points), allowances of the plants and the
// sink credit of added forest.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/cost/carbon_value.hpp"

namespace twin::cost {
namespace {

using pathway::LeverId;

TEST(CostCarbonValue, PricePathInterpolatesAndHolds) {
  const CarbonPricePath p = default_carbon_price_path();
  EXPECT_EQ(carbon_price(p, Market::Cea, 2020), 0.0);     // no national market before 2021-07
  EXPECT_EQ(carbon_price(p, Market::Cea, 2021), 54.22);   // 2021 close
  EXPECT_EQ(carbon_price(p, Market::Cea, 2022), 55.30);   // 2022 average (SEEE)
  EXPECT_EQ(carbon_price(p, Market::Cea, 2024), 95.96);   // 2024 average (ICAP)
  // 2027: 95.96 + (130 − 95.96) × 3/6 = 112.98.
  EXPECT_NEAR(carbon_price(p, Market::Cea, 2027), 112.98, 1e-12);
  EXPECT_EQ(carbon_price(p, Market::Cea, 2060), 300.0);
  EXPECT_EQ(carbon_price(p, Market::Cea, 2070), 300.0);   // held
  // CCER: 65 (2023) → 70 (2025): 2024 = 67.5; after 2025 the CEA × 0.73: 2030 = 130 × 0.73 = 94.9.
  EXPECT_EQ(carbon_price(p, Market::Ccer, 2022), 0.0);
  EXPECT_NEAR(carbon_price(p, Market::Ccer, 2024), 67.5, 1e-12);
  EXPECT_NEAR(carbon_price(p, Market::Ccer, 2030), 94.9, 1e-12);

  CarbonPricePath user = p;
  EXPECT_EQ(with_user_cea_points({{2030, 200.0}, {2050, 500.0}}, &user), "");
  EXPECT_EQ(carbon_price(user, Market::Cea, 2024), 95.96);  // cited prices kept
  // 2027: 95.96 + (200 − 95.96) × 3/6 = 147.98; 2040: 200 + 300 × 10/20 = 350.
  EXPECT_NEAR(carbon_price(user, Market::Cea, 2027), 147.98, 1e-12);
  EXPECT_NEAR(carbon_price(user, Market::Cea, 2040), 350.0, 1e-12);
  EXPECT_EQ(carbon_price(user, Market::Cea, 2060), 500.0);
  CarbonPricePath bad = p;
  EXPECT_NE(with_user_cea_points({{2023, 100.0}}, &bad), "");  // not after the cited years
  EXPECT_NE(with_user_cea_points({{2030, -1.0}}, &bad), "");
  EXPECT_NE(with_user_cea_points({{2040, 1.0}, {2035, 2.0}}, &bad), "");
  EXPECT_NE(with_user_cea_points({{2040, std::numeric_limits<double>::quiet_NaN()}}, &bad), "");
}

TEST(CostCarbonValue, PlantsMatchThePathwayAndAllowancesFollowTheirMethod) {
  // Without the local energy system: twin/cost's plant accounts price electricity at the grid factor,
  // the pathway with the hourly balance at the balance's factor (pathway/local_supply_test.cpp).
  pathway::Baseline base = pathway::test::default_annual_baseline();
  industry::Plant kiln;  // a covered plant: 1 Mt clinker a year
  kiln.name = "test kiln";
  kiln.sector = industry::Sector::Cement;
  kiln.route = industry::Route::CementClinker;
  kiln.output = 1.0e6;
  base.plants.push_back(kiln);
  const pathway::Scenario s = pathway::default_scenario();
  const pathway::PathwayResult r = pathway::evaluate_pathway(base, s);
  const std::vector<PlantsYear> plants = plants_by_year(base, s, r);
  ASSERT_EQ(plants.size(), r.years.size());
  for (std::size_t k = 0; k < r.years.size(); ++k)
    EXPECT_DOUBLE_EQ(plants[k].actual.total.net_t, r.years[k].industry.net_t) << r.years[k].year;

  const CarbonPricePath path = default_carbon_price_path();
  const std::vector<EmitterAllowance> a2024 = allowance_values(base, plants, 2024, path);
  const std::vector<EmitterAllowance> a2030 = allowance_values(base, plants, 2030, path);
  ASSERT_EQ(a2030.size(), base.plants.size());
  const EmitterAllowance& kiln_2030 = a2030.back();
  EXPECT_FALSE(a2024.back().covered);  // cement joined the national ETS in 2025
  EXPECT_TRUE(kiln_2030.covered);
  EXPECT_EQ(kiln_2030.method, "national_benchmark");
  // Clinker output is held (two-high): 1 Mt × 0.8534 t/t = 853 400 t allowances.
  EXPECT_NEAR(kiln_2030.allowance_t, 853400.0, 1e-6);
  EXPECT_EQ(kiln_2030.surplus_t, kiln_2030.allowance_t - kiln_2030.net_t);
  EXPECT_EQ(kiln_2030.value_yuan, kiln_2030.surplus_t * 130.0);  // 2030 CEA of the default path
  for (std::size_t i = 0; i + 1 < a2030.size(); ++i) {
    EXPECT_FALSE(a2030[i].covered) << base.plants[i].name;
    EXPECT_EQ(a2030[i].method, "base_year_intensity");
  }
  // Against its own 2020 intensity a plant has no surplus in 2020.
  for (const EmitterAllowance& e : allowance_values(base, plants, 2020, path))
    if (!e.covered) {
      EXPECT_NEAR(e.surplus_t, 0.0, 1e-9 * std::abs(e.net_t));
    }
}

TEST(CostCarbonValue, SinkCreditOfAddedForest) {
  const pathway::Baseline& base = pathway::test::default_baseline();
  const pathway::Scenario s = pathway::default_scenario();
  pathway::Scenario f = s;
  f.lever(LeverId::ForestAddedHa) = {2021, 0, 1000.0};
  const pathway::PathwayResult r0 = pathway::evaluate_pathway(base, s);
  const pathway::PathwayResult r1 = pathway::evaluate_pathway(base, f);
  const SinkCredit c = sink_credit(r0, r1, 2030, default_carbon_price_path());
  const std::size_t k = 2030 - pathway::kFirstYear;
  EXPECT_EQ(c.added_removal_t, r0.years[k].sinks_t - r1.years[k].sinks_t);
  EXPECT_GT(c.added_removal_t, 0.0);
  EXPECT_NEAR(c.price_yuan_per_t, 94.9, 1e-12);
  EXPECT_EQ(c.value_yuan, c.added_removal_t * c.price_yuan_per_t);
}

}  // namespace
}  // namespace twin::cost
