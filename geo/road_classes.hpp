// OSM highway classes → twin road classes with per-class defaults (lanes, capacity, free speed,
// one-way), and the tags that override them (lanes, lanes:forward/backward, maxspeed, oneway,
// junction). The table is an embedded copy of assets/geo/road_defaults.csv (sources there), kept
// equal to it by the test GeoRoadClasses.EmbeddedTableEqualsCsv.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geo/feature.hpp"
#include "twin/city/city.hpp"

namespace geo {

struct RoadClassRow {
  const char* osm_highway;
  twin::RoadClass twin_class;                // functional class after GB/T 51328-2018 §12.2
  std::uint8_t lanes_per_direction_default;
  double capacity_pcu_per_lane_h;            // basic capacity per lane, CJJ 37-2012 §4.4
  double free_speed_kmh_default;             // design speed, CJJ 37-2012 §3.2
  bool oneway_default;
  const char* source;
  int year;
};

// Rows in the CSV's order (that order is also the order of the report's classes).
std::span<const RoadClassRow> road_class_rows();
// The row of an OSM highway value ("primary", "trunk_link" …); nullptr when there is none.
const RoadClassRow* find_road_class(std::string_view osm_highway);

enum class RoadDirection : std::uint8_t { Both = 0, Forward, Backward };

// What a drivable line's attributes say, defaults filled in.
struct RoadTags {
  const RoadClassRow* row = nullptr;   // nullptr: no known class (the line is not imported)
  std::string highway;                 // the class value as found ("" when absent)
  RoadDirection direction = RoadDirection::Both;
  std::uint8_t lanes_forward = 1;      // lanes in the drawing direction
  std::uint8_t lanes_backward = 1;     // lanes against it (0 for a one-way road)
  double free_speed_kmh = 0.0;
};

// The class comes from "highway", else from Tilezen's "kind_detail"; one-way from "oneway" (Tilezen
// also "is_oneway") and "junction"; lanes from "lanes" (total of a two-way road: ceil(total/2) each
// way) with "lanes:forward"/"lanes:backward" winning; speed from "maxspeed" ("50", "50 km/h",
// "30 mph"; a country keyword like "CN:urban" → the class default). A value that cannot be read
// falls back to the default with a warning naming file and place.
RoadTags read_road_tags(const Feature& feature, const std::string& file, std::vector<Issue>* warnings);

// maxspeed in km/h; nullopt for a keyword ("CN:urban", "none", "walk", "signals") or garbage;
// *garbage tells the two apart (true: the value could not be read and deserves a warning).
std::optional<double> parse_maxspeed_kmh(std::string_view text, bool* garbage);
// A lane count 1..kMaxLanesPerDirection × 2; nullopt for anything else ("2;3", "two", "0", "2.5").
std::optional<int> parse_lane_count(std::string_view text);

// More lanes than this in one direction is taken as a typing error (the widest urban expressways in
// China have 5–6 lanes per direction, GB/T 51328-2018 §12.3; 8 leaves room for collector lanes).
inline constexpr int kMaxLanesPerDirection = 8;

}  // namespace geo
