// One member of an ensemble: the base scenario with every uncertain input drawn for (seed, index).
// Input i of sample `index` uses counter_uniform(seed, index, i) through its distribution's inverse
// CDF, so the sample is a pure function of (base, inputs, seed, index).
#pragma once

#include <cstdint>
#include <span>

#include "twin/pathway/scenario.hpp"
#include "twin/uncertainty/uncertain_inputs.hpp"

namespace twin::uncertainty {

// The drawn value of every input of the sample (the offset or multiplier), in input order.
std::vector<double> sample_draws(std::span<const UncertainInput> inputs, std::uint64_t seed, std::uint64_t index);

// Lever inputs move the lever's target (add: target + draw; multiply: target × draw), clamped to the
// lever's bounds; start year and ramp stay the scenario's, so the value before the start year (the
// base-year state) is not varied. Factor inputs multiply scenario.factor_multipliers, clamped to
// [kMinFactorMultiplier, kMaxFactorMultiplier]. The name gets "#<index>". The result passes
// validate_scenario() whenever `base` does.
pathway::Scenario sample_scenario(const pathway::Scenario& base, std::span<const UncertainInput> inputs,
                                  std::uint64_t seed, std::uint64_t index);

}  // namespace twin::uncertainty
