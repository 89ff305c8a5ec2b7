// CityJSON reader (geo/cityjson_reader.hpp) on the cjio sample files and on malformed input. Golden
// figures were computed independently with python3 (json module; semantics.values walked beside the
// boundaries; shoelace area of each GroundSurface's exterior minus its holes, in the file's metres
// after transform; min/max z over the chosen geometry's vertices) — see each comment.
#include "geo/cityjson_reader.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

namespace geo {
namespace {

std::string cj_read_file(const std::string& name) {
  std::ifstream in(std::string(CT_SHARED_DATA_DIR) + "/citymodels/cityjson_cjio/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::uint64_t cj_count(const LayerRead& r, const std::string& key) {
  for (const auto& [k, v] : r.counts)
    if (k == key) return v;
  ADD_FAILURE() << "no count " << key;
  return 0;
}

// Sum of |shoelace| of the exterior rings minus the holes.
double cj_area_m2(const Feature& f) {
  auto ring_area = [](const Ring& r) {
    double a = 0.0;
    for (std::size_t i = 0; i < r.size(); ++i)
      a += r[i].x * r[(i + 1) % r.size()].y - r[(i + 1) % r.size()].x * r[i].y;
    return std::fabs(a) / 2.0;
  };
  double total = 0.0;
  for (const Polygon& p : f.polygons) {
    total += ring_area(p.outer);
    for (const Ring& h : p.holes) total -= ring_area(h);
  }
  return total;
}

const Feature* cj_find(const LayerRead& r, const std::string& part_or_id) {
  for (const Feature& f : r.features) {
    const std::string* part = f.attribute("cityjson_part");
    if ((part != nullptr && *part == part_or_id) || (part == nullptr && f.id == part_or_id)) return &f;
  }
  return nullptr;
}

bool cj_has_issue(const std::vector<Issue>& issues, const std::string& place, const std::string& text) {
  for (const Issue& e : issues)
    if (e.place == place && e.message.find(text) != std::string::npos) return true;
  return false;
}

TEST(GeoCityJsonReader, DenHaagBuildingPartsCarryTheirParentsId) {
  const LayerRead r = read_cityjson(cj_read_file("DH_01_subs.city.json"), "DH_01_subs.city.json");
  ASSERT_TRUE(r.file_ok);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(r.warnings.empty());
  // python3: CityJSON 1.1, 4 Building (3 with 2 or 3 BuildingPart children, 1 alone) + 8 BuildingPart.
  EXPECT_EQ(cj_count(r, "city_objects"), 12u);
  EXPECT_EQ(cj_count(r, "buildings"), 4u);
  EXPECT_EQ(cj_count(r, "building_parts"), 8u);
  EXPECT_EQ(cj_count(r, "type:Building"), 4u);
  EXPECT_EQ(r.features.size(), 9u);  // 8 parts + the building without parts
  EXPECT_EQ(r.crs.source, DeclaredCrs::Source::None);
  // python3: part _2 of GUID_8CE5…: one GroundSurface, area 27.8705 m², z 3.682 … 10.074.
  const Feature* part = cj_find(r, "GUID_8CE54418-E2F7-49A7-9A8D-C3D172BA62C4_2");
  ASSERT_NE(part, nullptr);
  EXPECT_EQ(part->id, "GUID_8CE54418-E2F7-49A7-9A8D-C3D172BA62C4");
  EXPECT_EQ(part->kind, FeatureKind::Building);
  EXPECT_EQ(part->index, 9u);
  ASSERT_EQ(part->polygons.size(), 1u);
  EXPECT_NEAR(cj_area_m2(*part), 27.8705, 5e-5);
  EXPECT_NEAR(part->ground_z, 3.682, 1e-9);
  EXPECT_NEAR(part->roof_z, 10.074, 1e-9);
  EXPECT_EQ(*part->attribute("roofType"), "1000");
  EXPECT_EQ(*part->attribute("AbsoluteRidgeHeight"), "10.075");
  EXPECT_EQ(*part->attribute("cityjson_type"), "BuildingPart");
  EXPECT_EQ(*part->attribute("lod"), "2");
  // python3: the lone Building GUID_3D7D…: area 51.8857 m², z 5.232 … 14.739.
  const Feature* lone = cj_find(r, "GUID_3D7D60B9-8F3A-4D3B-A3E5-CD9B5565A5B2");
  ASSERT_NE(lone, nullptr);
  EXPECT_EQ(lone->attribute("cityjson_part"), nullptr);
  EXPECT_NEAR(cj_area_m2(*lone), 51.8857, 5e-5);
  EXPECT_NEAR(lone->ground_z, 5.232, 1e-9);
  EXPECT_NEAR(lone->roof_z, 14.739, 1e-9);
  // python3: parts of GUID_1397…: _1 41.9120, _2 14.7606, _3 10.9574 m².
  double sum = 0.0;
  int pieces = 0;
  for (const Feature& f : r.features)
    if (f.id == "GUID_13974D93-CB4F-4B5A-AB1E-577DD9928CF2") sum += cj_area_m2(f), ++pieces;
  EXPECT_EQ(pieces, 3);
  EXPECT_NEAR(sum, 41.9120 + 14.7606 + 10.9574, 2e-4);
}

TEST(GeoCityJsonReader, MultiLodTakesTheHighestLodWithGroundSurfaces) {
  const LayerRead r = read_cityjson(cj_read_file("multi_lod.json"), "multi_lod.json");
  ASSERT_TRUE(r.file_ok);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(r.warnings.empty());
  ASSERT_EQ(r.features.size(), 10u);
  // python3: building 6751773, LoD 2.2 has the GroundSurface semantics (1.2 and 1.3 have none):
  // 7 ground triangles, area 79.6316 m², z 5.254 … 13.224.
  const Feature& f = r.features[0];
  EXPECT_EQ(f.id, "6751773");
  EXPECT_EQ(*f.attribute("lod"), "2.2");
  EXPECT_EQ(f.polygons.size(), 7u);
  EXPECT_NEAR(cj_area_m2(f), 79.6316, 5e-5);
  EXPECT_NEAR(f.ground_z, 5.254, 1e-9);
  EXPECT_NEAR(f.roof_z, 13.224, 1e-9);
  EXPECT_EQ(*f.attribute("identificatie"), "NL.IMBAG.Pand.0796100000236261");
  EXPECT_EQ(*f.attribute("oorspronkelijk_bouwjaar"), "1965");
  EXPECT_EQ(f.attribute("eindgeldigheid"), nullptr);  // null
}

TEST(GeoCityJsonReader, RotterdamMultiSurfaceGroundSurfaces) {
  const LayerRead r = read_cityjson(cj_read_file("rotterdam_subset.json"), "rotterdam_subset.json");
  ASSERT_TRUE(r.file_ok);
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.features.size(), 16u);
  // python3: first building, one GroundSurface of 121.7830 m², z 0 … 15.211.
  EXPECT_EQ(r.features[0].id, "{C9D4A5CF-094A-47DA-97E4-4A3BFD75D3AE}");
  EXPECT_NEAR(cj_area_m2(r.features[0]), 121.7830, 5e-5);
  EXPECT_NEAR(r.features[0].roof_z, 15.211, 1e-9);
}

TEST(GeoCityJsonReader, DelftAllObjectTypesAndFootprintsOfOpenBlocks) {
  const LayerRead r = read_cityjson(cj_read_file("delft.json"), "delft.json");
  ASSERT_TRUE(r.file_ok);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.crs.source, DeclaredCrs::Source::Member);
  EXPECT_EQ(r.crs.text, "https://www.opengis.net/def/crs/EPSG/0/7415");
  // python3: 570 objects: Building 160, Road 143, PlantCover 126, LandUse 81, GenericCityObject 54,
  // Bridge 3, WaterBody 3.
  EXPECT_EQ(cj_count(r, "city_objects"), 570u);
  EXPECT_EQ(cj_count(r, "buildings"), 160u);
  EXPECT_EQ(cj_count(r, "ground_areas"), 126u + 81u + 3u);
  EXPECT_EQ(cj_count(r, "others"), 143u + 54u + 3u);
  EXPECT_EQ(cj_count(r, "type:Road"), 143u);
  EXPECT_EQ(cj_count(r, "type:Bridge"), 3u);
  EXPECT_EQ(r.features.size(), 570u);
  // The LoD1 blocks have no semantics and no bottom face (python3: no surface with a downward normal):
  // each footprint is the projection of its non-vertical (roof) faces, with one warning per building.
  EXPECT_EQ(r.warnings.size(), 160u);
  // python3: b1105d28c…, object 1: 75 non-vertical triangles, projected area 992.9310 m², z -0.100 … 6.000.
  const Feature& f = r.features[1];
  EXPECT_EQ(f.id, "b1105d28c-00ba-11e6-b420-2bdcc4ab5d7f");
  EXPECT_EQ(f.kind, FeatureKind::Building);
  EXPECT_EQ(f.polygons.size(), 75u);
  EXPECT_NEAR(cj_area_m2(f), 992.9310, 5e-5);
  EXPECT_NEAR(f.ground_z, -0.1, 1e-9);
  EXPECT_NEAR(f.roof_z, 6.0, 1e-9);
  EXPECT_TRUE(cj_has_issue(r.warnings, "CityObjects/b1105d28c-00ba-11e6-b420-2bdcc4ab5d7f", "projection"));
  std::size_t ground = 0;
  for (const Feature& g : r.features)
    if (g.kind == FeatureKind::Ground && !g.polygons.empty()) ++ground;
  EXPECT_EQ(ground, 210u);
}

// A unit cube LoD1 Solid (6 faces) without semantics, 1.0-style float vertices, no transform.
const char* kCube = R"({"type":"CityJSON","version":"1.0",
  "metadata":{"referenceSystem":"urn:ogc:def:crs:EPSG::7415"},
  "vertices":[[0,0,0.004],[2,0,0],[2,3,0],[0,3,0],[0,0,5],[2,0,5],[2,3,5],[0,3,5]],
  "CityObjects":{"c":{"type":"Building","attributes":{"h":5},"geometry":[{"type":"Solid","lod":1,
  "boundaries":[[[[0,3,2,1]],[[4,5,6,7]],[[0,1,5,4]],[[1,2,6,5]],[[2,3,7,6]],[[3,0,4,7]]]]}]}}})";

