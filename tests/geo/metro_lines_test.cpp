// Metro lines from rail ways and stations (metro_lines.hpp): chaining, station placement and order,
// merging, branches and parallel tracks, what is skipped, and malformed input. Figures by hand.
#include "geo/metro_lines.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace geo {
namespace {

Feature track(std::vector<std::vector<Point>> lines, std::vector<std::pair<std::string, std::string>> tags,
              std::uint32_t index = 0) {
  Feature f;
  f.kind = FeatureKind::Rail;
  f.index = index;
  f.id = "way/" + std::to_string(index);
  f.lines = std::move(lines);
  f.attributes = std::move(tags);
  return f;
}

Feature station(Point p, std::string name, std::vector<std::pair<std::string, std::string>> tags = {{"railway", "station"}},
                std::uint32_t index = 100) {
  Feature f;
  f.kind = FeatureKind::Station;
  f.index = index;
  f.points = {p};
  f.attributes = std::move(tags);
  if (!name.empty()) f.attributes.emplace_back("name", std::move(name));
  return f;
}

bool mentions(const std::vector<Issue>& issues, const std::string& place, const std::string& text) {
  for (const Issue& i : issues)
    if (i.place.find(place) != std::string::npos && i.message.find(text) != std::string::npos) return true;
  return false;
}

std::vector<std::string> names(const twin::TransitLine& line) {
  std::vector<std::string> out;
  for (const auto& s : line.stops) out.push_back(s.name);
  return out;
}

const std::vector<std::pair<std::string, std::string>> kLine1 = {{"railway", "subway"}, {"name", "Line 1"}};

// Two pieces of a 2 km line meeting 0.5 m apart, the second drawn backwards. Stations: A 50 m off
// the start, B 30 m off at 1 km and a platform "B" 100 m on (merged: mean (1050, −10)), C at the end
// 100 m off, D 200 m off (too far), a bus stop and a subway entrance (not stations of the line).
TEST(GeoMetroLines, ChainedLineWithStationsInRunningOrder) {
  const MetroBuild r = build_metro_lines(
      {station({2000, 100}, "C"), station({1100, 10}, "B", {{"railway", "platform"}}),
       track({{{0, 0}, {1000, 0}}}, kLine1, 0), station({500, 200}, "D"), station({1000, -30}, "B"),
       track({{{2000, 0}, {1000.5, 0}}}, kLine1, 1), station({0, 50}, "A"),
       station({1500, 0}, "Bus", {{"highway", "bus_stop"}}), station({1500, 5}, "Exit A", {{"railway", "subway_entrance"}})},
      "m.osm");
  const std::vector<twin::TransitLine>& lines = r.lines;
  ASSERT_EQ(lines.size(), 1u);
  const twin::TransitLine& l = lines[0];
  EXPECT_EQ(l.name, "Line 1");
  EXPECT_EQ(l.mode, twin::TransitMode::Metro);
  EXPECT_EQ(names(l), (std::vector<std::string>{"A", "B", "C"}));
  EXPECT_DOUBLE_EQ(l.stops[1].xy.x_m, 1050.0);
  EXPECT_DOUBLE_EQ(l.stops[1].xy.y_m, -10.0);
  EXPECT_DOUBLE_EQ(l.stops[2].xy.y_m, 100.0);
  EXPECT_EQ(l.headway_min, 5.0);
  EXPECT_EQ(l.colour_rgb, 0x4E79A7u);  // first of the palette
  EXPECT_EQ(r.metro_ways, 2u);
  EXPECT_EQ(r.groups, 1u);
  EXPECT_EQ(r.stations_read, 7u);
  EXPECT_EQ(r.stations_not_metro, 2u);
  EXPECT_EQ(r.stations_unplaced, 1u);  // D
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(mentions(r.warnings, "", "1 station(s) farther than 150 m"));
  EXPECT_FALSE(mentions(r.warnings, "", "separate part"));
}

// Two same-named stations 400 m apart along the line stay two stops; a colour tag is used.
TEST(GeoMetroLines, SameNameFarApartIsNotMergedAndColourTagIsUsed) {
  auto tags = kLine1;
  tags.emplace_back("colour", "#C23A30");
  const MetroBuild r = build_metro_lines(
      {track({{{0, 0}, {1000, 0}}}, tags), station({100, 0}, "X"), station({500, 0}, "X"), station({900, 0}, "Y")}, "m");
  const std::vector<twin::TransitLine>& lines = r.lines;
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(names(lines[0]), (std::vector<std::string>{"X", "X", "Y"}));
  EXPECT_EQ(lines[0].colour_rgb, 0xC23A30u);
}

// A named line drawn as two parallel tracks 10 m apart (Tilezen/OSM map each track): the longer
// (2 km against 1.5 km) is kept and a warning says so.
TEST(GeoMetroLines, ParallelTracksKeepTheLongestChain) {
  const MetroBuild r = build_metro_lines({track({{{0, 0}, {2000, 0}}}, kLine1, 0), track({{{1500, 10}, {0, 10}}}, kLine1, 1),
                                        station({0, 5}, "A"), station({2000, 5}, "B")},
                                       "m");
  const std::vector<twin::TransitLine>& lines = r.lines;
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(names(lines[0]), (std::vector<std::string>{"A", "B"}));
  EXPECT_TRUE(mentions(r.warnings, "feature 0", "2 separate part(s)"));
  EXPECT_TRUE(mentions(r.warnings, "feature 0", "kept the longest chain, 2.00 km of 3.50 km"));
}

// A branch of 300 m off the middle of a 2 km line: the longest chain is the 2 km main line; the
// station at the branch's end (300 m off the chain) is not placed.
TEST(GeoMetroLines, BranchedLineKeepsTheLongestChain) {
  const MetroBuild r = build_metro_lines({track({{{0, 0}, {1000, 0}}}, kLine1, 0), track({{{1000, 0}, {1000, 300}}}, kLine1, 1),
                                        track({{{1000, 0}, {2000, 0}}}, kLine1, 2), station({0, 0}, "W"),
                                        station({2000, 0}, "E"), station({1000, 300}, "N")},
                                       "m");
  const std::vector<twin::TransitLine>& lines = r.lines;
  ASSERT_EQ(lines.size(), 1u);
  const auto n = names(lines[0]);
  ASSERT_EQ(n.size(), 2u);
  EXPECT_TRUE((n == std::vector<std::string>{"W", "E"}) || (n == std::vector<std::string>{"E", "W"}));
  EXPECT_TRUE(mentions(r.warnings, "feature 0", "with branches"));
  EXPECT_TRUE(mentions(r.warnings, "feature 0", "2.00 km of 2.30 km"));
  EXPECT_EQ(r.stations_unplaced, 1u);
}

// A loop line (one closed way) keeps all its stations in running order.
TEST(GeoMetroLines, LoopLine) {
  const MetroBuild r = build_metro_lines(
      {track({{{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}, {0, 0}}}, {{"railway", "subway"}, {"name", "Circle"}}),
       station({0, 1000}, "NW"), station({1000, 1000}, "NE"), station({500, 0}, "S"), station({1000, 500}, "E")},
      "m");
  const std::vector<twin::TransitLine>& lines = r.lines;
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(names(lines[0]), (std::vector<std::string>{"S", "E", "NE", "NW"}));
}

// Unnamed ways: one line per connected chain, named in order; unnamed stations get the line's name.
// Tilezen tracks (kind_detail=subway) and a light rail that names itself 轨道交通 are metro; a
// railway=rail, a funicular, a yard track and a plain light rail are not.
TEST(GeoMetroLines, UnnamedChainsAndWhatCountsAsMetro) {
  const MetroBuild r = build_metro_lines(
      {track({{{0, 0}, {1000, 0}}}, {{"railway", "subway"}}, 0), track({{{0, 5000}, {1000, 5000}}}, {{"kind", "rail"}, {"kind_detail", "subway"}}, 1),
       track({{{0, 9000}, {1000, 9000}}}, {{"railway", "light_rail"}, {"name", "上海轨道交通5号线"}}, 2),
       track({{{0, 20000}, {1000, 20000}}}, {{"railway", "light_rail"}, {"name", "Tram"}}, 3),
       track({{{0, 0}, {0, 1000}}}, {{"railway", "rail"}}, 4), track({{{0, 0}, {0, 100}}}, {{"kind_detail", "funicular"}}, 5),
       track({{{0, 0}, {0, 300}}}, {{"railway", "subway"}, {"service", "yard"}}, 6), station({0, 0}, ""),
       station({1000, 0}, ""), station({0, 5000}, "P"), station({1000, 5000}, "Q"), station({0, 9000}, "R"),
       station({1000, 9000}, "S")},
      "m");
  const std::vector<twin::TransitLine>& lines = r.lines;
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].name, "metro line 1 (unnamed)");
  EXPECT_EQ(names(lines[0]), (std::vector<std::string>{"metro line 1 (unnamed) stop 1", "metro line 1 (unnamed) stop 2"}));
  EXPECT_EQ(lines[1].name, "metro line 2 (unnamed)");
  EXPECT_EQ(lines[2].name, "上海轨道交通5号线");
  EXPECT_NE(lines[0].colour_rgb, lines[1].colour_rgb);
  EXPECT_EQ(r.metro_ways, 3u);
  EXPECT_EQ(r.rail_not_metro, 3u);
  EXPECT_EQ(r.service_tracks, 1u);
}

