// One-to-all shortest paths (Dijkstra) against a brute-force Bellman–Ford on random graphs with
// zero-cost links, parallel links and zones that may not be passed through.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

#include "twin/transport/road_graph.hpp"
#include "twin/transport/shortest_path.hpp"

namespace {

using namespace twin::transport;

RoadAssignmentNetwork random_network(std::uint32_t seed, std::uint32_t nodes, std::uint32_t zones,
                                     std::uint32_t first_thru, std::uint32_t links) {
  std::mt19937 rng(seed);
  RoadAssignmentNetwork net;
  net.node_count = nodes;
  net.zone_count = zones;
  net.first_thru_node = first_thru;
  for (std::uint32_t a = 0; a < links; ++a) {
    net.link_from.push_back(static_cast<std::uint32_t>(rng() % nodes));
    net.link_to.push_back(static_cast<std::uint32_t>(rng() % nodes));
  }
  return net;
}

std::vector<double> random_costs(std::uint32_t seed, std::uint32_t links) {
  std::mt19937 rng(seed * 7919u + 1u);
  std::vector<double> cost(links);
  for (double& c : cost) {
    const std::uint32_t kind = rng() % 4;
    c = kind == 0 ? 0.0 : static_cast<double>(rng() % 1000) / 8.0;  // a quarter of links cost 0
  }
  return cost;
}

// Bellman–Ford: relax every link until nothing changes; a link may be used only if its tail is the
// origin or a pass-through node.
std::vector<double> bellman_ford(const RoadAssignmentNetwork& net, const std::vector<double>& cost,
                                 std::uint32_t origin) {
  std::vector<double> dist(net.node_count, kUnreachable);
  dist[origin] = 0.0;
  for (std::uint32_t round = 0; round < net.node_count; ++round) {
    bool changed = false;
    for (std::uint32_t a = 0; a < net.link_count(); ++a) {
      const std::uint32_t i = net.link_from[a];
      if (dist[i] == kUnreachable || (i < net.first_thru_node && i != origin)) continue;
      if (dist[i] + cost[a] < dist[net.link_to[a]]) {
        dist[net.link_to[a]] = dist[i] + cost[a];
        changed = true;
      }
    }
    if (!changed) break;
  }
  return dist;
}

TEST(ShortestPath, MatchesBellmanFordOnRandomGraphs) {
  for (std::uint32_t seed = 1; seed <= 12; ++seed) {
    const std::uint32_t nodes = 20 + seed * 5, zones = 4 + seed % 7;
    const std::uint32_t first_thru = seed % 3 == 0 ? 0 : zones;  // some graphs let zones be passed
    const RoadAssignmentNetwork net = random_network(seed, nodes, zones, first_thru, nodes * 3);
    const std::vector<double> cost = random_costs(seed, net.link_count());
    const RoadGraph graph = build_road_graph(net);
    ShortestPathWorkspace ws;
    ShortestPathTree tree;
    for (std::uint32_t origin = 0; origin < nodes; origin += 3) {
      shortest_paths_from(graph, cost.data(), origin, ws, tree);
      const std::vector<double> expected = bellman_ford(net, cost, origin);
      for (std::uint32_t n = 0; n < nodes; ++n) {
        ASSERT_EQ(tree.cost[n], expected[n]) << "seed " << seed << " origin " << origin << " node " << n;
        if (n == origin || tree.cost[n] == kUnreachable) {
          EXPECT_EQ(tree.pred_link[n], kNoLink);
          continue;
        }
        // The tree path reproduces the cost and never passes through a non-thru zone.
        double along = 0.0;
        std::uint32_t steps = 0;
        for (std::uint32_t at = n; at != origin; ++steps) {
          ASSERT_LT(steps, nodes) << "cycle in the tree";
          const std::uint32_t a = tree.pred_link[at];
          ASSERT_NE(a, kNoLink);
          ASSERT_EQ(net.link_to[a], at);
          along += cost[a];
          at = net.link_from[a];
          if (at != origin) {
            EXPECT_GE(at, first_thru) << "passed through zone " << at;
          }
        }
        EXPECT_NEAR(along, tree.cost[n], 1e-9 * (1.0 + tree.cost[n]));
      }
      // Stopping once the zones are settled gives the same zone costs.
      ShortestPathTree partial;
      shortest_paths_from(graph, cost.data(), origin, ws, partial, zones);
      for (std::uint32_t z = 0; z < zones; ++z) EXPECT_EQ(partial.cost[z], tree.cost[z]);
    }
  }
}

TEST(ShortestPath, ZonesAreNotPassedThrough) {
  // 0 → 1 → 2 is cheap but 1 is a zone; with first thru node 3 the path must go 0 → 3 → 2.
  RoadAssignmentNetwork net;
  net.node_count = 4;
  net.zone_count = 3;
  net.first_thru_node = 3;
  net.link_from = {0, 1, 0, 3};
  net.link_to = {1, 2, 3, 2};
  const std::vector<double> cost = {1, 1, 5, 5};
  const ShortestPathTree t = shortest_paths_from(build_road_graph(net), cost, 0);
  EXPECT_EQ(t.cost[2], 10.0);
  EXPECT_EQ(t.pred_link[2], 3u);
  EXPECT_EQ(t.cost[1], 1.0);  // a zone can still be reached
  net.first_thru_node = 0;
  EXPECT_EQ(shortest_paths_from(build_road_graph(net), cost, 0).cost[2], 2.0);
}

}  // namespace
