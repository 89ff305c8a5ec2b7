// evaluate_sinks() (see sinks.hpp).
#include "twin/sinks/sinks.hpp"

#include <cmath>

namespace twin::sinks {

SinkYearResult evaluate_sinks(const SinkAreas& base, const SinkLevers& levers, inventory::GwpSet gwp_set) {
  SinkYearResult r;
  for (int i = 0; i < kSinkTypeCount; ++i) {
    const auto type = static_cast<SinkType>(i);
    const double a = base.area_ha[i] + levers.added_area_ha[i];
    if (!std::isfinite(base.area_ha[i]) || base.area_ha[i] < 0.0)
      r.errors.push_back({type, std::string("base area of ") + to_string(type) + " must be finite and ≥ 0 ha"});
    else if (!std::isfinite(levers.added_area_ha[i]))
      r.errors.push_back({type, std::string("added area of ") + to_string(type) + " must be finite"});
    else if (a < 0.0)
      r.errors.push_back({type, std::string("added area of ") + to_string(type) + " removes more than the " +
                                    std::to_string(base.area_ha[i]) + " ha there is"});
    r.areas.area_ha[i] = a;
  }
  if (!r.errors.empty()) return r;
  for (int i = 0; i < kSinkTypeCount; ++i) {
    const auto type = static_cast<SinkType>(i);
    if (r.areas.area_ha[i] == 0.0) continue;
    const SinkRateRow& rate = sink_rate(type);
    r.rows.push_back(inventory::make_row(inventory::InventorySector::LandUseForestry, to_string(type),
                                         inventory::Gas::Co2, inventory::Scope::Scope1, r.areas.area_ha[i], "ha",
                                         -rate.removal_t_co2_per_ha_yr, "tCO2/(ha·yr)", 1.0, rate.source_id,
                                         gwp_set));
    r.removals_t[i] = r.rows.back().co2e_t;
    r.removals_total_t += r.rows.back().co2e_t;
  }
  return r;
}

}  // namespace twin::sinks
