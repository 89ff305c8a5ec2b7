// The city's emission sources for the grid (emission_grid.hpp), from the pathway's base year: which
// emissions are placed, where, with what weight and release height. Only direct (scope 1) emissions
// inside the city are atmospheric sources: grid electricity and bought district heat (scope 2) are
// emitted at power stations and heat plants elsewhere and are excluded here — the inventory's
// by_sector_t (scope 1 + 2) is therefore larger than the grid's total by exactly its scope 2.
//  residential/commercial/industry (buildings): each building's share at its footprint centroid, weight
//      = floor area × its segment's scope-1 fuel CO2 per m² (gas, coal, oil, LPG at the fuel factors),
//      height = the building's height (roof); industry's plant combustion at the plants (below);
//  transport: scope 1 along the road links by length, weight = link length × peak flow (pcu/h, the
//      transport model's assignment; without flows, length × capacity), height 1 m (exhaust);
//  industry (plants' combustion) and industrial_processes: at each plant's x/y, weight = the plant's own
//      base-year combustion / process CO2, height from the stack table (plant_stack_height_m); plants
//      without x/y are reported (unplaced_plants) and their share goes to outside_t, never dropped;
//  waste: no disposal site in the city model — spread over the zones by residents (each zone's
//      rectangle, by area), height 0 (landfill surface);
//  land_use (sinks, negative): over the ground polygons that are sinks (park, forest, farmland), weight
//      = area × the sink type's removal rate, height 0;
//  energy_supply: the city's own plants' scope-1 CO2 (the pathway's memo), at `energy_supply_xy`.
#pragma once

#include <string>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/industry/plant.hpp"
#include "twin/monitor/emission_grid.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::monitor {

inline constexpr double kTrafficReleaseHeightM = 1.0;  // tailpipe ≈ 0.3 m + vehicle wake; CarbonTwin assumption

// Stack height of a plant of an industry sector, m (assets/monitor/release_heights.csv).
double plant_stack_height_m(industry::Sector sector);
double energy_supply_stack_height_m();

struct ReleaseHeightRow {
  const char* key;
  double height_m;
  const char* source;
};
std::vector<ReleaseHeightRow> release_height_rows();  // = assets/monitor/release_heights.csv

struct CitySourceInputs {
  const City* city = nullptr;
  const pathway::Baseline* baseline = nullptr;
  const pathway::PathwayYear* year = nullptr;        // the pathway's base year (years[0])
  const std::vector<double>* link_flow_pcu_h = nullptr;  // per road link; null: capacity proxy
  Vec2 energy_supply_xy;                              // where the local plants' stacks stand
};

struct CitySources {
  std::string error;
  EmissionSources sources;
  std::vector<std::string> unplaced_plants;  // names of plants without x/y (their CO2 is outside the grid)
  double scope2_excluded_t = 0.0;            // the inventory's scope 2, not an atmospheric source here
};

CitySources city_emission_sources(const CitySourceInputs& inputs);

// The gridded sector of an inventory sector (the first seven columns).
inline GridSector grid_sector(emissions::Sector s) { return static_cast<GridSector>(static_cast<int>(s)); }

}  // namespace twin::monitor
