// Per-plant industry years (plant_years.hpp): the same drivers and levers as evaluate_pathway().
#include "twin/cost/plant_years.hpp"

#include "twin/drivers/economy.hpp"
#include "twin/emissions/factor_tables.hpp"
#include "twin/pathway/industry_sector.hpp"

namespace twin::cost {

using pathway::LeverId;

std::vector<PlantsYear> plants_by_year(const pathway::Baseline& baseline, const pathway::Scenario& scenario,
                                       const pathway::PathwayResult& result) {
  std::vector<PlantsYear> out(result.years.size());
  if (baseline.plants.empty()) return out;
  const drivers::RatePath gdp_growth = drivers::default_economy_paths().gdp_growth;
  industry::IndustryDrivers drv;
  for (std::size_t k = 0; k < result.years.size(); ++k) {
    const pathway::PathwayYear& y = result.years[k];
    auto lever = [&](LeverId id) { return pathway::lever_value(pathway::lever_def(id), scenario.lever(id), y.year); };
    if (k > 0)
      drv = industry::advance_output_index(
          drv, pathway::industry_growth_pct(100.0 * drivers::rate_of_year(gdp_growth, y.year),
                                            lever(LeverId::IndustryGrowthOffsetPts)));
    industry::IndustryLevers il;
    il.efficiency_pct = lever(LeverId::IndustryEfficiencyPct);
    il.electrification_pct = lever(LeverId::IndustryElectrificationPct);
    il.coal_to_gas_pct = lever(LeverId::IndustryCoalToGasPct);
    il.two_high_output_cut_pct = lever(LeverId::TwoHighOutputCutPct);
    il.steel_h2_dri_pct = lever(LeverId::SteelH2DriPct);
    il.ccus_capture_pct = lever(LeverId::IndustryCcusPct);
    const industry::IndustryFactors f{y.grid_factor_kg_per_kwh, y.heat_factor_kg_per_kwh};
    out[k].actual = industry::evaluate_industry_year(baseline.plants, drv, il, f);
    industry::IndustryLevers no_eff = il;
    no_eff.efficiency_pct = 0.0;
    out[k].no_efficiency = industry::evaluate_industry_year(baseline.plants, drv, no_eff, f);
    industry::IndustryLevers no_el = il;
    no_el.electrification_pct = 0.0;
    out[k].no_electrification = industry::evaluate_industry_year(baseline.plants, drv, no_el, f);
  }
  return out;
}

}  // namespace twin::cost
