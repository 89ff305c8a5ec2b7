// GeoJSON reader (geo/geojson_reader.hpp) and the JSON error locator it shares with the CityJSON
// reader (geo/json_error_place.hpp). Golden figures on the Lujiazui Tilezen layers were computed
// independently with python3 (json module, collections.Counter, a shoelace formula over the file's
// lon/lat): the script is quoted in the comments beside each figure.
#include "geo/geojson_reader.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "geo/json_error_place.hpp"

namespace geo {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::uint64_t count_of(const LayerRead& r, const std::string& key) {
  for (const auto& [k, v] : r.counts)
    if (k == key) return v;
  ADD_FAILURE() << "no count " << key;
  return 0;
}

double shoelace(const Ring& r) {
  double a = 0.0;
  for (std::size_t i = 0; i < r.size(); ++i) {
    const Point& p = r[i];
    const Point& q = r[(i + 1) % r.size()];
    a += p.x * q.y - q.x * p.y;
  }
  return a / 2.0;
}

bool error_contains(const LayerRead& r, const std::string& place, const std::string& text) {
  for (const Issue& e : r.errors)
    if (e.place == place && e.message.find(text) != std::string::npos) return true;
  return false;
}

const std::string kTilezen = std::string(CT_SHARED_DATA_DIR) + "/citymodels/osm_shanghai_lujiazui_tilezen/";

TEST(GeoJsonReader, LujiazuiBuildingsAllReadWithIdsHeightsAndWgs84) {
  const std::string bytes = read_file(kTilezen + "buildings.geojson");
  ASSERT_FALSE(bytes.empty());
  const LayerRead r = read_geojson(bytes, "buildings.geojson");
  ASSERT_TRUE(r.file_ok);
  EXPECT_TRUE(r.errors.empty());
  // python3: len(features) = 1572; Counter(kind) = building 1430, building_part 142;
  // len({id for kind == 'building'}) = 1321.
  EXPECT_EQ(r.features.size(), 1572u);
  EXPECT_EQ(count_of(r, "features"), 1572u);
  EXPECT_EQ(count_of(r, "buildings"), 1430u);       // the parts are Other (their root holds the outline)
  EXPECT_EQ(count_of(r, "building_parts"), 142u);
  EXPECT_EQ(count_of(r, "skipped"), 0u);
  std::set<std::string> ids;
  for (const Feature& f : r.features)
    if (*f.attribute("kind") == "building") ids.insert(f.id);
  EXPECT_EQ(ids.size(), 1321u);
  // No crs member, every position within ±180/±90 → RFC 7946's implicit CRS84.
  EXPECT_EQ(r.crs.source, DeclaredCrs::Source::Implicit);
  EXPECT_EQ(r.crs.text, "OGC:CRS84");
  // python3: the Shanghai Tower (properties.id 165792123) is features[446], one ring of 7 positions,
  // shoelace area -4.475573405216e-07 deg², height 632.
  const Feature& tower = r.features[446];
  EXPECT_EQ(tower.id, "165792123");
  EXPECT_EQ(tower.index, 446u);
  EXPECT_EQ(tower.kind, FeatureKind::Building);
  ASSERT_EQ(tower.polygons.size(), 1u);
  EXPECT_EQ(tower.polygons[0].outer.size(), 7u);
  EXPECT_TRUE(tower.polygons[0].holes.empty());
  EXPECT_NEAR(shoelace(tower.polygons[0].outer), -4.475573405216e-07, 1e-18);
  EXPECT_EQ(*tower.attribute("height"), "632");
  EXPECT_EQ(*tower.attribute("name:en"), "Shanghai Tower");
  EXPECT_TRUE(std::isnan(tower.ground_z));  // 2D positions
  // First feature: properties as text in file order, "area": 16739 → "16739".
  const Feature& first = r.features[0];
  EXPECT_EQ(first.attributes[0].first, "kind");
  EXPECT_EQ(*first.attribute("area"), "16739");
  EXPECT_EQ(*first.attribute("name"), "上海国际会议中心");
}

TEST(GeoJsonReader, LujiazuiRoadsClassifiedByTilezenKind) {
  const LayerRead r = read_geojson(read_file(kTilezen + "roads.geojson"), "roads.geojson");
  ASSERT_TRUE(r.file_ok);
  EXPECT_TRUE(r.errors.empty());
  // python3: Counter(kind) = path 646, major_road 537, minor_road 488, rail 91, ferry 16.
  EXPECT_EQ(count_of(r, "features"), 1778u);
  EXPECT_EQ(count_of(r, "roads"), 537u + 488u);
  EXPECT_EQ(count_of(r, "paths"), 646u);
  EXPECT_EQ(count_of(r, "rails"), 91u);
  EXPECT_EQ(count_of(r, "others"), 16u);  // ferries
  EXPECT_EQ(count_of(r, "roads_without_class"), 0u);
  // python3: features[2] is kind rail (Metro Line 2), a LineString of 2 positions, id 376634457;
  // features[3] is the first MultiLineString, 2 lines, kind rail.
  const Feature& metro = r.features[2];
  EXPECT_EQ(metro.kind, FeatureKind::Rail);
  EXPECT_EQ(metro.id, "376634457");
  ASSERT_EQ(metro.lines.size(), 1u);
  ASSERT_EQ(metro.lines[0].size(), 2u);
  EXPECT_DOUBLE_EQ(metro.lines[0][0].x, 121.49102582);
  EXPECT_DOUBLE_EQ(metro.lines[0][1].y, 31.24113869);
  EXPECT_EQ(*metro.attribute("is_tunnel"), "true");
  EXPECT_EQ(r.features[3].lines.size(), 2u);
}

TEST(GeoJsonReader, SingleFeatureBareGeometryAndGeometryCollection) {
  LayerRead r = read_geojson(R"({"type":"Feature","id":"b1","geometry":{"type":"Polygon","coordinates":
      [[[0,0,1.5],[10,0,2],[10,10,7.25],[0,0,1.5]],[[1,1],[2,1],[2,2],[1,1]]]},"properties":{"building":"yes"}})",
                             "one.geojson");
  ASSERT_EQ(r.features.size(), 1u);
  EXPECT_EQ(r.features[0].id, "b1");
  EXPECT_EQ(r.features[0].kind, FeatureKind::Building);
  ASSERT_EQ(r.features[0].polygons[0].holes.size(), 1u);
  EXPECT_DOUBLE_EQ(r.features[0].ground_z, 1.5);
  EXPECT_DOUBLE_EQ(r.features[0].roof_z, 7.25);

  r = read_geojson(R"({"type":"LineString","coordinates":[[500000,3400000],[500100,3400000]]})", "line.geojson");
  ASSERT_EQ(r.features.size(), 1u);
  EXPECT_EQ(r.features[0].kind, FeatureKind::Road);  // a line without any class key
  EXPECT_EQ(count_of(r, "roads_without_class"), 1u);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].message.find("feature 0"), std::string::npos);
  EXPECT_EQ(r.crs.source, DeclaredCrs::Source::None);  // projected-looking, no crs member

  r = read_geojson(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"railway":"station"},
      "geometry":{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[121.5,31.2]},
      {"type":"MultiPoint","coordinates":[[121.6,31.3]]}]}}]})",
                   "gc.geojson");
  ASSERT_EQ(r.features.size(), 1u);
  EXPECT_EQ(r.features[0].points.size(), 2u);
  EXPECT_EQ(r.features[0].kind, FeatureKind::Station);
  EXPECT_EQ(count_of(r, "stations"), 1u);
}

