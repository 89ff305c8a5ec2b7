#include "twin/transport/car_skims.hpp"

#include <algorithm>

#include "twin/transport/shortest_path.hpp"

namespace twin::transport {

CarSkims car_skims(const RoadAssignmentNetwork& network, const RoadGraph& graph, const std::vector<double>& link_time) {
  const std::uint32_t zones = network.zone_count;
  CarSkims skims;
  skims.zone_count = zones;
  skims.time_min.assign(static_cast<std::uint64_t>(zones) * zones, 0.0);
  skims.distance_km.assign(static_cast<std::uint64_t>(zones) * zones, 0.0);
  ShortestPathWorkspace workspace;
  ShortestPathTree tree;
  std::vector<double> distance(graph.node_count);
  std::vector<std::uint32_t> chain;
  for (std::uint32_t o = 0; o < zones; ++o) {
    // The search may stop once every zone is settled: only zone-to-zone figures are needed.
    shortest_paths_from(graph, link_time.data(), o, workspace, tree, zones);
    // Distance along the tree to every zone, memoised: walk up from the zone to the first node
    // already known, then fill the nodes passed on the way back down.
    std::fill(distance.begin(), distance.end(), -1.0);
    distance[o] = 0.0;
    for (std::uint32_t n = 0; n < zones; ++n) {
      if (distance[n] >= 0.0 || tree.cost[n] == kUnreachable) continue;
      chain.clear();
      std::uint32_t top = n;
      while (distance[top] < 0.0 && tree.pred_link[top] != kNoLink) {
        chain.push_back(top);
        top = network.link_from[tree.pred_link[top]];
      }
      double along = distance[top] < 0.0 ? 0.0 : distance[top];
      for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        along += network.length[tree.pred_link[*it]];
        distance[*it] = along;
      }
    }
    for (std::uint32_t d = 0; d < zones; ++d) {
      if (d == o) continue;
      const std::uint64_t k = static_cast<std::uint64_t>(o) * zones + d;
      if (tree.cost[d] == kUnreachable) {
        skims.time_min[k] = kNoPathMin;
        skims.distance_km[k] = kNoPathKm;
        ++skims.unreachable_pairs;
      } else {
        skims.time_min[k] = tree.cost[d];
        skims.distance_km[k] = distance[d];
      }
    }
  }
  return skims;
}

}  // namespace twin::transport
