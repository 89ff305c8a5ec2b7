// OSM XML reader (geo/osm_reader.hpp) and its ring assembly (geo/osm_multipolygon.hpp).
// Figures for the shared extracts come from an independent Python count (xml.etree, run by hand, not
// part of the tests): it restates the classification rules of osm_reader.hpp over the raw XML — e.g.
// Haidian: 255 building ways + 2 building multipolygons = 257 buildings; highway ways 302 = 200
// drivable + 102 not; 58 ground areas (57 closed ways + 1 multipolygon); others 463 = 62 other
// ways + 1 untagged way outside multipolygons + 400 tagged nodes that are not stations. Coordinates
// are the nodes' lat/lon attributes as written in the files (looked up with the same script).
// Every error path has a small hand-written snippet below.
#include "geo/osm_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "geo/osm_elements.hpp"
#include "geo/osm_multipolygon.hpp"

namespace geo {
namespace {

LayerRead read(const std::string& xml) { return read_osm_xml(xml, "t.osm"); }

std::string osm(const std::string& body) { return "<?xml version=\"1.0\"?>\n<osm version=\"0.6\">\n" + body + "</osm>\n"; }

std::uint64_t count(const LayerRead& r, const std::string& key) {
  for (const auto& [k, v] : r.counts)
    if (k == key) return v;
  ADD_FAILURE() << "no count " << key;
  return 0;
}

const Feature* find(const LayerRead& r, const std::string& id) {
  for (const Feature& f : r.features)
    if (f.id == id) return &f;
  return nullptr;
}

// An issue at this place whose message contains `text`.
bool has_issue(const std::vector<Issue>& issues, const std::string& place, const std::string& text) {
  return std::any_of(issues.begin(), issues.end(), [&](const Issue& i) {
    return i.file == "t.osm" && i.place == place && i.message.find(text) != std::string::npos;
  });
}

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Nodes 1..4 at the corners of a 0.001° square at (116.35, 40.00), closed way 10 through them.
const std::string kSquareNodes =
    "<node id=\"1\" lat=\"40.000\" lon=\"116.350\"/>\n<node id=\"2\" lat=\"40.000\" lon=\"116.351\"/>\n"
    "<node id=\"3\" lat=\"40.001\" lon=\"116.351\"/>\n<node id=\"4\" lat=\"40.001\" lon=\"116.350\"/>\n";

std::string way(int id, const std::vector<int>& refs, const std::string& tags) {
  std::string s = "<way id=\"" + std::to_string(id) + "\">";
  for (int r : refs) s += "<nd ref=\"" + std::to_string(r) + "\"/>";
  return s + tags + "</way>\n";
}

std::string tag(const std::string& k, const std::string& v) { return "<tag k=\"" + k + "\" v=\"" + v + "\"/>"; }

std::string member(const std::string& type, int ref, const std::string& role) {
  return "<member type=\"" + type + "\" ref=\"" + std::to_string(ref) + "\" role=\"" + role + "\"/>";
}

// ---- the shared extracts --------------------------------------------------------------------------

TEST(GeoOsmReader, HaidianExtractCountsMatchAnIndependentCount) {
  const std::string path = std::string(CT_SHARED_DATA_DIR) + "/citymodels/osm_beijing_haidian_cau/map.osm";
  const LayerRead r = read_osm_xml(file_bytes(path), "map.osm");
  ASSERT_TRUE(r.file_ok);
  EXPECT_TRUE(r.errors.empty()) << to_string(r.errors.front());
  EXPECT_EQ(r.crs.source, DeclaredCrs::Source::Implicit);
  EXPECT_EQ(r.crs.text, "EPSG:4326");
  // SOURCE.md: 4347 nodes, 684 ways, 194 relations, 255 building ways + 2 building multipolygons.
  EXPECT_EQ(count(r, "nodes"), 4347u);
  EXPECT_EQ(count(r, "ways"), 684u);
  EXPECT_EQ(count(r, "relations"), 194u);
  EXPECT_EQ(count(r, "buildings"), 257u);
  EXPECT_EQ(count(r, "roads") + count(r, "paths"), 302u);  // SOURCE.md: 302 highway ways
  EXPECT_EQ(count(r, "roads"), 200u);
  EXPECT_EQ(count(r, "paths"), 102u);
  EXPECT_EQ(count(r, "rails"), 4u);        // railway=subway ways
  // Node 5687426566, 六道口 (railway=station, subway=yes), and 34 stop positions (railway=stop or
  // public_transport=stop_position with subway=yes): python3 xml.etree count with the same rule.
  EXPECT_EQ(count(r, "stations"), 35u);
  EXPECT_EQ(count(r, "ground_areas"), 58u);
  EXPECT_EQ(count(r, "others"), 429u);  // 463 before the 34 stop positions counted as stations
  EXPECT_EQ(count(r, "building_parts"), 0u);
  EXPECT_EQ(count(r, "highway_areas"), 0u);
  EXPECT_EQ(count(r, "untagged_member_ways"), 5u);  // members of the 3 multipolygons (2 with area=yes only)
  EXPECT_EQ(count(r, "relations_other_types"), 191u);  // 98 route, 45 route_master, 42 public_transport …
  EXPECT_EQ(count(r, "incomplete_relations"), 1u);
  EXPECT_EQ(r.features.size(), 1085u);
  // Relation 14400092 (landuse) lacks member way 960940776; its present outer way closes by itself.
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].place, "relation 14400092");
  EXPECT_NE(r.warnings[0].message.find("960940776"), std::string::npos);
  ASSERT_NE(find(r, "relation/14400092"), nullptr);
  EXPECT_EQ(find(r, "relation/14400092")->kind, FeatureKind::Ground);

