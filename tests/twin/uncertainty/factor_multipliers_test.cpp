// Scenario::factor_multipliers reach the pathway: fuels' multipliers scale scope 1 of the buildings,
// electricity and heat multipliers scope 2 (and the plants' scope 2), and bad values are named.
#include "twin/pathway/factor_multipliers.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "tests/twin/pathway/pathway_test_util.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::pathway {
namespace {

using emissions::Scope;
using emissions::Sector;

TEST(UncertaintyFactorMultipliers, DoublingEveryFactorDoublesBuildingEmissionsExactly) {
  // Buildings only (no plants, waste or sinks); × 2 is exact in binary, and account() sums
  // kWh × factor, so every building sector's scope 1 and scope 2 double bit for bit.
  const Baseline& b = test::default_buildings_baseline();
  const Scenario base = default_scenario();
  Scenario doubled = base;
  doubled.factor_multipliers = {2.0, 2.0, 2.0, 2.0, 2.0};
  const PathwayResult r0 = evaluate_pathway(b, base);
  const PathwayResult r2 = evaluate_pathway(b, doubled);
  for (int k : {0, 10, 40}) {
    for (Sector s : {Sector::Residential, Sector::Commercial}) {
      EXPECT_EQ(r2.years[k].emissions.at(s, Scope::Scope1), 2.0 * r0.years[k].emissions.at(s, Scope::Scope1));
      EXPECT_EQ(r2.years[k].emissions.at(s, Scope::Scope2), 2.0 * r0.years[k].emissions.at(s, Scope::Scope2));
    }
    EXPECT_EQ(r2.years[k].grid_factor_kg_per_kwh, 2.0 * r0.years[k].grid_factor_kg_per_kwh);
    EXPECT_EQ(r2.years[k].heat_factor_kg_per_kwh, 2.0 * r0.years[k].heat_factor_kg_per_kwh);
    // Energy is untouched: factors change emissions, not activity.
    EXPECT_EQ(r2.years[k].energy.energy_kwh, r0.years[k].energy.energy_kwh);
  }
}

TEST(UncertaintyFactorMultipliers, ElectricityMultiplierReachesThePlantsScope2) {
  // With the default city's synthetic plants, without its local energy system: the multiplier scales the
  // grid factor, which is the plants' whole factor only when every kWh is imported.
  const Baseline& b = test::default_annual_baseline();
  Scenario s = default_scenario();
  s.factor_multipliers.electricity = 2.0;
  s.factor_multipliers.heat = 2.0;
  const PathwayResult r0 = evaluate_pathway(b, default_scenario());
  const PathwayResult r2 = evaluate_pathway(b, s);
  ASSERT_GT(r0.years[0].industry.scope2_t, 0.0);
  EXPECT_DOUBLE_EQ(r2.years[0].industry.scope2_t, 2.0 * r0.years[0].industry.scope2_t);
  EXPECT_EQ(r2.years[0].industry.combustion_t, r0.years[0].industry.combustion_t);  // plants' own fuel table
}

TEST(UncertaintyFactorMultipliers, UnitMultipliersLeaveThePathwayBitIdentical) {
  const Baseline& b = test::default_baseline();
  Scenario s = default_scenario();
  s.factor_multipliers = {1.0, 1.0, 1.0, 1.0, 1.0};
  const PathwayResult r0 = evaluate_pathway(b, default_scenario());
  const PathwayResult r1 = evaluate_pathway(b, s);
  for (int k = 0; k < kYearCount; ++k) EXPECT_EQ(r1.years[k].net_t, r0.years[k].net_t);
}

TEST(UncertaintyFactorMultipliers, OutOfRangeOrNaNMultipliersAreNamed) {
  Scenario s = default_scenario();
  s.factor_multipliers.coal = 0.05;
  s.factor_multipliers.oil = NAN;
  s.factor_multipliers.heat = 10.0;  // the bound itself is allowed
  const std::vector<ScenarioError> errors = validate_scenario(s);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].where, "factor_multipliers");
  EXPECT_EQ(errors[0].field, "coal");
  EXPECT_NE(errors[0].message.find("outside [0.1, 10]"), std::string::npos) << errors[0].message;
  EXPECT_EQ(errors[1].field, "oil");
  EXPECT_NE(errors[1].message.find("not a finite number"), std::string::npos);
}

}  // namespace
}  // namespace twin::pathway
