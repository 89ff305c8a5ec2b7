// Where a city's plants go on its map: plants given in the local frame (x_m, y_m) stay; plants given only
// in WGS84 lon/lat are placed through the city's fitted lon/lat ↔ local map (twin/city/lonlat_fit.hpp).
// What cannot be placed is reported by name with the reason — it still counts in every total, it just
// has no marker.
#pragma once

#include <string>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/industry/plant.hpp"

namespace twin::industry {

struct UnplacedPlant {
  std::string name;
  int line = 0;         // CSV line (0: not from a file)
  std::string reason;
};

struct PlacementReport {
  int placed_from_lonlat = 0;  // given lon/lat, now with x/y
  int given_xy = 0;            // already in the local frame
  std::vector<UnplacedPlant> unplaced;
};

// Places the plants that have lon/lat but no x/y. A plant lands only inside the city's extent widened
// by kPlacementMarginM (a plant just outside the built-up area still belongs to the city's map).
inline constexpr double kPlacementMarginM = 5000.0;
PlacementReport place_plants(const City& city, std::vector<Plant>* plants);

}  // namespace twin::industry
