// sample_scenario.hpp: draws → a scenario within the levers' bounds.
#include "twin/uncertainty/sample_scenario.hpp"

#include <algorithm>
#include <cassert>
#include <string>

#include "twin/uncertainty/counter_rng.hpp"

namespace twin::uncertainty {
namespace {

double* multiplier_of(pathway::FactorMultipliers& m, FactorId id) {
  switch (id) {
    case FactorId::Electricity: return &m.electricity;
    case FactorId::Heat: return &m.heat;
    case FactorId::Coal: return &m.coal;
    case FactorId::Gas: return &m.gas;
    case FactorId::Oil: return &m.oil;
  }
  return &m.electricity;
}

}  // namespace

std::vector<double> sample_draws(std::span<const UncertainInput> inputs, std::uint64_t seed, std::uint64_t index) {
  std::vector<double> draws(inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i)
    draws[i] = quantile(inputs[i].distribution, counter_uniform(seed, index, i));
  return draws;
}

pathway::Scenario sample_scenario(const pathway::Scenario& base, std::span<const UncertainInput> inputs,
                                  std::uint64_t seed, std::uint64_t index) {
  pathway::Scenario s = base;
  s.name = base.name + "#" + std::to_string(index);
  const std::vector<double> draws = sample_draws(inputs, seed, index);
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const UncertainInput& in = inputs[i];
    const double x = draws[i];
    if (in.kind == InputKind::Lever) {
      const pathway::LeverDef& def = pathway::lever_def(in.lever);
      double& target = s.lever(in.lever).target;
      const double moved = in.mode == ApplyMode::Add ? target + x : target * x;
      target = std::clamp(moved, def.min_value, def.max_value);
    } else {
      assert(in.mode == ApplyMode::Multiply && "factor inputs are multipliers");
      double* m = multiplier_of(s.factor_multipliers, in.factor);
      *m = std::clamp(*m * x, pathway::kMinFactorMultiplier, pathway::kMaxFactorMultiplier);
    }
  }
  return s;
}

}  // namespace twin::uncertainty