TEST(GeoCityJsonReader, FootprintFromTheLowestVerticesWithoutSemantics) {
  const LayerRead r = read_cityjson(kCube, "cube.json");
  ASSERT_TRUE(r.file_ok);
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.features.size(), 1u);
  const Feature& f = r.features[0];
  ASSERT_EQ(f.polygons.size(), 1u);  // the bottom face only (4 mm off level, within 1 cm)
  EXPECT_DOUBLE_EQ(cj_area_m2(f), 6.0);
  EXPECT_DOUBLE_EQ(f.ground_z, 0.0);
  EXPECT_DOUBLE_EQ(f.roof_z, 5.0);
  EXPECT_EQ(*f.attribute("lod"), "1");
  EXPECT_EQ(*f.attribute("h"), "5");
  EXPECT_EQ(r.crs.text, "urn:ogc:def:crs:EPSG::7415");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].place, "CityObjects/c");
  EXPECT_NE(r.warnings[0].message.find("lowest vertices"), std::string::npos);
}

TEST(GeoCityJsonReader, TransformAndHolesAndGroundObjects) {
  const LayerRead r = read_cityjson(R"({"type":"CityJSON","version":"2.0",
    "transform":{"scale":[0.01,0.01,0.01],"translate":[1000,2000,10]},
    "vertices":[[0,0,0],[1000,0,0],[1000,1000,0],[0,1000,0],[200,200,0],[400,200,0],[400,400,0],[0,0,700]],
    "CityObjects":{
      "b":{"type":"Building","geometry":[{"type":"MultiSurface","lod":"0",
        "boundaries":[[[0,1,2,3],[4,6,5]],[[0,1,7]]],
        "semantics":{"surfaces":[{"type":"GroundSurface"},{"type":"WallSurface"}],"values":[0,1]}}]},
      "park":{"type":"PlantCover","attributes":{"class":"grass"},"geometry":[{"type":"MultiSurface","lod":"1",
        "boundaries":[[[0,1,2]]]}]},
      "tree":{"type":"SolitaryVegetationObject","geometry":[]},
      "bridge":{"type":"Bridge"}}})",
                                    "t.json");
  ASSERT_TRUE(r.file_ok);
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(r.features.size(), 3u);
  const Feature& b = r.features[0];
  ASSERT_EQ(b.polygons.size(), 1u);
  ASSERT_EQ(b.polygons[0].holes.size(), 1u);
  EXPECT_DOUBLE_EQ(b.polygons[0].outer[2].x, 1010.0);  // 1000 * 0.01 + 1000
  EXPECT_DOUBLE_EQ(b.polygons[0].outer[2].y, 2010.0);
  EXPECT_NEAR(cj_area_m2(b), 100.0 - 2.0, 1e-9);  // 10 m square minus a right triangle of 2 m legs
  EXPECT_DOUBLE_EQ(b.ground_z, 10.0);
  EXPECT_DOUBLE_EQ(b.roof_z, 17.0);
  EXPECT_EQ(r.features[1].kind, FeatureKind::Ground);
  EXPECT_EQ(*r.features[1].attribute("cityjson_type"), "PlantCover");
  EXPECT_NEAR(cj_area_m2(r.features[1]), 50.0, 1e-9);
  EXPECT_EQ(r.features[2].kind, FeatureKind::Other);
  EXPECT_EQ(r.features[2].id, "bridge");
  EXPECT_EQ(cj_count(r, "ground_without_geometry"), 1u);  // the tree
  EXPECT_TRUE(cj_has_issue(r.warnings, "CityObjects/tree", "counted, not read"));
}

