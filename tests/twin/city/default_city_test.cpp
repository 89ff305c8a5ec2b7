// The default city against the published targets of assets/city/default_city_targets.csv (bounds
// duplicated here, row by row, so the test needs no file access in wasm), and plausibility of
// its building attributes, zones and metro.
#include <gtest/gtest.h>

#include <cmath>

#include "default_city_fixture.hpp"

namespace twin {
namespace {

using testing::default_city;
using testing::default_city_stats;

double use_area(const CityStats& s, BuildingUse u) { return s.floor_area_by_use_m2[static_cast<int>(u)]; }

TEST(DefaultCity, StatisticsWithinPublishedTargets) {
  const CityStats& s = default_city_stats();
  // CSV row "population"
  EXPECT_GE(s.population, 950000.0);
  EXPECT_LE(s.population, 1050000.0);
  // CSV row "residential_floor_area_per_person_m2"
  EXPECT_GE(s.residential_floor_area_per_person_m2, 34.0);
  EXPECT_LE(s.residential_floor_area_per_person_m2, 39.0);
  // CSV row "residential_share_of_civil_floor_area"
  const double residential = use_area(s, BuildingUse::Residential);
  const double public_m2 = use_area(s, BuildingUse::Office) + use_area(s, BuildingUse::Retail) +
                           use_area(s, BuildingUse::Hotel) + use_area(s, BuildingUse::School) +
                           use_area(s, BuildingUse::Hospital);
  const double share = residential / (residential + public_m2);
  EXPECT_GE(share, 0.62);
  EXPECT_LE(share, 0.74);
  // CSV row "road_density_km_per_km2" (over the built-up area, as published)
  EXPECT_GE(s.road_density_km_per_km2, 5.5);
  EXPECT_LE(s.road_density_km_per_km2, 9.0);
  // CSV row "population_density_per_km2"
  EXPECT_GE(s.population_density_per_km2, 3000.0);
  EXPECT_LE(s.population_density_per_km2, 12000.0);
  // CSV row "jobs_per_resident"
  EXPECT_GE(s.jobs_per_resident, 0.45);
  EXPECT_LE(s.jobs_per_resident, 0.65);
  // CSV row "floor_area_ratio"
  EXPECT_GE(s.floor_area_ratio, 0.2);
  EXPECT_LE(s.floor_area_ratio, 0.6);
  // CSV row "park_area_per_person_m2"
  const double park_per_person = s.park_area_km2 * 1.0e6 / s.population;
  EXPECT_GE(park_per_person, 10.0);
  EXPECT_LE(park_per_person, 25.0);
  // CSV row "max_height_m"
  EXPECT_GE(s.max_height_m, 150.0);
  EXPECT_LE(s.max_height_m, 420.0);
  // CSV row "building_count"
  EXPECT_GE(s.building_count, 10000u);
  EXPECT_LE(s.building_count, 60000u);
  // CSV row "metro_station_spacing_km": mean spacing = length / (stops − 1) per line.
  double gaps = 0.0;
  for (const TransitLine& l : default_city().transit_lines) gaps += static_cast<double>(l.stops.size() - 1);
  EXPECT_GE(s.metro_length_km / gaps, 1.0);
  EXPECT_LE(s.metro_length_km / gaps, 1.5);
}

TEST(DefaultCity, HasEveryTypologyAndRoadClass) {
  const CityStats& s = default_city_stats();
  for (int u = 0; u < static_cast<int>(BuildingUse::Count); ++u) {
    EXPECT_GT(s.building_count_by_use[u], 0u) << to_string(static_cast<BuildingUse>(u));
  }
  for (int t = 0; t < static_cast<int>(ResidentialType::Count); ++t) {
    EXPECT_GT(s.building_count_by_residential_type[t], 0u) << to_string(static_cast<ResidentialType>(t));
  }
  for (int r = 0; r < static_cast<int>(RoadClass::Count); ++r) {
    EXPECT_GT(s.road_length_by_class_km[r], 0.0) << to_string(static_cast<RoadClass>(r));
  }
  // Hierarchy: more local and collector length than expressway.
  EXPECT_GT(s.road_length_by_class_km[static_cast<int>(RoadClass::Local)],
            s.road_length_by_class_km[static_cast<int>(RoadClass::Expressway)]);
  EXPECT_GE(s.metro_line_count, 2u);
  EXPECT_GT(s.water_area_km2, 1.0);
  EXPECT_GT(s.park_area_km2, 1.0);
  EXPECT_TRUE(default_city().synthetic);
  EXPECT_FALSE(default_city().name.empty());
}

TEST(DefaultCity, BuildingAttributesArePlausible) {
  const Buildings& b = default_city().buildings;
  const std::uint32_t n = b.size();
  ASSERT_EQ(b.footprint_begin.size(), n + 1u);
  ASSERT_EQ(b.footprint_begin.back(), b.footprint_xy.size());
  for (const auto* col : {&b.zone, &b.access_node}) ASSERT_EQ(col->size(), n);
  ASSERT_EQ(b.floors.size(), n);
  ASSERT_EQ(b.use.size(), n);
  ASSERT_EQ(b.residential_type.size(), n);
  ASSERT_EQ(b.construction_year.size(), n);
  ASSERT_EQ(b.heating_system.size(), n);
  ASSERT_EQ(b.heating_fuel.size(), n);
  std::uint32_t tall_towers = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    ASSERT_GE(b.floors[i], 1u);
    ASSERT_GT(b.height_m[i], 2.5 * b.floors[i] - 1e-9) << i;
    ASSERT_LT(b.height_m[i], 15.0 * b.floors[i]) << i;  // single-storey sheds are tall
    ASSERT_GE(b.construction_year[i], 1978u);
    ASSERT_LE(b.construction_year[i], 2020u);  // base year
    ASSERT_LT(b.zone[i], default_city().zones.size());
    const bool residential = b.use[i] == BuildingUse::Residential;
    ASSERT_EQ(residential, b.residential_type[i] != ResidentialType::Nonresidential) << i;
    switch (b.residential_type[i]) {
      case ResidentialType::HighRiseTower:
        ASSERT_GE(b.floors[i], 18u);
        ASSERT_LE(b.floors[i], 33u);
        break;
      case ResidentialType::WalkUp:
        ASSERT_GE(b.floors[i], 5u);
        ASSERT_LE(b.floors[i], 7u);
        ASSERT_LE(b.construction_year[i], 2003u);
        break;
      case ResidentialType::UrbanVillage:
        ASSERT_GE(b.floors[i], 3u);
        ASSERT_LE(b.floors[i], 6u);
        break;
      case ResidentialType::RuralHouse:
        ASSERT_GE(b.floors[i], 2u);
        ASSERT_LE(b.floors[i], 3u);
        break;
      default: break;
    }
    // Heating system and fuel agree.
    switch (b.heating_system[i]) {
      case HeatingSystem::DistrictHeat: ASSERT_EQ(b.heating_fuel[i], Fuel::Heat); break;
      case HeatingSystem::HeatPump:
      case HeatingSystem::ElectricResistance: ASSERT_EQ(b.heating_fuel[i], Fuel::Electricity); break;
      case HeatingSystem::Stove: ASSERT_EQ(b.heating_fuel[i], Fuel::Coal); break;
      case HeatingSystem::Boiler: ASSERT_NE(b.heating_fuel[i], Fuel::Heat); break;
      default: break;
    }
    if (b.use[i] == BuildingUse::Office && b.height_m[i] >= 150.0) ++tall_towers;
  }
  EXPECT_GE(tall_towers, 5u);  // a CBD skyline, not one lone tower
}

TEST(DefaultCity, ZonesHoldPopulationAndJobs) {
  const City& c = default_city();
  const Zones& z = c.zones;
  ASSERT_EQ(z.jobs.size(), z.size());
  ASSERT_EQ(z.centroid.size(), z.size());
  std::uint32_t populated = 0;
  for (std::uint32_t k = 0; k < z.size(); ++k) {
    ASSERT_GE(z.population[k], 0.0);
    ASSERT_GE(z.jobs[k], 0.0);
    ASSERT_LT(z.min_corner[k].x_m, z.max_corner[k].x_m);
    ASSERT_LT(z.min_corner[k].y_m, z.max_corner[k].y_m);
    if (z.population[k] > 0.0) ++populated;
  }
  // One million people on 85–115 km² of construction land (GB 50137-2011), a quarter to two
  // fifths of it residential: at least 40 populated 1-km² zones.
  EXPECT_GE(populated, 40u);
  // Every building's zone box holds its first vertex (zones are the 1 km superblocks).
  const Buildings& b = c.buildings;
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    const Vec2 p = b.footprint_xy[b.footprint_begin[i]];
    const std::uint32_t k = b.zone[i];
    ASSERT_TRUE(p.x_m >= z.min_corner[k].x_m && p.x_m <= z.max_corner[k].x_m && p.y_m >= z.min_corner[k].y_m &&
                p.y_m <= z.max_corner[k].y_m) << i;
  }
}

