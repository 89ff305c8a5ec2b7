// The city's own weather in the city file (twin/city/city_file.hpp, section WTHR from version 2): a
// round trip keeps every hour bit for bit and the station's label; a file of version 1 (bytes written by
// the version-1 writer, before WTHR existed) still reads, without weather; a WTHR section with the wrong
// number of hours, an absurd or non-finite value, or cut short is refused with the section and reason.
#include <gtest/gtest.h>

#include <fstream>
#include <limits>
#include <sstream>

#include "default_city_fixture.hpp"
#include "twin/city/city_file.hpp"
#include "twin/city/city_hash.hpp"
#include "twin/climate/station_weather.hpp"

namespace twin {
namespace {

using testing::default_city;

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The shared Beijing IWEC year (../shared/data/weather/china/SOURCE.md), read once.
const climate::StationWeather& beijing() {
  static const climate::StationWeather w = [] {
    const char* name = "CHN_Beijing.Beijing.545110_IWEC.epw";
    climate::StationWeatherRead r =
        climate::read_station_weather(read_bytes(std::string(CT_SHARED_DATA_DIR) + "/weather/china/" + name), name);
    return r.weather ? *r.weather : climate::StationWeather{};
  }();
  return w;
}

City city_with_weather() {
  City c = default_city();
  c.synthetic = false;
  c.location.georeferenced = true;
  c.location.origin_lon_deg = 116.35;
  c.location.origin_lat_deg = 40.0;
  c.weather = beijing();
  return c;
}

bool any_error_contains(const CityFileRead& r, const std::string& text) {
  for (const auto& e : r.errors)
    if (e.find(text) != std::string::npos) return true;
  return false;
}

std::string first_error(const CityFileRead& r) { return r.errors.empty() ? std::string() : r.errors.front(); }

std::string from_hex(const char* hex) {
  std::string out;
  for (std::size_t k = 0; hex[k] && hex[k + 1]; k += 2) out.push_back(static_cast<char>(std::stoi(std::string(hex + k, 2), nullptr, 16)));
  return out;
}

TEST(CityFileWeather, RoundTripKeepsEveryHourAndTheStation) {
  ASSERT_EQ(beijing().year.hours(), 8760u);
  const City city = city_with_weather();
  const CityFileRead r = read_city_file(write_city_file(city, "{}"));
  ASSERT_TRUE(r.ok) << first_error(r);
  EXPECT_EQ(r.version, 2u);
  EXPECT_EQ(hash_city(r.city), hash_city(city));
  ASSERT_TRUE(r.city.weather.has_value());
  const climate::StationWeather& a = *r.city.weather;
  const climate::StationWeather& b = *city.weather;
  EXPECT_EQ(a.file_name, "CHN_Beijing.Beijing.545110_IWEC.epw");
  EXPECT_EQ(a.wmo, "545110");
  EXPECT_EQ(a.year.source, b.year.source);
  EXPECT_EQ(a.year.location.name, "BEIJING");
  EXPECT_EQ(a.year.location.country, "CHN");
  EXPECT_EQ(a.year.location.latitude_deg, 39.80);
  EXPECT_EQ(a.year.location.longitude_deg, 116.47);
  EXPECT_EQ(a.year.location.time_zone_h, 8.0);
  EXPECT_EQ(a.year.location.elevation_m, 32.0);
  // Bit for bit: vectors of doubles compared with ==.
  EXPECT_EQ(a.year.dry_bulb_c, b.year.dry_bulb_c);
  EXPECT_EQ(a.year.dew_point_c, b.year.dew_point_c);
  EXPECT_EQ(a.year.relative_humidity_pct, b.year.relative_humidity_pct);
  EXPECT_EQ(a.year.pressure_pa, b.year.pressure_pa);
  EXPECT_EQ(a.year.global_horizontal_wh_m2, b.year.global_horizontal_wh_m2);
  EXPECT_EQ(a.year.direct_normal_wh_m2, b.year.direct_normal_wh_m2);
  EXPECT_EQ(a.year.diffuse_horizontal_wh_m2, b.year.diffuse_horizontal_wh_m2);
  EXPECT_EQ(a.year.wind_speed_m_s, b.year.wind_speed_m_s);
  EXPECT_EQ(a.year.wind_direction_deg, b.year.wind_direction_deg);
  EXPECT_EQ(a.year.sky_temperature_c, b.year.sky_temperature_c);
  EXPECT_EQ(a.year.ground_reflectance, b.year.ground_reflectance);
}

TEST(CityFileWeather, ACityWithoutWeatherHasNoWthrSection) {
  const std::string bytes = write_city_file(default_city(), "");
  EXPECT_EQ(bytes.find("WTHR"), std::string::npos);
  const CityFileRead r = read_city_file(bytes);
  ASSERT_TRUE(r.ok) << first_error(r);
  EXPECT_FALSE(r.city.weather.has_value());
  // 11 columns × 8760 hours × 8 bytes: the weather is most of a small city's file.
  EXPECT_GT(write_city_file(city_with_weather(), "").size(), bytes.size() + 11u * 8760u * 8u);
}

TEST(CityFileWeather, AVersion1FileStillReads) {
  // Written by the version-1 writer (twin/city/city_file.cpp before WTHR) for a one-building city
  // named "tiny v1" at 116.35 E 40.0 N with report "{}"; 820 bytes.
  const std::string v1 = from_hex(
    "4354434954590d0a010000004d4554411a010000000000000700000000000000"
    "74696e7920763100000000000000000000000000000000000000000000000000"
    "00000000000000000000000000000000016666666666165d4000000000000044"
    "400900000000000000455053473a343332360000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000424c4447c8000000000000000200"
    "0000000000000000000004000000040000000000000000000000000000000000"
    "0000000000000000000000002440000000000000000000000000000024400000"
    "0000000024400000000000000000000000000000244001000000000000000000"
    "0000000022400100000000000000030001000000000000000101000000000000"
    "00000100000000000000d1070100000000000000000100000000000000000100"
    "0000000000000000000001000000000000000000000000000000000000000000"
    "0000000000005a4f4e4570000000000000000100000000000000000000000000"
    "1440000000000000144001000000000000000000000000000000000000000000"
    "0000010000000000000000000000000024400000000000002440010000000000"
    "0000000000000000244001000000000000000000000000003440000000000000"
    "0000524f41444000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000"
    "00000000000000000000000000004c494e450800000000000000000000000000"
    "000047524e441c00000000000000010000000000000000000000000000000000"
    "00000000000000000000525052540a0000000000000002000000000000007b7d"
    "454e44200800000000000000e76b734cb97c3997");
  ASSERT_EQ(v1.size(), 820u);
  const CityFileRead r = read_city_file(v1);
  ASSERT_TRUE(r.ok) << first_error(r);
  EXPECT_EQ(r.version, 1u);
  EXPECT_EQ(r.city.name, "tiny v1");
  EXPECT_EQ(r.city.buildings.size(), 1u);
  EXPECT_EQ(r.city.location.origin_lon_deg, 116.35);
  EXPECT_EQ(r.report_json, "{}");
  EXPECT_FALSE(r.city.weather.has_value());
  EXPECT_TRUE(r.warnings.empty());
}

TEST(CityFileWeather, AYearOfTheWrongLengthIsRefused) {
  City c = city_with_weather();
  for (auto* column : {&c.weather->year.dry_bulb_c, &c.weather->year.dew_point_c, &c.weather->year.relative_humidity_pct,
                       &c.weather->year.pressure_pa, &c.weather->year.global_horizontal_wh_m2,
                       &c.weather->year.direct_normal_wh_m2, &c.weather->year.diffuse_horizontal_wh_m2,
                       &c.weather->year.wind_speed_m_s, &c.weather->year.wind_direction_deg,
                       &c.weather->year.sky_temperature_c, &c.weather->year.ground_reflectance})
    column->resize(100);
  const CityFileRead r = read_city_file(write_city_file(c, ""));
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(any_error_contains(r, "section WTHR: 100 hours; a weather year has 8760")) << first_error(r);
}

TEST(CityFileWeather, ColumnsOfDifferentLengthsAreRefused) {
  City c = city_with_weather();
  c.weather->year.wind_speed_m_s.pop_back();
  const CityFileRead r = read_city_file(write_city_file(c, ""));
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(any_error_contains(r, "section WTHR: wind_speed_m_s: 8759 rows, expected 8760")) << first_error(r);
}

TEST(CityFileWeather, AbsurdAndNonFiniteValuesAreRefused) {
  City c = city_with_weather();
  c.weather->year.dry_bulb_c[5] = 200.0;
  CityFileRead r = read_city_file(write_city_file(c, ""));
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(any_error_contains(r, "section WTHR: dry_bulb_c at hour 5 is 200")) << first_error(r);
  c = city_with_weather();
  c.weather->year.global_horizontal_wh_m2[7] = std::numeric_limits<double>::infinity();
  r = read_city_file(write_city_file(c, ""));
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(any_error_contains(r, "global_horizontal_wh_m2 is not a finite number")) << first_error(r);
  c = city_with_weather();
  c.weather->year.location.latitude_deg = 95.0;
  r = read_city_file(write_city_file(c, ""));
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(any_error_contains(r, "station outside")) << first_error(r);
}

TEST(CityFileWeather, ATruncatedWeatherSectionIsAnError) {
  const std::string bytes = write_city_file(city_with_weather(), "");
  const std::size_t wthr = bytes.find("WTHR");
  ASSERT_NE(wthr, std::string::npos);
  // 200 cuts spread over the section (every one of its ~770 000 bytes would be slow to no purpose:
  // the reader's bounds checks are per value, and these cuts land in every part of it).
  for (std::size_t k = 0; k < 200; ++k) {
    const std::size_t cut = wthr + (bytes.size() - wthr) * k / 200;
    EXPECT_FALSE(read_city_file(bytes.substr(0, cut)).ok) << "cut at byte " << cut;
  }
}

}  // namespace
}  // namespace twin