TEST(GeoJsonReader, ClassifiesAreasLinesAndPointsByProperties) {
  const LayerRead r = read_geojson(R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"landuse":"grass"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
    {"type":"Feature","properties":{"kind":"park"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
    {"type":"Feature","properties":{"building":"no"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
    {"type":"Feature","properties":null,"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]}},
    {"type":"Feature","properties":{"highway":"primary_link"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
    {"type":"Feature","properties":{"highway":"steps"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
    {"type":"Feature","properties":{"kind_detail":"service"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
    {"type":"Feature","properties":{"railway":"subway"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
    {"type":"Feature","properties":{"kind":"ferry"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
    {"type":"Feature","properties":{"waterway":"river"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
    {"type":"Feature","properties":{"public_transport":"station"},"geometry":{"type":"Point","coordinates":[0,0]}},
    {"type":"Feature","properties":{"amenity":"bench"},"geometry":{"type":"Point","coordinates":[0,0]}}]})",
                                   "kinds.geojson");
  ASSERT_TRUE(r.errors.empty());
  const FeatureKind expected[] = {FeatureKind::Ground, FeatureKind::Ground, FeatureKind::Other,
                                  FeatureKind::Building, FeatureKind::Road, FeatureKind::Path,
                                  FeatureKind::Road, FeatureKind::Rail, FeatureKind::Other,
                                  FeatureKind::Other, FeatureKind::Station, FeatureKind::Other};
  ASSERT_EQ(r.features.size(), std::size(expected));
  for (std::size_t i = 0; i < r.features.size(); ++i)
    EXPECT_EQ(r.features[i].kind, expected[i]) << "feature " << i;
  EXPECT_EQ(count_of(r, "ground_areas"), 2u);
  EXPECT_EQ(count_of(r, "others"), 4u);
}

TEST(GeoJsonReader, IdsAndAttributeValuesAsText) {
  const LayerRead r = read_geojson(R"({"type":"FeatureCollection","features":[
    {"type":"Feature","id":165792123,"properties":{"h":26.5,"n":-3,"big":18446744073709551615,"ok":false,
     "none":null,"tags":["a", 1],"o":{"k":"v"},"s":"é \"q\""},"geometry":{"type":"Point","coordinates":[1,2]}},
    {"type":"Feature","properties":{"id":"w/9"},"geometry":{"type":"Point","coordinates":[1,2]}}]})",
                                   "attrs.geojson");
  ASSERT_EQ(r.features.size(), 2u);
  const Feature& f = r.features[0];
  EXPECT_EQ(f.id, "165792123");
  EXPECT_EQ(*f.attribute("h"), "26.5");
  EXPECT_EQ(*f.attribute("n"), "-3");
  EXPECT_EQ(*f.attribute("big"), "18446744073709551615");
  EXPECT_EQ(*f.attribute("ok"), "false");
  EXPECT_EQ(f.attribute("none"), nullptr);
  EXPECT_EQ(*f.attribute("tags"), R"(["a",1])");
  EXPECT_EQ(*f.attribute("o"), R"({"k":"v"})");
  EXPECT_EQ(*f.attribute("s"), "é \"q\"");
  EXPECT_EQ(f.attributes.size(), 7u);
  EXPECT_EQ(r.features[1].id, "w/9");
}

TEST(GeoJsonReader, LegacyCrsMemberForms) {
  const std::string tail = R"(,"features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}}]})";
  LayerRead r = read_geojson(
      R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}})" + tail, "a");
  EXPECT_EQ(r.crs.source, DeclaredCrs::Source::Member);
  EXPECT_EQ(r.crs.text, "urn:ogc:def:crs:EPSG::3857");
  r = read_geojson(R"({"type":"FeatureCollection","crs":"EPSG:4490")" + tail, "b");
  EXPECT_EQ(r.crs.source, DeclaredCrs::Source::Member);
  EXPECT_EQ(r.crs.text, "EPSG:4490");
  r = read_geojson(R"({"type":"FeatureCollection","crs":{"type":"EPSG","properties":{"code":4547}})" + tail, "c");
  EXPECT_EQ(r.crs.text, "EPSG:4547");
  r = read_geojson(
      R"({"type":"FeatureCollection","crs":{"type":"link","properties":{"href":"http://x/crs.proj4","type":"proj4"}})" +
          tail,
      "d");
  EXPECT_EQ(r.crs.source, DeclaredCrs::Source::Implicit);  // link unsupported → as absent, lon/lat-looking
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].place, "crs");
  EXPECT_NE(r.warnings[0].message.find("not supported"), std::string::npos);
}

TEST(GeoJsonReader, BadFeaturesAreSkippedWithTheirIndexAndReason) {
  const LayerRead r = read_geojson(R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}},
    {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":["1",2]}},
    {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1]}},
    {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1e300,2]}},
    {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}},
    {"type":"Feature","properties":{},"geometry":null},
    {"type":"Feature","properties":{},"geometry":{"type":"Circle","coordinates":[0,0]}},
    {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[0,0]]}},
    {"type":"Thing"},
    {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[0,0],[1,0],[1,1],[0,0]],[[0,0],[1,true],[1,1],[0,0]]]]}},
    {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[3,4]}}]})",
                                   "bad.geojson");
  ASSERT_TRUE(r.file_ok);
  ASSERT_EQ(r.features.size(), 2u);
  EXPECT_EQ(r.features[1].index, 10u);
  EXPECT_EQ(count_of(r, "features"), 11u);
  EXPECT_EQ(count_of(r, "skipped"), 9u);
  EXPECT_EQ(r.errors.size(), 9u);
  EXPECT_TRUE(error_contains(r, "feature 1", "Point: coordinate 0 is not a number"));
  EXPECT_TRUE(error_contains(r, "feature 2", "fewer than 2 numbers"));
  EXPECT_TRUE(error_contains(r, "feature 3", "beyond ±1e9"));
  EXPECT_TRUE(error_contains(r, "feature 4", "ring 0: ring has 3 positions, fewer than 4"));
  EXPECT_TRUE(error_contains(r, "feature 5", "null geometry"));
  EXPECT_TRUE(error_contains(r, "feature 6", "unknown geometry type \"Circle\""));
  EXPECT_TRUE(error_contains(r, "feature 7", "line has 1 positions"));
  EXPECT_TRUE(error_contains(r, "feature 8", "not a GeoJSON Feature"));
  EXPECT_TRUE(error_contains(r, "feature 9", "MultiPolygon polygon 1 ring 1 position 1: coordinate 1 is not a number"));
}

