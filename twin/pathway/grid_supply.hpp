// The electricity factor of a pathway year from the regional grid's generation mix (twin/energy_mix)
// and the supply levers, anchored to the base year's published factor that every other part of the
// twin uses (twin/emissions/factor_set.hpp): factor(y) = published(base) × city_mix_factor(y) /
// grid_mix_factor(base) × (1 − further reduction). So the base year agrees with the per-building and
// per-link accounting, and later years follow the mix path and its levers.
#pragma once

#include "twin/emissions/factor_tables.hpp"
#include "twin/energy_mix/grid_mix.hpp"

namespace twin::pathway {

struct GridSupplyYear {
  energy_mix::GridMixYear mix;           // the grid's mix and factors of the year (levers applied)
  double electricity_kg_per_kwh = 0.0;  // what the city's scope 2 electricity uses
};

struct GridSupplyLevers {
  double nonfossil_added_pts = 0.0;      // points above the current-policies path
  double coal_retirement_pct = 0.0;
  double green_power_pct = 0.0;
  double further_reduction_pct = 0.0;    // grid_factor_reduction_pct
  // The user's own path's non-fossil share of the year (Scenario::grid_mix_path), 0–1; < 0 = the
  // baseline path. Replaces the baseline path; the added points do not apply, retirement still does.
  double own_nonfossil_share = -1.0;
};

// What a pathway's years are anchored to, computed once per evaluation: the published factor of the
// base year used everywhere else, and the mix's own factor of that year (no levers).
struct GridSupplyAnchor {
  emissions::GridRegion region = emissions::GridRegion::National;
  double base_factor_kg_per_kwh = 0.0;
  double base_mix_factor_kg_per_kwh = 0.0;
};
GridSupplyAnchor grid_supply_anchor(emissions::GridRegion region, int base_year, double base_factor_kg_per_kwh);

GridSupplyYear grid_supply_year(const GridSupplyAnchor& anchor, int year, const GridSupplyLevers& levers);

}  // namespace twin::pathway
