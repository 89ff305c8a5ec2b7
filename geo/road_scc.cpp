// Iterative Tarjan (road_scc.hpp): an explicit stack of (node, next edge) frames replaces recursion.
#include "geo/road_scc.hpp"

#include <algorithm>
#include <limits>

namespace geo {

SccResult strongly_connected_components(std::uint32_t node_count, const std::vector<std::uint32_t>& from,
                                        const std::vector<std::uint32_t>& to) {
  constexpr std::uint32_t kUnseen = std::numeric_limits<std::uint32_t>::max();
  // Out-edges in compressed rows, in edge order (deterministic).
  std::vector<std::uint32_t> begin(static_cast<std::size_t>(node_count) + 1, 0);
  for (std::uint32_t f : from) ++begin[f + 1];
  for (std::uint32_t n = 0; n < node_count; ++n) begin[n + 1] += begin[n];
  std::vector<std::uint32_t> targets(from.size());
  {
    std::vector<std::uint32_t> fill(begin.begin(), begin.end() - 1);
    for (std::size_t k = 0; k < from.size(); ++k) targets[fill[from[k]]++] = to[k];
  }

  SccResult r;
  r.component.assign(node_count, kUnseen);
  std::vector<std::uint32_t> index(node_count, kUnseen), low(node_count, 0);
  std::vector<bool> on_stack(node_count, false);
  std::vector<std::uint32_t> stack;
  struct Frame {
    std::uint32_t node;
    std::uint32_t next_edge;
  };
  std::vector<Frame> call;
  std::vector<std::uint32_t> sizes;
  std::uint32_t counter = 0;
  for (std::uint32_t root = 0; root < node_count; ++root) {
    if (index[root] != kUnseen) continue;
    call.push_back({root, begin[root]});
    index[root] = low[root] = counter++;
    stack.push_back(root);
    on_stack[root] = true;
    while (!call.empty()) {
      Frame& fr = call.back();
      const std::uint32_t v = fr.node;
      if (fr.next_edge < begin[v + 1]) {
        const std::uint32_t w = targets[fr.next_edge++];
        if (index[w] == kUnseen) {
          index[w] = low[w] = counter++;
          stack.push_back(w);
          on_stack[w] = true;
          call.push_back({w, begin[w]});
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      if (low[v] == index[v]) {
        std::uint32_t size = 0, w = 0;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[w] = false;
          r.component[w] = r.count;
          ++size;
        } while (w != v);
        sizes.push_back(size);
        ++r.count;
      }
      call.pop_back();
      if (!call.empty()) low[call.back().node] = std::min(low[call.back().node], low[v]);
    }
  }
  for (std::uint32_t c = 0; c < r.count; ++c)
    if (sizes[c] > r.largest_size) {
      r.largest = c;
      r.largest_size = sizes[c];
    }
  return r;
}

}  // namespace geo
