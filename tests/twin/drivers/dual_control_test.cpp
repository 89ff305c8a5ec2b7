// Dual-control arithmetic by hand, target lines, the carbon budget and flags.
#include "twin/drivers/dual_control.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace twin::drivers {
namespace {

constexpr int kEI = static_cast<int>(Indicator::EnergyIntensity);
constexpr int kCI = static_cast<int>(Indicator::Co2Intensity);

TEST(DriversDualControl, EnergyInTceUsesTheCalorificEquivalent) {
  std::array<double, emissions::kCarrierCount> e{};
  e[static_cast<int>(emissions::Carrier::Electricity)] = 1.0e6;  // 1 GWh × 0.1229 kgce/kWh = 122.9 tce
  EXPECT_NEAR(energy_tce(e), 122.9, 1e-9);
  e[static_cast<int>(emissions::Carrier::NaturalGas)] = 1.0e6;  // 3.6e9 kJ / 29 307.6 kJ/kgce = 122 834.9… kgce
  EXPECT_NEAR(energy_tce(e), 122.9 + 3.6e9 / 29307.6 / 1000.0, 1e-9);
  EXPECT_NEAR(3.6e9 / 29307.6 / 1000.0, 122.835, 1e-3);
}

TEST(DriversDualControl, IndicatorsByHand) {
  // 1000 tce, 2500 tCO2, GDP 5000 万元, 10 000 persons.
  const DualControlIndicators v = indicators_of({2020, 1000.0, 2500.0, 5000.0, 10000.0});
  EXPECT_DOUBLE_EQ(v.energy_intensity_tce_per_10k_yuan, 0.2);  // 1000 / 5000
  EXPECT_DOUBLE_EQ(v.co2_intensity_t_per_10k_yuan, 0.5);       // 2500 / 5000
  EXPECT_DOUBLE_EQ(v.energy_per_capita_tce, 0.1);              // 1000 / 10 000
  EXPECT_DOUBLE_EQ(v.co2_per_capita_t, 0.25);                  // 2500 / 10 000
  const DualControlIndicators zero = indicators_of({2020, 1.0, 1.0, 0.0, 0.0});
  EXPECT_EQ(zero.energy_intensity_tce_per_10k_yuan, 0.0);
}

TEST(DriversDualControl, FypLinesAndBudgetFlagYearsOutOfBounds) {
  DualControlTargets targets;
  targets.lines[kEI] = fyp14_energy_intensity_line();
  targets.lines[kCI] = fyp14_co2_intensity_line();
  targets.budget = {true, 2020, 6000.0};
  // GDP grows 5000 → 5500 → 6000 → 6500; energy and CO2 as below.
  const std::vector<DualControlInput> years = {
      {2020, 1000.0, 2500.0, 5000.0, 1e4},  // EI 0.2, CI 0.5 (the base)
      {2021, 1050.0, 2500.0, 5500.0, 1e4},  // EI 0.190909 ≤ 0.2 × (1 − 0.135 × 0.2) = 0.1946 ; CI 0.4545 ≤ 0.482
      {2022, 1100.0, 2600.0, 6000.0, 1e4},  // EI 0.183333 ≤ 0.2 × (1 − 0.135 × 0.4) = 0.1892
      {2023, 1250.0, 2500.0, 6500.0, 1e4},  // EI 0.192308 > 0.2 × (1 − 0.135 × 0.6) = 0.1838 → flagged
  };
  const DualControlReport r = evaluate_dual_control(years, targets);
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.years.size(), 4u);
  EXPECT_FALSE(r.years[0].has_bound[kEI]);  // no bound in the base year itself
  EXPECT_NEAR(r.years[1].bound[kEI], 0.1946, 1e-12);
  EXPECT_NEAR(r.years[1].bound[kCI], 0.5 * (1.0 - 0.18 * 0.2), 1e-12);  // 0.482
  EXPECT_NEAR(r.years[3].bound[kEI], 0.1838, 1e-12);
  EXPECT_FALSE(r.years[1].over_bound[kEI]);
  EXPECT_FALSE(r.years[2].over_bound[kEI]);
  EXPECT_TRUE(r.years[3].over_bound[kEI]);
  EXPECT_FALSE(r.years[3].over_bound[kCI]);  // 2500/6500 = 0.3846 ≤ 0.5 × (1 − 0.18 × 0.6) = 0.446
  // Budget 6000 t: cumulative 2500, 5000, 7600 (> cap: flagged), 10 100.
  EXPECT_DOUBLE_EQ(r.years[1].cumulative_co2_t, 5000.0);
  EXPECT_FALSE(r.years[1].over_budget);
  EXPECT_DOUBLE_EQ(r.years[2].cumulative_co2_t, 7600.0);
  EXPECT_TRUE(r.years[2].over_budget);
  EXPECT_TRUE(r.years[2].any_flag);
  EXPECT_FALSE(r.years[1].any_flag);
}

TEST(DriversDualControl, SeriesLineBoundsOnlyItsYearsAndHoldsAfterTarget) {
  TargetLine line;
  line.kind = TargetLine::Kind::Series;
  line.series = {{2025, 100.0}};
  double b = 0.0;
  EXPECT_TRUE(bound_of_year(line, 2025, 0.0, &b));
  EXPECT_EQ(b, 100.0);
  EXPECT_FALSE(bound_of_year(line, 2024, 0.0, &b));
  const TargetLine cut = fyp14_co2_intensity_line();
  ASSERT_TRUE(bound_of_year(cut, 2030, 1.0, &b));
  EXPECT_DOUBLE_EQ(b, 0.82);  // held at −18 % after 2025
}

TEST(DriversDualControl, BadRowsAreReportedNotDropped) {
  DualControlTargets targets;
  targets.lines[kEI] = fyp14_energy_intensity_line();
  targets.lines[kEI].base_year = 2019;  // not among the rows
  const DualControlReport r = evaluate_dual_control(
      {{2020, 1.0, 1.0, 1.0, 1.0}, {2021, std::nan(""), 1.0, 1.0, 1.0}, {2021, 1.0, -1.0, 1.0, 1.0},
       {2020, 1.0, 1.0, 1.0, 1.0}},
      targets);
  ASSERT_EQ(r.years.size(), 1u);
  ASSERT_EQ(r.errors.size(), 4u);
  EXPECT_EQ(r.errors[0].year, 2021);
  EXPECT_EQ(r.errors[0].field, "energy_tce");
  EXPECT_EQ(r.errors[1].field, "co2_t");
  EXPECT_EQ(r.errors[2].field, "year");  // 2020 after 2020: out of order
  EXPECT_EQ(r.errors[3].field, "energy_intensity_tce_per_10k_yuan");  // base year missing
  EXPECT_FALSE(r.years[0].has_bound[kEI]);
}

}  // namespace
}  // namespace twin::drivers