  // Counts by kind add up to the features; features come in file order.
  std::uint64_t sum = 0;
  for (const char* k : {"buildings", "building_parts", "roads", "paths", "rails", "stations", "ground_areas",
                        "highway_areas", "others"})
    sum += count(r, k);
  EXPECT_EQ(sum, r.features.size());
  EXPECT_TRUE(std::is_sorted(r.features.begin(), r.features.end(),
                             [](const Feature& a, const Feature& b) { return a.index < b.index; }));

  // Building multipolygon 19233725 (element 5221): outer way 1393830104 (9 nodes), inner 1393830105 (5).
  const Feature* mp = find(r, "relation/19233725");
  ASSERT_NE(mp, nullptr);
  EXPECT_EQ(mp->kind, FeatureKind::Building);
  EXPECT_EQ(mp->index, 5221u);
  ASSERT_EQ(mp->polygons.size(), 1u);
  EXPECT_EQ(mp->polygons[0].outer.size(), 9u);
  ASSERT_EQ(mp->polygons[0].holes.size(), 1u);
  EXPECT_EQ(mp->polygons[0].holes[0].size(), 5u);
  EXPECT_DOUBLE_EQ(mp->polygons[0].outer[0].x, 116.3518527);
  EXPECT_DOUBLE_EQ(mp->polygons[0].outer[0].y, 39.9993201);
  EXPECT_EQ(find(r, "way/1393830104"), nullptr);  // untagged outer: part of the relation only
  EXPECT_EQ(find(r, "way/1393830105"), nullptr);  // inner with area=yes only

  // First building way in the file: way 154079723, element 4412, 9 nodes, first node 1666769046.
  const Feature* b = find(r, "way/154079723");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->kind, FeatureKind::Building);
  EXPECT_EQ(b->index, 4412u);
  ASSERT_EQ(b->polygons.size(), 1u);
  EXPECT_EQ(b->polygons[0].outer.size(), 9u);
  EXPECT_DOUBLE_EQ(b->polygons[0].outer[0].x, 116.3526296);
  EXPECT_DOUBLE_EQ(b->polygons[0].outer[0].y, 40.0032143);
  ASSERT_NE(b->attribute("osm_id"), nullptr);
  EXPECT_EQ(*b->attribute("osm_id"), "154079723");

  const Feature* st = find(r, "node/5687426566");
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(st->kind, FeatureKind::Station);
  ASSERT_EQ(st->points.size(), 1u);
  EXPECT_DOUBLE_EQ(st->points[0].x, 116.3466428);
  EXPECT_DOUBLE_EQ(st->points[0].y, 39.9996659);
}

