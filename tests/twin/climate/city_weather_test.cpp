// A city's weather (twin/climate/station_weather.hpp, city_weather.hpp): an EPW's station with its WMO
// number, and the rule every consumer follows — a station given for the run, else the city's own, else
// the built-in typical year nearest the city — with the climate zone taken from the station's position.
// Reference figures (python3, independent of this code):
//   - haversine and, as a cross-check, the spherical law of cosines (R = 6371.0088 km) from (116.35 E,
//     40.0 N) to the Beijing IWEC station (116.47 E, 39.80 N): 24.4819 km; to Shanghai-Hongqiao
//     (121.336 E, 31.198 N): 1077.077 km;
//   - the mean of EPW field 7 over the 8760 data lines: Beijing IWEC 12.8084 °C, Shanghai TMYx
//     17.0183 °C (the data collector's table in ../shared/data/weather/china/SOURCE.md: 12.81, 17.02).
#include "twin/climate/city_weather.hpp"

#include <gtest/gtest.h>

#include <numeric>

#include "epw_test_util.hpp"
#include "twin/climate/typical_year.hpp"

namespace twin::climate {
namespace {

const std::string kChina = std::string(CT_SHARED_DATA_DIR) + "/weather/china/";
const char* kBeijing = "CHN_Beijing.Beijing.545110_IWEC.epw";
const char* kShanghai = "Shanghai-Hongqiao_1956_2023_TMYx.epw";

StationWeather station(const char* file) {
  StationWeatherRead r = read_station_weather(test::read_file(kChina + file), file);
  EXPECT_TRUE(r.weather.has_value()) << (r.errors.empty() ? "" : to_string(r.errors[0], file));
  return r.weather ? std::move(*r.weather) : StationWeather{};
}

CityLocation haidian() {
  CityLocation l;
  l.georeferenced = true;
  l.origin_lon_deg = 116.35;
  l.origin_lat_deg = 40.0;
  return l;
}

double mean(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size()); }

bool any_contains(const std::vector<std::string>& lines, const std::string& text) {
  for (const std::string& l : lines)
    if (l.find(text) != std::string::npos) return true;
  return false;
}

TEST(StationWeather, TheBeijingIwecFileGivesItsStationAndWmoNumber) {
  const StationWeather w = station(kBeijing);
  EXPECT_EQ(w.file_name, kBeijing);
  EXPECT_EQ(w.wmo, "545110");
  EXPECT_EQ(w.year.location.name, "BEIJING");
  EXPECT_DOUBLE_EQ(w.year.location.latitude_deg, 39.80);
  EXPECT_DOUBLE_EQ(w.year.location.longitude_deg, 116.47);
  EXPECT_EQ(w.year.hours(), 8760u);
  EXPECT_NEAR(mean(w.year.dry_bulb_c), 12.8084, 1e-4);
  EXPECT_EQ(station_label(w), "BEIJING, CHN (WMO 545110, 39.80° N 116.47° E)");
  EXPECT_TRUE(station_location_known(w));
}

TEST(StationWeather, AMalformedFileGivesItsLineAndFieldAndNoWeather) {
  std::vector<std::string> lines = test::make_epw_lines();
  test::set_field(lines[8 + 99], 7, "x1.5");  // data line 100 is file line 108
  const StationWeatherRead r = read_station_weather(test::join_lines(lines), "bad.epw");
  EXPECT_FALSE(r.weather.has_value());
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(to_string(r.errors[0], "bad.epw"),
            "bad.epw: line 108, field 7 (dry bulb temperature): 'x1.5' is not a number");
}

TEST(StationWeather, AHeaderWithoutPositionIsUnknownAndABlankWmoIsEmpty) {
  std::vector<std::string> lines = test::make_epw_lines();
  lines[0] = "LOCATION,SOMEWHERE,-,CHN,Test,,0.0,0.0,8.0,10.0";
  const StationWeatherRead r = read_station_weather(test::join_lines(lines), "nowhere.epw");
  ASSERT_TRUE(r.weather.has_value());
  EXPECT_EQ(r.weather->wmo, "");
  EXPECT_FALSE(station_location_known(*r.weather));
  EXPECT_EQ(station_label(*r.weather), "SOMEWHERE, CHN (position unknown)");
}

TEST(CityWeather, GreatCircleDistancesMatchPython) {
  EXPECT_NEAR(great_circle_km(116.35, 40.0, 116.47, 39.80), 24.4819, 1e-4);
  EXPECT_NEAR(great_circle_km(116.35, 40.0, 121.336, 31.198), 1077.077, 1e-3);
}

TEST(CityWeather, WithoutAStationTheNearestTypicalYearIsUsedAsBefore) {
  City city;
  city.location = haidian();
  const CityWeather w = weather_for_city(city);
  EXPECT_FALSE(w.plan.from_station);
  EXPECT_EQ(w.plan.label, "typical year, Beijing");
  EXPECT_EQ(w.plan.zone, ClimateZone::Cold);
  EXPECT_EQ(w.plan.station_distance_km, -1.0);
  EXPECT_TRUE(w.plan.warnings.empty());
  EXPECT_EQ(w.year.dry_bulb_c, typical_year(ClimateCity::Beijing).dry_bulb_c);
}

TEST(CityWeather, TheCitysOwnStationIsUsedAndItsDistanceChecked) {
  City city;
  city.location = haidian();
  city.weather = station(kBeijing);
  const CityWeather w = weather_for_city(city);
  EXPECT_TRUE(w.plan.from_station);
  EXPECT_FALSE(w.plan.given_for_run);
  EXPECT_EQ(w.plan.label, std::string("EPW ") + kBeijing + ": BEIJING, CHN (WMO 545110, 39.80° N 116.47° E)");
  EXPECT_NEAR(w.plan.station_distance_km, 24.4819, 1e-4);
  EXPECT_EQ(w.plan.zone, ClimateZone::Cold);
  EXPECT_TRUE(w.plan.warnings.empty());
  EXPECT_EQ(w.year.dry_bulb_c, city.weather->year.dry_bulb_c);
}

TEST(CityWeather, AStationGivenForTheRunOverridesTheCitysOwnAndBringsItsZone) {
  City city;
  city.location = haidian();
  city.weather = station(kBeijing);
  const StationWeather shanghai = station(kShanghai);
  const CityWeather w = weather_for_city(city, &shanghai);
  EXPECT_TRUE(w.plan.given_for_run);
  EXPECT_NEAR(mean(w.year.dry_bulb_c), 17.0183, 1e-4);
  // The zone of the built-in city nearest the station (Shanghai), not of the city (Beijing).
  EXPECT_EQ(w.plan.climate.city, ClimateCity::Shanghai);
  EXPECT_EQ(w.plan.zone, ClimateZone::HotSummerColdWinter);
  EXPECT_NEAR(w.plan.station_distance_km, 1077.077, 1e-3);
  ASSERT_EQ(w.plan.warnings.size(), 1u);
  EXPECT_TRUE(any_contains(w.plan.warnings, "lies 1077 km from the city (more than 500 km)")) << w.plan.warnings[0];
}

TEST(CityWeather, AStationOfUnknownPositionKeepsTheCitysZoneAndSaysSo) {
  std::vector<std::string> lines = test::make_epw_lines();
  lines[0] = "LOCATION,SOMEWHERE,-,CHN,Test,,0.0,0.0,8.0,10.0";
  const StationWeatherRead r = read_station_weather(test::join_lines(lines), "nowhere.epw");
  ASSERT_TRUE(r.weather.has_value());
  CityLocation lujiazui;
  lujiazui.georeferenced = true;
  lujiazui.origin_lon_deg = 121.50;
  lujiazui.origin_lat_deg = 31.238;
  const WeatherPlan p = plan_weather(lujiazui, &*r.weather);
  EXPECT_TRUE(p.from_station);
  EXPECT_EQ(p.zone, ClimateZone::HotSummerColdWinter);
  EXPECT_EQ(p.station_distance_km, -1.0);
  EXPECT_TRUE(any_contains(p.warnings, "nowhere.epw gives no station position"));
}

TEST(CityWeather, ACityWithoutLocationCannotBeCheckedAndSaysSo) {
  const City synthetic;  // the default city is not georeferenced
  const StationWeather beijing = station(kBeijing);
  const CityWeather w = weather_for_city(synthetic, &beijing);
  EXPECT_EQ(w.plan.zone, ClimateZone::Cold);
  EXPECT_EQ(w.plan.station_distance_km, -1.0);
  EXPECT_TRUE(any_contains(w.plan.warnings, "the city has no location on Earth"));
}

TEST(CityWeather, ACityFarFromEveryTypicalYearIsWarnedAbout) {
  CityLocation delft;
  delft.georeferenced = true;
  delft.origin_lon_deg = 4.36;
  delft.origin_lat_deg = 52.01;
  const WeatherPlan p = plan_weather(delft, nullptr);
  EXPECT_TRUE(any_contains(p.warnings, "from the nearest built-in typical year"));
}

}  // namespace
}  // namespace twin::climate
