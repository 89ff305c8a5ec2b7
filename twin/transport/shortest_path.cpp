#include "twin/transport/shortest_path.hpp"

namespace twin::transport {

namespace {

constexpr std::uint32_t kNotInHeap = 0xFFFFFFFFu;

// Binary min-heap of (cost, node) entries — the key next to the node keeps the sift loops in one
// array; heap_pos tracks each node's slot for decrease-key. Equal costs order by node id so the
// result depends only on the inputs.
struct Heap {
  using Entry = ShortestPathWorkspace::Entry;
  std::vector<Entry>& h;
  std::vector<std::uint32_t>& pos;

  static bool less(const Entry& a, const Entry& b) {
    return a.cost < b.cost || (a.cost == b.cost && a.node < b.node);
  }
  void sift_up(std::uint32_t i, Entry e) {
    while (i > 0) {
      const std::uint32_t parent = (i - 1) / 2;
      if (!less(e, h[parent])) break;
      h[i] = h[parent];
      pos[h[i].node] = i;
      i = parent;
    }
    h[i] = e;
    pos[e.node] = i;
  }
  void sift_down(std::uint32_t i, Entry e) {
    const std::uint32_t size = static_cast<std::uint32_t>(h.size());
    for (;;) {
      std::uint32_t child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && less(h[child + 1], h[child])) ++child;
      if (!less(h[child], e)) break;
      h[i] = h[child];
      pos[h[i].node] = i;
      i = child;
    }
    h[i] = e;
    pos[e.node] = i;
  }
  void push_or_decrease(std::uint32_t node, double cost) {
    if (pos[node] == kNotInHeap) {
      h.push_back({cost, node});
      sift_up(static_cast<std::uint32_t>(h.size() - 1), {cost, node});
    } else {
      sift_up(pos[node], {cost, node});
    }
  }
  std::uint32_t pop() {
    const std::uint32_t top = h[0].node;
    pos[top] = kNotInHeap;
    const Entry last = h.back();
    h.pop_back();
    if (!h.empty()) sift_down(0, last);
    return top;
  }
};

}  // namespace

void shortest_paths_from(const RoadGraph& graph, const double* link_cost, std::uint32_t origin,
                         ShortestPathWorkspace& ws, ShortestPathTree& tree, std::uint32_t settle_limit) {
  const std::uint32_t n = graph.node_count;
  tree.cost.assign(n, kUnreachable);
  tree.pred_link.assign(n, kNoLink);
  ws.heap.clear();
  ws.heap.reserve(n);
  ws.heap_pos.assign(n, kNotInHeap);
  if (origin >= n) return;
  Heap heap{ws.heap, ws.heap_pos};
  tree.cost[origin] = 0.0;
  heap.push_or_decrease(origin, 0.0);
  std::uint32_t unsettled = settle_limit;  // of nodes below settle_limit
  while (!ws.heap.empty()) {
    const std::uint32_t i = heap.pop();
    if (i < settle_limit && --unsettled == 0) break;
    if (!graph.may_leave(i, origin)) continue;  // a zone: reached, but not passed through
    const double ci = tree.cost[i];
    for (std::uint32_t k = graph.out_begin[i]; k < graph.out_begin[i + 1]; ++k) {
      const std::uint32_t a = graph.out_link[k];
      const std::uint32_t j = graph.out_to[k];
      const double cj = ci + link_cost[a];
      if (cj < tree.cost[j]) {
        tree.cost[j] = cj;
        tree.pred_link[j] = a;
        heap.push_or_decrease(j, cj);
      }
    }
  }
}

ShortestPathTree shortest_paths_from(const RoadGraph& graph, const std::vector<double>& link_cost,
                                     std::uint32_t origin) {
  ShortestPathWorkspace ws;
  ShortestPathTree tree;
  shortest_paths_from(graph, link_cost.data(), origin, ws, tree);
  return tree;
}

}  // namespace twin::transport
