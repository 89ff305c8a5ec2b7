// geo/attribute_fields.hpp: the building attribute keys and samples for the page's mapping dialog.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "geo/attribute_fields.hpp"

namespace {

std::string read_data_file(const std::string& relative) {
  std::ifstream in(std::string(CT_SHARED_DATA_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const geo::AttributeField* find_field(const geo::InputSummary& s, const std::string& name) {
  for (const geo::AttributeField& f : s.fields)
    if (f.name == name) return &f;
  return nullptr;
}

// Two buildings (polygons) and a road (line: not a building, its keys are not listed).
const char* kGeoJson = R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"HEIGHT_M":31.2,"USE":"住宅","EMPTY":""},
  "geometry":{"type":"Polygon","coordinates":[[[121.5,31.2],[121.5001,31.2],[121.5001,31.2001],[121.5,31.2]]]}},
 {"type":"Feature","properties":{"HEIGHT_M":12,"USE":"住宅","FLOORS":4},
  "geometry":{"type":"Polygon","coordinates":[[[121.51,31.2],[121.5101,31.2],[121.5101,31.2001],[121.51,31.2]]]}},
 {"type":"Feature","properties":{"highway":"primary","LANES":2},
  "geometry":{"type":"LineString","coordinates":[[121.5,31.21],[121.51,31.21]]}}]})";

}  // namespace

TEST(GeoAttributeFields, ListsBuildingKeysWithDistinctSamplesInOrder) {
  const geo::InputSummary s = geo::summarize_inputs({{"parcels.geojson", kGeoJson}});
  EXPECT_TRUE(s.errors.empty());
  EXPECT_EQ(s.buildings, 2u);
  ASSERT_EQ(s.fields.size(), 4u);
  EXPECT_EQ(s.fields[0].name, "HEIGHT_M");
  EXPECT_EQ(s.fields[0].count, 2u);
  EXPECT_EQ(s.fields[0].samples, (std::vector<std::string>{"31.2", "12"}));  // numbers as written
  EXPECT_EQ(s.fields[1].name, "USE");
  EXPECT_EQ(s.fields[1].samples, (std::vector<std::string>{"住宅"}));        // distinct only
  EXPECT_EQ(s.fields[2].name, "EMPTY");
  EXPECT_EQ(s.fields[2].count, 1u);
  EXPECT_TRUE(s.fields[2].samples.empty());                                   // empty values not shown
  EXPECT_EQ(s.fields[3].name, "FLOORS");
  EXPECT_EQ(find_field(s, "highway"), nullptr);
  ASSERT_EQ(s.declared_crs.size(), 1u);
  EXPECT_EQ(s.declared_crs[0].source, geo::DeclaredCrs::Source::Implicit);  // RFC 7946: CRS84
}

TEST(GeoAttributeFields, KeepsFiveSamplesCutAtCharacterBoundaries) {
  std::string features;
  for (int k = 0; k < 7; ++k) {
    std::string name;
    for (int r = 0; r < 30; ++r) name += "建筑";  // 60 characters, 180 bytes
    name += std::to_string(k);
    const double x = 121.5 + 0.001 * k;
    features += std::string(k ? "," : "") + R"({"type":"Feature","properties":{"NAME":")" + name +
                R"("},"geometry":{"type":"Polygon","coordinates":[[[)" + std::to_string(x) + ",31.2],[" +
                std::to_string(x + 0.0001) + ",31.2],[" + std::to_string(x) + ",31.2001],[" + std::to_string(x) +
                ",31.2]]]}}";
  }
  const geo::InputSummary s =
      geo::summarize_inputs({{"names.geojson", R"({"type":"FeatureCollection","features":[)" + features + "]}"}});
  ASSERT_EQ(s.fields.size(), 1u);
  EXPECT_EQ(s.fields[0].count, 7u);
  // Cut to 64 bytes: 21 whole 3-byte characters (63 bytes), then "…"; all seven cut the same, so the
  // distinct samples collapse to one.
  std::string cut;
  for (int r = 0; r < 10; ++r) cut += "建筑";
  cut += "建…";
  EXPECT_EQ(s.fields[0].samples, (std::vector<std::string>{cut}));
}

TEST(GeoAttributeFields, ReadsTheHaidianOsmExtract) {
  const std::string osm = read_data_file("citymodels/osm_beijing_haidian_cau/map.osm");
  ASSERT_FALSE(osm.empty());
  const geo::InputSummary s = geo::summarize_inputs({{"map.osm", osm}});
  EXPECT_TRUE(s.errors.empty());
  // Figures from a python3 xml.etree pass over map.osm: closed ways with a building tag (255) and
  // multipolygon relations with one (2) = 257; building:levels on 6 of them, first values 14, 3, 5, 2, 4;
  // name on 49.
  EXPECT_EQ(s.buildings, 257u);
  ASSERT_FALSE(s.fields.empty());
  EXPECT_EQ(s.fields[0].name, "building");
  EXPECT_EQ(s.fields[0].count, 257u);
  EXPECT_EQ(s.fields[0].samples, (std::vector<std::string>{"yes", "dormitory", "university", "college", "apartments"}));
  const geo::AttributeField* levels = find_field(s, "building:levels");
  ASSERT_NE(levels, nullptr);
  EXPECT_EQ(levels->count, 6u);
  EXPECT_EQ(levels->samples, (std::vector<std::string>{"14", "3", "5", "2", "4"}));
  const geo::AttributeField* name = find_field(s, "name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->count, 49u);
  ASSERT_EQ(s.declared_crs.size(), 1u);
  EXPECT_EQ(s.declared_crs[0].source, geo::DeclaredCrs::Source::Implicit);
}

TEST(GeoAttributeFields, CityJsonDeclaresItsCrs) {
  // A one-building CityJSON 2.0 with the referenceSystem of delft.json (RD New + NAP, EPSG:7415).
  const std::string city = R"({"type":"CityJSON","version":"2.0",
    "transform":{"scale":[0.001,0.001,0.001],"translate":[84616.468,447422.999,-0.452]},
    "metadata":{"referenceSystem":"https://www.opengis.net/def/crs/EPSG/0/7415"},
    "CityObjects":{"b1":{"type":"Building","attributes":{"bouwjaar":1930,"status":"bestaand"},
      "geometry":[{"type":"Solid","lod":"1","boundaries":[[[[0,3,2,1]],[[4,5,6,7]],[[0,1,5,4]],[[1,2,6,5]],[[2,3,7,6]],[[3,0,4,7]]]]}]}},
    "vertices":[[0,0,0],[10000,0,0],[10000,10000,0],[0,10000,0],[0,0,9000],[10000,0,9000],[10000,10000,9000],[0,10000,9000]]})";
  const geo::InputSummary s = geo::summarize_inputs({{"delft_one.city.json", city}});
  EXPECT_TRUE(s.errors.empty());
  EXPECT_EQ(s.buildings, 1u);
  // The reader adds its own keys (the CityObject type, the LoD read) beside the file's attributes.
  const geo::AttributeField* year = find_field(s, "bouwjaar");
  ASSERT_NE(year, nullptr);
  EXPECT_EQ(year->samples, (std::vector<std::string>{"1930"}));
  ASSERT_NE(find_field(s, "status"), nullptr);
  ASSERT_EQ(s.declared_crs.size(), 1u);
  EXPECT_EQ(s.declared_crs[0].source, geo::DeclaredCrs::Source::Member);
  EXPECT_EQ(s.declared_crs[0].text, "https://www.opengis.net/def/crs/EPSG/0/7415");
  EXPECT_TRUE(geo::needs_proj_db(s, ""));
}