TEST(GeoOsmReader, ShanghaiRoadsAreAllRoads) {
  const std::string path = std::string(CT_SHARED_DATA_DIR) + "/citymodels/osm_shanghai_jingan_roads/shanghai.osm";
  const LayerRead r = read_osm_xml(file_bytes(path), "shanghai.osm");
  ASSERT_TRUE(r.file_ok);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(r.warnings.empty());
  EXPECT_EQ(count(r, "nodes"), 2958u);  // SOURCE.md
  EXPECT_EQ(count(r, "ways"), 796u);
  EXPECT_EQ(count(r, "roads"), 796u);   // every way is a drivable highway (OSMnx "drive" network)
  EXPECT_EQ(count(r, "paths"), 0u);
  EXPECT_EQ(count(r, "buildings"), 0u);
  EXPECT_EQ(count(r, "others"), 455u);  // nodes tagged highway=traffic_signals etc.
  std::uint64_t vertices = 0;
  for (const Feature& f : r.features)
    if (f.kind == FeatureKind::Road) {
      EXPECT_EQ(f.lines.size(), 1u);
      for (const auto& line : f.lines) vertices += line.size();
    }
  EXPECT_EQ(vertices, 3647u);  // sum of <nd> per way (Python count): no node is missing
}

// ---- classification --------------------------------------------------------------------------------

TEST(GeoOsmReader, WaysAreClassifiedByTheirTags) {
  const LayerRead r = read(osm(kSquareNodes +
                               way(10, {1, 2, 3, 4, 1}, tag("building", "yes") + tag("name", "A")) +
                               way(11, {1, 2, 3, 4, 1}, tag("building:part", "yes")) +
                               way(12, {1, 2}, tag("highway", "motorway_link")) +
                               way(13, {2, 3}, tag("highway", "footway")) +
                               way(14, {1, 2, 3, 4, 1}, tag("highway", "pedestrian") + tag("area", "yes")) +
                               way(15, {3, 4}, tag("railway", "subway")) +
                               way(16, {1, 2, 3, 4, 1}, tag("leisure", "park")) +
                               way(17, {1, 2, 3}, tag("landuse", "grass")) +
                               way(18, {1, 2, 3, 4, 1}, tag("building", "no") + tag("amenity", "parking")) +
                               way(19, {3, 4}, tag("highway", "service")) +
                               way(20, {1, 4}, tag("highway", "moonpath"))));
  ASSERT_TRUE(r.file_ok);
  EXPECT_TRUE(r.errors.empty());
  const auto kind = [&](const std::string& id) { return find(r, id) ? find(r, id)->kind : FeatureKind::Count; };
  EXPECT_EQ(kind("way/10"), FeatureKind::Building);
  EXPECT_EQ(kind("way/11"), FeatureKind::Other);
  EXPECT_EQ(kind("way/12"), FeatureKind::Road);
  EXPECT_EQ(kind("way/13"), FeatureKind::Path);
  EXPECT_EQ(kind("way/14"), FeatureKind::Other);
  EXPECT_EQ(kind("way/15"), FeatureKind::Rail);
  EXPECT_EQ(kind("way/16"), FeatureKind::Ground);
  EXPECT_EQ(kind("way/17"), FeatureKind::Other);  // landuse on an unclosed way is no area
  EXPECT_EQ(kind("way/18"), FeatureKind::Other);  // building=no
  EXPECT_EQ(kind("way/19"), FeatureKind::Road);
  EXPECT_EQ(kind("way/20"), FeatureKind::Path);
  EXPECT_TRUE(has_issue(r.warnings, "way 20", "highway=moonpath"));
  EXPECT_EQ(count(r, "buildings"), 1u);
  EXPECT_EQ(count(r, "building_parts"), 1u);
  EXPECT_EQ(count(r, "highway_areas"), 1u);
  EXPECT_EQ(count(r, "roads"), 2u);
  EXPECT_EQ(count(r, "paths"), 2u);
  EXPECT_EQ(count(r, "ground_areas"), 1u);
  EXPECT_EQ(count(r, "others"), 2u);

  const Feature& b = *find(r, "way/10");
  ASSERT_EQ(b.polygons.size(), 1u);
  ASSERT_EQ(b.polygons[0].outer.size(), 5u);
  EXPECT_DOUBLE_EQ(b.polygons[0].outer[1].x, 116.351);  // x = lon
  EXPECT_DOUBLE_EQ(b.polygons[0].outer[1].y, 40.000);   // y = lat
  ASSERT_EQ(b.attributes.size(), 3u);
  EXPECT_EQ(b.attributes[0], (std::pair<std::string, std::string>{"building", "yes"}));
  EXPECT_EQ(b.attributes[1], (std::pair<std::string, std::string>{"name", "A"}));
  EXPECT_EQ(b.attributes[2], (std::pair<std::string, std::string>{"osm_id", "10"}));
  EXPECT_EQ(b.index, 4u);  // after the 4 nodes
  ASSERT_EQ(find(r, "way/12")->lines.size(), 1u);
  EXPECT_EQ(find(r, "way/12")->lines[0].size(), 2u);
  ASSERT_NE(find(r, "way/16")->attribute("leisure"), nullptr);
  EXPECT_EQ(*find(r, "way/16")->attribute("leisure"), "park");
}

