// compute_city_stats(): the summary figures of city_stats.hpp. Pure function of the City; every
// sum runs in column order so the result is deterministic.
#include "twin/city/city_stats.hpp"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace twin {
namespace {

double safe_ratio(double num, double den) { return den > 0.0 ? num / den : 0.0; }

double polygon_area_m2(const GroundAreas& g, std::uint32_t i) {
  const std::uint32_t begin = g.polygon_begin[i];
  const double a = polygon_signed_area_m2(g.polygon_xy.data() + begin, g.polygon_begin[i + 1] - begin);
  return a < 0.0 ? -a : a;
}

// Centre-line length by class: a link whose reverse (to → from) exists is one direction of a
// two-way street and counts half, so each street is counted once, as published road density is.
void add_road_lengths(const RoadNetwork& r, CityStats& s) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> directed;
  directed.reserve(r.link_count());
  for (std::uint32_t l = 0; l < r.link_count(); ++l) directed.emplace_back(r.link_from[l], r.link_to[l]);
  std::sort(directed.begin(), directed.end());
  for (std::uint32_t l = 0; l < r.link_count(); ++l) {
    const bool two_way = std::binary_search(directed.begin(), directed.end(),
                                            std::make_pair(r.link_to[l], r.link_from[l]));
    const double km = r.link_length_m[l] * (two_way ? 0.5 : 1.0) / 1000.0;
    s.road_length_by_class_km[static_cast<int>(r.link_class[l])] += km;
  }
  for (double km : s.road_length_by_class_km) s.road_length_km += km;
  s.road_node_count = r.node_count();
  s.road_link_count = r.link_count();
}

// Built-up area and the street length inside it (see city_stats.hpp for the definitions).
void add_built_up(const City& city, CityStats& s) {
  const Zones& z = city.zones;
  if (z.construction_land_m2.size() != z.size()) {
    s.built_up_area_km2 = s.land_area_km2;
    s.built_up_road_length_km = s.road_length_km;
    return;
  }
  for (std::uint32_t k = 0; k < z.size(); ++k) s.built_up_area_km2 += z.construction_land_m2[k] / 1.0e6;
  const RoadNetwork& r = city.roads;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> directed;
  directed.reserve(r.link_count());
  for (std::uint32_t l = 0; l < r.link_count(); ++l) directed.emplace_back(r.link_from[l], r.link_to[l]);
  std::sort(directed.begin(), directed.end());
  for (std::uint32_t l = 0; l < r.link_count(); ++l) {
    const Vec2 a = r.node_xy[r.link_from[l]], b = r.node_xy[r.link_to[l]];
    const double mx = 0.5 * (a.x_m + b.x_m), my = 0.5 * (a.y_m + b.y_m);
    bool inside = false;
    for (std::uint32_t k = 0; k < z.size() && !inside; ++k) {
      inside = z.construction_land_m2[k] > 0.0 && mx >= z.min_corner[k].x_m && mx <= z.max_corner[k].x_m &&
               my >= z.min_corner[k].y_m && my <= z.max_corner[k].y_m;
    }
    if (!inside) continue;
    const bool two_way = std::binary_search(directed.begin(), directed.end(),
                                            std::make_pair(r.link_to[l], r.link_from[l]));
    s.built_up_road_length_km += r.link_length_m[l] * (two_way ? 0.5 : 1.0) / 1000.0;
  }
}

void add_metro(const std::vector<TransitLine>& lines, CityStats& s) {
  // Stations are distinct by position: an interchange is one stop of each line at the same point.
  std::vector<std::pair<double, double>> stations;
  for (const TransitLine& line : lines) {
    if (line.mode != TransitMode::Metro) continue;
    ++s.metro_line_count;
    for (std::size_t k = 0; k < line.stops.size(); ++k) {
      stations.emplace_back(line.stops[k].xy.x_m, line.stops[k].xy.y_m);
      if (k == 0) continue;
      const double dx = line.stops[k].xy.x_m - line.stops[k - 1].xy.x_m;
      const double dy = line.stops[k].xy.y_m - line.stops[k - 1].xy.y_m;
      s.metro_length_km += std::sqrt(dx * dx + dy * dy) / 1000.0;
    }
  }
  std::sort(stations.begin(), stations.end());
  s.metro_station_count =
      static_cast<std::uint32_t>(std::unique(stations.begin(), stations.end()) - stations.begin());
}

}  // namespace

CityStats compute_city_stats(const City& city) {
  CityStats s;
  const Zones& z = city.zones;
  for (std::uint32_t i = 0; i < z.size(); ++i) {
    s.population += z.population[i];
    s.jobs += z.jobs[i];
  }
  s.zone_count = z.size();

  const Buildings& b = city.buildings;
  s.building_count = b.size();
  double floors_sum = 0.0;
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    const double gfa = building_floor_area_m2(b, i);
    const int use = static_cast<int>(b.use[i]);
    s.floor_area_m2 += gfa;
    s.floor_area_by_use_m2[use] += gfa;
    ++s.building_count_by_use[use];
    ++s.building_count_by_residential_type[static_cast<int>(b.residential_type[i])];
    s.max_height_m = std::max(s.max_height_m, b.height_m[i]);
    floors_sum += static_cast<double>(b.floors[i]);
  }
  s.mean_floors = safe_ratio(floors_sum, static_cast<double>(b.size()));

  s.land_area_km2 = (city.max_corner.x_m - city.min_corner.x_m) *
                    (city.max_corner.y_m - city.min_corner.y_m) / 1.0e6;
  if (s.land_area_km2 < 0.0) s.land_area_km2 = 0.0;

  add_road_lengths(city.roads, s);
  add_metro(city.transit_lines, s);

  const GroundAreas& g = city.ground;
  for (std::uint32_t i = 0; i < g.size(); ++i) {
    const double km2 = polygon_area_m2(g, i) / 1.0e6;
    if (g.cover[i] == GroundCover::Park) s.park_area_km2 += km2;
    if (g.cover[i] == GroundCover::Water) s.water_area_km2 += km2;
    if (g.cover[i] == GroundCover::Farmland) s.farmland_area_km2 += km2;
    if (g.cover[i] == GroundCover::Forest) s.forest_area_km2 += km2;
  }
  add_built_up(city, s);

  s.population_density_per_km2 = safe_ratio(s.population, s.land_area_km2);
  s.residential_floor_area_per_person_m2 =
      safe_ratio(s.floor_area_by_use_m2[static_cast<int>(BuildingUse::Residential)], s.population);
  s.built_up_population_density_per_km2 = safe_ratio(s.population, s.built_up_area_km2);
  s.construction_land_per_person_m2 = safe_ratio(s.built_up_area_km2 * 1.0e6, s.population);
  s.road_density_km_per_km2 = safe_ratio(s.built_up_road_length_km, s.built_up_area_km2);
  s.jobs_per_resident = safe_ratio(s.jobs, s.population);
  s.floor_area_ratio = safe_ratio(s.floor_area_m2, s.land_area_km2 * 1.0e6);
  return s;
}

}  // namespace twin