TEST(GeoCityJsonReader, IntegerVerticesWithoutTransformAreReadAsCoordinates) {
  const LayerRead r = read_cityjson(R"({"type":"CityJSON","version":"1.1","vertices":[[0,0,0],[4,0,0],[4,4,0]],
    "CityObjects":{"b":{"type":"Building","geometry":[{"type":"MultiSurface","lod":"0","boundaries":[[[0,1,2]]]}]}}})",
                                    "noxf.json");
  ASSERT_TRUE(r.file_ok);
  ASSERT_EQ(r.features.size(), 1u);
  EXPECT_DOUBLE_EQ(cj_area_m2(r.features[0]), 8.0);
  EXPECT_TRUE(cj_has_issue(r.warnings, "transform", "required since CityJSON 1.1"));
}

TEST(GeoCityJsonReader, BadObjectsAreSkippedWithTheirId) {
  const LayerRead r = read_cityjson(R"({"type":"CityJSON","version":"2.0","vertices":[[0,0,0],[4,0,0],[4,4,0],["x",1,2]],
    "CityObjects":{
      "out":{"type":"Building","geometry":[{"type":"MultiSurface","lod":"0","boundaries":[[[0,1,9]]]}]},
      "neg":{"type":"Building","geometry":[{"type":"MultiSurface","lod":"0","boundaries":[[[0,-1,2]]]}]},
      "badv":{"type":"Building","geometry":[{"type":"MultiSurface","lod":"0","boundaries":[[[0,1,3]]]}]},
      "nest":{"type":"Building","geometry":[{"type":"Solid","lod":"1","boundaries":[[0,1,2]]}]},
      "sem":{"type":"Building","geometry":[{"type":"MultiSurface","lod":"0","boundaries":[[[0,1,2]]],
             "semantics":{"surfaces":[{"type":"GroundSurface"}],"values":[4]}}]},
      "wall":{"type":"Building","geometry":[{"type":"MultiSurface","lod":"0","boundaries":[[[0,1,1]]]}]},
      "none":{"type":"Building"},
      "typeless":{"attributes":{}},
      "ok":{"type":"Building","geometry":[{"type":"MultiSurface","lod":"0","boundaries":[[[0,1,2]]]}]}}})",
                                    "bad.json");
  ASSERT_TRUE(r.file_ok);
  ASSERT_EQ(r.features.size(), 1u);
  EXPECT_EQ(r.features[0].id, "ok");
  EXPECT_EQ(r.features[0].index, 8u);
  EXPECT_EQ(cj_count(r, "skipped"), 8u);
  EXPECT_TRUE(cj_has_issue(r.errors, "vertices/3", "1 unreadable vertices"));
  EXPECT_TRUE(cj_has_issue(r.errors, "CityObjects/out", "vertex index 9 out of range (4 vertices)"));
  EXPECT_TRUE(cj_has_issue(r.errors, "CityObjects/neg", "vertex index -1 is not a non-negative integer"));
  EXPECT_TRUE(cj_has_issue(r.errors, "CityObjects/badv", "vertex 3 is unreadable"));
  EXPECT_TRUE(cj_has_issue(r.errors, "CityObjects/nest", "geometry 0"));
  EXPECT_TRUE(cj_has_issue(r.errors, "CityObjects/sem", "semantics value 4 out of range"));
  EXPECT_TRUE(cj_has_issue(r.errors, "CityObjects/wall", "no surface that is not vertical"));
  EXPECT_TRUE(cj_has_issue(r.errors, "CityObjects/none", "no surface geometry"));
  EXPECT_TRUE(cj_has_issue(r.errors, "CityObjects/typeless", "\"type\" string"));
}

