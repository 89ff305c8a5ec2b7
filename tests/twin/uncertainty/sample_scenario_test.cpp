// Sampled scenarios stay inside every lever's bounds (even from a scenario at its bounds), are valid,
// are reproducible, and apply each draw as the table says.
#include "twin/uncertainty/sample_scenario.hpp"

#include <gtest/gtest.h>

#include "twin/pathway/lever.hpp"

namespace twin::uncertainty {
namespace {

using pathway::LeverId;

TEST(UncertaintySampleScenario, SamplesStayWithinLeverBoundsAndValidate) {
  const std::vector<UncertainInput>& inputs = default_uncertain_inputs();
  // Two bases: the default, and every lever at its maximum (additive offsets and multipliers > 1 would
  // push past the bound without the clamp), then every lever at its minimum.
  pathway::Scenario lo = pathway::default_scenario(), hi = pathway::default_scenario();
  for (int l = 0; l < pathway::kLeverCount; ++l) {
    hi.levers[l].target = pathway::lever_defs()[l].max_value;
    lo.levers[l].target = pathway::lever_defs()[l].min_value;
  }
  const pathway::Scenario def = pathway::default_scenario();
  int moved_past_bounds = 0;
  for (const pathway::Scenario& base : {def, lo, hi}) {
    for (std::uint64_t i = 0; i < 2000; ++i) {
      const pathway::Scenario s = sample_scenario(base, inputs, 11, i);
      for (int l = 0; l < pathway::kLeverCount; ++l) {
        const pathway::LeverDef& d = pathway::lever_defs()[l];
        ASSERT_GE(s.levers[l].target, d.min_value) << d.key << " sample " << i;
        ASSERT_LE(s.levers[l].target, d.max_value) << d.key << " sample " << i;
        EXPECT_EQ(s.levers[l].start_year, base.levers[l].start_year);
        EXPECT_EQ(s.levers[l].ramp_years, base.levers[l].ramp_years);
        if (s.levers[l].target == d.max_value || s.levers[l].target == d.min_value) ++moved_past_bounds;
      }
      ASSERT_TRUE(pathway::validate_scenario(s).empty()) << "sample " << i << ": "
                                                         << pathway::validate_scenario(s)[0].message;
    }
  }
  EXPECT_GT(moved_past_bounds, 0);  // the clamp was exercised
}

TEST(UncertaintySampleScenario, DrawsApplyAsAddOrMultiplyAndAreReproducible) {
  const std::vector<UncertainInput>& inputs = default_uncertain_inputs();
  const pathway::Scenario base = pathway::default_scenario();
  const pathway::Scenario a = sample_scenario(base, inputs, 5, 17);
  const pathway::Scenario b = sample_scenario(base, inputs, 5, 17);
  const std::vector<double> x = sample_draws(inputs, 5, 17);
  ASSERT_EQ(x.size(), inputs.size());
  EXPECT_EQ(a.name, "baseline#17");
  for (int l = 0; l < pathway::kLeverCount; ++l) EXPECT_EQ(a.levers[l].target, b.levers[l].target);
  // Row 0: population change, add: 5 % (baseline target) + draw (well inside −50…100 %).
  EXPECT_EQ(inputs[0].lever, LeverId::PopulationChangePct);
  EXPECT_EQ(a.lever(LeverId::PopulationChangePct).target, base.lever(LeverId::PopulationChangePct).target + x[0]);
  // Row 4: PV yield, multiply: 1200 × draw.
  EXPECT_EQ(inputs[4].lever, LeverId::PvYieldKwhPerKwp);
  EXPECT_EQ(a.lever(LeverId::PvYieldKwhPerKwp).target, 1200.0 * x[4]);
  // Rows 10–14: the factor multipliers, from 1.
  EXPECT_EQ(a.factor_multipliers.electricity, x[10]);
  EXPECT_EQ(a.factor_multipliers.heat, x[11]);
  EXPECT_EQ(a.factor_multipliers.coal, x[12]);
  EXPECT_EQ(a.factor_multipliers.gas, x[13]);
  EXPECT_EQ(a.factor_multipliers.oil, x[14]);
  EXPECT_GE(x[12], 0.946089);  // triangular within its ends
  EXPECT_LE(x[12], 1.053911);
  // A different index gives a different sample.
  EXPECT_NE(sample_scenario(base, inputs, 5, 18).factor_multipliers.electricity, a.factor_multipliers.electricity);
}

TEST(UncertaintySampleScenario, NoInputsLeaveTheScenarioAsItIs) {
  const pathway::Scenario base = pathway::default_scenario();
  const pathway::Scenario s = sample_scenario(base, {}, 1, 0);
  for (int l = 0; l < pathway::kLeverCount; ++l) EXPECT_EQ(s.levers[l].target, base.levers[l].target);
  EXPECT_EQ(s.factor_multipliers.electricity, 1.0);
}

}  // namespace
}  // namespace twin::uncertainty
