// The cost of a scenario against a reference (normally the baseline scenario) on the same Baseline,
// year by year 2020–2060: for every costed lever, the difference of its activity (activity.hpp) ×
// (capital × CRF(discount rate, lifetime) + fixed O&M) + the difference of its yearly flow × variable
// cost, plus the difference of the energy bill (energy by sector × carrier × price, hydrogen, minus PV
// exports) → net cost per year (yuan, real 2023), its NPV discounted to 2020, and the cost per tonne
// abated: NPV cost / discounted tonnes (the levelised cost) and NPV cost / undiscounted tonnes.
// The annualised-capital method charges each unit in service its annuity every year it is in service
// (replacement at end of life included), so the cost is linear in the activity — what a linear
// programme over lever settings needs (issue 10 item 6).
#pragma once

#include <array>
#include <vector>

#include "twin/cost/activity.hpp"
#include "twin/cost/cost_tables.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::cost {

struct CostYear {
  int year = pathway::kFirstYear;
  std::array<double, kCostItemCount> activity_delta{};  // scenario − reference, activity units
  std::array<double, kCostItemCount> item_cost_yuan{};  // annualised capital + O&M + variable
  double capital_yuan = 0.0;       // Σ annualised capital
  double om_yuan = 0.0;            // Σ fixed O&M + variable costs
  double energy_cost_delta_yuan = 0.0;  // energy bill, scenario − reference (< 0: savings)
  double net_cost_yuan = 0.0;      // capital + O&M + energy delta
  double abatement_t = 0.0;        // reference net tCO2 − scenario net tCO2
};

struct ScenarioCost {
  double discount_rate = 0.0;
  std::vector<CostYear> years;          // kFirstYear … kLastYear
  double npv_yuan = 0.0;                // Σ net cost × discount factor (to 2020)
  double abatement_t = 0.0;             // Σ abatement 2020–2060
  double discounted_abatement_t = 0.0;  // Σ abatement × discount factor
  // NPV / discounted tonnes (levelised cost of abatement) and NPV / undiscounted tonnes; 0 with no
  // abatement (see `abates`).
  double cost_per_t_discounted = 0.0;
  double cost_per_t_undiscounted = 0.0;
  bool abates = false;                  // discounted abatement > 0
};

// Yearly cost of each item for a given activity: activity × (capital × CRF + fixed O&M + variable).
double item_cost_yuan(CostItem item, double activity, double rate);

// Preconditions: the results are evaluate_pathway(baseline, reference) and (baseline, scenario).
ScenarioCost scenario_cost(const pathway::Baseline& baseline, const pathway::Scenario& reference,
                           const pathway::PathwayResult& reference_result, const pathway::Scenario& scenario,
                           const pathway::PathwayResult& result, double rate = discount_rate());

}  // namespace twin::cost
