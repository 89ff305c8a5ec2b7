// Metro lines from rail and station features (coordinates already in the city's local metres):
// railway=subway ways (and light_rail/monorail ones that name themselves a metro) grouped by line
// (name, else ref; unnamed ways: one line per connected chain), each group's ways chained end to end
// into one polyline, and the stations near it put in running order. The transport model needs at
// least two stops per line; a line without them is not made and a warning says so.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "geo/feature.hpp"
#include "twin/city/city.hpp"

namespace geo {

// Way ends closer than this are joined (tiled pieces of one track meet at tile edges; OSM ways share nodes).
inline constexpr double kMetroChainToleranceM = 1.0;
// A station serves a line when it lies within this distance of the line's track: a station node or
// platform sits on or beside the track, at most about a platform's length away (approximate:
// platforms are about 120–190 m long, 6-car type B to 8-car type A trains of 19–23 m cars, GB
// 50157-2013 地铁设计规范), so that a station of a crossing line 200 m off is not taken.
inline constexpr double kStationToLineMaxM = 150.0;
// Station features with one name within this distance are one station (station node, platforms,
// stop positions of a platform pair; the two ends of a long interchange stay well within it).
inline constexpr double kStationMergeM = 300.0;
// Peak headway given to every imported line: approximate, peak headways of 2–6 min on Chinese metro
// lines (China Association of Metros, 城市轨道交通2020年度统计和分析报告), and twin::TransitLine's default.
inline constexpr double kMetroPeakHeadwayMin = 5.0;

struct MetroBuild {
  std::vector<twin::TransitLine> lines;  // in order of their first way in the input
  std::uint32_t metro_ways = 0;          // rail lines taken as metro track
  std::uint32_t rail_not_metro = 0;      // Rail features of another railway (rail, tram, funicular …): skipped
  std::uint32_t service_tracks = 0;      // metro sidings, yards, crossovers (service=*): skipped
  std::uint32_t lines_invalid = 0;       // a NaN/absurd coordinate or fewer than 2 vertices: skipped
  std::uint32_t groups = 0;              // candidate lines (named groups and unnamed chains)
  std::uint32_t groups_without_stops = 0;  // candidate lines with fewer than 2 stations: not made
  std::uint32_t stations_read = 0;       // Station features
  std::uint32_t stations_not_metro = 0;  // bus stops, subway entrances, tram stops: not used
  std::uint32_t stations_unplaced = 0;   // metro stations farther than kStationToLineMaxM from every line
  std::vector<Issue> errors;
  std::vector<Issue> warnings;
};

// Never throws. file_name names the source in every issue.
MetroBuild build_metro_lines(const std::vector<Feature>& features, const std::string& file_name);

}  // namespace geo