TEST(GeoMetroLines, TooFewOrNoStationsGiveNoLineAndAWarning) {
  MetroBuild r = build_metro_lines({track({{{0, 0}, {1000, 0}}}, kLine1), station({0, 0}, "A")}, "m");
  EXPECT_TRUE(r.lines.empty());
  EXPECT_EQ(r.groups_without_stops, 1u);
  EXPECT_TRUE(mentions(r.warnings, "feature 0", "Line 1 (1.00 km of track) has 1 station(s)"));
  r = build_metro_lines({track({{{0, 0}, {1000, 0}}}, kLine1)}, "m");
  EXPECT_TRUE(r.lines.empty());
  EXPECT_TRUE(mentions(r.warnings, "", "1 metro line(s) found but no station"));
  r = build_metro_lines({}, "m");
  EXPECT_TRUE(r.lines.empty());
  EXPECT_TRUE(r.warnings.empty());
  EXPECT_TRUE(r.errors.empty());
}

TEST(GeoMetroLines, MalformedInputIsCountedAndReported) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
    Feature empty_station;
  empty_station.kind = FeatureKind::Station;
  empty_station.index = 9;
  const MetroBuild r = build_metro_lines(
      {track({{{0, 0}, {nan, 0}}}, kLine1, 1), track({{{5, 5}, {5, 5}}}, kLine1, 2), track({}, kLine1, 3),
       track({{{0, 0}, {1000, 0}}}, kLine1, 4), station({0, 0}, "A"), station({1000, 0}, "B"),
       station({nan, 0}, "C", {{"railway", "station"}}, 8), empty_station},
      "bad.osm");
  const std::vector<twin::TransitLine>& lines = r.lines;
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(names(lines[0]), (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(r.lines_invalid, 3u);
  EXPECT_TRUE(mentions(r.errors, "feature 1 (way/1)", "not a finite coordinate"));
  EXPECT_TRUE(mentions(r.errors, "feature 2", "fewer than 2 distinct vertices"));
  EXPECT_TRUE(mentions(r.errors, "feature 3", "without line geometry"));
  EXPECT_TRUE(mentions(r.errors, "feature 8", "not a finite coordinate"));
  EXPECT_TRUE(mentions(r.errors, "feature 9", "without geometry"));
}

// The Haidian OSM extract (osm_beijing_haidian_cau/map.osm) read by the test's own minimal reader
// (the project's is geo/osm_reader): railway=subway/light_rail ways → Rail, nodes with
// railway=station/stop/halt → Station, tags as attributes, lon/lat projected with a local
// equirectangular projection on the WGS84 radii of curvature around the bounds' centre (metres to
// 1e-5 here, ample for 150 m station distances).
std::vector<Feature> read_haidian_rail() {
  std::vector<Feature> out;
  pugi::xml_document doc;
  if (!doc.load_file(CT_SHARED_DATA_DIR "/citymodels/osm_beijing_haidian_cau/map.osm")) return out;
  const pugi::xml_node osm = doc.child("osm");
  const pugi::xml_node b = osm.child("bounds");
  const double lon0 = (b.attribute("minlon").as_double() + b.attribute("maxlon").as_double()) / 2;
  const double lat0 = (b.attribute("minlat").as_double() + b.attribute("maxlat").as_double()) / 2;
  const double deg = std::acos(-1.0) / 180.0;
  constexpr double kA = 6378137.0, kF = 1 / 298.257223563;  // WGS84
  const double e2 = kF * (2 - kF), s2 = std::sin(lat0 * deg) * std::sin(lat0 * deg);
  const double kx = kA / std::sqrt(1 - e2 * s2) * std::cos(lat0 * deg) * deg;
  const double ky = kA * (1 - e2) / std::pow(1 - e2 * s2, 1.5) * deg;
  std::map<std::string, Point> nodes;
  std::uint32_t index = 0;
  for (pugi::xml_node n : osm.children()) {
    Feature f;
    f.index = index++;
    for (pugi::xml_node t : n.children("tag")) f.attributes.emplace_back(t.attribute("k").value(), t.attribute("v").value());
    const std::string* railway = f.attribute("railway");
    if (std::string(n.name()) == "node") {
      const Point p{kx * (n.attribute("lon").as_double() - lon0), ky * (n.attribute("lat").as_double() - lat0)};
      nodes[n.attribute("id").value()] = p;
      if (railway && (*railway == "station" || *railway == "stop" || *railway == "halt")) {
        f.kind = FeatureKind::Station;
        f.points = {p};
        out.push_back(std::move(f));
      }
    } else if (std::string(n.name()) == "way" && railway && (*railway == "subway" || *railway == "light_rail")) {
      f.kind = FeatureKind::Rail;
      f.lines.emplace_back();
      for (pugi::xml_node nd : n.children("nd")) {
        const auto it = nodes.find(nd.attribute("ref").value());
        if (it != nodes.end()) f.lines.back().push_back(it->second);
      }
      out.push_back(std::move(f));
    }
  }
  return out;
}

// Reference: the stop order of the file's own route relations (地铁 15号线: 俸伯 → 清华东路西口 and
// 地铁 昌平线: 西土城 → 昌平西山口; members with role stop*, distinct names of the nodes present,
// listed with /usr/bin/python3 and xml.etree), which the builder does not read. Each line is mapped
// as two tracks, so the longer chain is kept and a warning says so; all 35 station/stop nodes lie
// within 150 m of a line (station nodes and the stop positions of both tracks merge by name).
TEST(GeoMetroLines, HaidianOsmExtractStationsInTheRouteRelationsOrder) {
  const MetroBuild r = build_metro_lines(read_haidian_rail(), "map.osm");
  const std::vector<twin::TransitLine>& lines = r.lines;
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].name, "北京地铁15号线");
  EXPECT_EQ(names(lines[0]), (std::vector<std::string>{"马泉营", "崔各庄", "望京东", "望京", "望京西", "关庄", "大屯路东",
                                                        "安立路", "奥林匹克公园", "北沙滩", "六道口", "清华东路西口"}));
  EXPECT_EQ(lines[1].name, "北京地铁昌平线南延");
  EXPECT_EQ(names(lines[1]), (std::vector<std::string>{"西土城", "学院桥", "六道口", "学知园", "清河小营桥"}));
  EXPECT_EQ(r.metro_ways, 4u);
  EXPECT_EQ(r.stations_read, 35u);
  EXPECT_EQ(r.stations_unplaced, 0u);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(mentions(r.warnings, "", "\"北京地铁15号线\": its 2 track piece(s) form 2 separate part(s)"));
}

}  // namespace
}  // namespace geo