TEST(GeoCityJsonReader, MalformedFilesAreRefused) {
  LayerRead r = read_cityjson("", "empty.json");
  EXPECT_FALSE(r.file_ok);
  ASSERT_EQ(r.errors.size(), 1u);
  r = read_cityjson(R"({"type":"CityJSON","version":"2.0","vertices":[],"CityObjects":{"a":{"type":"Building","geo)",
                    "cut.json");
  EXPECT_FALSE(r.file_ok);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].place, "CityObjects/a");
  EXPECT_NE(r.errors[0].message.find("not valid JSON"), std::string::npos);
  r = read_cityjson(R"({"type":"FeatureCollection","features":[]})", "geo.json");
  EXPECT_FALSE(r.file_ok);
  EXPECT_NE(r.errors[0].message.find("not CityJSON"), std::string::npos);
  r = read_cityjson(R"({"type":"CityJSON","version":"2.0","transform":{"scale":[0,1,1],"translate":[0,0,0]},
                        "vertices":[],"CityObjects":{}})",
                    "xf.json");
  EXPECT_FALSE(r.file_ok);
  EXPECT_NE(r.errors[0].message.find("\"transform\""), std::string::npos);
  r = read_cityjson(R"({"type":"CityJSON","version":"2.0","vertices":{},"CityObjects":{}})", "v.json");
  EXPECT_FALSE(r.file_ok);
  r = read_cityjson(R"({"type":"CityJSON","version":"2.0","vertices":[],"CityObjects":[]})", "o.json");
  EXPECT_FALSE(r.file_ok);
  EXPECT_NE(r.errors[0].message.find("CityObjects"), std::string::npos);
  r = read_cityjson(R"({"type":"CityJSONFeature","id":"x","CityObjects":{},"vertices":[]})", "f.jsonl");
  EXPECT_FALSE(r.file_ok);
  EXPECT_NE(r.errors[0].message.find("CityJSONFeature"), std::string::npos);
}

}  // namespace
}  // namespace geo