TEST(DefaultCity, MetroStationsAreNamedAndSpaced) {
  for (const TransitLine& line : default_city().transit_lines) {
    EXPECT_EQ(line.mode, TransitMode::Metro);
    EXPECT_FALSE(line.name.empty());
    ASSERT_GE(line.stops.size(), 5u);
    for (std::size_t k = 0; k < line.stops.size(); ++k) {
      EXPECT_FALSE(line.stops[k].name.empty());
      if (k == 0) continue;
      const double dx = line.stops[k].xy.x_m - line.stops[k - 1].xy.x_m;
      const double dy = line.stops[k].xy.y_m - line.stops[k - 1].xy.y_m;
      const double d = std::sqrt(dx * dx + dy * dy);
      EXPECT_GE(d, 900.0) << line.name;
      EXPECT_LE(d, 1600.0) << line.name;
    }
  }
  // Interchanges: the same point carries the same name on both lines.
  const auto& lines = default_city().transit_lines;
  std::uint32_t interchanges = 0;
  for (std::size_t a = 0; a < lines.size(); ++a) {
    for (std::size_t b = a + 1; b < lines.size(); ++b) {
      for (const TransitStop& sa : lines[a].stops) {
        for (const TransitStop& sb : lines[b].stops) {
          if (sa.xy.x_m == sb.xy.x_m && sa.xy.y_m == sb.xy.y_m) {
            EXPECT_EQ(sa.name, sb.name);
            ++interchanges;
          }
        }
      }
    }
  }
  EXPECT_GE(interchanges, 2u);
}

TEST(DefaultCity, OtherSeedsAreAlsoSound) {
  for (std::uint64_t seed : {1ull, 7ull, 424242ull}) {
    CityGeneratorDef def = default_city_def();
    def.seed = seed;
    const CityStats s = compute_city_stats(generate_city(def));
    EXPECT_NEAR(s.population, def.target_population, 1.0) << seed;
    EXPECT_GE(s.residential_floor_area_per_person_m2, 34.0) << seed;
    EXPECT_LE(s.residential_floor_area_per_person_m2, 39.0) << seed;
    EXPECT_GE(s.jobs_per_resident, 0.4) << seed;
    EXPECT_LE(s.jobs_per_resident, 0.7) << seed;
    EXPECT_GE(s.road_density_km_per_km2, 5.0) << seed;
    EXPECT_GE(s.construction_land_per_person_m2, 85.1) << seed;
    EXPECT_LE(s.construction_land_per_person_m2, 115.0) << seed;
    EXPECT_LE(s.building_count, 60000u) << seed;
  }
}

}  // namespace
}  // namespace twin
