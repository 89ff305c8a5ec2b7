// factors_for_year() and NCV conversions (see factor_set.hpp).
#include "twin/emissions/factor_set.hpp"

namespace twin::emissions {

FactorSet factors_for_year(int year, GridRegion region) {
  FactorSet set;
  set.year = year;
  set.region = region;

  // Electricity: the row of this region whose year is nearest to `year`, earlier rows first.
  const GridFactorRow* best = nullptr;
  int best_gap = 0;
  for (const GridFactorRow& row : grid_factor_rows()) {
    if (row.region != region) continue;
    const int gap = row.year > year ? row.year - year : year - row.year;
    if (best == nullptr || gap < best_gap) {
      best = &row;
      best_gap = gap;
    }
  }
  if (best != nullptr) set.of(Carrier::Electricity) = {best->kg_per_kwh, best->source_id, best->year};

  // Purchased heat: tCO2/GJ → kgCO2/kWh (1 GJ = 277.7… kWh).
  const HeatFactorRow heat = district_heat_factor_row();
  set.of(Carrier::DistrictHeat) = {heat.t_per_gj * 1000.0 / kKwhPerGj, heat.source_id, 0};

  for (const CombustionFactorRow& row : combustion_factor_rows())
    set.of(row.carrier) = {row.kg_per_tj / kKwhPerTj, row.source_id, 2006};
  return set;
}

double energy_kwh_of_quantity(Carrier carrier, double quantity) {
  for (const NcvRow& row : ncv_rows())
    if (row.carrier == carrier) return quantity * row.kj_per_unit / 3600.0;
  return 0.0;
}

}  // namespace twin::emissions
