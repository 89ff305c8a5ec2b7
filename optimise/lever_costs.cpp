// costed_levers() (lever_costs.hpp).
#include "optimise/lever_costs.hpp"

#include <cmath>

#include "twin/cost/cost_tables.hpp"
#include "twin/cost/scenario_cost.hpp"
#include "twin/pathway/pathway.hpp"

namespace optimise {

std::vector<CostedLever> costed_levers(const twin::pathway::Baseline& baseline, const twin::pathway::Scenario& base) {
  std::vector<CostedLever> out;
  const twin::pathway::PathwayResult base_result = twin::pathway::evaluate_pathway(baseline, base);
  for (const twin::cost::AmbitiousRow& row : twin::cost::mac_ambitious_rows()) {
    const double from = base.lever(row.lever).target, to = row.setting.target;
    if (!(std::fabs(to - from) > 0.0)) continue;
    twin::pathway::Scenario moved = base;
    moved.lever(row.lever).target = to;  // start year and ramp of the base scenario
    if (!twin::pathway::validate_scenario(moved).empty()) continue;
    const twin::pathway::PathwayResult result = twin::pathway::evaluate_pathway(baseline, moved);
    const twin::cost::ScenarioCost cost = twin::cost::scenario_cost(baseline, base, base_result, moved, result);
    if (!(cost.abatement_t > 0.0)) continue;  // a move that does not cut emissions is no option
    CostedLever c;
    c.option.lever = row.lever;
    c.option.max_target = to;
    c.option.cost_yuan_per_unit = cost.npv_yuan / std::fabs(to - from);
    c.npv_yuan = cost.npv_yuan;
    c.abatement_t = cost.abatement_t;
    c.reason = row.reason;
    out.push_back(c);
  }
  return out;
}

}  // namespace optimise
