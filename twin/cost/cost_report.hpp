// Everything `carbontwin cost` and the page show for a scenario, computed in one call, and its one JSON
// serialiser (strings only, like twin/energy/energy_json.hpp): per-year cost lines against the
// baseline scenario, NPV and cost per tonne, the MAC curve of a chosen year, the carbon price path, the
// allowance value of each key emitter (plant) and the credit of the sinks the scenario adds.
#pragma once

#include <string>
#include <vector>

#include "twin/cost/carbon_value.hpp"
#include "twin/cost/mac_curve.hpp"
#include "twin/cost/scenario_cost.hpp"

namespace twin::cost {

struct CostReport {
  std::string scenario_name;
  int year = 2030;                         // of the MAC curve, allowances and sink credit
  ScenarioCost cost;                       // scenario against the reference (the default scenario)
  std::vector<MacEntry> mac;               // each lever moved alone from mac_base
  std::string mac_base;                    // "baseline" (the default scenario) or "scenario"
  CarbonPricePath price_path;
  std::vector<EmitterAllowance> allowances;
  std::vector<industry::Plant> plants;     // names, sectors, routes of the allowance rows
  SinkCredit sink;
};

// The MAC curve moves each lever from the baseline scenario (mac_from_scenario = false: the abatement
// potential against current policies) or from `scenario` itself (a lever already at its ambitious
// setting there then abates nothing).
// Preconditions: validate_scenario(scenario) empty; year inside the pathway.
CostReport cost_report(const pathway::Baseline& baseline, const pathway::Scenario& scenario, int year,
                       const CarbonPricePath& price_path = default_carbon_price_path(), bool mac_from_scenario = false);

// {"scenario", "reference", "discount_rate", "price_basis", "years": [{year, net_cost_yuan, capital_yuan,
// om_yuan, energy_cost_delta_yuan, abatement_t, items: {key: {activity_delta, unit, cost_yuan}}}…],
// "npv_yuan", "abatement_t", "discounted_abatement_t", "cost_per_t_discounted", "cost_per_t_undiscounted",
// "mac_curve": {year, base, entries: [{lever, start_year, ramp_years, target, abatement_t, net_cost_yuan,
// cost_per_t (null when it does not abate), npv_yuan}…]}, "carbon_price": {cea: [{year, yuan_per_t}…],
// ccer: […]}, "allowances": {year, plants: […]}, "sink_credit": {…}, "sources": {id: citation}}.
std::string cost_report_json(const CostReport& report);

}  // namespace twin::cost