TEST(GeoJsonReader, MalformedFilesAreRefusedWithPlace) {
  LayerRead r = read_geojson("", "empty.geojson");
  EXPECT_FALSE(r.file_ok);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].file, "empty.geojson");
  EXPECT_NE(r.errors[0].message.find("not valid JSON"), std::string::npos);

  // Truncated inside the third feature.
  r = read_geojson(R"({"type":"FeatureCollection","features":[{"type":"Feature"},{"type":"Feature"},{"type":"Fea)",
                   "cut.geojson");
  EXPECT_FALSE(r.file_ok);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].place, "feature 2");
  EXPECT_NE(r.errors[0].message.find("file ends inside a string"), std::string::npos);

  r = read_geojson(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":nul}}]})", "atom");
  EXPECT_FALSE(r.file_ok);
  EXPECT_EQ(r.errors[0].place, "feature 0");

  r = read_geojson(R"([1,2,3])", "array.geojson");
  EXPECT_FALSE(r.file_ok);
  EXPECT_NE(r.errors[0].message.find("not an object"), std::string::npos);
  r = read_geojson(R"({"type":"Topology"})", "topo.json");
  EXPECT_FALSE(r.file_ok);
  EXPECT_NE(r.errors[0].message.find("\"Topology\""), std::string::npos);
  r = read_geojson(R"({"type":"FeatureCollection","features":{}})", "wrong.geojson");
  EXPECT_FALSE(r.file_ok);
  EXPECT_NE(r.errors[0].message.find("\"features\" array"), std::string::npos);
}

