// Zone-to-zone car travel time and distance over the road network at given link costs (the
// "skims" the demand model reads): one shortest-path tree per origin zone.
#pragma once

#include <cstdint>
#include <vector>

#include "twin/transport/assignment.hpp"
#include "twin/transport/road_graph.hpp"

namespace twin::transport {

struct CarSkims {
  std::uint32_t zone_count = 0;
  std::vector<double> time_min;     // zone×zone row-major; the diagonal is 0
  std::vector<double> distance_km;  // along the same shortest path
  std::uint32_t unreachable_pairs = 0;  // pairs with no road path (time and distance set to kNoPathMin/Km)
};

// What an unreachable pair is given, so the demand model sees a very poor but finite car option.
inline constexpr double kNoPathMin = 600.0;
inline constexpr double kNoPathKm = 300.0;

// link_time has one entry per network link (minutes, ≥ 0); lengths come from the network.
CarSkims car_skims(const RoadAssignmentNetwork& network, const RoadGraph& graph, const std::vector<double>& link_time);

}  // namespace twin::transport
