// Cost of a scenario against a reference (scenario_cost.hpp).
#include "twin/cost/scenario_cost.hpp"

#include "twin/cost/finance.hpp"

namespace twin::cost {

double item_cost_yuan(CostItem item, double activity, double rate) {
  const LeverCostRow& c = lever_cost(item);
  return activity * (c.capital_yuan_per_unit * capital_recovery_factor(rate, c.lifetime_yr) +
                     c.fixed_om_yuan_per_unit_yr + c.variable_yuan_per_unit);
}

ScenarioCost scenario_cost(const pathway::Baseline& baseline, const pathway::Scenario& reference,
                           const pathway::PathwayResult& reference_result, const pathway::Scenario& scenario,
                           const pathway::PathwayResult& result, double rate) {
  const std::vector<ActivityYear> ref =
      activity_by_year(baseline, reference, reference_result, plants_by_year(baseline, reference, reference_result));
  const std::vector<ActivityYear> act = activity_by_year(baseline, scenario, result, plants_by_year(baseline, scenario, result));
  ScenarioCost out;
  out.discount_rate = rate;
  out.years.resize(result.years.size());
  for (std::size_t k = 0; k < result.years.size(); ++k) {
    CostYear& y = out.years[k];
    y.year = result.years[k].year;
    for (int i = 0; i < kCostItemCount; ++i) {
      const auto item = static_cast<CostItem>(i);
      const LeverCostRow& c = lever_cost(item);
      const double d = act[k][i] - ref[k][i];
      y.activity_delta[i] = d;
      const double capital = d * c.capital_yuan_per_unit * capital_recovery_factor(rate, c.lifetime_yr);
      const double om = d * (c.fixed_om_yuan_per_unit_yr + c.variable_yuan_per_unit);
      y.item_cost_yuan[i] = capital + om;
      y.capital_yuan += capital;
      y.om_yuan += om;
    }
    y.energy_cost_delta_yuan = energy_cost_yuan(result.years[k]) - energy_cost_yuan(reference_result.years[k]);
    y.net_cost_yuan = y.capital_yuan + y.om_yuan + y.energy_cost_delta_yuan;
    y.abatement_t = reference_result.years[k].net_t - result.years[k].net_t;
    const double df = discount_factor(rate, static_cast<int>(k));
    out.npv_yuan += y.net_cost_yuan * df;
    out.abatement_t += y.abatement_t;
    out.discounted_abatement_t += y.abatement_t * df;
  }
  out.abates = out.discounted_abatement_t > 0.0;
  if (out.abates) out.cost_per_t_discounted = out.npv_yuan / out.discounted_abatement_t;
  if (out.abatement_t > 0.0) out.cost_per_t_undiscounted = out.npv_yuan / out.abatement_t;
  return out;
}

}  // namespace twin::cost
