// grid_supply_year() (grid_supply.hpp).
#include "twin/pathway/grid_supply.hpp"

#include <algorithm>
#include <cassert>

namespace twin::pathway {

GridSupplyAnchor grid_supply_anchor(emissions::GridRegion region, int base_year, double base_factor_kg_per_kwh) {
  GridSupplyAnchor anchor;
  anchor.region = region;
  anchor.base_factor_kg_per_kwh = base_factor_kg_per_kwh;
  energy_mix::GridMixYear base;
  energy_mix::MixError error;
  [[maybe_unused]] const bool base_ok = energy_mix::grid_mix_year(region, base_year, {}, &base, &error);
  assert(base_ok && "grid_supply_anchor: the base year's mix is out of the mix tables");
  anchor.base_mix_factor_kg_per_kwh = base.grid_factor_kg_per_kwh;
  return anchor;
}

GridSupplyYear grid_supply_year(const GridSupplyAnchor& anchor, int year, const GridSupplyLevers& levers) {
  GridSupplyYear out;
  energy_mix::MixError error;
  energy_mix::GridMixLevers m;
  // The lever bounds (lever.cpp) keep these inside the mix's own checks; the added points are
  // clamped so that the share stays a share.
  m.extra_nonfossil_share = std::clamp(levers.nonfossil_added_pts / 100.0, -1.0, 1.0);
  m.coal_retirement_share = levers.coal_retirement_pct / 100.0;
  m.green_power_share = levers.green_power_pct / 100.0;
  m.own_nonfossil_share = levers.own_nonfossil_share;
  [[maybe_unused]] const bool ok = energy_mix::grid_mix_year(anchor.region, year, m, &out.mix, &error);
  assert(ok && "grid_supply_year: lever values out of the mix's range");
  const double ratio =
      anchor.base_mix_factor_kg_per_kwh > 0.0 ? out.mix.city_factor_kg_per_kwh / anchor.base_mix_factor_kg_per_kwh : 0.0;
  out.electricity_kg_per_kwh = anchor.base_factor_kg_per_kwh * ratio * (1.0 - levers.further_reduction_pct / 100.0);
  return out;
}

}  // namespace twin::pathway