TEST(GeoAttributeFields, ReadsDelftCityJson) {
  // delft.json names its type after 1.4 MB of CityObjects; its referenceSystem (grep) is EPSG:7415.
  const geo::InputSummary s =
      geo::summarize_inputs({{"delft.json", read_data_file("citymodels/cityjson_cjio/delft.json")}});
  EXPECT_TRUE(s.errors.empty());
  EXPECT_GT(s.buildings, 0u);
  ASSERT_EQ(s.declared_crs.size(), 1u);
  EXPECT_EQ(s.declared_crs[0].text, "https://www.opengis.net/def/crs/EPSG/0/7415");
  EXPECT_TRUE(geo::needs_proj_db(s, ""));
}

TEST(GeoAttributeFields, ReportsFilesThatCannotBeRead) {
  const geo::InputSummary s = geo::summarize_inputs({{"broken.geojson", R"({"type":"FeatureCollection","features":[)"},
                                                     {"layer.gpkg", std::string("SQLite format 3\0", 16)},
                                                     {"walls.dbf", "not a dbf"},
                                                     {"parcels.geojson", kGeoJson}});
  ASSERT_EQ(s.errors.size(), 3u);
  EXPECT_EQ(s.errors[0].file, "broken.geojson");
  EXPECT_NE(s.errors[0].message.find("JSON"), std::string::npos);
  EXPECT_EQ(s.errors[1].file, "layer.gpkg");
  EXPECT_EQ(s.errors[2].file, "walls.shp");  // a .dbf without its .shp
  EXPECT_NE(s.errors[2].message.find(".shp"), std::string::npos);
  EXPECT_EQ(s.buildings, 2u);  // the readable file is still summarised
  EXPECT_EQ(s.fields.size(), 4u);
}

TEST(GeoAttributeFields, SaysWhenProjDbIsNeeded) {
  geo::InputSummary wgs84;
  wgs84.declared_crs = {{geo::DeclaredCrs::Source::Implicit, "OGC:CRS84"},
                        {geo::DeclaredCrs::Source::Member, "urn:ogc:def:crs:EPSG::4326"},
                        {geo::DeclaredCrs::Source::Member, "http://www.opengis.net/def/crs/OGC/1.3/CRS84"},
                        {geo::DeclaredCrs::Source::Member, "epsg:4326"}};
  EXPECT_FALSE(geo::needs_proj_db(wgs84, ""));
  EXPECT_FALSE(geo::needs_proj_db(wgs84, "GCJ-02"));
  EXPECT_FALSE(geo::needs_proj_db(wgs84, "bd09"));
  EXPECT_TRUE(geo::needs_proj_db(wgs84, "EPSG:4527"));
  geo::InputSummary rd = wgs84;
  rd.declared_crs.push_back({geo::DeclaredCrs::Source::Member, "https://www.opengis.net/def/crs/EPSG/0/7415"});
  EXPECT_TRUE(geo::needs_proj_db(rd, ""));
  EXPECT_FALSE(geo::needs_proj_db(rd, "EPSG:4326"));  // the override wins for every layer
  geo::InputSummary unknown;
  unknown.declared_crs = {{geo::DeclaredCrs::Source::None, ""}};  // guessed: may be projected
  EXPECT_TRUE(geo::needs_proj_db(unknown, ""));
  EXPECT_FALSE(geo::needs_proj_db(geo::InputSummary{}, ""));
}

TEST(GeoAttributeFields, UnreadableFilesNeedNoCrs) {
  const geo::InputSummary s = geo::summarize_inputs({{"broken.geojson", "{\"type\":"}});
  EXPECT_EQ(s.errors.size(), 1u);
  EXPECT_TRUE(s.declared_crs.empty());
  EXPECT_FALSE(geo::needs_proj_db(s, ""));
}
