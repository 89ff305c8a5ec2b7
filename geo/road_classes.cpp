// Embedded copy of assets/geo/road_defaults.csv and the tag readers (road_classes.hpp).
#include "geo/road_classes.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "geo/number_text.hpp"

namespace geo {
namespace {

using twin::RoadClass;

// clang-format off
const RoadClassRow kRows[] = {
    {"motorway", RoadClass::Expressway, 3, 2200.0, 100.0, true,
     "CJJ 37-2012 城市道路工程设计规范 (2016 ed.) table 4.4.2: expressway basic capacity 2200 pcu/h/lane at the 100 km/h design speed (table 3.2.2: expressway 100/80/60 km/h); class after GB/T 51328-2018 §12.2 (快速路); 3 lanes per direction approximate (GB/T 51328-2018 §12.3: expressways 4–8 lanes two-way)",
     2012},
    {"motorway_link", RoadClass::Expressway, 1, 1800.0, 60.0, true,
     "approximate: a ramp taken at the lowest expressway design speed of CJJ 37-2012 table 3.2.2 (60 km/h) with its basic capacity 1800 pcu/h/lane (table 4.4.2); one lane",
     2012},
    {"trunk", RoadClass::Expressway, 3, 2100.0, 80.0, false,
     "CJJ 37-2012 table 4.4.2: expressway basic capacity 2100 pcu/h/lane at 80 km/h, the usual design speed of urban expressways (城市快速路, which OSM in China tags highway=trunk); class after GB/T 51328-2018 §12.2; 3 lanes per direction approximate (GB/T 51328-2018 §12.3)",
     2012},
    {"trunk_link", RoadClass::Expressway, 1, 1800.0, 60.0, false,
     "approximate: a ramp taken at the lowest expressway design speed of CJJ 37-2012 table 3.2.2 (60 km/h) with its basic capacity 1800 pcu/h/lane (table 4.4.2); one lane",
     2012},
    {"primary", RoadClass::Arterial, 3, 1700.0, 50.0, false,
     "CJJ 37-2012 table 4.4.3: basic capacity of other roads 1700 pcu/h/lane at 50 km/h, the middle of the arterial (主干路) design speeds 60/50/40 km/h (table 3.2.2); class after GB/T 51328-2018 §12.2; 3 lanes per direction approximate (arterials 6–8 lanes two-way)",
     2012},
    {"primary_link", RoadClass::Arterial, 1, 1650.0, 40.0, false,
     "approximate: a link taken at the lowest arterial design speed of CJJ 37-2012 table 3.2.2 (40 km/h) with its basic capacity 1650 pcu/h/lane (table 4.4.3); one lane",
     2012},
    {"secondary", RoadClass::Collector, 2, 1650.0, 40.0, false,
     "CJJ 37-2012 table 4.4.3: basic capacity 1650 pcu/h/lane at 40 km/h, the middle of the collector (次干路, GB/T 51328-2018 §12.2 集散道路) design speeds 50/40/30 km/h (table 3.2.2); 2 lanes per direction approximate (collectors 4–6 lanes two-way)",
     2012},
    {"secondary_link", RoadClass::Collector, 1, 1600.0, 30.0, false,
     "approximate: a link taken at the lowest collector design speed of CJJ 37-2012 table 3.2.2 (30 km/h) with its basic capacity 1600 pcu/h/lane (table 4.4.3); one lane",
     2012},
    {"tertiary", RoadClass::Local, 1, 1600.0, 30.0, false,
     "CJJ 37-2012 table 4.4.3: basic capacity 1600 pcu/h/lane at 30 km/h, the middle of the local street (支路) design speeds 40/30/20 km/h (table 3.2.2); tertiary taken as 支路 as OSM mappers in China use it (approximate); 1 lane per direction",
     2012},
    {"tertiary_link", RoadClass::Local, 1, 1600.0, 30.0, false,
     "approximate: as tertiary (CJJ 37-2012 table 4.4.3, 30 km/h, 1600 pcu/h/lane); one lane",
     2012},
    {"unclassified", RoadClass::Local, 1, 1600.0, 30.0, false,
     "approximate: a minor road taken as 支路 at 30 km/h (CJJ 37-2012 tables 3.2.2 and 4.4.3: 1600 pcu/h/lane); one lane per direction",
     2012},
    {"residential", RoadClass::Local, 1, 1400.0, 20.0, false,
     "approximate: a residential street taken as 支路 at its lowest design speed 20 km/h (CJJ 37-2012 table 3.2.2) with the basic capacity 1400 pcu/h/lane (table 4.4.3); one lane per direction",
     2012},
    {"living_street", RoadClass::Local, 1, 1400.0, 20.0, false,
     "approximate: as residential, 支路 at 20 km/h, 1400 pcu/h/lane (CJJ 37-2012 tables 3.2.2 and 4.4.3); living streets are slower in practice",
     2012},
    {"service", RoadClass::Local, 1, 1400.0, 20.0, false,
     "approximate: an access road taken as 支路 at 20 km/h, 1400 pcu/h/lane (CJJ 37-2012 tables 3.2.2 and 4.4.3); one lane per direction",
     2012},
    {"road", RoadClass::Local, 1, 1600.0, 30.0, false,
     "approximate: a road of unknown class taken as 支路 at 30 km/h, 1600 pcu/h/lane (CJJ 37-2012 tables 3.2.2 and 4.4.3)",
     2012},
};
// clang-format on

// International mile (1959 agreement) and nautical mile, exact by definition.
constexpr double kKmPerMile = 1.609344;
constexpr double kKmPerNauticalMile = 1.852;
// A speed limit outside this range is taken as a typing error: Chinese urban speed limits run from
// 5 km/h (living streets) to 120 km/h (motorways, 道路交通安全法实施条例 §78); 150 leaves room.
constexpr double kMinSpeedKmh = 5.0;
constexpr double kMaxSpeedKmh = 150.0;

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string place_of(const Feature& f) {
  return "feature " + std::to_string(f.index) + (f.id.empty() ? "" : " (" + f.id + ")");
}

const std::string* first_attribute(const Feature& f, const char* a, const char* b) {
  const std::string* v = f.attribute(a);
  return v ? v : f.attribute(b);
}

// A lane tag, or nullopt (with a warning when present but unreadable or absurd).
std::optional<int> lane_tag(const Feature& f, const char* key, int max_lanes, const std::string& file,
                            std::vector<Issue>* warnings) {
  const std::string* v = f.attribute(key);
  if (!v) return std::nullopt;
  const std::optional<int> n = parse_lane_count(*v);
  if (n && *n <= max_lanes) return n;
  warnings->push_back(Issue{file, place_of(f), std::string(key) + "=\"" + *v + "\" is not a lane count of 1.." +
                                                   std::to_string(max_lanes) + "; the class default is used"});
  return std::nullopt;
}

}  // namespace

std::span<const RoadClassRow> road_class_rows() { return kRows; }

const RoadClassRow* find_road_class(std::string_view osm_highway) {
  for (const RoadClassRow& r : kRows)
    if (osm_highway == r.osm_highway) return &r;
  return nullptr;
}

std::optional<int> parse_lane_count(std::string_view text) {
  text = trim(text);
  int n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n < 1 || n > 2 * kMaxLanesPerDirection)
    return std::nullopt;
  return n;
}

