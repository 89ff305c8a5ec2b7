// What moving each costed lever costs, as the optimiser needs it (LeverOption: yuan per unit of the
// lever's target): for every lever of the MAC curve's ambitious settings (assets/cost/mac_ambitious.csv)
// the pathway is run with that lever alone moved from the base scenario to its ambitious target (the base
// scenario's start year and ramp, as the optimiser keeps them), and twin/cost prices the difference —
// capital, O&M and the energy bill, NPV 2020–2060 at the discount rate of assets/cost/finance.csv —
// divided by the target's change. Linear in the target by construction of twin/cost (annualised capital
// per unit of activity), up to how the activity itself follows the lever.
#pragma once

#include <string>
#include <vector>

#include "optimise/optimiser.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/scenario.hpp"

namespace optimise {

struct CostedLever {
  LeverOption option;        // cost per unit (NPV yuan), the ambitious target as max_target
  double npv_yuan = 0.0;     // of the move to max_target alone
  double abatement_t = 0.0;  // cumulative 2020–2060 of that move
  const char* reason = "";   // why that ambitious setting (assets/cost/mac_ambitious.csv)
};

// Levers already at or beyond their ambitious target in `base` are left out (nothing to move).
std::vector<CostedLever> costed_levers(const twin::pathway::Baseline& baseline, const twin::pathway::Scenario& base);

}  // namespace optimise
