// Strongly connected components of a directed graph (Tarjan 1972, "Depth-first search and linear
// graph algorithms", SIAM J. Comput. 1(2)), iterative so that a road graph of 10^6 nodes cannot
// overflow the call stack.
#pragma once

#include <cstdint>
#include <vector>

namespace geo {

struct SccResult {
  std::vector<std::uint32_t> component;   // per node; components numbered 0..count-1
  std::uint32_t count = 0;
  std::uint32_t largest = 0;              // the component with the most nodes (lowest number on a tie)
  std::uint32_t largest_size = 0;
};

// Edges k: from[k] → to[k], every index < node_count.
SccResult strongly_connected_components(std::uint32_t node_count, const std::vector<std::uint32_t>& from,
                                        const std::vector<std::uint32_t>& to);

}  // namespace geo
