// Lever table, ramp interpolation and scenario validation (twin/pathway/lever.hpp, scenario.hpp).
#include "twin/pathway/lever.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <set>
#include <string>

#include "twin/pathway/scenario.hpp"

namespace twin::pathway {
namespace {

TEST(PathwayLever, TableIsWellFormed) {
  ASSERT_EQ(static_cast<int>(lever_defs().size()), kLeverCount);
  std::set<std::string> keys;
  for (int i = 0; i < kLeverCount; ++i) {
    const LeverDef& d = lever_defs()[i];
    EXPECT_TRUE(keys.insert(d.key).second) << "duplicate key " << d.key;
    EXPECT_LT(d.min_value, d.max_value) << d.key;
    EXPECT_GE(d.default_value, d.min_value) << d.key;
    EXPECT_LE(d.default_value, d.max_value) << d.key;
    EXPECT_GE(d.default_setting.target, d.min_value) << d.key;
    EXPECT_LE(d.default_setting.target, d.max_value) << d.key;
    EXPECT_GT(std::string(d.source).size(), 10u) << d.key;
    EXPECT_GT(std::string(d.description).size(), 10u) << d.key;
    ASSERT_TRUE(find_lever(d.key).has_value());
    EXPECT_EQ(static_cast<int>(*find_lever(d.key)), i);
  }
  EXPECT_FALSE(find_lever("warp_drive_pct").has_value());
  EXPECT_TRUE(validate_scenario(default_scenario()).empty());
}

TEST(PathwayLever, RampInterpolatesLinearlyBetweenDefaultAndTarget) {
  const LeverDef& d = lever_def(LeverId::RetrofitRatePctPerYr);  // default 0
  const LeverSetting s{2030, 10, 4.0};
  EXPECT_EQ(lever_value(d, s, 2020), d.default_value);
  EXPECT_EQ(lever_value(d, s, 2029), d.default_value);
  EXPECT_EQ(lever_value(d, s, 2030), d.default_value);  // the ramp starts from the default
  EXPECT_DOUBLE_EQ(lever_value(d, s, 2035), 2.0);
  EXPECT_DOUBLE_EQ(lever_value(d, s, 2037), 2.8);
  EXPECT_EQ(lever_value(d, s, 2040), 4.0);
  EXPECT_EQ(lever_value(d, s, 2060), 4.0);
  // A zero ramp is a step at the start year.
  EXPECT_EQ(lever_value(d, {2030, 0, 4.0}, 2029), d.default_value);
  EXPECT_EQ(lever_value(d, {2030, 0, 4.0}, 2030), 4.0);
  // Non-zero default (heat-pump SCOP 2.8), decreasing target.
  const LeverDef& scop = lever_def(LeverId::HeatPumpScop);
  EXPECT_DOUBLE_EQ(lever_value(scop, {2020, 4, 2.0}, 2022), 2.4);
}

TEST(PathwayLever, OutOfBoundsSettingsAreRejectedWithAMessage) {
  Scenario s = default_scenario();
  s.lever(LeverId::RetrofitRatePctPerYr).target = 12.0;  // max 10
  s.lever(LeverId::HeatPumpSharePct).start_year = 2061;
  s.lever(LeverId::GridFactorReductionPct).start_year = 2019;
  s.lever(LeverId::PvYieldKwhPerKwp).target = std::numeric_limits<double>::quiet_NaN();
  s.lever(LeverId::PopulationChangePct).ramp_years = -1;
  s.options.neutrality_threshold_pct_of_peak = 80.0;
  const auto errors = validate_scenario(s);
  ASSERT_EQ(errors.size(), 6u);
  EXPECT_EQ(errors[0].where, "population_change_pct");
  EXPECT_EQ(errors[0].field, "ramp_years");
  EXPECT_EQ(errors[1].where, "retrofit_rate_pct_per_yr");
  EXPECT_EQ(errors[1].field, "target");
  EXPECT_NE(errors[1].message.find("outside [0, 10] %/yr"), std::string::npos) << errors[1].message;
  EXPECT_EQ(errors[2].where, "heat_pump_share_pct");
  EXPECT_NE(errors[2].message.find("2061"), std::string::npos);
  EXPECT_EQ(errors[3].where, "pv_yield_kwh_per_kwp");
  EXPECT_NE(errors[3].message.find("finite"), std::string::npos);
  EXPECT_EQ(errors[4].where, "grid_factor_reduction_pct");
  EXPECT_EQ(errors[5].where, "neutrality_threshold_pct_of_peak");
  // Bounds are inclusive.
  Scenario edge = default_scenario();
  edge.lever(LeverId::RetrofitRatePctPerYr) = {2060, kMaxRampYears, 10.0};
  edge.lever(LeverId::NonHeatingIntensityChangePct).target = -60.0;
  EXPECT_TRUE(validate_scenario(edge).empty());
}

}  // namespace
}  // namespace twin::pathway
