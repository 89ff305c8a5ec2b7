// Waste and sinks in a pathway year (twin/waste, twin/sinks): residents of the year × waste per
// resident → landfill (first-order decay, its stock carried from year to year), incineration and
// composting → CH4, N2O and fossil CO2 in CO2e; the city's green space, forest, wetland and farmland
// (plus the hectares the levers add) × removal rates → negative CO2.
#pragma once

#include <vector>

#include "twin/inventory/gwp.hpp"
#include "twin/inventory/inventory_row.hpp"
#include "twin/sinks/sinks.hpp"
#include "twin/waste/waste_year.hpp"

namespace twin::pathway {

struct WasteSinkYear {
  double waste_co2e_t = 0.0;        // landfill + incineration + composting, tCO2e (GWP of the set)
  double waste_generated_t = 0.0;   // municipal solid waste, t
  double waste_landfilled_t = 0.0;
  double waste_incinerated_t = 0.0;
  double incineration_kwh = 0.0;    // electricity from incineration (gross), kWh
  double sinks_t = 0.0;             // removals, tCO2 (≤ 0)
  double sink_area_ha = 0.0;        // all sink types
  // The inventory rows behind waste_co2e_t (scope 1, waste) and sinks_t (negative, land use).
  std::vector<inventory::InventoryRow> waste_rows, sink_rows;
};

struct WasteSinkLevers {
  waste::WasteLevers waste;
  double green_space_added_ha = 0.0;
  double forest_added_ha = 0.0;
};

// Carries the landfill stock from year to year: call year() once per year, in order from the base year.
class WasteSinkSectors {
 public:
  WasteSinkSectors(const waste::WasteParams& params, const sinks::SinkAreas& areas, double base_population,
                   inventory::GwpSet gwp = inventory::kDefaultGwpSet);
  WasteSinkYear year(int year, double population, const WasteSinkLevers& levers);

 private:
  waste::WasteParams params_;
  sinks::SinkAreas areas_;
  inventory::GwpSet gwp_;
  waste::LandfillState landfill_;
};

}  // namespace twin::pathway
