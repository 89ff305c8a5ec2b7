// Multipliers on the emission factors of a scenario: how an uncertainty ensemble (twin/uncertainty)
// varies the factors themselves rather than the activity. 1 everywhere = the published factors.
// Applied in evaluate_pathway to every year's factor set, after the grid factor comes from the mix,
// so buildings, transport and the plants' scope 2 all see them.
#pragma once

namespace twin::pathway {

struct FactorMultipliers {
  double electricity = 1.0;  // × the grid electricity factor path (scope 2)
  double heat = 1.0;         // × the district heat factor path (scope 2)
  double coal = 1.0;         // × the coal combustion CO2 factor (IPCC 2006 other bituminous coal)
  double gas = 1.0;          // × the natural gas combustion CO2 factor
  double oil = 1.0;          // × the petroleum products' CO2 factors: oil, gasoline and LPG together
};

// Bounds checked by validate_scenario() (field "factor_multipliers.<name>"): a factor off by more than
// ×10 either way is an input error, not an uncertainty.
inline constexpr double kMinFactorMultiplier = 0.1;
inline constexpr double kMaxFactorMultiplier = 10.0;

}  // namespace twin::pathway