TEST(GeoOsmReader, StationsAreRailStationsNotEntrancesOrBusStations) {
  const LayerRead r = read(osm(
      "<node id=\"1\" lat=\"40\" lon=\"116\">" + tag("railway", "station") + "</node>\n"
      "<node id=\"2\" lat=\"40\" lon=\"116\">" + tag("railway", "halt") + "</node>\n"
      "<node id=\"3\" lat=\"40\" lon=\"116\">" + tag("public_transport", "station") + tag("station", "subway") + "</node>\n"
      "<node id=\"4\" lat=\"40\" lon=\"116\">" + tag("public_transport", "station") + tag("bus", "yes") + "</node>\n"
      "<node id=\"5\" lat=\"40\" lon=\"116\">" + tag("railway", "subway_entrance") + "</node>\n"
      "<node id=\"6\" lat=\"40\" lon=\"116\">" + tag("created_by", "JOSM") + "</node>\n"
      "<node id=\"7\" lat=\"40\" lon=\"116\"/>\n"));
  EXPECT_EQ(find(r, "node/1")->kind, FeatureKind::Station);
  EXPECT_EQ(find(r, "node/2")->kind, FeatureKind::Station);
  EXPECT_EQ(find(r, "node/3")->kind, FeatureKind::Station);
  EXPECT_EQ(find(r, "node/4")->kind, FeatureKind::Other);
  EXPECT_EQ(find(r, "node/5")->kind, FeatureKind::Other);
  EXPECT_EQ(find(r, "node/6"), nullptr);  // an editor tag only: a vertex, not a feature
  EXPECT_EQ(find(r, "node/7"), nullptr);
  EXPECT_EQ(count(r, "stations"), 3u);
  EXPECT_EQ(count(r, "others"), 2u);
}

TEST(GeoOsmReader, IndexNumbersNodesWaysAndRelationsInOneSequence) {
  const LayerRead r = read(osm("<bounds minlat=\"0\" minlon=\"0\" maxlat=\"1\" maxlon=\"1\"/>\n" + kSquareNodes +
                               "<relation id=\"30\">" + member("way", 10, "outer") + tag("type", "multipolygon") +
                               tag("landuse", "forest") + "</relation>\n" +
                               way(10, {1, 2, 3, 4, 1}, "") + way(11, {1, 2}, tag("highway", "path"))));
  ASSERT_EQ(r.features.size(), 2u);
  EXPECT_EQ(r.features[0].id, "relation/30");
  EXPECT_EQ(r.features[0].index, 4u);
  EXPECT_EQ(r.features[1].id, "way/11");
  EXPECT_EQ(r.features[1].index, 6u);
}

// ---- multipolygons ---------------------------------------------------------------------------------

