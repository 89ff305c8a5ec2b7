// The activity each costed lever drives, per pathway year, read from the pathway's result (and, where
// the result does not expose it, rebuilt from the baseline the same way the pathway builds it):
//   retrofit      m² retrofitted in service = retrofitted share × surviving pre-2010 floor area
//   heat_pump     m² heated by heat pumps = heat-pump share × heated floor area (surviving heated base
//                 segments + new floor area × the new-build templates' heated share)
//   rooftop_pv    kWp = PV generation / the yield lever of the year
//   new_build_*   m² of new buildings still standing × min(level, 1) and × max(level − 1, 0)
//   nev           new-energy cars and taxis on the road (PHEV + BEV + FCEV; transport baseline only)
//   electric_cooking  households electrified = lever share × residents / persons per household
//   industry_efficiency  tce/yr saved = plants' energy without the efficiency lever − with it
//   industry_electrification  kW = extra electricity of the electrified heat / full-load hours
//   industry_ccus t captured; steel_h2_dri t H2-DRI steel of the year (capacity in service)
//   landfill_gas  recovery share × base-year t landfilled; landfill, incineration: t of the year;
//   recycling, composting: added points × t generated; green_space, forest: ha added;
//   green_power   kWh = green-power share × the city's electricity;
//   grid_nonfossil kWh = the city's electricity × (non-fossil share − current-policies share, ≥ 0).
// Everything is linear in what the pathway reports, so an activity's difference between two scenarios
// is what a lever change adds or removes.
#pragma once

#include <array>
#include <vector>

#include "twin/cost/cost_tables.hpp"
#include "twin/cost/plant_years.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::cost {

using ActivityYear = std::array<double, kCostItemCount>;  // units of lever_cost(item).activity_unit

// Surviving base floor area per year (m²): all, pre-2010 vintages, heated segments (Weibull survival of
// the scenario's options, as evaluate_pathway()).
struct BaseStockYear {
  double all_m2 = 0.0;
  double pre2010_m2 = 0.0;
  double heated_m2 = 0.0;
};
std::vector<BaseStockYear> base_stock_by_year(const pathway::Baseline& baseline, const pathway::PathwayOptions& options);

// Precondition: `result` = evaluate_pathway(baseline, scenario), `plants` = plants_by_year(same).
std::vector<ActivityYear> activity_by_year(const pathway::Baseline& baseline, const pathway::Scenario& scenario,
                                           const pathway::PathwayResult& result,
                                           const std::vector<PlantsYear>& plants);

// Energy bought by the city in a year × prices (energy_prices.csv): every sector × carrier of
// PathwayYear::energy, the plants' hydrogen, minus exported PV at the export price. Yuan.
double energy_cost_yuan(const pathway::PathwayYear& year);

}  // namespace twin::cost
