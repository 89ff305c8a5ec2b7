// The city's gridded emissions as every consumer builds them (`carbontwin monitor grid`, `monitor
// simulate`/`invert` and the page's monitoring layers): the pathway base year's scope 1 placed on its
// sources (emission_sources.hpp), the grid over the extent of the city and of its sources, and the local
// plants' site. One function, so that the CLI's CSV, the inversion's prior and the page agree to the gram.
#pragma once

#include <string>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/monitor/emission_grid.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::monitor {

struct CityGridInputs {
  const City* city = nullptr;
  const pathway::Baseline* baseline = nullptr;
  const pathway::PathwayYear* base_year = nullptr;        // the pathway's years[0]
  const std::vector<double>* link_flow_pcu_h = nullptr;   // the base transport run's flows; null/empty: capacity proxy
  double cell_m = 500.0;
};

struct CityGrid {
  std::string error;                    // non-empty: nothing else is usable
  EmissionGrid grid;
  Vec2 extent_min, extent_max;          // the city's and its sources' extent (the grid covers it)
  Vec2 energy_supply_xy;                // where the local plants' stacks stand
  std::vector<std::string> unplaced_plants;
  double scope2_excluded_t = 0.0;       // the inventory's scope 2: not an atmospheric source in the city
};

// The local power/heat plants have no site in the energy-system list: they stand at the mean of the
// industrial plants placed on the map (the industrial park), else at the centre of [lo, hi].
Vec2 energy_supply_site(const pathway::Baseline& baseline, Vec2 lo, Vec2 hi);

// Errors (in .error, never thrown): missing inputs, a bad cell size, a city with no buildings and no
// roads, the sources' or the grid's own errors.
CityGrid build_city_grid(const CityGridInputs& in);

}  // namespace twin::monitor
