// Algorithm B against the published and derived reference solutions of the TNTP test problems
// (figures and their provenance in ../shared/data/transport/*/SOURCE.md).
//
// Tolerances. The Beckmann objective is stationary at the equilibrium, so its error is second order
// in the flow error: at relative gap 1e-6 it is within ~1e-8 of the optimum (measured: Sioux Falls
// 2e-12, Anaheim 2e-9, Chicago Sketch 2e-9). TSTT = Σ v·t(v) is not stationary, so its error is
// first order (measured at gap 1e-6: Sioux Falls 6e-7, Anaheim 7e-7, Chicago 8e-7), and so are the
// link flows: Sioux Falls within 0.1 vehicle, Anaheim, whose nearly flat links pin their flows
// loosely, within ~50 vehicles. At gap 1e-10, Sioux Falls flows agree to 1e-4 vehicle, Anaheim's to
// 0.3 vehicle, TSTT to < 1e-8 on both.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "tests/twin/transport/tntp_test_util.hpp"
#include "twin/transport/assignment.hpp"
#include "twin/transport/road_graph.hpp"
#include "twin/transport/shortest_path.hpp"

namespace {

using namespace twin::transport;

AssignmentResult solve(const tntp_test::Problem& p, double gap) {
  AssignmentOptions options;
  options.target_relative_gap = gap;
  options.max_iterations = 200;
  return assign_user_equilibrium(p.network, p.demand, options);
}

double rel(double a, double b) { return std::fabs(a - b) / std::fabs(b); }

void print(const char* name, const AssignmentResult& r) {
  std::printf("%s: %zu iterations, gap %.3e, %.2f ms, TSTT %.10f, Beckmann %.10f\n", name, r.iterations.size(),
              r.relative_gap, r.iterations.empty() ? 0.0 : r.iterations.back().elapsed_ms, r.tstt, r.beckmann);
}

// Largest |v − v_best| over links, absolute (vehicles) and relative to v_best.
void flow_differences(const tntp_test::Problem& p, const AssignmentResult& r, double& worst_abs, double& worst_rel) {
  worst_abs = worst_rel = 0.0;
  ASSERT_EQ(p.best_flows.size(), r.link_flow.size());
  for (std::size_t a = 0; a < r.link_flow.size(); ++a) {
    ASSERT_EQ(p.best_flows[a].from, p.network.link_from[a]);
    ASSERT_EQ(p.best_flows[a].to, p.network.link_to[a]);
    const double d = std::fabs(r.link_flow[a] - p.best_flows[a].volume);
    worst_abs = std::max(worst_abs, d);
    if (p.best_flows[a].volume > 0) worst_rel = std::max(worst_rel, d / p.best_flows[a].volume);
  }
}

TEST(AssignmentReference, SiouxFallsToGap1e6) {
  const tntp_test::Problem p = tntp_test::load_problem("SiouxFalls", "SiouxFalls");
  const AssignmentResult r = solve(p, 1e-6);
  ASSERT_TRUE(r.error.empty()) << r.error;
  print("Sioux Falls 1e-6", r);
  EXPECT_TRUE(r.converged);
  EXPECT_LE(r.relative_gap, 1e-6);
  EXPECT_LT(rel(r.beckmann, 4231335.2871), 1e-8);  // published 42.31335287107440 × 1e5
  EXPECT_LT(rel(r.tstt, 7480225.3449), 1e-4);
  double worst_abs = 0, worst_rel = 0;
  flow_differences(p, r, worst_abs, worst_rel);
  std::printf("  worst link flow difference %.3f veh (%.2e relative)\n", worst_abs, worst_rel);
  EXPECT_LT(worst_abs, 10.0);
  EXPECT_LT(worst_rel, 1e-3);
  // The gap reported is the header's formula at the final flows.
  const RoadGraph graph = build_road_graph(p.network);
  double total = 0, shortest = 0;
  for (std::size_t a = 0; a < r.link_flow.size(); ++a) total += r.link_flow[a] * r.link_cost[a];
  for (std::uint32_t o = 0; o < p.network.zone_count; ++o) {
    const ShortestPathTree t = shortest_paths_from(graph, r.link_cost, o);
    for (std::uint32_t d = 0; d < p.network.zone_count; ++d)
      if (d != o) shortest += p.demand.at(o, d) * t.cost[d];
  }
  EXPECT_NEAR((total - shortest) / total, r.relative_gap, 1e-12);
}

TEST(AssignmentReference, SiouxFallsToGap1e10) {
  const tntp_test::Problem p = tntp_test::load_problem("SiouxFalls", "SiouxFalls");
  const AssignmentResult r = solve(p, 1e-10);
  ASSERT_TRUE(r.error.empty()) << r.error;
  print("Sioux Falls 1e-10", r);
  EXPECT_TRUE(r.converged);
  EXPECT_LT(rel(r.beckmann, 4231335.2871074), 1e-10);
  EXPECT_LT(rel(r.tstt, 7480225.3449), 1e-8);
  double worst_abs = 0, worst_rel = 0;
  flow_differences(p, r, worst_abs, worst_rel);
  std::printf("  worst link flow difference %.5f veh (%.2e relative)\n", worst_abs, worst_rel);
  EXPECT_LT(worst_abs, 0.01);
  // The gap falls; Algorithm B's is not strictly monotone, so allow it to rise a little now and then.
  for (std::size_t k = 1; k < r.iterations.size(); ++k)
    EXPECT_LT(r.iterations[k].relative_gap, 3.0 * r.iterations[k - 1].relative_gap) << "iteration " << k + 1;
  EXPECT_LT(r.iterations.back().relative_gap, 1e-4 * r.iterations.front().relative_gap);
}

TEST(AssignmentReference, AnaheimToGap1e6) {
  const tntp_test::Problem p = tntp_test::load_problem("Anaheim", "Anaheim");
  ASSERT_EQ(p.network.first_thru_node, 38u);  // <FIRST THRU NODE> 39: the 38 zones are not passed
  const AssignmentResult r = solve(p, 1e-6);
  ASSERT_TRUE(r.error.empty()) << r.error;
  print("Anaheim 1e-6", r);
  EXPECT_TRUE(r.converged);
  EXPECT_LT(rel(r.beckmann, 1286032.1711), 1e-7);
  EXPECT_LT(rel(r.tstt, 1419913.8511), 1e-5);
  double worst_abs = 0, worst_rel = 0;
  flow_differences(p, r, worst_abs, worst_rel);
  std::printf("  worst link flow difference %.3f veh (%.2e relative)\n", worst_abs, worst_rel);
  // Some Anaheim links are nearly flat (short, wide): their flow is poorly pinned by the gap.
  EXPECT_LT(worst_abs, 100.0);
  const AssignmentResult tight = solve(p, 1e-10);
  print("Anaheim 1e-10", tight);
  flow_differences(p, tight, worst_abs, worst_rel);
  std::printf("  worst link flow difference %.5f veh (%.2e relative)\n", worst_abs, worst_rel);
  EXPECT_LT(worst_abs, 1.0);
  EXPECT_LT(rel(tight.tstt, 1419913.8511), 1e-8);
}

TEST(AssignmentReference, ChicagoSketchToGap1e6) {
  tntp_test::Problem p = tntp_test::load_problem("Chicago-Sketch", "ChicagoSketch");
  p.network.toll_factor = 0.02;     // minutes per cent (upstream README; all tolls are 0)
  p.network.distance_factor = 0.04; // minutes per mile
  ASSERT_EQ(p.network.first_thru_node, 0u);  // the file says <FIRST THRU NODE> 1
  const AssignmentResult r = solve(p, 1e-6);
  ASSERT_TRUE(r.error.empty()) << r.error;
  print("Chicago Sketch 1e-6", r);
  EXPECT_TRUE(r.converged);
  EXPECT_LT(rel(r.beckmann, 17313018.7387477), 1e-7);  // the published optimal objective
  EXPECT_LT(rel(r.tstt, 18371027.7197), 1e-5);         // Σ v·t(v), BPR time only
  // Treating the 387 zones as not passed through (<FIRST THRU NODE> 388) gives the same
  // equilibrium: no shortest path wants to cross a zone's connectors.
  p.network.first_thru_node = 387;
  const AssignmentResult z = solve(p, 1e-6);
  ASSERT_TRUE(z.error.empty()) << z.error;
  print("Chicago Sketch, zones not passed", z);
  EXPECT_LT(rel(z.beckmann, 17313018.7387477), 1e-7);
}

}  // namespace
