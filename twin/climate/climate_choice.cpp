// Nearest typical year and regional grid for a city's location (climate_choice.hpp).
#include "twin/climate/climate_choice.hpp"

#include <cmath>
#include <numbers>

namespace twin::climate {

double great_circle_km(double lon1_deg, double lat1_deg, double lon2_deg, double lat2_deg) {
  constexpr double kEarthRadiusKm = 6371.0088;
  const double to_rad = std::numbers::pi / 180.0;
  // Haversine formula: well conditioned for small and large distances alike.
  const double dlat = (lat2_deg - lat1_deg) * to_rad, dlon = (lon2_deg - lon1_deg) * to_rad;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1_deg * to_rad) * std::cos(lat2_deg * to_rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2.0 * kEarthRadiusKm * std::asin(std::sqrt(std::fmin(1.0, a)));
}

ClimateChoice nearest_climate_city(double lon_deg, double lat_deg) {
  ClimateChoice best;
  best.georeferenced = true;
  best.distance_km = -1.0;
  for (const CityNormals& c : all_city_normals()) {
    const double d = great_circle_km(lon_deg, lat_deg, c.longitude_deg, c.latitude_deg);
    if (best.distance_km < 0.0 || d < best.distance_km) {
      best.distance_km = d;
      best.city = c.city;
    }
  }
  return best;
}

ClimateChoice climate_for_city(const City& city) {
  if (!city.location.georeferenced) return ClimateChoice{};
  return nearest_climate_city(city.location.origin_lon_deg, city.location.origin_lat_deg);
}

emissions::GridRegion grid_region_for(ClimateCity city) {
  switch (city) {
    case ClimateCity::Harbin: return emissions::GridRegion::Northeast;
    case ClimateCity::Beijing: return emissions::GridRegion::NorthChina;
    case ClimateCity::Shanghai: return emissions::GridRegion::EastChina;
    case ClimateCity::Guangzhou: return emissions::GridRegion::South;
    case ClimateCity::Kunming: return emissions::GridRegion::South;
  }
  return emissions::GridRegion::NorthChina;
}

}  // namespace twin::climate
