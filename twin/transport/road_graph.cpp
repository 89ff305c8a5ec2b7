#include "twin/transport/road_graph.hpp"

namespace twin::transport {

namespace {

// Counting sort of link ids by a key node: stable, so each star lists links in ascending id.
void build_star(std::uint32_t node_count, const std::vector<std::uint32_t>& key,
                std::vector<std::uint32_t>& begin, std::vector<std::uint32_t>& links) {
  begin.assign(node_count + 1, 0);
  for (const std::uint32_t n : key) ++begin[n + 1];
  for (std::uint32_t n = 0; n < node_count; ++n) begin[n + 1] += begin[n];
  links.assign(key.size(), 0);
  std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
  for (std::uint32_t a = 0; a < key.size(); ++a) links[next[key[a]]++] = a;
}

}  // namespace

RoadGraph build_road_graph(const RoadAssignmentNetwork& network) {
  RoadGraph g;
  g.node_count = network.node_count;
  g.first_thru_node = network.first_thru_node;
  g.link_from = network.link_from;
  g.link_to = network.link_to;
  build_star(g.node_count, g.link_from, g.out_begin, g.out_link);
  build_star(g.node_count, g.link_to, g.in_begin, g.in_link);
  g.out_to.resize(g.out_link.size());
  for (std::size_t k = 0; k < g.out_link.size(); ++k) g.out_to[k] = g.link_to[g.out_link[k]];
  return g;
}

}  // namespace twin::transport
