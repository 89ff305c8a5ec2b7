// One-to-all shortest paths on a RoadGraph with non-negative link costs (Dijkstra, indexed binary
// heap). Zones below first_thru_node may end a path (and the origin starts one) but are never
// passed through. Used for the relative gap, bush initialisation, and car skims.
#pragma once

#include <cstdint>
#include <limits>
#include <vector>

#include "twin/transport/road_graph.hpp"

namespace twin::transport {

inline constexpr double kUnreachable = std::numeric_limits<double>::infinity();

struct ShortestPathTree {
  std::vector<double> cost;              // per node; kUnreachable when no path
  std::vector<std::uint32_t> pred_link;  // per node: last link of the path; kNoLink at origin/unreached
};

// Scratch space reused between calls so repeated searches allocate nothing.
struct ShortestPathWorkspace {
  struct Entry {
    double cost;
    std::uint32_t node;
  };
  std::vector<Entry> heap;              // binary min-heap by (cost, node)
  std::vector<std::uint32_t> heap_pos;  // node → index in heap, or kNotInHeap
};

// link_cost has graph.link_count() entries, each finite and ≥ 0. `tree` is resized as needed.
// Ties are broken deterministically (by heap order, which depends only on the inputs).
// With settle_limit = k > 0 the search stops once nodes 0 … k−1 (e.g. the zones) are all settled:
// their costs and paths are final, other nodes' entries may be tentative.
void shortest_paths_from(const RoadGraph& graph, const double* link_cost, std::uint32_t origin,
                         ShortestPathWorkspace& workspace, ShortestPathTree& tree,
                         std::uint32_t settle_limit = 0);

// Convenience form that allocates its own workspace and result.
ShortestPathTree shortest_paths_from(const RoadGraph& graph, const std::vector<double>& link_cost,
                                     std::uint32_t origin);

}  // namespace twin::transport
