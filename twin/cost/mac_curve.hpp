// The marginal abatement cost curve of one year: every costed lever moved alone from the base scenario
// to its "ambitious" setting (assets/cost/mac_ambitious.csv, with reasons) → abatement of that year
// (base net tCO2 − moved net tCO2, exactly the pathway difference) and the year's net cost
// (scenario_cost.hpp: annualised capital + O&M + energy bill difference) → yuan per tonne; sorted by
// cost per tonne ascending (the MACC), levers that do not abate in that year last, in table order.
// One pathway evaluation per lever (≈ 20 × 0.5 ms).
#pragma once

#include <vector>

#include "twin/cost/scenario_cost.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::cost {

struct MacEntry {
  pathway::LeverId lever = pathway::LeverId::Count;
  pathway::LeverSetting setting;  // the ambitious setting applied
  double abatement_t = 0.0;       // in the chosen year
  double net_cost_yuan = 0.0;     // in the chosen year (annualised)
  double cost_per_t = 0.0;        // net_cost_yuan / abatement_t when abates, else 0
  bool abates = false;            // abatement_t > 0
  double npv_yuan = 0.0;          // over 2020–2060, for reference
  double cost_per_t_discounted = 0.0;  // NPV / discounted tonnes over 2020–2060 (0 if none)
};

// Precondition: validate_scenario(base) is empty; kFirstYear ≤ year ≤ kLastYear (asserted).
std::vector<MacEntry> mac_curve(const pathway::Baseline& baseline, const pathway::Scenario& base, int year,
                                double rate = discount_rate());

}  // namespace twin::cost
