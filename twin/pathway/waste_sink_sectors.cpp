// Waste and sinks in a pathway year (waste_sink_sectors.hpp).
#include "twin/pathway/waste_sink_sectors.hpp"

#include <cassert>
#include <utility>

namespace twin::pathway {

WasteSinkSectors::WasteSinkSectors(const waste::WasteParams& params, const sinks::SinkAreas& areas,
                                   double base_population, inventory::GwpSet gwp)
    : params_(params), areas_(areas), gwp_(gwp) {
  std::vector<waste::WasteError> errors;
  const waste::WasteYearInput base = waste::waste_input_for_year(2020, base_population, params_, {}, &errors);
  assert(errors.empty() && "WasteSinkSectors: the base year's waste input is invalid");
  landfill_ = waste::initial_landfill_state(base, params_);
}

WasteSinkYear WasteSinkSectors::year(int year, double population, const WasteSinkLevers& levers) {
  WasteSinkYear out;
  std::vector<waste::WasteError> errors;
  const waste::WasteYearInput input = waste::waste_input_for_year(year, population, params_, levers.waste, &errors);
  // Lever bounds (lever.cpp) keep the shares valid; a population of 0 (a city without residents) gives
  // no waste, which the waste model accepts.
  assert(errors.empty() && "WasteSinkSectors: lever values out of the waste model's range");
  waste::WasteYearResult w = waste::evaluate_waste_year(input, params_, landfill_, gwp_);
  assert(w.errors.empty() && "WasteSinkSectors: the waste year failed");
  out.waste_co2e_t = w.co2e_t;
  out.waste_generated_t = w.generated_t;
  out.waste_landfilled_t = w.landfilled_t;
  out.waste_incinerated_t = w.incinerated_t;
  out.incineration_kwh = w.electricity_kwh;
  out.waste_rows = std::move(w.rows);

  sinks::SinkLevers s;
  s.added_area_ha[static_cast<int>(sinks::SinkType::UrbanGreenSpace)] = levers.green_space_added_ha;
  s.added_area_ha[static_cast<int>(sinks::SinkType::Forest)] = levers.forest_added_ha;
  sinks::SinkYearResult r = sinks::evaluate_sinks(areas_, s, gwp_);
  assert(r.errors.empty() && "WasteSinkSectors: the sink areas are invalid");
  out.sinks_t = r.removals_total_t;
  for (double ha : r.areas.area_ha) out.sink_area_ha += ha;
  out.sink_rows = std::move(r.rows);
  return out;
}

}  // namespace twin::pathway
