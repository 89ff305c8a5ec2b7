// place_plants() (plant_placement.hpp).
#include "twin/industry/plant_placement.hpp"

#include <cstdio>

#include "twin/city/lonlat_fit.hpp"

namespace twin::industry {

PlacementReport place_plants(const City& city, std::vector<Plant>* plants) {
  PlacementReport report;
  for (Plant& p : *plants) {
    if (p.has_xy) {
      ++report.given_xy;
      continue;
    }
    if (!p.has_lonlat) {
      report.unplaced.push_back({p.name, p.line, "no location given (lon/lat or x_m/y_m)"});
      continue;
    }
    if (!city.location.georeferenced) {
      report.unplaced.push_back({p.name, p.line, "the city is not georeferenced (a synthetic city has no lon/lat): give x_m/y_m"});
      continue;
    }
    double x = 0, y = 0;
    if (!lonlat_to_local(city.location, p.lon_deg, p.lat_deg, &x, &y)) {
      char why[160];
      std::snprintf(why, sizeof why, "lon/lat %.5f, %.5f is far outside the city's map", p.lon_deg, p.lat_deg);
      report.unplaced.push_back({p.name, p.line, why});
      continue;
    }
    if (x < city.min_corner.x_m - kPlacementMarginM || x > city.max_corner.x_m + kPlacementMarginM ||
        y < city.min_corner.y_m - kPlacementMarginM || y > city.max_corner.y_m + kPlacementMarginM) {
      char why[200];
      std::snprintf(why, sizeof why, "lon/lat %.5f, %.5f lies %.1f km, %.1f km from the city's centre, outside its extent",
                    p.lon_deg, p.lat_deg, x / 1000.0, y / 1000.0);
      report.unplaced.push_back({p.name, p.line, why});
      continue;
    }
    p.has_xy = true;
    p.x_m = x;
    p.y_m = y;
    ++report.placed_from_lonlat;
  }
  return report;
}

}  // namespace twin::industry
