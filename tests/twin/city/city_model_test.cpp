// City model basics and compute_city_stats() on a tiny hand-built city with closed-form answers.
#include <gtest/gtest.h>

#include <cmath>

#include "twin/city/city.hpp"
#include "twin/city/city_stats.hpp"

namespace twin {
namespace {

// Absolute tolerance for sums of a handful of exact-ish doubles.
constexpr double kTol = 1e-9;

void add_rect(Buildings& b, double x0, double y0, double x1, double y1, std::uint16_t floors, BuildingUse use,
              ResidentialType type, std::uint32_t zone) {
  for (Vec2 p : {Vec2{x0, y0}, Vec2{x1, y0}, Vec2{x1, y1}, Vec2{x0, y1}}) b.footprint_xy.push_back(p);
  b.footprint_begin.push_back(static_cast<std::uint32_t>(b.footprint_xy.size()));
  b.height_m.push_back(3.0 * floors);
  b.floors.push_back(floors);
  b.use.push_back(use);
  b.residential_type.push_back(type);
  b.construction_year.push_back(2000);
  b.heating_system.push_back(HeatingSystem::DistrictHeat);
  b.heating_fuel.push_back(Fuel::Heat);
  b.zone.push_back(zone);
  b.access_node.push_back(0);
}

void add_link(RoadNetwork& r, std::uint32_t from, std::uint32_t to, RoadClass c) {
  const double dx = r.node_xy[to].x_m - r.node_xy[from].x_m, dy = r.node_xy[to].y_m - r.node_xy[from].y_m;
  r.link_from.push_back(from);
  r.link_to.push_back(to);
  r.link_class.push_back(c);
  r.link_length_m.push_back(std::sqrt(dx * dx + dy * dy));
  r.link_lanes.push_back(1);
  r.link_capacity_vph.push_back(600.0);
  r.link_free_speed_kmh.push_back(30.0);
}

// A 1 km × 2 km city: a 20 × 10 m house of 3 floors, a 40 × 30 m office of 10 floors; one two-way
// local street of 300 m (two links) and one one-way arterial of 400 m; two metro lines sharing an
// interchange; a 100 × 100 m park and a triangular pond.
City tiny_city() {
  City c;
  c.min_corner = {0.0, 0.0};
  c.max_corner = {1000.0, 2000.0};
  add_rect(c.buildings, 10, 10, 30, 20, 3, BuildingUse::Residential, ResidentialType::WalkUp, 0);
  add_rect(c.buildings, 100, 100, 140, 130, 10, BuildingUse::Office, ResidentialType::Nonresidential, 1);
  c.buildings.height_m[1] = 42.0;
  for (int z = 0; z < 2; ++z) {
    c.zones.centroid.push_back({500.0, 500.0 + 1000.0 * z});
    c.zones.min_corner.push_back({0.0, 1000.0 * z});
    c.zones.max_corner.push_back({1000.0, 1000.0 * (z + 1)});
  }
  c.zones.population = {150.0, 50.0};
  c.zones.jobs = {30.0, 70.0};
  c.roads.node_xy = {{0.0, 0.0}, {300.0, 0.0}, {300.0, 400.0}};
  add_link(c.roads, 0, 1, RoadClass::Local);
  add_link(c.roads, 1, 0, RoadClass::Local);
  add_link(c.roads, 1, 2, RoadClass::Arterial);
  TransitLine a{"Line 1", TransitMode::Metro, {{"甲", {0.0, 0.0}}, {"乙", {600.0, 800.0}}}, 4.0, 0};
  TransitLine b{"Line 2", TransitMode::Metro, {{"乙", {600.0, 800.0}}, {"丙", {600.0, 1800.0}}}, 4.0, 0};
  TransitLine bus{"Bus 9", TransitMode::Bus, {{"丁", {0.0, 0.0}}, {"戊", {0.0, 500.0}}}, 10.0, 0};
  c.transit_lines = {a, b, bus};
  const Vec2 park[] = {{500, 500}, {600, 500}, {600, 600}, {500, 600}};
  const Vec2 pond[] = {{700, 700}, {800, 700}, {700, 900}};
  for (const Vec2& p : park) c.ground.polygon_xy.push_back(p);
  c.ground.polygon_begin.push_back(4);
  c.ground.cover.push_back(GroundCover::Park);
  for (const Vec2& p : pond) c.ground.polygon_xy.push_back(p);
  c.ground.polygon_begin.push_back(7);
  c.ground.cover.push_back(GroundCover::Water);
  return c;
}

TEST(CityModel, EnumNamesAreStableSnakeCase) {
  const char* uses[] = {"residential", "office", "retail", "hotel", "school", "hospital", "industrial", "warehouse"};
  for (int u = 0; u < static_cast<int>(BuildingUse::Count); ++u) {
    EXPECT_STREQ(to_string(static_cast<BuildingUse>(u)), uses[u]);
  }
  const char* roads[] = {"expressway", "arterial", "collector", "local"};
  for (int r = 0; r < static_cast<int>(RoadClass::Count); ++r) {
    EXPECT_STREQ(to_string(static_cast<RoadClass>(r)), roads[r]);
  }
  EXPECT_STREQ(to_string(HeatingSystem::DistrictHeat), "district_heat");
  EXPECT_STREQ(to_string(HeatingSystem::HeatPump), "heat_pump");
  EXPECT_STREQ(to_string(HeatingSystem::ElectricResistance), "electric_resistance");
  EXPECT_STREQ(to_string(HeatingSystem::Stove), "stove");
  EXPECT_STREQ(to_string(Fuel::NaturalGas), "natural_gas");
  EXPECT_STREQ(to_string(Fuel::Heat), "heat");
  EXPECT_STREQ(to_string(ResidentialType::HighRiseTower), "high_rise_tower");
  EXPECT_STREQ(to_string(ResidentialType::UrbanVillage), "urban_village");
  EXPECT_STREQ(to_string(TransitMode::Metro), "metro");
  EXPECT_STREQ(to_string(GroundCover::Water), "water");
  EXPECT_STREQ(to_string(GroundCover::Park), "park");
  EXPECT_STREQ(to_string(GroundCover::Farmland), "farmland");
  EXPECT_STREQ(to_string(GroundCover::Forest), "forest");
  EXPECT_STREQ(to_string(ResidentialType::RuralHouse), "rural_house");
  // Stored values: appended covers keep the old ones' numbers.
  EXPECT_EQ(static_cast<int>(GroundCover::Park), 0);
  EXPECT_EQ(static_cast<int>(GroundCover::Water), 1);
  // Every value of every enum has a name other than the fallback.
  for (int k = 0; k < static_cast<int>(HeatingSystem::Count); ++k) {
    EXPECT_STRNE(to_string(static_cast<HeatingSystem>(k)), "unknown");
  }
  for (int k = 0; k < static_cast<int>(Fuel::Count); ++k) EXPECT_STRNE(to_string(static_cast<Fuel>(k)), "unknown");
}

TEST(CityModel, ShoelaceAreaIsSignedByOrientation) {
  const Vec2 ccw[] = {{0, 0}, {4, 0}, {4, 3}, {0, 3}};
  const Vec2 cw[] = {{0, 0}, {0, 3}, {4, 3}, {4, 0}};
  EXPECT_DOUBLE_EQ(polygon_signed_area_m2(ccw, 4), 12.0);
  EXPECT_DOUBLE_EQ(polygon_signed_area_m2(cw, 4), -12.0);
  // An L far from the origin: 10 × 10 minus 6 × 6 = 64 m², exactly, despite the 1e6 m offset.
  const Vec2 l[] = {{1e6, 1e6}, {1e6 + 10, 1e6}, {1e6 + 10, 1e6 + 4}, {1e6 + 4, 1e6 + 4}, {1e6 + 4, 1e6 + 10}, {1e6, 1e6 + 10}};
  EXPECT_DOUBLE_EQ(polygon_signed_area_m2(l, 6), 64.0);
  EXPECT_EQ(polygon_signed_area_m2(ccw, 2), 0.0);
}

TEST(CityModel, FootprintAndFloorArea) {
  const City c = tiny_city();
  EXPECT_DOUBLE_EQ(building_footprint_area_m2(c.buildings, 0), 200.0);
  EXPECT_DOUBLE_EQ(building_floor_area_m2(c.buildings, 0), 600.0);
  EXPECT_DOUBLE_EQ(building_footprint_area_m2(c.buildings, 1), 1200.0);
  EXPECT_DOUBLE_EQ(building_floor_area_m2(c.buildings, 1), 12000.0);
}

TEST(CityStats, TinyCityClosedForm) {
  const City c = tiny_city();
  const CityStats s = compute_city_stats(c);
  EXPECT_NEAR(s.population, 200.0, kTol);
  EXPECT_NEAR(s.jobs, 100.0, kTol);
  EXPECT_EQ(s.building_count, 2u);
  EXPECT_NEAR(s.land_area_km2, 2.0, kTol);
  EXPECT_NEAR(s.floor_area_m2, 12600.0, kTol);
  EXPECT_NEAR(s.floor_area_by_use_m2[static_cast<int>(BuildingUse::Residential)], 600.0, kTol);
  EXPECT_NEAR(s.floor_area_by_use_m2[static_cast<int>(BuildingUse::Office)], 12000.0, kTol);
  EXPECT_EQ(s.building_count_by_use[static_cast<int>(BuildingUse::Office)], 1u);
  EXPECT_EQ(s.building_count_by_residential_type[static_cast<int>(ResidentialType::WalkUp)], 1u);
  EXPECT_EQ(s.building_count_by_residential_type[static_cast<int>(ResidentialType::Nonresidential)], 1u);
  // The two-way street counts once (0.3 km), the one-way arterial whole (0.4 km).
  EXPECT_NEAR(s.road_length_by_class_km[static_cast<int>(RoadClass::Local)], 0.3, kTol);
  EXPECT_NEAR(s.road_length_by_class_km[static_cast<int>(RoadClass::Arterial)], 0.4, kTol);
  EXPECT_NEAR(s.road_length_km, 0.7, kTol);
  EXPECT_EQ(s.road_node_count, 3u);
  EXPECT_EQ(s.road_link_count, 3u);
  // Metro: the bus line does not count; the interchange 乙 counts once; 1 km + 1 km of line.
  EXPECT_EQ(s.metro_line_count, 2u);
  EXPECT_EQ(s.metro_station_count, 3u);
  EXPECT_NEAR(s.metro_length_km, 2.0, kTol);
  EXPECT_EQ(s.zone_count, 2u);
  EXPECT_NEAR(s.park_area_km2, 0.01, kTol);
  EXPECT_NEAR(s.water_area_km2, 0.01, kTol);
  EXPECT_DOUBLE_EQ(s.max_height_m, 42.0);
  EXPECT_DOUBLE_EQ(s.mean_floors, 6.5);
  EXPECT_NEAR(s.population_density_per_km2, 100.0, kTol);
  EXPECT_NEAR(s.residential_floor_area_per_person_m2, 3.0, kTol);
  EXPECT_NEAR(s.road_density_km_per_km2, 0.35, kTol);
  EXPECT_NEAR(s.jobs_per_resident, 0.5, kTol);
  EXPECT_NEAR(s.floor_area_ratio, 12600.0 / 2.0e6, kTol);
}

TEST(CityStats, EmptyCityHasZeroRatiosNotNaN) {
  const CityStats s = compute_city_stats(City{});
  EXPECT_EQ(s.building_count, 0u);
  EXPECT_EQ(s.population_density_per_km2, 0.0);
  EXPECT_EQ(s.mean_floors, 0.0);
  EXPECT_EQ(s.jobs_per_resident, 0.0);
  EXPECT_EQ(s.floor_area_ratio, 0.0);
}

}  // namespace
}  // namespace twin
