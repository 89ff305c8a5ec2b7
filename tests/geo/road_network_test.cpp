// Road classes, tag parsing and the road network built from drivable lines (road_classes.hpp,
// road_network.hpp, road_scc.hpp): synthetic cases with hand-computed figures, malformed input, and
// the Jing'an OSM roads against an independent python computation.
#include "geo/road_network.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "geo/road_classes.hpp"
#include "geo/road_scc.hpp"
#include "tests/twin/emissions/csv_test_util.hpp"

namespace geo {
namespace {

using twin::RoadClass;

Feature road(std::vector<std::vector<Point>> lines, std::vector<std::pair<std::string, std::string>> tags,
             std::uint32_t index = 0) {
  Feature f;
  f.kind = FeatureKind::Road;
  f.index = index;
  f.id = "way/" + std::to_string(100 + index);
  f.lines = std::move(lines);
  f.attributes = std::move(tags);
  return f;
}

double km_of(const std::vector<std::pair<std::string, double>>& by_class, const std::string& cls) {
  for (const auto& [name, km] : by_class)
    if (name == cls) return km;
  return -1.0;
}

bool has_link(const twin::RoadNetwork& n, twin::Vec2 a, twin::Vec2 b) {
  for (std::uint32_t k = 0; k < n.link_count(); ++k) {
    const twin::Vec2 p = n.node_xy[n.link_from[k]], q = n.node_xy[n.link_to[k]];
    if (p.x_m == a.x_m && p.y_m == a.y_m && q.x_m == b.x_m && q.y_m == b.y_m) return true;
  }
  return false;
}

bool mentions(const std::vector<Issue>& issues, const std::string& place, const std::string& text) {
  for (const Issue& i : issues)
    if (i.place.find(place) != std::string::npos && i.message.find(text) != std::string::npos) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Class table

TEST(GeoRoadClasses, EmbeddedTableEqualsCsv) {
  const std::string text = twin::test::read_text_file(CT_ASSETS_DIR "/geo/road_defaults.csv");
  ASSERT_FALSE(text.empty()) << "cannot read assets/geo/road_defaults.csv";
  EXPECT_EQ(text.substr(0, text.find('\n')),
            "osm_highway,twin_class,lanes_per_direction_default,capacity_pcu_per_lane_h,free_speed_kmh_default,"
            "oneway_default,source,year");
  const std::vector<twin::test::CsvRow> csv = twin::test::parse_csv(text);
  const auto rows = road_class_rows();
  ASSERT_EQ(csv.size(), rows.size());
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const RoadClassRow& r = rows[i];
    EXPECT_EQ(csv[i].at("osm_highway"), r.osm_highway) << i;
    EXPECT_EQ(csv[i].at("twin_class"), twin::to_string(r.twin_class)) << r.osm_highway;
    EXPECT_EQ(std::stoi(csv[i].at("lanes_per_direction_default")), r.lanes_per_direction_default) << r.osm_highway;
    EXPECT_EQ(std::stod(csv[i].at("capacity_pcu_per_lane_h")), r.capacity_pcu_per_lane_h) << r.osm_highway;
    EXPECT_EQ(std::stod(csv[i].at("free_speed_kmh_default")), r.free_speed_kmh_default) << r.osm_highway;
    EXPECT_EQ(csv[i].at("oneway_default"), r.oneway_default ? "yes" : "no") << r.osm_highway;
    EXPECT_EQ(csv[i].at("source"), r.source) << r.osm_highway;
    EXPECT_EQ(std::stoi(csv[i].at("year")), r.year) << r.osm_highway;
    EXPECT_NE(std::string(r.source).find("CJJ 37-2012"), std::string::npos) << r.osm_highway;
  }
  // Every class of the issue is there; motorways are one-way by default (wiki Key:oneway).
  for (const char* c : {"motorway", "motorway_link", "trunk", "trunk_link", "primary", "primary_link", "secondary",
                        "secondary_link", "tertiary", "tertiary_link", "unclassified", "residential",
                        "living_street", "service", "road"})
    EXPECT_NE(find_road_class(c), nullptr) << c;
  EXPECT_TRUE(find_road_class("motorway")->oneway_default);
  EXPECT_TRUE(find_road_class("motorway_link")->oneway_default);
  EXPECT_FALSE(find_road_class("primary")->oneway_default);
  EXPECT_EQ(find_road_class("footway"), nullptr);
  // CJJ 37-2012 table 4.4.2/4.4.3 basic capacities at the chosen design speeds.
  EXPECT_EQ(find_road_class("trunk")->capacity_pcu_per_lane_h, 2100.0);
  EXPECT_EQ(find_road_class("trunk")->free_speed_kmh_default, 80.0);
  EXPECT_EQ(find_road_class("primary")->capacity_pcu_per_lane_h, 1700.0);
  EXPECT_EQ(find_road_class("primary")->twin_class, RoadClass::Arterial);
  EXPECT_EQ(find_road_class("secondary")->twin_class, RoadClass::Collector);
  EXPECT_EQ(find_road_class("residential")->twin_class, RoadClass::Local);
}

TEST(GeoRoadClasses, LaneCounts) {
  EXPECT_EQ(parse_lane_count("2"), 2);
  EXPECT_EQ(parse_lane_count(" 4 "), 4);
  EXPECT_EQ(parse_lane_count("16"), 16);
  EXPECT_FALSE(parse_lane_count("17"));
  EXPECT_FALSE(parse_lane_count("0"));
  EXPECT_FALSE(parse_lane_count("-2"));
  EXPECT_FALSE(parse_lane_count("2;3"));
  EXPECT_FALSE(parse_lane_count("2.5"));
  EXPECT_FALSE(parse_lane_count("two"));
  EXPECT_FALSE(parse_lane_count(""));
}

TEST(GeoRoadClasses, MaxspeedValues) {
  bool garbage = true;
  EXPECT_EQ(parse_maxspeed_kmh("50", &garbage), 50.0);
  EXPECT_FALSE(garbage);
  EXPECT_EQ(parse_maxspeed_kmh("50 km/h", &garbage), 50.0);
  EXPECT_EQ(parse_maxspeed_kmh("60kmh", &garbage), 60.0);
  // 30 mph × 1.609344 km/mile (international mile) = 48.28032 km/h.
  EXPECT_DOUBLE_EQ(*parse_maxspeed_kmh("30 mph", &garbage), 48.28032);
  EXPECT_FALSE(parse_maxspeed_kmh("CN:urban", &garbage));
  EXPECT_FALSE(garbage);  // a keyword: the class default, no warning
  EXPECT_FALSE(parse_maxspeed_kmh("none", &garbage));
  EXPECT_FALSE(garbage);
  for (const char* bad : {"fast", "50 furlongs", "500", "0", "", "nan", "1e400"}) {
    EXPECT_FALSE(parse_maxspeed_kmh(bad, &garbage)) << bad;
    EXPECT_TRUE(garbage) << bad;
  }
}

TEST(GeoRoadClasses, TagsGiveDirectionLanesAndSpeed) {
  std::vector<Issue> w;
  auto tags = [&](std::vector<std::pair<std::string, std::string>> a) {
    return read_road_tags(road({{{0, 0}, {1, 0}}}, std::move(a), 7), "t.osm", &w);
  };
  RoadTags t = tags({{"highway", "primary"}});
  EXPECT_EQ(t.direction, RoadDirection::Both);
  EXPECT_EQ(t.lanes_forward, 3);  // class default
  EXPECT_EQ(t.lanes_backward, 3);
  EXPECT_EQ(t.free_speed_kmh, 50.0);

  t = tags({{"highway", "secondary"}, {"lanes", "5"}, {"maxspeed", "40 km/h"}});
  EXPECT_EQ(t.lanes_forward, 3);  // ceil(5 / 2)
  EXPECT_EQ(t.lanes_backward, 3);
  EXPECT_EQ(t.free_speed_kmh, 40.0);
  t = tags({{"highway", "secondary"}, {"lanes", "4"}, {"lanes:forward", "3"}});
  EXPECT_EQ(t.lanes_forward, 3);
  EXPECT_EQ(t.lanes_backward, 1);  // the rest of the total
  t = tags({{"highway", "secondary"}, {"lanes", "4"}, {"lanes:forward", "1"}, {"lanes:backward", "2"}});
  EXPECT_EQ(t.lanes_forward, 1);
  EXPECT_EQ(t.lanes_backward, 2);

  for (const char* yes : {"yes", "true", "1", " Yes "}) {
    t = tags({{"highway", "tertiary"}, {"oneway", yes}, {"lanes", "3"}});
    EXPECT_EQ(t.direction, RoadDirection::Forward) << yes;
    EXPECT_EQ(t.lanes_forward, 3) << yes;  // all lanes of a one-way road go one way
    EXPECT_EQ(t.lanes_backward, 0) << yes;
  }
  for (const char* rev : {"-1", "reverse"}) {
    t = tags({{"highway", "tertiary"}, {"oneway", rev}});
    EXPECT_EQ(t.direction, RoadDirection::Backward) << rev;
    EXPECT_EQ(t.lanes_forward, 0);
    EXPECT_EQ(t.lanes_backward, 1);
  }
  for (const char* no : {"no", "false", "0"})
    EXPECT_EQ(tags({{"highway", "motorway"}, {"oneway", no}}).direction, RoadDirection::Both) << no;
  EXPECT_EQ(tags({{"highway", "motorway"}}).direction, RoadDirection::Forward);
  EXPECT_EQ(tags({{"highway", "motorway_link"}}).direction, RoadDirection::Forward);
  EXPECT_EQ(tags({{"highway", "residential"}, {"junction", "roundabout"}}).direction, RoadDirection::Forward);
  // Tilezen: the class in kind_detail, one-way in oneway or is_oneway.
  t = tags({{"kind", "major_road"}, {"kind_detail", "trunk_link"}, {"is_oneway", "true"}});
  ASSERT_NE(t.row, nullptr);
  EXPECT_EQ(t.highway, "trunk_link");
  EXPECT_EQ(t.direction, RoadDirection::Forward);
  EXPECT_TRUE(w.empty());

  // Unreadable values fall back to the defaults with a warning naming the place and the value.
  t = tags({{"highway", "primary"}, {"lanes", "2;3"}, {"maxspeed", "fast"}, {"oneway", "reversible"}});
  EXPECT_EQ(t.lanes_forward, 3);
  EXPECT_EQ(t.free_speed_kmh, 50.0);
  EXPECT_EQ(t.direction, RoadDirection::Both);
  ASSERT_EQ(w.size(), 3u);
  EXPECT_TRUE(mentions(w, "feature 7 (way/107)", "lanes=\"2;3\""));
  EXPECT_TRUE(mentions(w, "feature 7", "maxspeed=\"fast\""));
  EXPECT_TRUE(mentions(w, "feature 7", "oneway=\"reversible\""));
  w.clear();
  t = tags({{"highway", "primary"}, {"oneway", "yes"}, {"lanes", "12"}});  // 12 lanes one way: a typo
  EXPECT_EQ(t.lanes_forward, 3);
  EXPECT_EQ(w.size(), 1u);
  w.clear();
  EXPECT_EQ(tags({{"highway", "footway"}}).row, nullptr);
  EXPECT_EQ(tags({{"name", "x"}}).row, nullptr);
}

// ---------------------------------------------------------------------------------------------
// Network

// An L-shaped two-way primary street: 100 m east then 50 m north → 3 nodes, 4 links.
TEST(GeoRoadNetwork, TwoWayStreetGivesALinkEachWay) {
  const RoadBuild b = build_road_network({road({{{0, 0}, {100, 0}, {100, 50}}}, {{"highway", "primary"}})}, "t.osm");
  EXPECT_TRUE(b.errors.empty());
  EXPECT_TRUE(b.warnings.empty());
  const twin::RoadNetwork& n = b.network;
  ASSERT_EQ(n.node_count(), 3u);
  ASSERT_EQ(n.link_count(), 4u);
  EXPECT_EQ(b.links, 4u);
  EXPECT_EQ(b.nodes, 3u);
  // Nodes in order of first appearance.
  EXPECT_EQ(n.node_xy[0].x_m, 0.0);
  EXPECT_EQ(n.node_xy[2].y_m, 50.0);
  EXPECT_EQ(n.link_from[0], 0u);
  EXPECT_EQ(n.link_to[0], 1u);
  EXPECT_EQ(n.link_from[1], 1u);
  EXPECT_EQ(n.link_to[1], 0u);
  EXPECT_EQ(n.link_length_m[0], 100.0);
  EXPECT_EQ(n.link_length_m[3], 50.0);
  for (std::uint32_t k = 0; k < 4; ++k) {
    EXPECT_EQ(n.link_class[k], RoadClass::Arterial);
    EXPECT_EQ(n.link_lanes[k], 3);
    EXPECT_EQ(n.link_capacity_vph[k], 3 * 1700.0);  // lanes × CJJ 37-2012 basic capacity at 50 km/h
    EXPECT_EQ(n.link_free_speed_kmh[k], 50.0);
  }
  EXPECT_DOUBLE_EQ(km_of(b.length_km_by_osm_class, "primary"), 0.15);  // centre line, counted once
  EXPECT_DOUBLE_EQ(km_of(b.length_km_by_osm_class_before_scc, "primary"), 0.15);
  EXPECT_DOUBLE_EQ(b.length_km_by_twin_class[static_cast<int>(RoadClass::Arterial)], 0.15);
  EXPECT_EQ(b.links_dropped_not_connected, 0u);
}

// A one-way block (square of 100 m sides, drawn anticlockwise) keeps one link per side in the
// drawing direction; oneway=-1 reverses them; a roundabout ring is one-way without a oneway tag.
TEST(GeoRoadNetwork, OneWayReverseAndRoundabout) {
  const std::vector<Point> square = {{0, 0}, {100, 0}, {100, 100}, {0, 100}, {0, 0}};
  RoadBuild b = build_road_network({road({square}, {{"highway", "secondary"}, {"oneway", "yes"}, {"lanes", "2"}})}, "t");
  ASSERT_EQ(b.network.node_count(), 4u);  // the closing vertex is the first node
  ASSERT_EQ(b.network.link_count(), 4u);
  EXPECT_TRUE(has_link(b.network, {0, 0}, {100, 0}));
  EXPECT_FALSE(has_link(b.network, {100, 0}, {0, 0}));
  EXPECT_EQ(b.network.link_lanes[0], 2);
  EXPECT_EQ(b.network.link_capacity_vph[0], 2 * 1650.0);
  EXPECT_DOUBLE_EQ(km_of(b.length_km_by_osm_class, "secondary"), 0.4);

  b = build_road_network({road({square}, {{"highway", "secondary"}, {"oneway", "-1"}})}, "t");
  ASSERT_EQ(b.network.link_count(), 4u);
  EXPECT_TRUE(has_link(b.network, {100, 0}, {0, 0}));
  EXPECT_FALSE(has_link(b.network, {0, 0}, {100, 0}));

  b = build_road_network({road({square}, {{"highway", "tertiary"}, {"junction", "roundabout"}})}, "t");
  ASSERT_EQ(b.network.link_count(), 4u);
  EXPECT_TRUE(has_link(b.network, {100, 100}, {0, 100}));
  EXPECT_FALSE(has_link(b.network, {0, 100}, {100, 100}));
}

// Two pieces of one road clipped at a tile edge end 0.2 m apart (0.2² = 0.04 < 0.5²): one node.
// At 0.6 m they stay apart, and the smaller piece goes with the strongly-connected filter.
TEST(GeoRoadNetwork, TiledPiecesSnapWithinHalfAMetre) {
  const std::vector<std::pair<std::string, std::string>> tags = {{"kind", "minor_road"}, {"kind_detail", "residential"}};
  RoadBuild b = build_road_network(
      {road({{{0, 0}, {100, 0}}}, tags, 0), road({{{100.2, 0}, {200, 0}}}, tags, 1)}, "roads.geojson");
  EXPECT_EQ(b.network.node_count(), 3u);
  EXPECT_EQ(b.network.link_count(), 4u);
  EXPECT_EQ(b.vertices_snapped, 1u);
  EXPECT_EQ(b.network.link_length_m[2], 100.0);  // from the first node's position (100, 0) to (200, 0)
  EXPECT_EQ(b.links_dropped_not_connected, 0u);

  b = build_road_network({road({{{0, 0}, {100, 0}}}, tags, 0), road({{{100.6, 0}, {150, 0}}}, tags, 1)}, "r");
  EXPECT_EQ(b.network.node_count(), 2u);
  EXPECT_EQ(b.vertices_snapped, 0u);
  EXPECT_EQ(b.links_dropped_not_connected, 2u);
  EXPECT_NEAR(b.km_dropped_not_connected, 0.0494, 1e-12);  // 150 − 100.6 m
  EXPECT_EQ(b.components_dropped, 1u);
}

// A two-way block of 4 × 100 m, a separate two-way street of 30 m 1 km away, and a one-way spur of
// 40 m leaving the block (a dead end: its end node cannot get back). Kept: the block (8 links,
// 0.4 km); dropped: 2 + 1 links, 0.03 + 0.04 = 0.07 km, in 2 components (the far street, the spur's end).
TEST(GeoRoadNetwork, StronglyConnectedFilterDropsIsolatedPiecesAndReportsThem) {
  const RoadBuild b = build_road_network(
      {road({{{0, 0}, {100, 0}, {100, 100}, {0, 100}, {0, 0}}}, {{"highway", "tertiary"}}, 0),
       road({{{1000, 0}, {1030, 0}}}, {{"highway", "residential"}}, 1),
       road({{{100, 100}, {140, 100}}}, {{"highway", "service"}, {"oneway", "yes"}}, 2)},
      "t.osm");
  EXPECT_EQ(b.network.node_count(), 4u);
  EXPECT_EQ(b.network.link_count(), 8u);
  EXPECT_EQ(b.links_dropped_not_connected, 3u);
  EXPECT_NEAR(b.km_dropped_not_connected, 0.07, 1e-12);
  EXPECT_EQ(b.components_dropped, 2u);
  EXPECT_DOUBLE_EQ(km_of(b.length_km_by_osm_class, "tertiary"), 0.4);
  EXPECT_DOUBLE_EQ(km_of(b.length_km_by_osm_class, "residential"), 0.0);
  EXPECT_DOUBLE_EQ(km_of(b.length_km_by_osm_class_before_scc, "residential"), 0.03);
  EXPECT_DOUBLE_EQ(km_of(b.length_km_by_osm_class_before_scc, "service"), 0.04);
  EXPECT_DOUBLE_EQ(b.length_km_by_twin_class[static_cast<int>(RoadClass::Local)], 0.4);
  // Renumbered compactly, every link end a kept node.
  for (std::uint32_t k = 0; k < b.network.link_count(); ++k) {
    EXPECT_LT(b.network.link_from[k], 4u);
    EXPECT_LT(b.network.link_to[k], 4u);
  }
  EXPECT_TRUE(mentions(b.warnings, "", "dropped 3 links (0.070 km of road) in 2 part(s)"));
}

// Bad input: every line is imported or counted, with an issue naming file and feature.
TEST(GeoRoadNetwork, MalformedInputIsCountedAndReported) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  Feature building;
  building.kind = FeatureKind::Building;
  Feature no_lines = road({}, {{"highway", "primary"}}, 4);
  const RoadBuild b = build_road_network(
      {road({{{0, 0}, {100, 0}, {100, 100}, {0, 0}}}, {{"highway", "primary"}}, 0),
       road({{{0, 0}, {nan, 5}}}, {{"highway", "primary"}}, 1),
       road({{{0, 0}, {1e12, 0}}}, {{"highway", "primary"}}, 2),
       road({{{5, 5}}}, {{"highway", "primary"}}, 3), no_lines,
       road({{{0, 0}, {0, 0}, {0.1, 0}, {50, 50}}}, {{"highway", "track"}}, 5),
       road({{{0, 0}, {10, 10}}, {{20, 20}, {30, 30}}}, {{"highway", "track"}}, 6),
       road({{{0, 0}, {0, 0}, {0.3, 0}, {100, 0}}}, {{"highway", "primary"}}, 7), building},
      "bad.osm");
  EXPECT_EQ(b.road_features, 8u);
  EXPECT_EQ(b.lines_invalid, 4u);
  EXPECT_EQ(b.lines_without_class, 3u);
  EXPECT_EQ(b.segments_zero_length, 2u);  // feature 7: a repeated vertex and one 0.3 m away
  EXPECT_TRUE(mentions(b.errors, "feature 1 (way/101)", "vertex 1 is not a finite coordinate"));
  EXPECT_TRUE(mentions(b.errors, "feature 2", "vertex 1 is not a finite coordinate"));
  EXPECT_TRUE(mentions(b.errors, "feature 3", "fewer than 2 vertices"));
  EXPECT_TRUE(mentions(b.errors, "feature 4", "without line geometry"));
  EXPECT_TRUE(mentions(b.warnings, "feature 5", "3 road line(s) with highway=\"track\""));
  ASSERT_EQ(b.features_not_roads.size(), 1u);
  EXPECT_EQ(b.features_not_roads[0].first, to_string(FeatureKind::Building));
  EXPECT_EQ(b.features_not_roads[0].second, 1u);
  EXPECT_EQ(b.network.node_count(), 3u);  // the triangle; feature 7's segment shares its edge nodes
  EXPECT_EQ(b.network.link_count(), 8u);  // triangle 6 + feature 7's (0,0)-(100,0) twice more
}

TEST(GeoRoadNetwork, NoRoadsGivesAnEmptyNetworkAndAWarning) {
  RoadBuild b = build_road_network({}, "empty.geojson");
  EXPECT_EQ(b.network.node_count(), 0u);
  EXPECT_EQ(b.network.link_count(), 0u);
  EXPECT_TRUE(mentions(b.warnings, "", "no drivable road"));
  // Only one-way links without a way back: nothing is strongly connected.
  b = build_road_network({road({{{0, 0}, {10, 0}, {20, 0}}}, {{"highway", "primary"}, {"oneway", "yes"}})}, "t");
  EXPECT_EQ(b.network.link_count(), 0u);
  EXPECT_EQ(b.links_dropped_not_connected, 2u);
  EXPECT_NEAR(b.km_dropped_not_connected, 0.02, 1e-15);
  EXPECT_TRUE(mentions(b.warnings, "", "no two road nodes reach each other"));
}

// A one-way ring of 10^6 nodes is one component (a recursive Tarjan would overflow the stack), and
// a chain of 10^6 one-way links is 10^6 components.
TEST(GeoRoadScc, MillionNodeRingAndChain) {
  const std::uint32_t n = 1'000'000;
  std::vector<std::uint32_t> from(n), to(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    from[i] = i;
    to[i] = (i + 1) % n;
  }
  SccResult r = strongly_connected_components(n, from, to);
  EXPECT_EQ(r.count, 1u);
  EXPECT_EQ(r.largest_size, n);
  from.pop_back();
  to.pop_back();
  r = strongly_connected_components(n, from, to);
  EXPECT_EQ(r.count, n);
  EXPECT_EQ(r.largest_size, 1u);
}

// Two 2-cycles joined one way (0⇄1 → 2⇄3) and a lone node: 3 components, first largest kept.
TEST(GeoRoadScc, SmallGraph) {
  const SccResult r = strongly_connected_components(5, {0, 1, 1, 2, 3}, {1, 0, 2, 3, 2});
  EXPECT_EQ(r.count, 3u);
  EXPECT_EQ(r.component[0], r.component[1]);
  EXPECT_EQ(r.component[2], r.component[3]);
  EXPECT_NE(r.component[0], r.component[2]);
  EXPECT_EQ(r.largest_size, 2u);
}

// ---------------------------------------------------------------------------------------------
// Jing'an OSM roads (osm_shanghai_jingan_roads/shanghai.osm, OSMnx export, 796 ways)

// The test's own minimal OSM reader (the project's reader is geo/osm_reader): nodes' lon/lat, ways
// with a highway tag → Road features with the tags as attributes, projected with an
// equirectangular projection around the bounds' centre: x = N·cos(lat0)·Δlon, y = M·Δlat with the
// WGS84 radii of curvature at lat0 (N prime vertical, M meridian). A sphere of the mean radius
// 6371008.8 m would be off by +0.2 % east and −0.3 % north at 31.2° N: +0.037 % on the whole file
// but up to 0.17 % on a class of few, mostly north–south ways (unclassified), more than the 0.1 %
// tolerance the issue set; with M and N the error against the geodesic is 1e-6 on this file (pyproj).
std::vector<Feature> read_jingan_ways() {
  std::vector<Feature> out;
  pugi::xml_document doc;
  if (!doc.load_file(CT_SHARED_DATA_DIR "/citymodels/osm_shanghai_jingan_roads/shanghai.osm")) return out;
  const pugi::xml_node osm = doc.child("osm");
  const pugi::xml_node bounds = osm.child("bounds");
  const double lon0 = (bounds.attribute("minlon").as_double() + bounds.attribute("maxlon").as_double()) / 2;
  const double lat0 = (bounds.attribute("minlat").as_double() + bounds.attribute("maxlat").as_double()) / 2;
  const double deg = std::acos(-1.0) / 180.0;
  constexpr double kA = 6378137.0, kF = 1 / 298.257223563;  // WGS84 (NIMA TR8350.2)
  const double e2 = kF * (2 - kF), s2 = std::sin(lat0 * deg) * std::sin(lat0 * deg);
  const double radius_n = kA / std::sqrt(1 - e2 * s2);
  const double radius_m = kA * (1 - e2) / std::pow(1 - e2 * s2, 1.5);
  std::map<std::string, Point> nodes;
  for (pugi::xml_node n : osm.children("node"))
    nodes[n.attribute("id").value()] =
        Point{radius_n * std::cos(lat0 * deg) * (n.attribute("lon").as_double() - lon0) * deg,
              radius_m * (n.attribute("lat").as_double() - lat0) * deg};
  std::uint32_t index = 0;
  for (pugi::xml_node w : osm.children("way")) {
    Feature f;
    f.index = index++;
    f.id = std::string("way/") + w.attribute("id").value();
    for (pugi::xml_node t : w.children("tag")) f.attributes.emplace_back(t.attribute("k").value(), t.attribute("v").value());
    f.kind = f.attribute("highway") ? FeatureKind::Road : FeatureKind::Other;
    f.lines.emplace_back();
    for (pugi::xml_node nd : w.children("nd")) f.lines.back().push_back(nodes.at(nd.attribute("ref").value()));
    out.push_back(std::move(f));
  }
  return out;
}

// Reference figures: /usr/bin/python3 with pyproj 3.4.1 and scipy 1.10.1 — per way, consecutive
// repeated node refs dropped, segment lengths pyproj.Geod(ellps='WGS84').inv summed per highway
// class (= Geod.line_length per way); the directed graph on OSM node ids (a link per segment and
// direction; oneway is yes or no on every way here) through
// scipy.sparse.csgraph.connected_components(directed=True, connection='strong'), the largest kept:
// 2458 nodes, 3387 links, 800 strong components, the largest 1505 nodes and 2022 links.
// 1e-4: the test's projection is within 1e-6 of the geodesic here (see above); the rest is margin.
TEST(GeoRoadNetwork, JinganOsmLengthsByClassMatchAGeodesicComputation) {
  const std::vector<Feature> features = read_jingan_ways();
  ASSERT_EQ(features.size(), 796u);
  const RoadBuild b = build_road_network(features, "shanghai.osm");
  EXPECT_TRUE(b.errors.empty()) << to_string(b.errors.front());
  EXPECT_EQ(b.lines_without_class, 0u);
  EXPECT_EQ(b.lines_invalid, 0u);
  const std::map<std::string, std::pair<double, double>> reference_km = {  // class → (before, after)
      {"living_street", {1.007187, 0.000000}}, {"primary", {17.112309, 14.381349}},
      {"primary_link", {0.635449, 0.309535}},  {"residential", {29.193694, 16.194769}},
      {"secondary", {20.134605, 14.548557}},   {"secondary_link", {0.566462, 0.000000}},
      {"tertiary", {13.237487, 9.172875}},     {"tertiary_link", {0.278642, 0.171348}},
      {"trunk", {10.049144, 3.670383}},        {"trunk_link", {9.524958, 5.317478}},
      {"unclassified", {0.225768, 0.220277}}};
  ASSERT_EQ(b.length_km_by_osm_class_before_scc.size(), reference_km.size());
  double before = 0.0, after = 0.0;
  for (const auto& [cls, km] : reference_km) {
    EXPECT_NEAR(km_of(b.length_km_by_osm_class_before_scc, cls), km.first, 1e-4 * km.first) << cls;
    EXPECT_NEAR(km_of(b.length_km_by_osm_class, cls), km.second, 1e-4 * km.second) << cls;
    before += km_of(b.length_km_by_osm_class_before_scc, cls);
    after += km_of(b.length_km_by_osm_class, cls);
  }
  EXPECT_NEAR(before, 101.965705, 1e-4 * 101.965705);
  EXPECT_NEAR(after, 63.986572, 1e-4 * 63.986572);
  EXPECT_NEAR(b.km_dropped_not_connected, before - after, 1e-9);
  EXPECT_EQ(b.nodes, 1505u);
  EXPECT_EQ(b.links, 2022u);
  EXPECT_EQ(b.links_dropped_not_connected, 3387u - 2022u);
  EXPECT_EQ(b.components_dropped, 799u);
  // Twin class lengths add up to the kept centre line.
  double twin_km = 0.0;
  for (double km : b.length_km_by_twin_class) twin_km += km;
  EXPECT_NEAR(twin_km, after, 1e-9);
  // 32 ways carry maxspeed (30, 40 or 50 km/h): their links run at the limit.
  std::set<double> speeds(b.network.link_free_speed_kmh.begin(), b.network.link_free_speed_kmh.end());
  EXPECT_TRUE(speeds.count(40.0));
}

}  // namespace
}  // namespace geo
