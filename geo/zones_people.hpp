// Traffic zones over an imported city, and its residents and jobs.
// Zones are square cells of a grid laid over the buildings' extent, sized so a district gets about a
// hundred of them (cell = √(extent area / 100), between 250 m and 1 km: the default city's zones are
// 1 km superblocks); only cells holding buildings become zones. Residents are placed from residential
// floor area at 36.52 m² per person (7th population census 2020, urban housing floor area per
// person; the default city's figure, assets/city/default_city_targets.csv); jobs from non-residential
// floor area over the floor area per job of each use (twin/city/building_systems.hpp). When the user
// gives totals (--population, --jobs) both are scaled to them, and the report says so.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "geo/feature.hpp"
#include "twin/city/city.hpp"

namespace geo {

struct PeopleTotals {
  std::optional<double> population;  // persons; absent = from floor area
  std::optional<double> jobs;
};

struct ZonesReport {
  double cell_m = 0.0;
  std::uint32_t zones = 0;
  double population_from_floor_area = 0.0;  // before scaling
  double jobs_from_floor_area = 0.0;
  double population = 0.0;                  // in the city
  double jobs = 0.0;
  bool population_given = false;
  bool jobs_given = false;
};

inline constexpr double kResidentialFloorAreaPerPersonM2 = 36.52;

// Fills city->zones and city->buildings.zone from the buildings (which must be complete). A city with
// no residential (or no other) floor area but a given total gets a warning and no one is placed.
ZonesReport build_zones_and_people(twin::City* city, const PeopleTotals& totals, const std::string& file,
                                   std::vector<Issue>* warnings);

}  // namespace geo