TEST(GeoOsmMultipolygon, InnerRingBecomesAHoleOfTheOuterThatContainsIt) {
  // Outer square 0..4 (nodes 1-4), inner square 1..2 (nodes 5-8), a second outer 10..11 (nodes 9-12).
  const LayerRead r = read(osm(
      "<node id=\"1\" lat=\"0\" lon=\"0\"/><node id=\"2\" lat=\"0\" lon=\"4\"/><node id=\"3\" lat=\"4\" lon=\"4\"/>"
      "<node id=\"4\" lat=\"4\" lon=\"0\"/><node id=\"5\" lat=\"1\" lon=\"1\"/><node id=\"6\" lat=\"1\" lon=\"2\"/>"
      "<node id=\"7\" lat=\"2\" lon=\"2\"/><node id=\"8\" lat=\"2\" lon=\"1\"/><node id=\"9\" lat=\"10\" lon=\"10\"/>"
      "<node id=\"10\" lat=\"10\" lon=\"11\"/><node id=\"11\" lat=\"11\" lon=\"11\"/><node id=\"12\" lat=\"11\" lon=\"10\"/>\n" +
      way(100, {9, 10, 11, 12, 9}, "") + way(101, {1, 2, 3, 4, 1}, "") + way(102, {5, 6, 7, 8, 5}, "") +
      "<relation id=\"200\">" + member("way", 100, "outer") + member("way", 102, "inner") + member("way", 101, "outer") +
      tag("type", "multipolygon") + tag("building", "yes") + "</relation>\n"));
  ASSERT_TRUE(r.errors.empty());
  ASSERT_EQ(r.features.size(), 1u);  // the member ways are untagged: not features of their own
  const Feature& f = r.features[0];
  EXPECT_EQ(f.id, "relation/200");
  EXPECT_EQ(f.kind, FeatureKind::Building);
  ASSERT_EQ(f.polygons.size(), 2u);
  EXPECT_TRUE(f.polygons[0].holes.empty());  // the ring at 10..11
  ASSERT_EQ(f.polygons[1].holes.size(), 1u);
  EXPECT_DOUBLE_EQ(f.polygons[1].holes[0][0].x, 1.0);
  EXPECT_DOUBLE_EQ(f.polygons[1].holes[0][0].y, 1.0);
  EXPECT_EQ(count(r, "untagged_member_ways"), 3u);
  EXPECT_EQ(count(r, "buildings"), 1u);
}

TEST(GeoOsmMultipolygon, RingSplitOverTwoWaysOneReversedIsJoined) {
  // Ring 1-2-3-4-1 as way 10 (1→2→3) and way 11 written backwards (1←4←3, i.e. 1,4,3).
  const LayerRead r = read(osm(kSquareNodes + way(10, {1, 2, 3}, "") + way(11, {1, 4, 3}, "") +
                               "<relation id=\"20\">" + member("way", 10, "outer") + member("way", 11, "outer") +
                               tag("type", "multipolygon") + tag("natural", "water") + "</relation>\n"));
  ASSERT_TRUE(r.errors.empty()) << to_string(r.errors.front());
  ASSERT_EQ(r.features.size(), 1u);
  const Feature& f = r.features[0];
  EXPECT_EQ(f.kind, FeatureKind::Ground);
  ASSERT_EQ(f.polygons.size(), 1u);
  const Ring& ring = f.polygons[0].outer;
  ASSERT_EQ(ring.size(), 5u);  // 1,2,3,4,1
  EXPECT_DOUBLE_EQ(ring.front().x, ring.back().x);
  EXPECT_DOUBLE_EQ(ring.front().y, ring.back().y);
  // The joined ring is the square itself: area 0.001² deg². Tolerance: the shoelace terms are products
  // of coordinates near 116 × 40 ≈ 4.6e3 whose differences cancel to 1e-6, so rounding of ~4.6e3 × 2.2e-16
  // per term (about 1e-12) remains.
  EXPECT_NEAR(ring_abs_area(ring), 0.001 * 0.001, 1e-11);
}

TEST(GeoOsmMultipolygon, JoinRingsChainsWaysInAnyOrderAndDirection) {
  // A 4-way ring given out of order with two ways reversed, plus an open chain 20-21-22.
  const JoinedRings j = join_rings({{3, 4}, {1, 2}, {20, 21}, {3, 2}, {1, 4}, {22, 21}, {7}});
  ASSERT_EQ(j.rings.size(), 1u);
  EXPECT_EQ(j.rings[0].size(), 5u);
  EXPECT_EQ(j.rings[0].front(), j.rings[0].back());
  ASSERT_EQ(j.open_chains.size(), 1u);
  EXPECT_EQ(j.open_chains[0].size(), 3u);
  // Many short ways in one ring: linear time (ids 0..N-1, given shuffled deterministically).
  constexpr std::int64_t kN = 20000;
  std::vector<OsmNodeIds> ways;
  for (std::int64_t i = 0; i < kN; ++i) ways.push_back({(i * 7919) % kN, ((i * 7919) % kN + 1) % kN});
  const JoinedRings big = join_rings(ways);
  ASSERT_EQ(big.rings.size(), 1u);
  EXPECT_EQ(big.rings[0].size(), static_cast<std::size_t>(kN + 1));
  EXPECT_TRUE(big.open_chains.empty());
}

