// Summary statistics of a twin::City: what `carbontwin city --summary` prints, what the overview
// panel shows and what the generator's tests compare against the published targets in
// assets/city/default_city_targets.csv.
#pragma once

#include <array>
#include <cstdint>

#include "twin/city/city.hpp"

namespace twin {

struct CityStats {
  double population = 0.0;                 // persons
  double jobs = 0.0;                       // persons employed at a workplace in the city
  std::uint32_t building_count = 0;
  double land_area_km2 = 0.0;              // extent of the city
  double floor_area_m2 = 0.0;              // total gross floor area
  std::array<double, static_cast<int>(BuildingUse::Count)> floor_area_by_use_m2{};
  std::array<std::uint32_t, static_cast<int>(BuildingUse::Count)> building_count_by_use{};
  std::array<std::uint32_t, static_cast<int>(ResidentialType::Count)> building_count_by_residential_type{};
  // Road length by class counts each street once (centre-line km): a two-way street's two links
  // are averaged, a one-way link counts whole. This is how road density is published in China.
  std::array<double, static_cast<int>(RoadClass::Count)> road_length_by_class_km{};
  double road_length_km = 0.0;             // centre-line km, all classes
  std::uint32_t road_node_count = 0;
  std::uint32_t road_link_count = 0;
  std::uint32_t metro_line_count = 0;
  std::uint32_t metro_station_count = 0;   // distinct stations (interchanges count once)
  double metro_length_km = 0.0;
  std::uint32_t zone_count = 0;
  double park_area_km2 = 0.0;
  double water_area_km2 = 0.0;
  double farmland_area_km2 = 0.0;          // GroundCover::Farmland polygons
  double forest_area_km2 = 0.0;            // GroundCover::Forest polygons (green belt, woods)
  // Built-up area = urban construction land (城市建设用地, GB 50137-2011): the sum of
  // Zones::construction_land_m2, i.e. for the generated city the developed 1 km superblocks
  // (with their streets, parks and riverside green) less the water in them. Rural villages,
  // farmland, forest and the green belt are outside it. When a city carries no per-zone
  // construction land (imported cities), the whole land area counts as built-up.
  double built_up_area_km2 = 0.0;
  // Centre-line km of links whose midpoint lies in a zone with construction land (zone boxes
  // closed, so a street on the edge of the built-up area counts).
  double built_up_road_length_km = 0.0;
  double max_height_m = 0.0;
  double mean_floors = 0.0;                // mean storeys over buildings

  // Derived figures, the ones the published targets are stated in.
  double population_density_per_km2 = 0.0;           // population / land area (whole extent)
  double built_up_population_density_per_km2 = 0.0;  // population / built-up area
  double construction_land_per_person_m2 = 0.0;      // built-up area / population (GB 50137 §4.2)
  double residential_floor_area_per_person_m2 = 0.0;
  // Road density as Chinese statistics publish it: built_up_road_length_km / built_up_area_km2.
  double road_density_km_per_km2 = 0.0;
  double jobs_per_resident = 0.0;
  double floor_area_ratio = 0.0;           // total floor area / land area (gross plot ratio)
};

CityStats compute_city_stats(const City& city);

}  // namespace twin
