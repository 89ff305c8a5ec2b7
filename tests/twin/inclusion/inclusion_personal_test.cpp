// A resident's kgCO2 and points for fixed choices equal hand calculations from the cited factors, and
// the context prices a year exactly as the pathway does.
#include <gtest/gtest.h>

#include <cmath>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/inclusion/personal.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::inclusion {
namespace {

using emissions::Carrier;

// 2020 national: the grid path starts at the first published national factor (MEE/NBS 2021: 0.5568).
constexpr double kGrid2020 = 0.5568;
// Gasoline: IPCC 2006 69 300 kgCO2/TJ; 1 TJ = 277 777.7… kWh → 0.24948 kgCO2/kWh.
constexpr double kGasolineKgPerKwh = 69300.0 * 3.6e-6;
// District heat: 0.11 tCO2/GJ = 0.396 kgCO2/kWh.
constexpr double kHeatKgPerKwh = 0.11 * 3.6;

const InclusionContext& context_2020() {
  static const InclusionContext ctx = inclusion_context(pathway::default_scenario(), 2020);
  return ctx;
}

TEST(InclusionPersonal, ContextFactorsEqualThePathwayYearBitForBit) {
  pathway::Scenario s = pathway::default_scenario();
  s.grid_region = emissions::GridRegion::EastChina;
  s.lever(pathway::LeverId::GridNonfossilAddedPts) = {2025, 10, 15.0};
  s.lever(pathway::LeverId::HeatFactorReductionPct) = {2022, 8, 30.0};
  const pathway::PathwayResult r = pathway::evaluate_pathway(pathway::test::default_annual_baseline(), s);
  for (int year : {2020, 2025, 2030, 2045, 2060}) {
    const InclusionContext ctx = inclusion_context(s, year);
    const pathway::PathwayYear& y = r.years[year - pathway::kFirstYear];
    EXPECT_EQ(ctx.factors.of(Carrier::Electricity).kg_per_kwh, y.grid_factor_kg_per_kwh) << year;
    EXPECT_EQ(ctx.factors.of(Carrier::DistrictHeat).kg_per_kwh, y.heat_factor_kg_per_kwh) << year;
  }
  EXPECT_NEAR(context_2020().factors.of(Carrier::Electricity).kg_per_kwh, kGrid2020, 1e-12);
  EXPECT_NEAR(context_2020().factors.of(Carrier::Gasoline).kg_per_kwh, kGasolineKgPerKwh, 1e-12);
}

TEST(InclusionPersonal, CommuteFromPetrolCarToMetroEqualsTheHandCalculation) {
  PersonalActions a;
  a.household_persons = 1.0;
  a.commutes.push_back({CommuteMode::CarPetrol, CommuteMode::Metro, 10.0, 250.0});
  const PersonalResult r = personal_savings(a, context_2020());
  ASSERT_TRUE(r.error.empty()) << r.error;
  ASSERT_EQ(r.actions.size(), 1u);
  // 2 × 10 km × 250 days = 5 000 pkm.
  // Petrol car: 7.5 L/100 km × 0.74 kg/L × 43 070 kJ/kg ÷ 3 600 kJ/kWh = 0.664 004… kWh/km, ÷ 1.4 persons/car.
  const double car_kwh_per_pkm = 0.075 * 0.74 * 43070.0 / 3600.0 / 1.4;
  // Metro: 19.2 kWh per train-km ÷ 180 passenger-km per train-km = 0.106 67 kWh/pkm.
  const double metro_kwh_per_pkm = 19.2 / 180.0;
  const double gasoline_kwh = 5000.0 * car_kwh_per_pkm;  // 2 371.4 kWh saved
  const double el_kwh = 5000.0 * metro_kwh_per_pkm;      // 533.3 kWh added
  // 2 371.43 × 0.24948 − 533.33 × 0.5568 = 591.62 − 296.96 = 294.66 kg.
  const double expected = gasoline_kwh * kGasolineKgPerKwh - el_kwh * kGrid2020;
  EXPECT_NEAR(r.actions[0].kg_co2_per_yr, expected, 1e-9 * expected);
  EXPECT_NEAR(r.actions[0].kg_co2_per_yr, 294.66, 0.01);
  const int t = static_cast<int>(emissions::Sector::Transport);
  EXPECT_NEAR(r.actions[0].delta_kwh[t][static_cast<int>(Carrier::Gasoline)], -gasoline_kwh, 1e-9);
  EXPECT_NEAR(r.actions[0].delta_kwh[t][static_cast<int>(Carrier::Electricity)], el_kwh, 1e-9);
  // Points: 1 point per gram (Wuhan's carbon account counts credits in grams).
  EXPECT_NEAR(r.points, expected * 1000.0, 1e-6);
  EXPECT_GE(r.actions[0].steps.size(), 5u);  // pkm, both modes, two carriers × (change, factor)
}

TEST(InclusionPersonal, HouseholdChoicesEqualTheHandCalculation) {
  PersonalActions a;
  SetpointChange s;
  s.dwelling_area_m2 = 80.0;
  s.heating = DwellingHeating::DistrictHeat;
  s.vintage = pathway::Vintage::From2000To2009;
  s.heating_lower_c = 2.0;
  s.cooling_raise_c = 1.0;
  a.setpoints = s;
  a.rooftop_pv_kwp = 3.0;
  a.appliances.push_back({Appliance::AirConditioner, 2});
  a.waste_sorted_kg_per_yr = 100.0;
  a.secondhand_items_per_yr = 10.0;
  const PersonalResult r = personal_savings(a, context_2020());
  ASSERT_TRUE(r.error.empty()) << r.error;
  ASSERT_EQ(r.actions.size(), 5u);
  // Set-points: 90 kWh/m² useful × 80 m² ÷ 1.0 (district heat) = 7 200 kWh; share 1 − 0.94² = 0.1164 →
  // 838.08 kWh heat × 0.396 = 331.88 kg; cooling 5 kWh/m² × 80 m² = 400 kWh × 0.06 = 24 kWh × 0.5568 = 13.36 kg.
  const double setpoints = 7200.0 * (1.0 - 0.94 * 0.94) * kHeatKgPerKwh + 400.0 * 0.06 * kGrid2020;
  EXPECT_NEAR(r.actions[0].kg_co2_per_yr, setpoints, 1e-9 * setpoints);
  // PV: 3 kWp × 1 200 kWh/kWp (the pathway's yield lever) = 3 600 kWh × 0.5568 = 2 004.48 kg.
  EXPECT_NEAR(r.actions[1].kg_co2_per_yr, 3600.0 * kGrid2020, 1e-9);
  EXPECT_NEAR(r.actions[1].pv_kwh, 3600.0, 1e-9);
  // Air conditioners: 2 × (500 − 400) kWh = 200 kWh × 0.5568 = 111.36 kg.
  EXPECT_NEAR(r.actions[2].kg_co2_per_yr, 200.0 * kGrid2020, 1e-9);
  // Waste: CH4 0.14 × 0.5 × 1.0 × 0.5 × 16/12 × 0.9 = 0.042 kg/kg × 28 = 1.176; composting
  // 0.004 × 28 + 0.0003 × 265 = 0.1915 → 100 kg × 0.9845 = 98.45 kg CO2e.
  EXPECT_NEAR(r.actions[3].kg_co2_per_yr, 98.45, 1e-9);
  EXPECT_FALSE(r.actions[3].in_wedge);
  // Second-hand: 10 × 0.3 × 11.2 × 0.91 = 30.576 kg.
  EXPECT_NEAR(r.actions[4].kg_co2_per_yr, 30.576, 1e-9);
  const double total = setpoints + 3600.0 * kGrid2020 + 200.0 * kGrid2020 + 98.45 + 30.576;
  EXPECT_NEAR(r.total_kg_co2_per_yr, total, 1e-9 * total);
  EXPECT_NEAR(r.points, total * 1000.0, 1e-6);
  EXPECT_DOUBLE_EQ(r.household_persons, 2.62);  // the table's default
}

TEST(InclusionPersonal, BadChoicesAreReportedWithTheirPath) {
  PersonalActions a;
  a.commutes.push_back({CommuteMode::Bus, CommuteMode::Bike, 5.0, 200.0});
  a.commutes.push_back({CommuteMode::CarPetrol, CommuteMode::Metro, std::nan(""), 200.0});
  PersonalResult r = personal_savings(a, context_2020());
  EXPECT_EQ(r.error.rfind("commutes[1].one_way_km", 0), 0u) << r.error;
  EXPECT_TRUE(r.actions.empty());
  a.commutes = {{CommuteMode::Bus, CommuteMode::Bus, 5.0, 200.0}};
  EXPECT_EQ(personal_savings(a, context_2020()).error.rfind("commutes[0].to", 0), 0u);
  a.commutes.clear();
  a.rooftop_pv_kwp = -1.0;
  EXPECT_EQ(personal_savings(a, context_2020()).error.rfind("rooftop_pv_kwp", 0), 0u);
}

TEST(InclusionPersonal, NoPurchasedEnergyForBikeAndWalk) {
  for (CommuteMode m : {CommuteMode::Bike, CommuteMode::Walk})
    for (double kwh : commute_kwh_per_pkm(m)) EXPECT_EQ(kwh, 0.0);
  // The bus's base-year mix is mostly electric: some electricity and some diesel (oil) per pkm.
  const auto bus = commute_kwh_per_pkm(CommuteMode::Bus);
  EXPECT_GT(bus[static_cast<int>(Carrier::Electricity)], 0.0);
  EXPECT_GT(bus[static_cast<int>(Carrier::Oil)], 0.0);
}

}  // namespace
}  // namespace twin::inclusion