TEST(GeoOsmMultipolygon, PointInRingAndInnerAssignmentPickTheSmallestContainingOuter) {
  const Ring big = {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
  const Ring small = {{2, 2}, {5, 2}, {5, 5}, {2, 5}, {2, 2}};
  EXPECT_TRUE(ring_contains(big, {1, 1}));
  EXPECT_FALSE(ring_contains(big, {11, 1}));
  EXPECT_DOUBLE_EQ(ring_abs_area(big), 100.0);
  const Ring inner = {{3, 3}, {4, 3}, {4, 4}, {3, 3}};
  const Ring outside = {{20, 20}, {21, 20}, {21, 21}, {20, 20}};
  EXPECT_EQ(assign_inner_rings({big, small}, {inner, outside}), (std::vector<int>{1, -1}));
}

TEST(GeoOsmMultipolygon, BuildingRelationWithATaggedOuterWayIsReadOnce) {
  const LayerRead r = read(osm(kSquareNodes + way(10, {1, 2, 3, 4, 1}, tag("building", "yes")) +
                               "<relation id=\"20\">" + member("way", 10, "outer") + tag("type", "multipolygon") +
                               tag("building", "office") + "</relation>\n"));
  ASSERT_EQ(r.features.size(), 1u);
  EXPECT_EQ(r.features[0].id, "relation/20");
  EXPECT_EQ(count(r, "buildings"), 1u);
  EXPECT_TRUE(has_issue(r.warnings, "way 10", "outer way of building relation 20"));
}

TEST(GeoOsmMultipolygon, IncompleteRelationThatStillClosesIsKeptWithAWarning) {
  const LayerRead r = read(osm(kSquareNodes + way(10, {1, 2, 3, 4, 1}, "") + "<relation id=\"20\">" +
                               member("way", 10, "outer") + member("way", 99, "outer") + member("way", 10, "") +
                               tag("type", "multipolygon") + tag("landuse", "residential") + "</relation>\n"));
  EXPECT_TRUE(r.errors.empty());
  ASSERT_NE(find(r, "relation/20"), nullptr);
  EXPECT_TRUE(has_issue(r.warnings, "relation 20", "member way(s) not in the file: 99 (1 of 3)"));
  EXPECT_TRUE(has_issue(r.warnings, "relation 20", "1 member way(s) without a role read as outer"));
  EXPECT_EQ(count(r, "incomplete_relations"), 1u);
}

TEST(GeoOsmMultipolygon, AMemberWayTooShortToJoinIsStillReported) {
  const LayerRead r = read(osm(kSquareNodes + way(10, {1, 2, 3, 4, 1}, "") + way(11, {2}, "") + "<relation id=\"20\">" +
                               member("way", 10, "outer") + member("way", 11, "inner") + member("node", 1, "label") +
                               member("way", 10, "subarea") + tag("type", "multipolygon") + tag("leisure", "park") +
                               "</relation>\n"));
  ASSERT_NE(find(r, "relation/20"), nullptr);
  EXPECT_TRUE(has_issue(r.errors, "way 11", "has 1 node(s); a way needs at least 2"));
  EXPECT_TRUE(has_issue(r.warnings, "relation 20", "1 member(s) that are not ways ignored"));
  EXPECT_TRUE(has_issue(r.warnings, "relation 20", "1 member way(s) with a role other than outer/inner ignored"));
  EXPECT_EQ(count(r, "untagged_member_ways"), 1u);
}

TEST(GeoOsmMultipolygon, IncompleteRelationThatCannotCloseIsAnErrorNamingTheMissingWays) {
  // Way 10 is half of the ring; the other half, way 11, is not in the file.
  const LayerRead r = read(osm(kSquareNodes + way(10, {1, 2, 3}, "") + "<relation id=\"20\">" +
                               member("way", 10, "outer") + member("way", 11, "outer") + tag("type", "multipolygon") +
                               tag("building", "yes") + "</relation>\n"));
  EXPECT_TRUE(r.file_ok);
  EXPECT_TRUE(r.features.empty());  // neither the relation nor its untagged member
  EXPECT_TRUE(has_issue(r.errors, "relation 20", "rings cannot be closed"));
  EXPECT_TRUE(has_issue(r.errors, "relation 20", "member way(s) not in the file: 11 (1 of 2)"));
  EXPECT_TRUE(has_issue(r.errors, "relation 20", "area skipped"));
  EXPECT_EQ(count(r, "incomplete_relations"), 1u);
  EXPECT_EQ(count(r, "relations_skipped"), 1u);
}

TEST(GeoOsmMultipolygon, RingWithANodeNotInTheFileIsAnError) {
  const LayerRead r = read(osm(kSquareNodes + way(10, {1, 2, 3, 5, 1}, "") + "<relation id=\"20\">" +
                               member("way", 10, "outer") + tag("type", "multipolygon") + tag("natural", "wood") +
                               "</relation>\n"));
  EXPECT_TRUE(r.features.empty());
  EXPECT_TRUE(has_issue(r.errors, "relation 20", "1 node(s) of its rings not in the file"));
}

// ---- element errors --------------------------------------------------------------------------------

TEST(GeoOsmReader, BadCoordinatesAreErrorsNamingTheNode) {
  const LayerRead r = read(osm("<node id=\"1\" lat=\"abc\" lon=\"116\"/>\n<node id=\"2\" lat=\"nan\" lon=\"116\"/>\n"
                               "<node id=\"3\" lat=\"91\" lon=\"116\"/>\n<node id=\"4\" lat=\"40\"/>\n"
                               "<node id=\"5\" lat=\"40\" lon=\"-180.5\"/>\n<node id=\"x\" lat=\"40\" lon=\"116\"/>\n"
                               "<node id=\"6\" lat=\"40\" lon=\"116\">" + tag("amenity", "cafe") + "</node>\n"));
  EXPECT_TRUE(r.file_ok);
  EXPECT_TRUE(has_issue(r.errors, "node 1", "lat \"abc\" is not a finite number"));
  EXPECT_TRUE(has_issue(r.errors, "node 2", "lat \"nan\" is not a finite number"));
  EXPECT_TRUE(has_issue(r.errors, "node 3", "lat \"91\" is outside -90…90"));
  EXPECT_TRUE(has_issue(r.errors, "node 4", "no lon attribute"));
  EXPECT_TRUE(has_issue(r.errors, "node 5", "lon \"-180.5\" is outside -180…180"));
  EXPECT_TRUE(has_issue(r.errors, "element 5", "node without an integer id (\"x\")"));
  EXPECT_EQ(r.errors.size(), 6u);
  ASSERT_EQ(r.features.size(), 1u);
  EXPECT_EQ(r.features[0].id, "node/6");
  EXPECT_EQ(r.features[0].index, 6u);
}

TEST(GeoOsmReader, UnclosedOrTooShortWaysAreErrors) {
  const LayerRead r = read(osm(kSquareNodes + way(10, {1, 2, 3, 4}, tag("building", "yes")) +
                               way(11, {1, 2, 1}, tag("building", "yes")) + way(12, {1}, tag("highway", "path")) +
                               way(13, {}, tag("highway", "path"))));
  EXPECT_TRUE(has_issue(r.errors, "way 10", "building way is not closed (first node 1, last node 4); footprint skipped"));
  EXPECT_TRUE(has_issue(r.errors, "way 11", "closed with only 3 nodes"));
  EXPECT_TRUE(has_issue(r.errors, "way 12", "has 1 node(s); a way needs at least 2"));
  EXPECT_TRUE(has_issue(r.errors, "way 13", "has 0 node(s)"));
  EXPECT_TRUE(r.features.empty());
  EXPECT_EQ(count(r, "ways_skipped"), 4u);
}

TEST(GeoOsmReader, MissingNodesSkipAnAreaAndSplitALine) {
  // Nodes 1-4 present; 8 and 9 are not in the file.
  const LayerRead r = read(osm(kSquareNodes + way(10, {1, 2, 8, 4, 1}, tag("building", "yes")) +
                               way(11, {1, 2, 8, 3, 4, 9}, tag("highway", "residential")) +
                               way(12, {1, 8, 2, 9}, tag("highway", "residential"))));
  EXPECT_TRUE(has_issue(r.errors, "way 10", "1 of its 5 nodes are not in the file; footprint skipped"));
  EXPECT_TRUE(has_issue(r.warnings, "way 11", "2 of its 6 nodes are not in the file; kept as 2 line piece(s)"));
  EXPECT_TRUE(has_issue(r.errors, "way 12", "2 of its 4 nodes are not in the file and no two present nodes follow"));
  const Feature* road = find(r, "way/11");
  ASSERT_NE(road, nullptr);
  ASSERT_EQ(road->lines.size(), 2u);
  EXPECT_EQ(road->lines[0].size(), 2u);  // 1, 2
  EXPECT_EQ(road->lines[1].size(), 2u);  // 3, 4
  EXPECT_EQ(find(r, "way/10"), nullptr);
  EXPECT_EQ(count(r, "incomplete_ways"), 1u);
  EXPECT_EQ(count(r, "ways_skipped"), 2u);
}

TEST(GeoOsmReader, DuplicateIdsKeepTheFirstWithAWarning) {
  const LayerRead r = read(osm("<node id=\"1\" lat=\"40\" lon=\"116\">" + tag("amenity", "a") + "</node>\n" +
                               "<node id=\"1\" lat=\"41\" lon=\"117\">" + tag("amenity", "b") + "</node>\n" +
                               "<changeset id=\"5\"/>\n"));
  ASSERT_EQ(r.features.size(), 1u);
  EXPECT_DOUBLE_EQ(r.features[0].points[0].y, 40.0);
  EXPECT_TRUE(has_issue(r.warnings, "node 1", "a second node with this id (element 1) ignored"));
  EXPECT_TRUE(has_issue(r.warnings, "", "1 <changeset> element(s) are not OSM map data"));
  EXPECT_EQ(count(r, "duplicate_ids"), 1u);
  EXPECT_EQ(count(r, "other_elements"), 1u);
  EXPECT_EQ(count(r, "nodes"), 2u);
}

// ---- file errors -----------------------------------------------------------------------------------

TEST(GeoOsmReaderFile, TruncatedXmlNamesByteAndLine) {
  const std::string whole = osm(kSquareNodes);
  const LayerRead r = read(whole.substr(0, whole.size() - 20));  // cut inside the last node's line
  EXPECT_FALSE(r.file_ok);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].file, "t.osm");
  EXPECT_NE(r.errors[0].message.find("not well-formed XML"), std::string::npos);
  EXPECT_NE(r.errors[0].message.find("(line 6)"), std::string::npos) << r.errors[0].message;
  EXPECT_TRUE(r.features.empty());
}

