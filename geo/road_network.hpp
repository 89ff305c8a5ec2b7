// Drivable lines (features of kind Road, coordinates already in the city's local metres) → the
// twin's directed road network: a node at every vertex (vertices within kSnapToleranceM are one
// node), a link per segment and allowed direction with its class, length, lanes, capacity and free
// speed (road_classes.hpp), then only the largest strongly connected part kept, so that every node
// can reach every other (the assignment and skims need that). Everything left out is counted and
// reported.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "geo/feature.hpp"
#include "twin/city/city.hpp"

namespace geo {

// Vertices closer than this are one node: tiled GeoJSON roads (Tilezen) end a few decimetres apart
// at tile edges, their coordinates being quantised by the tile encoding; OSM ways share exact nodes.
inline constexpr double kSnapToleranceM = 0.5;

struct RoadBuild {
  twin::RoadNetwork network;
  std::uint32_t links = 0;  // = network.link_count()
  std::uint32_t nodes = 0;  // = network.node_count()
  // Centre-line km (a two-way road counted once) per OSM highway class, in the order of
  // assets/geo/road_defaults.csv; a class appears in both lists when any road of it was read.
  std::vector<std::pair<std::string, double>> length_km_by_osm_class;             // kept network
  std::vector<std::pair<std::string, double>> length_km_by_osm_class_before_scc;  // every road read
  std::array<double, static_cast<std::size_t>(twin::RoadClass::Count)> length_km_by_twin_class{};  // kept
  // Dropped by the strongly-connected filter: links, their centre-line km, and the strongly
  // connected components (with at least one link end) other than the kept one.
  std::uint32_t links_dropped_not_connected = 0;
  double km_dropped_not_connected = 0.0;
  std::uint32_t components_dropped = 0;
  // Input accounting: every line of every Road feature is imported or counted here.
  std::uint32_t road_features = 0;
  std::uint32_t lines_without_class = 0;   // highway/kind_detail missing or not in road_defaults.csv
  std::uint32_t lines_invalid = 0;         // a NaN/absurd coordinate, or fewer than 2 vertices
  std::uint32_t segments_zero_length = 0;  // consecutive vertices on one node (repeated or within snap)
  std::uint32_t vertices_snapped = 0;      // vertices joined to a node first seen at another position
  // Features of other kinds, skipped here (other modules import them): kind name → count.
  std::vector<std::pair<std::string, std::uint64_t>> features_not_roads;
  std::vector<Issue> errors;    // a line that could not be imported
  std::vector<Issue> warnings;  // imported with a default, or summaries of what was dropped
};

// Never throws. file_name names the source in every issue.
RoadBuild build_road_network(const std::vector<Feature>& features, const std::string& file_name);

}  // namespace geo
