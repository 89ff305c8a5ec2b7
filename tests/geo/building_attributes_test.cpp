// Reading a building's own attributes (geo/building_attributes.hpp) and the user's attribute map
// (geo/attribute_map.hpp): standard fields of OSM, Tilezen and CityJSON, mapped fields, Chinese use
// words, and unusable values reported rather than used.
#include "geo/building_attributes.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace geo {
namespace {

using twin::BuildingUse;

Feature building(std::vector<std::pair<std::string, std::string>> attributes) {
  Feature f;
  f.kind = FeatureKind::Building;
  f.id = "way/7";
  f.index = 3;
  f.attributes = std::move(attributes);
  return f;
}

TEST(GeoBuildingAttributes, ParsesLengthsYearsAndUseWords) {
  EXPECT_DOUBLE_EQ(*parse_length_m("12"), 12.0);
  EXPECT_DOUBLE_EQ(*parse_length_m(" 12.5 m"), 12.5);
  EXPECT_DOUBLE_EQ(*parse_length_m("12m"), 12.0);
  EXPECT_NEAR(*parse_length_m("100 ft"), 30.48, 1e-12);  // 1 ft = 0.3048 m exactly
  EXPECT_FALSE(parse_length_m("tall"));
  EXPECT_FALSE(parse_length_m("12 storeys"));
  EXPECT_EQ(*parse_year("1998"), 1998);
  EXPECT_EQ(*parse_year("1998-05-01"), 1998);
  EXPECT_EQ(*parse_year("~1975"), 1975);
  EXPECT_EQ(*parse_year("1998..2001"), 1998);
  EXPECT_EQ(*parse_year("1998.0"), 1998);
  EXPECT_FALSE(parse_year("19980"));
  EXPECT_FALSE(parse_year("C19"));
  EXPECT_FALSE(parse_year("0999"));
  EXPECT_EQ(*use_from_word("apartments"), BuildingUse::Residential);
  EXPECT_EQ(*use_from_word("Commercial"), BuildingUse::Office);
  EXPECT_EQ(*use_from_word("住宅楼"), BuildingUse::Residential);
  EXPECT_EQ(*use_from_word("商业"), BuildingUse::Retail);
  EXPECT_FALSE(use_from_word("yes"));
}

TEST(GeoBuildingAttributes, ReadsOsmTags) {
  std::vector<Issue> warnings;
  const BuildingAttributes a = read_building_attributes(
      building({{"building", "university"}, {"building:levels", "6"}, {"start_date", "1985"}, {"name", "主楼"}}), {},
      "map.osm", &warnings);
  EXPECT_EQ(*a.use, BuildingUse::School);
  EXPECT_EQ(*a.floors, 6);
  EXPECT_FALSE(a.height_m);
  EXPECT_EQ(*a.year, 1985);
  EXPECT_EQ(a.name, "主楼");
  EXPECT_TRUE(warnings.empty());
}

TEST(GeoBuildingAttributes, TilezenPartsRaisedOffTheGroundCountOnlyTheirOwnHeight) {
  std::vector<Issue> warnings;
  const BuildingAttributes a =
      read_building_attributes(building({{"height", "632"}, {"min_height", "582"}}), {}, "b.geojson", &warnings);
  EXPECT_DOUBLE_EQ(*a.height_m, 50.0);
}

TEST(GeoBuildingAttributes, CityJsonHeightFromTheGeometryWhenNoAttributeSaysIt) {
  Feature f = building({});
  f.ground_z = -0.3;
  f.roof_z = 11.7;
  std::vector<Issue> warnings;
  const BuildingAttributes a = read_building_attributes(f, {}, "x.city.json", &warnings);
  EXPECT_DOUBLE_EQ(*a.height_m, 12.0);
  EXPECT_EQ(a.height_from, "geometry z range");
}

TEST(GeoBuildingAttributes, MappedFieldsAndUseValuesWin) {
  AttributeMap map;
  std::string error;
  ASSERT_TRUE(parse_attribute_map(
      R"({"height": "GAODU", "floors": "CENGSHU", "use": "YONGTU", "year": "NIANDAI",
          "use_values": {"R2": "residential", "B1": "retail"}})",
      &map, &error))
      << error;
  std::vector<Issue> warnings;
  const BuildingAttributes a = read_building_attributes(
      building({{"GAODU", "45.5"}, {"CENGSHU", "15"}, {"YONGTU", "B1"}, {"NIANDAI", "2008"}, {"height", "3"}}), map,
      "plan.shp", &warnings);
  EXPECT_DOUBLE_EQ(*a.height_m, 45.5);
  EXPECT_EQ(*a.floors, 15);
  EXPECT_EQ(*a.use, BuildingUse::Retail);
  EXPECT_EQ(*a.year, 2008);
}

TEST(GeoBuildingAttributes, UnusableValuesAreReportedAndLeftForInference) {
  std::vector<Issue> warnings;
  const BuildingAttributes a = read_building_attributes(
      building({{"height", "-5"}, {"building:levels", "many"}, {"start_date", "long ago"}}), {}, "map.osm", &warnings);
  EXPECT_FALSE(a.height_m);
  EXPECT_FALSE(a.floors);
  EXPECT_FALSE(a.year);
  ASSERT_EQ(warnings.size(), 3u);
  EXPECT_EQ(warnings[0].file, "map.osm");
  EXPECT_EQ(warnings[0].place, "feature 3 (way/7)");
  EXPECT_NE(warnings[0].message.find("'-5'"), std::string::npos);
  const BuildingAttributes tall = read_building_attributes(building({{"height", "3000"}}), {}, "map.osm", &warnings);
  EXPECT_FALSE(tall.height_m);  // above kMaxHeightM
}

TEST(GeoAttributeMap, BadMapsAreRefusedNamingTheKey) {
  AttributeMap map;
  std::string error;
  EXPECT_FALSE(parse_attribute_map("[1,2]", &map, &error));
  EXPECT_FALSE(parse_attribute_map("{\"height\": 3}", &map, &error));
  EXPECT_NE(error.find("'height'"), std::string::npos);
  EXPECT_FALSE(parse_attribute_map("{\"hieght\": \"H\"}", &map, &error));
  EXPECT_NE(error.find("unknown key 'hieght'"), std::string::npos);
  EXPECT_FALSE(parse_attribute_map("{\"use_values\": {\"R\": \"castle\"}}", &map, &error));
  EXPECT_NE(error.find("use_values['R']"), std::string::npos);
  EXPECT_FALSE(parse_attribute_map("{\"height\": ", &map, &error));
  EXPECT_EQ(error, "not valid JSON");
}

}  // namespace
}  // namespace geo