TEST(GeoJsonErrorPlace, FindsTheFirstErrorAndItsPath) {
  JsonErrorPlace p = locate_json_error(R"({"features":[{"a":1},{"b":[1,2 3]}]})");
  ASSERT_TRUE(p.found);
  EXPECT_EQ(p.offset, 31u);
  EXPECT_EQ(p.what, "unexpected number");
  EXPECT_EQ(p.path, (std::vector<std::string>{"features", "1", "b", "1"}));

  p = locate_json_error("{\n\"a\": [1,\n2,\n");
  ASSERT_TRUE(p.found);
  EXPECT_EQ(p.line, 4u);
  EXPECT_EQ(p.what, "file ends inside an array");

  EXPECT_FALSE(locate_json_error(R"({"a":[1,-2.5e3,"x\"y",true,null,{}]})").found);
  EXPECT_TRUE(locate_json_error(R"({"a":01})").found);
  EXPECT_TRUE(locate_json_error(R"({"a":1} x)").found);
  EXPECT_TRUE(locate_json_error(R"({"a" 1})").found);
  EXPECT_EQ(locate_json_error(R"([123456789012345678901])").what, "integer too large for 64 bits");
  EXPECT_EQ(locate_json_error("   ").what, "no JSON value");
}

}  // namespace
}  // namespace geo
