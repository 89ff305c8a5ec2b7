// Which built-in typical year (climate_normals.hpp: Harbin, Beijing, Shanghai, Guangzhou, Kunming —
// one per building-climate zone of GB 50176-2016) and which regional power grid a city uses, from its
// location. A city that is not georeferenced (the synthetic default) is taken to be in Beijing's
// climate and on the North China grid, as it always has been.
#pragma once

#include "twin/city/city.hpp"
#include "twin/climate/climate_normals.hpp"
#include "twin/emissions/factor_tables.hpp"

namespace twin::climate {

struct ClimateChoice {
  ClimateCity city = ClimateCity::Beijing;
  double distance_km = 0.0;  // great-circle distance to that city's station (0 when not georeferenced)
  bool georeferenced = false;
};

// Nearest built-in city by great-circle distance (spherical Earth, R = 6371.0088 km, the IUGG mean
// radius). Far from all of them (e.g. a European city) the nearest is still returned: callers warn
// when distance_km exceeds kFarFromTypicalYearKm and ask for an EPW file.
ClimateChoice nearest_climate_city(double lon_deg, double lat_deg);
ClimateChoice climate_for_city(const City& city);

// Great-circle distance in km between two WGS84 points on that sphere (haversine formula).
double great_circle_km(double lon1_deg, double lat1_deg, double lon2_deg, double lat2_deg);

// Beyond this distance the built-in typical year no longer stands for the city's climate.
inline constexpr double kFarFromTypicalYearKm = 500.0;

// Regional grid of the built-in city's province: Harbin → Northeast, Beijing → North China,
// Shanghai → East China, Guangzhou and Kunming (Yunnan) → China Southern Power Grid. Approximate:
// the grid follows the province, which the nearest built-in city only roughly stands for.
emissions::GridRegion grid_region_for(ClimateCity city);

}  // namespace twin::climate