std::optional<double> parse_maxspeed_kmh(std::string_view text, bool* garbage) {
  *garbage = false;
  text = trim(text);
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text.front()))) {
    // Country/zone keywords ("CN:urban", "DE:zone30") and the OSM words for "no number"
    // (wiki.openstreetmap.org/wiki/Key:maxspeed) mean: use the class default.
    const std::string word = lower(text);
    const bool keyword = word.find(':') != std::string::npos || word == "none" || word == "walk" ||
                         word == "signals" || word == "variable";
    *garbage = !keyword;
    return std::nullopt;
  }
  double value = 0.0;
  const auto [end, ec] = double_from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc()) {
    *garbage = true;
    return std::nullopt;
  }
  const std::string unit = lower(trim(std::string_view(end, text.data() + text.size() - end)));
  if (unit == "mph") value *= kKmPerMile;
  else if (unit == "knots") value *= kKmPerNauticalMile;
  else if (!unit.empty() && unit != "km/h" && unit != "kmh" && unit != "kph") {
    *garbage = true;
    return std::nullopt;
  }
  if (!(value >= kMinSpeedKmh && value <= kMaxSpeedKmh)) {
    *garbage = true;
    return std::nullopt;
  }
  return value;
}

RoadTags read_road_tags(const Feature& f, const std::string& file, std::vector<Issue>* warnings) {
  RoadTags t;
  if (const std::string* h = first_attribute(f, "highway", "kind_detail")) t.highway = *h;
  t.row = find_road_class(t.highway);
  if (!t.row) return t;

  // One-way (wiki.openstreetmap.org/wiki/Key:oneway): yes/true/1, -1/reverse, no/false/0; a
  // roundabout and a motorway are one-way unless tagged otherwise.
  bool direction_known = false;
  if (const std::string* v = first_attribute(f, "oneway", "is_oneway")) {
    const std::string w = lower(trim(*v));
    direction_known = true;
    if (w == "yes" || w == "true" || w == "1") t.direction = RoadDirection::Forward;
    else if (w == "-1" || w == "reverse") t.direction = RoadDirection::Backward;
    else if (w == "no" || w == "false" || w == "0") t.direction = RoadDirection::Both;
    else {
      direction_known = false;
      warnings->push_back(Issue{file, place_of(f), "oneway=\"" + *v + "\" is not yes, no or -1 (a reversible or "
                                                    "alternating road?); the class default is used"});
    }
  }
  if (!direction_known) {
    const std::string* junction = f.attribute("junction");
    const bool roundabout = junction && (*junction == "roundabout" || *junction == "circular");
    t.direction = roundabout || t.row->oneway_default ? RoadDirection::Forward : RoadDirection::Both;
  }

  // Lanes (wiki Key:lanes): the total of both directions on a two-way road; lanes:forward and
  // lanes:backward, when given, win for their direction.
  const int lane_default = t.row->lanes_per_direction_default;
  const bool oneway = t.direction != RoadDirection::Both;
  const std::optional<int> total =
      lane_tag(f, "lanes", oneway ? kMaxLanesPerDirection : 2 * kMaxLanesPerDirection, file, warnings);
  const std::optional<int> fwd = lane_tag(f, "lanes:forward", kMaxLanesPerDirection, file, warnings);
  const std::optional<int> bwd = lane_tag(f, "lanes:backward", kMaxLanesPerDirection, file, warnings);
  auto two_way_side = [&](const std::optional<int>& own, const std::optional<int>& other) {
    if (own) return *own;
    if (!total) return lane_default;
    if (other && *total > *other) return std::min(*total - *other, kMaxLanesPerDirection);
    return std::min((*total + 1) / 2, kMaxLanesPerDirection);
  };
  switch (t.direction) {
    case RoadDirection::Forward:
      t.lanes_forward = static_cast<std::uint8_t>(fwd ? *fwd : total ? *total : lane_default);
      t.lanes_backward = 0;
      break;
    case RoadDirection::Backward:
      t.lanes_forward = 0;
      t.lanes_backward = static_cast<std::uint8_t>(bwd ? *bwd : total ? *total : lane_default);
      break;
    case RoadDirection::Both:
      t.lanes_forward = static_cast<std::uint8_t>(two_way_side(fwd, bwd));
      t.lanes_backward = static_cast<std::uint8_t>(two_way_side(bwd, fwd));
      break;
  }

  t.free_speed_kmh = t.row->free_speed_kmh_default;
  if (const std::string* v = f.attribute("maxspeed")) {
    bool garbage = false;
    if (const std::optional<double> kmh = parse_maxspeed_kmh(*v, &garbage)) t.free_speed_kmh = *kmh;
    else if (garbage)
      warnings->push_back(Issue{file, place_of(f), "maxspeed=\"" + *v + "\" is not a speed (e.g. \"50\", \"50 km/h\", "
                                                    "\"30 mph\") between 5 and 150 km/h; the class default " +
                                                        std::to_string(static_cast<int>(t.free_speed_kmh)) +
                                                        " km/h is used"});
  }
  return t;
}

}  // namespace geo
