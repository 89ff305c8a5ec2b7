// An EPW among an import's files (geo/input_format.hpp, geo/weather_input.hpp, geo/city_import.cpp):
// recognised by name or by its LOCATION header, read into City::weather, listed in the report's files,
// and the climate zone taken from the station's position (the nearest-built-in-city rule on the EPW's
// latitude and longitude). A malformed EPW fails the import with its file, line and field; a second EPW
// is an error. The station distances are checked in tests/twin/climate/city_weather_test.cpp.
#include "geo/weather_input.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "geo/city_import.hpp"
#include "geo/input_format.hpp"
#include "twin/city/city_file.hpp"

namespace geo {
namespace {

const std::string kWeather = std::string(CT_SHARED_DATA_DIR) + "/weather/china/";
const char* kBeijing = "CHN_Beijing.Beijing.545110_IWEC.epw";
const char* kShanghai = "Shanghai-Hongqiao_1956_2023_TMYx.epw";

ImportFile weather_file(const char* name) {
  std::ifstream in(kWeather + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return ImportFile{name, s.str()};
}

// Twelve 50 m × 45 m blocks in WGS84 lon/lat in Haidian (no proj.db needed).
ImportFile haidian_blocks() {
  nlohmann::json features = nlohmann::json::array();
  for (int k = 0; k < 12; ++k) {
    const double x = 116.35 + (k % 4) * 0.0012, y = 40.0 + (k / 4) * 0.0010;
    features.push_back({{"type", "Feature"},
                        {"properties", {{"height", 12 + 3 * k}}},
                        {"geometry",
                         {{"type", "Polygon"},
                          {"coordinates", {{{x, y}, {x + 0.0006, y}, {x + 0.0006, y + 0.0004}, {x, y + 0.0004}, {x, y}}}}}}});
  }
  return ImportFile{"blocks.geojson", nlohmann::json{{"type", "FeatureCollection"}, {"features", features}}.dump()};
}

bool any_issue(const std::vector<Issue>& issues, const std::string& text) {
  for (const Issue& i : issues)
    if (to_string(i).find(text) != std::string::npos) return true;
  return false;
}

TEST(GeoWeatherInput, AnEpwIsRecognisedByItsNameOrItsHeader) {
  std::string reason;
  EXPECT_EQ(detect_input_format("beijing.EPW", "whatever", &reason), InputFormat::Epw);
  EXPECT_EQ(detect_input_format("weather.txt", "LOCATION,BEIJING,-,CHN,IWEC Data,545110,39.80,116.47,8.0,32.0\r\n", &reason),
            InputFormat::Epw);
  EXPECT_EQ(detect_input_format("weather.txt", "\xEF\xBB\xBFLOCATION,X,-,CHN,,1,0,0,0,0\n", &reason), InputFormat::Epw);
  EXPECT_EQ(detect_input_format("map.osm", "<osm/>", &reason), InputFormat::OsmXml);
  EXPECT_STREQ(to_string(InputFormat::Epw), "epw");
}

TEST(GeoWeatherInput, TheImportedCityCarriesItsStationsYear) {
  const ImportResult r = import_city({haidian_blocks(), weather_file(kBeijing)}, {});
  ASSERT_TRUE(r.ok) << (r.errors.empty() ? "" : to_string(r.errors.front()));
  EXPECT_EQ(r.city.buildings.size(), 12u);
  ASSERT_TRUE(r.city.weather.has_value());
  EXPECT_EQ(r.city.weather->file_name, kBeijing);
  EXPECT_EQ(r.city.weather->wmo, "545110");
  EXPECT_EQ(r.city.weather->year.hours(), 8760u);
  // The reader's warning (no albedo in the file) is reported like any file's, with its field.
  EXPECT_TRUE(any_issue(r.warnings, std::string(kBeijing) + ": field 33 (albedo)"));
  EXPECT_FALSE(any_issue(r.warnings, "km from the"));  // 25 km: near
  const nlohmann::json rep = nlohmann::json::parse(r.report_json);
  bool listed = false;
  for (const auto& f : rep["files"])
    if (f["format"] == "epw") {
      listed = true;
      EXPECT_EQ(f["file"], kBeijing);
      EXPECT_EQ(f["counts"]["hours"], 8760);
      EXPECT_EQ(f["errors"], 0);
    }
  EXPECT_TRUE(listed) << rep["files"].dump();
  EXPECT_EQ(rep["climate"]["zone"], "cold");
  // The city file keeps it.
  const twin::CityFileRead back = twin::read_city_file(twin::write_city_file(r.city, r.report_json));
  ASSERT_TRUE(back.ok);
  ASSERT_TRUE(back.city.weather.has_value());
  EXPECT_EQ(back.city.weather->year.dry_bulb_c, r.city.weather->year.dry_bulb_c);
}

TEST(GeoWeatherInput, TheClimateZoneFollowsTheStationAndAFarStationIsWarnedAbout) {
  const ImportResult without = import_city({haidian_blocks()}, {});
  const ImportResult with = import_city({haidian_blocks(), weather_file(kShanghai)}, {});
  ASSERT_TRUE(without.ok && with.ok);
  const nlohmann::json a = nlohmann::json::parse(without.report_json), b = nlohmann::json::parse(with.report_json);
  EXPECT_EQ(a["climate"]["zone"], "cold");
  EXPECT_EQ(b["climate"]["typical_year"], "shanghai");
  EXPECT_EQ(b["climate"]["zone"], "hot_summer_cold_winter");
  EXPECT_TRUE(any_issue(with.warnings, "lies 1077 km from the city (more than 500 km)"));
  // Heating systems are inferred from the zone: Beijing's district heat is not Shanghai's.
  EXPECT_NE(without.city.buildings.heating_system, with.city.buildings.heating_system);
}

TEST(GeoWeatherInput, AMalformedEpwFailsTheImportWithItsLineAndField) {
  ImportFile bad = weather_file(kBeijing);
  bad.name = "bad.epw";
  const std::string second = "\n1988,1,1,2,60,C9C9C9C9*0?9?9?9?9?9?9?9A7A7A7A7A7A7*0E8*0*0,-1.3,";
  const std::size_t at = bad.bytes.find(second);
  ASSERT_NE(at, std::string::npos);
  bad.bytes.replace(at + second.size() - 5, 4, "x1.3");
  const ImportResult r = import_city({haidian_blocks(), bad}, {});
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(any_issue(r.errors, "bad.epw: line 10, field 7 (dry bulb temperature): 'x1.3' is not a number"))
      << (r.errors.empty() ? "" : to_string(r.errors.front()));
}

TEST(GeoWeatherInput, TwoEpwsAreAnErrorAndAnEpwAloneIsNoCity) {
  const WeatherInput two = read_weather_input({weather_file(kBeijing), weather_file(kShanghai)});
  EXPECT_TRUE(any_issue(two.errors, std::string(kShanghai) + ": a city has one weather year"));
  ASSERT_EQ(two.files.size(), 2u);
  EXPECT_EQ(two.files[1].errors, 1u);
  const ImportResult alone = import_city({weather_file(kBeijing)}, {});
  EXPECT_FALSE(alone.ok);
  EXPECT_TRUE(any_issue(alone.errors, "nothing to import"));
}

TEST(GeoWeatherInput, ReaderIssuesBecomeImportIssuesWithTheirPlace) {
  const Issue i = epw_issue(twin::climate::EpwIssue{12, 7, "dry bulb temperature", "'x' is not a number"}, "a.epw");
  EXPECT_EQ(to_string(i), "a.epw: line 12, field 7 (dry bulb temperature): 'x' is not a number");
  EXPECT_EQ(to_string(epw_issue(twin::climate::EpwIssue{0, 0, "", "8759 data lines"}, "a.epw")), "a.epw: 8759 data lines");
}

}  // namespace
}  // namespace geo
