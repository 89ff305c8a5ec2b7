// city_stats_json: every documented key present with the figure it names, valid JSON (parsed back
// with nlohmann-json), non-finite figures as null, UTF-8 names and quotes survive.
#include "twin/city/city_stats_json.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <nlohmann/json.hpp>

namespace {

twin::CityStats sample_stats() {
  twin::CityStats s;
  s.population = 1234567.0;
  s.jobs = 654321.5;
  s.building_count = 42;
  s.floor_area_m2 = 0.1 + 0.2;  // not exactly representable: must round-trip exactly
  s.floor_area_by_use_m2[static_cast<int>(twin::BuildingUse::Office)] = 1.5e6;
  s.road_length_by_class_km[static_cast<int>(twin::RoadClass::Local)] = 321.25;
  s.metro_line_count = 3;
  s.metro_station_count = 41;
  s.residential_floor_area_per_person_m2 = 36.52;
  return s;
}

TEST(CityStatsJson, CarriesEveryKeyWithItsValue) {
  twin::City city;
  city.name = "示例城区 \"test\"";
  city.seed = 99;
  const auto json = nlohmann::json::parse(twin::city_stats_json(sample_stats(), city));
  EXPECT_EQ(json["name"], "示例城区 \"test\"");
  EXPECT_EQ(json["synthetic"], true);
  EXPECT_EQ(json["seed"], 99);
  EXPECT_EQ(json["population"].get<double>(), 1234567.0);
  EXPECT_EQ(json["jobs"].get<double>(), 654321.5);
  EXPECT_EQ(json["building_count"], 42);
  EXPECT_EQ(json["floor_area_m2"].get<double>(), 0.1 + 0.2);  // round-trip form, exact
  EXPECT_EQ(json["floor_area_by_use_m2"]["office"].get<double>(), 1.5e6);
  EXPECT_EQ(json["floor_area_by_use_m2"].size(), static_cast<unsigned>(twin::BuildingUse::Count));
  EXPECT_EQ(json["road_length_by_class_km"]["local"].get<double>(), 321.25);
  EXPECT_EQ(json["road_length_by_class_km"].size(), static_cast<unsigned>(twin::RoadClass::Count));
  EXPECT_EQ(json["metro_line_count"], 3);
  EXPECT_EQ(json["metro_station_count"], 41);
  EXPECT_EQ(json["residential_floor_area_per_person_m2"].get<double>(), 36.52);
  for (const char* key : {"land_area_km2", "road_length_km", "metro_length_km", "zone_count",
                          "park_area_km2", "water_area_km2", "population_density_per_km2",
                          "road_density_km_per_km2", "jobs_per_resident", "floor_area_ratio",
                          "building_count_by_use", "building_count_by_residential_type",
                          "built_up_area_km2", "built_up_road_length_km", "construction_land_per_person_m2",
                          "built_up_population_density_per_km2", "farmland_area_km2", "forest_area_km2"}) {
    EXPECT_TRUE(json.contains(key)) << key;
  }
}

TEST(CityStatsJson, NonFiniteFiguresBecomeNull) {
  twin::CityStats s = sample_stats();
  s.jobs_per_resident = std::numeric_limits<double>::quiet_NaN();
  s.floor_area_ratio = std::numeric_limits<double>::infinity();
  const auto json = nlohmann::json::parse(twin::city_stats_json(s, twin::City{}));
  EXPECT_TRUE(json["jobs_per_resident"].is_null());
  EXPECT_TRUE(json["floor_area_ratio"].is_null());
}

}  // namespace