TEST(GeoOsmReaderFile, LineOfOffsetCountsNewlinesBefore) {
  EXPECT_EQ(line_of_offset("ab\ncd\nef", 0), 1u);
  EXPECT_EQ(line_of_offset("ab\ncd\nef", 3), 2u);
  EXPECT_EQ(line_of_offset("ab\ncd\nef", 7), 3u);
  EXPECT_EQ(line_of_offset("ab\ncd\nef", 999), 3u);
}

TEST(GeoOsmReaderFile, EmptyFileAndWrongRootAreFileErrors) {
  const LayerRead empty = read("");
  EXPECT_FALSE(empty.file_ok);
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_NE(empty.errors[0].message.find("empty file"), std::string::npos);

  const LayerRead blank = read("  \n");
  EXPECT_FALSE(blank.file_ok);
  EXPECT_NE(blank.errors.at(0).message.find("not well-formed XML"), std::string::npos);

  const LayerRead gpx = read("<?xml version=\"1.0\"?><gpx><wpt lat=\"1\" lon=\"2\"/></gpx>");
  EXPECT_FALSE(gpx.file_ok);
  ASSERT_EQ(gpx.errors.size(), 1u);
  EXPECT_EQ(gpx.errors[0].message, "root element is <gpx>, not <osm>: not an OSM XML file");
}

TEST(GeoOsmReaderFile, InputOverTheSizeLimitIsRefusedUnread) {
  // Left uninitialised and never touched: the reader must refuse it from its size alone.
  const std::size_t n = static_cast<std::size_t>(kMaxInputBytes) + 1;
  const std::unique_ptr<char[]> big(new char[n]);
  const LayerRead r = read_osm_xml(std::string_view(big.get(), n), "huge.osm");
  EXPECT_FALSE(r.file_ok);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("larger than the 268435456-byte limit"), std::string::npos);
}

}  // namespace
}  // namespace geo
