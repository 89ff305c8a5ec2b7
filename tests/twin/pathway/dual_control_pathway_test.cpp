// Dual-control (双控) indicators in the pathway: the base economy, each year's indicators from its
// energy and emissions, target lines and the carbon budget, and the scenario's validation.
#include <gtest/gtest.h>

#include <cmath>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/pathway/dual_control_year.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::pathway {
namespace {

// 双控's CO2 of a year: gross without agriculture's N2O and CH4 (dual_control_year.hpp).
double co2_t(const PathwayYear& y) { return y.gross_t - y.agriculture_t; }

using drivers::Indicator;
using emissions::Carrier;

constexpr int idx(Indicator i) { return static_cast<int>(i); }

bool has_error(const std::vector<ScenarioError>& errors, const std::string& where, const std::string& field) {
  for (const auto& e : errors)
    if (e.where == where && e.field == field) return true;
  return false;
}

TEST(DualControlPathway, BaseEconomyIsResidentsTimesNationalGdpPerCapita) {
  // 1 015 986 亿元 = 1.015986e14 yuan over 141 260 万 = 1.4126e9 persons = 71 923.12 yuan per person.
  EXPECT_NEAR(national_gdp_per_capita_2020_yuan(), 71923.12, 0.01);
  const Baseline& b = test::default_baseline();
  ASSERT_GT(b.population, 0.0);
  EXPECT_EQ(b.economy.base_year, 2020);
  EXPECT_DOUBLE_EQ(b.economy.population, b.population);
  EXPECT_NEAR(b.economy.gdp_10k_yuan, b.population * 7.192312048704516, 1e-6 * b.economy.gdp_10k_yuan);
  // Shares 77 754 / 384 255 / 553 977 over 1 015 986 亿元 (NBS 2020): 7.653 %, 37.821 %, 54.526 %.
  EXPECT_NEAR(b.economy.value_added_share[0], 0.0765306, 1e-6);
  EXPECT_NEAR(b.economy.value_added_share[1], 0.3782090, 1e-6);
  EXPECT_NEAR(b.economy.value_added_share[2], 0.5452605, 1e-6);
  EXPECT_NEAR(b.economy.value_added_share[0] + b.economy.value_added_share[1] + b.economy.value_added_share[2], 1.0,
              1e-12);
}

TEST(DualControlPathway, BaseYearIndicatorsByHandFromTheYearsEnergyAndEmissions) {
  const PathwayResult r = evaluate_pathway(test::default_baseline(), default_scenario());
  const PathwayYear& y = r.years.front();
  ASSERT_EQ(y.year, 2020);
  // Energy: electricity × 0.1229 kgce/kWh, every other carrier × 3600 kJ / 29 307.6 kJ/kgce
  // = 0.1228350 kgce/kWh, plus the plants' hydrogen at the same heat content; / 1000 → tce.
  double kgce = 0.0;
  for (int s = 0; s < emissions::kSectorCount; ++s)
    for (int c = 0; c < emissions::kCarrierCount; ++c)
      kgce += y.energy.energy_kwh[s][c] * (c == static_cast<int>(Carrier::Electricity) ? 0.1229 : 3600.0 / 29307.6);
  kgce += y.industry.energy_kwh[static_cast<int>(industry::Carrier::Hydrogen)] * 3600.0 / 29307.6;
  const double energy_tce = kgce / 1000.0;
  ASSERT_GT(energy_tce, 0.0);
  EXPECT_NEAR(y.dual_control.energy_tce, energy_tce, 1e-9 * energy_tce);
  // 双控 CO2 is gross without agriculture's N2O/CH4 (dual_control_year.hpp).
  const double co2 = co2_t(y);
  EXPECT_DOUBLE_EQ(y.dual_control.co2_t, co2);
  // GDP of the base year = residents × 7.1923 万元; population = residents.
  const double gdp = y.population * 7.192312048704516;
  EXPECT_NEAR(y.economy.gdp_10k_yuan, gdp, 1e-9 * gdp);
  EXPECT_DOUBLE_EQ(y.economy.population, y.population);
  EXPECT_NEAR(y.dual_control.energy_intensity_tce_per_10k_yuan, energy_tce / gdp, 1e-9 * energy_tce / gdp);
  EXPECT_NEAR(y.dual_control.co2_intensity_t_per_10k_yuan, co2 / gdp, 1e-9 * co2 / gdp);
  EXPECT_NEAR(y.dual_control.energy_per_capita_tce, energy_tce / y.population, 1e-9 * energy_tce / y.population);
  EXPECT_NEAR(y.dual_control.co2_per_capita_t, co2 / y.population, 1e-9 * co2 / y.population);
  // The industry's own account uses 1 kgce = 8.141 kWh for fuels: the plants' tce must be within the
  // city total (a cross-check that the plants are counted once).
  EXPECT_LT(y.industry.energy_tce, energy_tce);
  // The report carries the same indicators for every year.
  ASSERT_EQ(r.dual_control.years.size(), static_cast<std::size_t>(kYearCount));
  EXPECT_TRUE(r.dual_control.errors.empty());
  for (int k = 0; k < kYearCount; ++k) {
    EXPECT_EQ(r.dual_control.years[k].value.year, r.years[k].year);
    EXPECT_DOUBLE_EQ(r.dual_control.years[k].value.co2_t, r.years[k].dual_control.co2_t);
    EXPECT_DOUBLE_EQ(r.dual_control.years[k].value.energy_tce, r.years[k].dual_control.energy_tce);
  }
}

TEST(DualControlPathway, GdpFollowsTheDefaultGrowthPath) {
  const PathwayResult r = evaluate_pathway(test::default_baseline(), default_scenario());
  // 2021 +8.1 %, 2022 +3.0 % (NBS): GDP 2022 = GDP 2020 × 1.081 × 1.030.
  EXPECT_NEAR(r.years[2].economy.gdp_10k_yuan, r.years[0].economy.gdp_10k_yuan * 1.081 * 1.030,
              1e-12 * r.years[2].economy.gdp_10k_yuan);
  // Same as drivers::economy_of_year on the same base and path (bit for bit).
  drivers::EconomyYear e;
  drivers::EconomyError err;
  ASSERT_TRUE(drivers::economy_of_year(test::default_baseline().economy, drivers::default_economy_paths(), 2060, &e, &err));
  EXPECT_EQ(r.years.back().economy.gdp_10k_yuan, e.gdp_10k_yuan);
}

TEST(DualControlPathway, IntensityFallsWhenGdpGrowsAndEnergyIsFlat) {
  // Two years with the same energy and emissions; GDP 2021 = GDP 2020 × 1.081 (NBS growth 8.1 %).
  const drivers::EconomyBase base = default_city_economy(2020, 1.0e6);  // GDP 7 192 312 万元
  const drivers::RatePath path = drivers::default_economy_paths().gdp_growth;
  PathwayYear a, b;
  a.year = 2020;
  b.year = 2021;
  for (PathwayYear* y : {&a, &b}) {
    y->energy.energy_kwh[static_cast<int>(emissions::Sector::Residential)][static_cast<int>(Carrier::Electricity)] = 1.0e9;
    y->gross_t = 5.0e5;
    y->population = 1.0e6;
  }
  a.economy = economy_year(base, path, 2020, 0.0, a.population);
  b.economy = economy_year(base, path, 2021, a.economy.gdp_10k_yuan, b.population);
  EXPECT_NEAR(a.economy.gdp_10k_yuan, 7192312.048704516, 1e-6);
  EXPECT_NEAR(b.economy.gdp_10k_yuan, 7192312.048704516 * 1.081, 1e-6);
  const drivers::DualControlIndicators ia = drivers::indicators_of(dual_control_input(a));
  const drivers::DualControlIndicators ib = drivers::indicators_of(dual_control_input(b));
  // 1e9 kWh × 0.1229 kgce/kWh = 122 900 tce, both years.
  EXPECT_NEAR(ia.energy_tce, 122900.0, 1e-6);
  EXPECT_DOUBLE_EQ(ia.energy_tce, ib.energy_tce);
  // 122 900 / 7 192 312.05 = 0.017088 tce per 万元; next year / 1.081.
  EXPECT_NEAR(ia.energy_intensity_tce_per_10k_yuan, 122900.0 / 7192312.048704516, 1e-12);
  EXPECT_LT(ib.energy_intensity_tce_per_10k_yuan, ia.energy_intensity_tce_per_10k_yuan);
  EXPECT_NEAR(ib.energy_intensity_tce_per_10k_yuan, ia.energy_intensity_tce_per_10k_yuan / 1.081, 1e-12);
  EXPECT_NEAR(ib.co2_intensity_t_per_10k_yuan, ia.co2_intensity_t_per_10k_yuan / 1.081, 1e-12);
  EXPECT_DOUBLE_EQ(ib.energy_per_capita_tce, ia.energy_per_capita_tce);  // population flat
}

TEST(DualControlPathway, DefaultTargetsAreThe14thFypIntensityLines) {
  const Scenario s = default_scenario();
  const drivers::TargetLine e = drivers::fyp14_energy_intensity_line(), c = drivers::fyp14_co2_intensity_line();
  const drivers::TargetLine& se = s.dual_control.lines[idx(Indicator::EnergyIntensity)];
  const drivers::TargetLine& sc = s.dual_control.lines[idx(Indicator::Co2Intensity)];
  EXPECT_EQ(se.kind, e.kind);
  EXPECT_EQ(se.base_year, e.base_year);
  EXPECT_EQ(se.target_year, e.target_year);
  EXPECT_EQ(se.cut_fraction, e.cut_fraction);
  EXPECT_EQ(sc.kind, c.kind);
  EXPECT_EQ(sc.cut_fraction, c.cut_fraction);
  EXPECT_EQ(s.dual_control.lines[idx(Indicator::Co2T)].kind, drivers::TargetLine::Kind::None);
  EXPECT_FALSE(s.dual_control.budget.enabled);

  const PathwayResult r = evaluate_pathway(test::default_baseline(), s);
  const drivers::DualControlYear& y2025 = r.dual_control.years[5];
  ASSERT_EQ(y2025.value.year, 2025);
  ASSERT_TRUE(y2025.has_bound[idx(Indicator::EnergyIntensity)]);
  // 2025 bound = 2020 intensity × (1 − 0.135); CO2: × (1 − 0.18).
  EXPECT_NEAR(y2025.bound[idx(Indicator::EnergyIntensity)],
              r.years[0].dual_control.energy_intensity_tce_per_10k_yuan * 0.865, 1e-12);
  EXPECT_NEAR(y2025.bound[idx(Indicator::Co2Intensity)], r.years[0].dual_control.co2_intensity_t_per_10k_yuan * 0.82,
              1e-12);
  EXPECT_FALSE(r.dual_control.years[0].has_bound[idx(Indicator::EnergyIntensity)]);  // no bound in the base year
  // Flags agree with the values and bounds.
  for (const auto& y : r.dual_control.years)
    for (int i : {idx(Indicator::EnergyIntensity), idx(Indicator::Co2Intensity)})
      if (y.has_bound[i]) {
        const double v = i == idx(Indicator::EnergyIntensity) ? y.value.energy_intensity_tce_per_10k_yuan
                                                              : y.value.co2_intensity_t_per_10k_yuan;
        EXPECT_EQ(y.over_bound[i], v > y.bound[i] * (1.0 + 1e-9)) << y.value.year;
      }
}

TEST(DualControlPathway, ACo2TargetLineFlagsTheYearsAboveIt) {
  Scenario s = default_scenario();
  const PathwayResult free_run = evaluate_pathway(test::default_baseline(), s);
  // A flat line at the 2020 CO2 (gross without agriculture, dual_control_year.hpp) from 2021 to 2060: exactly the years above 2020's gross are flagged.
  const double bound = co2_t(free_run.years[0]);
  drivers::TargetLine& line = s.dual_control.lines[idx(Indicator::Co2T)];
  line.kind = drivers::TargetLine::Kind::Series;
  for (int year = 2021; year <= 2060; ++year) line.series.push_back({year, bound});
  ASSERT_TRUE(validate_scenario(s).empty());
  const PathwayResult r = evaluate_pathway(test::default_baseline(), s);
  std::vector<int> expected;
  for (const PathwayYear& y : r.years)
    if (y.year > 2020 && co2_t(y) > bound * (1.0 + 1e-9)) expected.push_back(y.year);
  ASSERT_FALSE(expected.empty());  // the default city's baseline peaks in 2025, above 2020
  EXPECT_EQ(years_out_of_bounds(r.dual_control, Indicator::Co2T), expected);
  EXPECT_FALSE(r.dual_control.years[0].has_bound[idx(Indicator::Co2T)]);
  EXPECT_TRUE(r.dual_control.years[1].has_bound[idx(Indicator::Co2T)]);
  // The line does not change the emissions.
  for (int k = 0; k < kYearCount; ++k) EXPECT_EQ(r.years[k].gross_t, free_run.years[k].gross_t);
}

TEST(DualControlPathway, ABudgetFlagsTheFirstYearOverAndEveryYearAfter) {
  Scenario s = default_scenario();
  const PathwayResult free_run = evaluate_pathway(test::default_baseline(), s);
  // Cap = Σ CO2 (gross without agriculture) 2020–2024 + half of 2025: the cumulative passes it in 2025.
  double cap = 0.0;
  for (int k = 0; k < 5; ++k) cap += co2_t(free_run.years[k]);
  cap += 0.5 * co2_t(free_run.years[5]);
  s.dual_control.budget = {true, 2020, cap};
  ASSERT_TRUE(validate_scenario(s).empty());
  const PathwayResult r = evaluate_pathway(test::default_baseline(), s);
  EXPECT_EQ(first_year_over_budget(r.dual_control), 2025);
  const std::vector<int> over = years_over_budget(r.dual_control);
  ASSERT_EQ(over.size(), 36u);  // 2025–2060, gross stays positive
  EXPECT_EQ(over.front(), 2025);
  EXPECT_EQ(over.back(), 2060);
  EXPECT_NEAR(r.dual_control.years[4].cumulative_co2_t, cap - 0.5 * co2_t(free_run.years[5]), 1e-6 * cap);
  EXPECT_FALSE(r.dual_control.years[4].over_budget);
  // Starting the budget in 2030 counts from 2030 only.
  s.dual_control.budget = {true, 2030, free_run.years[10].gross_t * 1.5};
  const PathwayResult r2 = evaluate_pathway(test::default_baseline(), s);
  EXPECT_EQ(first_year_over_budget(r2.dual_control), 2031);
  EXPECT_EQ(r2.dual_control.years[9].cumulative_co2_t, 0.0);
}

TEST(DualControlPathway, BadTargetsAreNamedByValidation) {
  Scenario s = default_scenario();
  drivers::TargetLine& cut = s.dual_control.lines[idx(Indicator::EnergyTce)];
  cut.kind = drivers::TargetLine::Kind::CutVsBase;
  cut.cut_fraction = 1.5;
  cut.base_year = 2030;
  cut.target_year = 2025;
  drivers::TargetLine& series = s.dual_control.lines[idx(Indicator::Co2PerCapita)];
  series.kind = drivers::TargetLine::Kind::Series;
  series.series = {{2030, 5.0}, {2030, 4.0}, {2070, std::nan("")}};
  s.dual_control.budget = {true, 2019, -1.0};
  const auto errors = validate_scenario(s);
  EXPECT_TRUE(has_error(errors, "dual_control.energy_tce", "cut_pct"));
  EXPECT_TRUE(has_error(errors, "dual_control.energy_tce", "target_year"));
  EXPECT_FALSE(has_error(errors, "dual_control.energy_tce", "base_year"));  // 2030 is a valid base year
  EXPECT_TRUE(has_error(errors, "dual_control.co2_t_per_capita", "series[1]"));  // not increasing
  EXPECT_TRUE(has_error(errors, "dual_control.co2_t_per_capita", "series[2]"));  // 2070 and NaN
  EXPECT_FALSE(has_error(errors, "dual_control.co2_t_per_capita", "series[0]"));
  EXPECT_TRUE(has_error(errors, "dual_control.carbon_budget", "start_year"));
  EXPECT_TRUE(has_error(errors, "dual_control.carbon_budget", "cap_t"));
  EXPECT_EQ(errors.size(), 7u);  // 2030 series[2] has two: year and bound
  drivers::TargetLine empty;
  empty.kind = drivers::TargetLine::Kind::Series;
  Scenario t = default_scenario();
  t.dual_control.lines[idx(Indicator::Co2T)] = empty;
  EXPECT_TRUE(has_error(validate_scenario(t), "dual_control.co2_t", "series"));
}

TEST(DualControlPathway, IndicatorKeysRoundTrip) {
  for (int i = 0; i < drivers::kIndicatorCount; ++i) {
    Indicator found = Indicator::Count;
    ASSERT_TRUE(find_dual_control_indicator(dual_control_key(static_cast<Indicator>(i)), &found));
    EXPECT_EQ(static_cast<int>(found), i);
  }
  Indicator found = Indicator::Count;
  EXPECT_FALSE(find_dual_control_indicator("energy", &found));
  EXPECT_STREQ(dual_control_key(Indicator::EnergyPerCapita), "energy_tce_per_capita");
}

}  // namespace
}  // namespace twin::pathway
