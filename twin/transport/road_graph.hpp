// Compact road graph for assignment: forward star (links grouped by tail node) and reverse star
// (links grouped by head node), both as CSR offset + link-id arrays over the network's links.
#pragma once

#include <cstdint>
#include <vector>

#include "twin/transport/assignment.hpp"

namespace twin::transport {

inline constexpr std::uint32_t kNoLink = 0xFFFFFFFFu;

struct RoadGraph {
  std::uint32_t node_count = 0;
  std::uint32_t first_thru_node = 0;  // nodes < this are path ends only (see assignment.hpp)
  std::vector<std::uint32_t> link_from, link_to;
  // Links leaving node n: out_link[out_begin[n] .. out_begin[n+1]), in ascending link id.
  std::vector<std::uint32_t> out_begin, out_link;
  std::vector<std::uint32_t> out_to;  // out_to[k] = link_to[out_link[k]], saves a lookup in searches
  // Links entering node n: in_link[in_begin[n] .. in_begin[n+1]), in ascending link id.
  std::vector<std::uint32_t> in_begin, in_link;

  std::uint32_t link_count() const { return static_cast<std::uint32_t>(link_from.size()); }
  // May a path pass through `node` (enter and leave it) when it starts at `origin`?
  bool may_leave(std::uint32_t node, std::uint32_t origin) const {
    return node >= first_thru_node || node == origin;
  }
};

// The caller guarantees every link end is < network.node_count (validate first).
RoadGraph build_road_graph(const RoadAssignmentNetwork& network);

}  // namespace twin::transport
