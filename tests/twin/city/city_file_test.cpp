// The city file (twin/city/city_file.hpp): a round trip keeps every bit of the city (hash_city equal),
// and truncated, corrupted, hostile or foreign bytes give an error naming what is wrong, never a crash.
#include "twin/city/city_file.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <limits>

#include "default_city_fixture.hpp"
#include "twin/city/city_hash.hpp"

namespace twin {
namespace {

using testing::default_city;

City imported_like_city() {
  City c = default_city();
  c.synthetic = false;
  c.seed = 0;
  c.name = "海淀 test";
  c.location.georeferenced = true;
  c.location.origin_lon_deg = 116.35;
  c.location.origin_lat_deg = 40.0;
  c.location.source_crs = "EPSG:4326";
  c.location.source_crs_label = "EPSG:4326 WGS 84";
  c.location.local_crs = "+proj=tmerc +lat_0=40 +lon_0=116.35 +k=1 +x_0=0 +y_0=0 +ellps=WGS84";
  c.buildings.inferred.assign(c.buildings.size(), kInferredHeight);
  c.buildings.inferred[0] = kInferredUse | kInferredYear;
  c.buildings.source_id.assign(c.buildings.size(), "way/1");
  return c;
}

bool any_error_contains(const CityFileRead& r, const std::string& text) {
  for (const auto& e : r.errors)
    if (e.find(text) != std::string::npos) return true;
  return false;
}

TEST(CityFile, RoundTripKeepsEveryBitOfTheDefaultCity) {
  const City& city = default_city();
  const std::string bytes = write_city_file(city, "{\"buildings_read\": 3}");
  ASSERT_TRUE(is_city_file(bytes));
  const CityFileRead r = read_city_file(bytes);
  ASSERT_TRUE(r.ok) << (r.errors.empty() ? "" : r.errors[0]);
  EXPECT_EQ(r.version, kCityFileVersion);
  EXPECT_EQ(hash_city(r.city), hash_city(city));
  EXPECT_EQ(r.report_json, "{\"buildings_read\": 3}");
  EXPECT_TRUE(r.warnings.empty());
}

TEST(CityFile, RoundTripKeepsLocationFlagsAndSourceIds) {
  const City city = imported_like_city();
  const CityFileRead r = read_city_file(write_city_file(city, ""));
  ASSERT_TRUE(r.ok) << (r.errors.empty() ? "" : r.errors[0]);
  EXPECT_EQ(hash_city(r.city), hash_city(city));
  EXPECT_EQ(r.city.location.source_crs, "EPSG:4326");
  EXPECT_EQ(r.city.name, "海淀 test");
  EXPECT_EQ(building_inferred(r.city.buildings, 0), kInferredUse | kInferredYear);
  EXPECT_FALSE(r.city.synthetic);
}

TEST(CityFile, EveryTruncationIsAnError) {
  // A small city keeps this exhaustive: every prefix of its file must be refused.
  City c;
  c.name = "tiny";
  c.buildings.footprint_begin = {0, 4};
  c.buildings.footprint_xy = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
  c.buildings.height_m = {9};
  c.buildings.floors = {3};
  c.buildings.use = {BuildingUse::Office};
  c.buildings.residential_type = {ResidentialType::Nonresidential};
  c.buildings.construction_year = {2001};
  c.buildings.heating_system = {HeatingSystem::DistrictHeat};
  c.buildings.heating_fuel = {Fuel::Heat};
  c.buildings.zone = {0};
  c.buildings.access_node = {0};
  c.zones.centroid = {{5, 5}};
  c.zones.min_corner = {{0, 0}};
  c.zones.max_corner = {{10, 10}};
  c.zones.population = {0};
  c.zones.jobs = {12};
  c.roads.node_xy = {{0, -5}, {10, -5}};
  c.roads.link_from = {0};
  c.roads.link_to = {1};
  c.roads.link_class = {RoadClass::Local};
  c.roads.link_length_m = {10};
  c.roads.link_lanes = {1};
  c.roads.link_capacity_vph = {600};
  c.roads.link_free_speed_kmh = {30};
  const std::string bytes = write_city_file(c, "{}");
  ASSERT_TRUE(read_city_file(bytes).ok);
  for (std::size_t n = 0; n < bytes.size(); ++n) {
    const CityFileRead r = read_city_file(std::string_view(bytes).substr(0, n));
    EXPECT_FALSE(r.ok) << "prefix of " << n << " bytes read as a city";
    EXPECT_FALSE(r.errors.empty());
  }
  // Every single flipped byte is caught (by a check or by the checksum).
  for (std::size_t k = 8; k < bytes.size(); ++k) {
    std::string bad = bytes;
    bad[k] = static_cast<char>(bad[k] ^ 0x5A);
    EXPECT_FALSE(read_city_file(bad).ok) << "flipped byte " << k;
  }
}

TEST(CityFile, ForeignBytesAndNewerVersionsAreRefusedWithAReason) {
  const CityFileRead geojson = read_city_file("{\"type\":\"FeatureCollection\"}");
  EXPECT_FALSE(geojson.ok);
  EXPECT_TRUE(any_error_contains(geojson, "not a CarbonTwin city file"));
  std::string bytes = write_city_file(default_city(), "");
  bytes[8] = 99;  // version 99
  const CityFileRead newer = read_city_file(bytes);
  EXPECT_FALSE(newer.ok);
  EXPECT_TRUE(any_error_contains(newer, "version 99"));
}

TEST(CityFile, ABuildingPointingAtAMissingZoneIsAnError) {
  City c = imported_like_city();
  c.buildings.zone[5] = c.zones.size() + 7;
  const CityFileRead r = read_city_file(write_city_file(c, ""));
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(any_error_contains(r, "building 5 refers to zone"));
}

TEST(CityFile, NonFiniteNumbersAreRefused) {
  City c = imported_like_city();
  c.buildings.height_m[3] = std::numeric_limits<double>::quiet_NaN();
  const CityFileRead r = read_city_file(write_city_file(c, ""));
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(any_error_contains(r, "height_m is not a finite number"));
}

}  // namespace
}  // namespace twin
