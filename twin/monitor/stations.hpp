// Monitoring stations (issue 11, item 1): where the in-situ sensors stand, read from a planner's CSV or
// laid out by default over the city's extent. Format and default network: docs/monitoring.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "twin/city/city.hpp"

namespace twin::monitor {

enum class StationKind : std::uint8_t { Tower = 0, Rooftop, Lowcost, Mobile, Count };
const char* to_string(StationKind kind);  // "tower", "rooftop", "lowcost", "mobile"
std::optional<StationKind> station_kind_from_string(std::string_view name);

struct Station {
  std::string id;
  double x_m = 0.0, y_m = 0.0;  // the city's local metric frame
  double height_m = 0.0;        // inlet height above ground
  StationKind kind = StationKind::Tower;
};

struct StationError {
  int line = 0;        // 1-based line of the CSV (0: the whole file)
  std::string field;   // "id", "x_m", "y_m", "height_m", "kind", "header", "line"
  std::string message;
};

struct StationCsv {
  std::vector<Station> stations;
  std::vector<StationError> errors;  // any error: report them and do not use `stations`
};

// CSV with the header "id,x_m,y_m,height_m,kind" (columns in any order, extra columns ignored), one
// station a line; blank lines and '#' lines skipped. Errors: a missing column, a wrong field count, an
// empty or duplicate id, a coordinate that is not a finite number or beyond ±1000 km of the origin, a
// height outside 0–1000 m, an unknown kind.
StationCsv read_stations_csv(std::string_view text);
std::string write_stations_csv(const std::vector<Station>& stations);
std::string to_string(const StationError& error);  // "line 3, height_m: …"

// The default network over the axis-aligned extent [min, max] (the city's bounds): 4 towers (100 m
// inlets) at the middle of each edge, 2 km outside it, for the background upwind whatever the wind
// ("T-N", "T-E", "T-S", "T-W"); 4 rooftop high-precision sensors (30 m) on a ring at a quarter of the
// extent around the centre plus one at the centre ("R-C", "R-1" … "R-4"); low-cost sensors (10 m) on a
// regular lattice of `lowcost_per_side` × `lowcost_per_side` inside the extent ("L-i-j").
std::vector<Station> default_network(Vec2 min, Vec2 max, int lowcost_per_side = 4);
// The city's extent: bounds of its buildings' footprints and its road nodes; false for an empty city.
bool city_extent(const City& city, Vec2* min, Vec2* max);

}  // namespace twin::monitor
