// The sinks of a pathway year: areas by type (drivers: the city's ground cover; levers: hectares added
// by afforestation, new parks, wetland restoration, canopy planting) × removal rate → negative inventory
// rows in land use and forestry (CO2, scope 1). Bad areas return errors naming the sink type.
#pragma once

#include <string>
#include <vector>

#include "twin/inventory/inventory_row.hpp"
#include "twin/sinks/sink_areas.hpp"

namespace twin::sinks {

struct SinkLevers {
  std::array<double, kSinkTypeCount> added_area_ha{};  // may be negative (land converted away)
};

struct SinkError {
  SinkType type;
  std::string message;
};

struct SinkYearResult {
  std::vector<SinkError> errors;      // non-empty: nothing below was computed
  SinkAreas areas;                    // base + added, ha
  std::array<double, kSinkTypeCount> removals_t{};  // per type, tCO2 (negative)
  std::vector<inventory::InventoryRow> rows;        // one per type with area > 0
  double removals_total_t = 0.0;      // Σ rows, tCO2 (negative)
};

SinkYearResult evaluate_sinks(const SinkAreas& base, const SinkLevers& levers, inventory::GwpSet gwp_set);

}  // namespace twin::sinks
