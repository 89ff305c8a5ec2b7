// Algorithm B on small problems with hand-computed equilibria, the gap formula, invalid input,
// zero demand, zones that may not be passed through, and determinism.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "tests/twin/transport/tntp_test_util.hpp"
#include "twin/transport/assignment.hpp"
#include "twin/transport/relative_gap.hpp"

namespace {

using namespace twin::transport;

// Adds a link with BPR time t0 · (1 + b · (v / cap)^power) and length 0.
void add_link(RoadAssignmentNetwork& n, std::uint32_t from, std::uint32_t to, double t0, double b, double cap,
              double power) {
  n.link_from.push_back(from);
  n.link_to.push_back(to);
  n.free_flow_time.push_back(t0);
  n.b.push_back(b);
  n.capacity.push_back(cap);
  n.power.push_back(power);
  n.length.push_back(0.0);
  n.toll.push_back(0.0);
  n.link_type.push_back(1);
}

OdMatrix one_od(std::uint32_t zones, std::uint32_t o, std::uint32_t d, double trips) {
  OdMatrix m;
  m.zone_count = zones;
  m.trips.assign(zones * zones, 0.0);
  m.trips[o * zones + d] = trips;
  return m;
}

AssignmentOptions tight() {
  AssignmentOptions o;
  o.target_relative_gap = 1e-12;
  o.max_iterations = 200;
  return o;
}

TEST(AssignmentGap, FormulaOnAHandExample) {
  // Flows 60 and 40 at costs 10 and 12.5: Σ v·c = 1100; 100 trips whose shortest path costs 10.
  EXPECT_DOUBLE_EQ(relative_gap(60 * 10.0 + 40 * 12.5, 100 * 10.0), 100.0 / 1100.0);
  EXPECT_EQ(relative_gap(0.0, 0.0), 0.0);  // nobody travels
}

TEST(Assignment, TwoRoutesClosedForm) {
  // Route 1: t = 10 + 0.01 v; route 2: t = 20 + 0.01 v; 3000 trips.
  // Equal costs: 10 + 0.01 v1 = 20 + 0.01 (3000 − v1) → v1 = 2000, v2 = 1000, both cost 30.
  RoadAssignmentNetwork n;
  n.node_count = n.zone_count = 2;
  add_link(n, 0, 1, 10.0, 1.0, 1000.0, 1.0);
  add_link(n, 0, 1, 20.0, 1.0, 2000.0, 1.0);
  const AssignmentResult r = assign_user_equilibrium(n, one_od(2, 0, 1, 3000.0), tight());
  ASSERT_TRUE(r.error.empty()) << r.error;
  EXPECT_TRUE(r.converged);
  EXPECT_NEAR(r.link_flow[0], 2000.0, 1e-6);
  EXPECT_NEAR(r.link_flow[1], 1000.0, 1e-6);
  EXPECT_NEAR(r.link_cost[0], 30.0, 1e-9);
  EXPECT_NEAR(r.link_cost[1], 30.0, 1e-9);
  EXPECT_NEAR(r.tstt, 90000.0, 1e-5);
  // Beckmann: ∫0^2000 (10 + 0.01x) dx + ∫0^1000 (20 + 0.01x) dx = 40000 + 25000.
  EXPECT_NEAR(r.beckmann, 65000.0, 1e-5);
}

TEST(Assignment, ThreeRouteNetworkWithSharedLinkAndQuarticCosts) {
  // 0 → 2 → 1 and 0 → 3 → 1 with identical quartic links, plus a costly direct link: symmetry puts
  // half the trips on each two-link route and none on the direct one.
  RoadAssignmentNetwork n;
  n.node_count = 4;
  n.zone_count = 2;
  add_link(n, 0, 2, 5.0, 0.15, 500.0, 4.0);
  add_link(n, 2, 1, 5.0, 0.15, 500.0, 4.0);
  add_link(n, 0, 3, 5.0, 0.15, 500.0, 4.0);
  add_link(n, 3, 1, 5.0, 0.15, 500.0, 4.0);
  add_link(n, 0, 1, 100.0, 0.0, 1.0, 4.0);
  const AssignmentResult r = assign_user_equilibrium(n, one_od(2, 0, 1, 1000.0), tight());
  ASSERT_TRUE(r.error.empty()) << r.error;
  for (int a = 0; a < 4; ++a) EXPECT_NEAR(r.link_flow[a], 500.0, 1e-6);
  EXPECT_EQ(r.link_flow[4], 0.0);
  EXPECT_NEAR(r.link_cost[0] + r.link_cost[1], 2 * 5.0 * 1.15, 1e-9);
}

TEST(Assignment, ZonesAreNotPassedThrough) {
  // 0 → 1 → 2 is the cheap way, but zone 1 may not be crossed when first_thru_node = 3.
  RoadAssignmentNetwork n;
  n.node_count = 4;
  n.zone_count = 3;
  n.first_thru_node = 3;
  add_link(n, 0, 1, 1.0, 0.15, 100.0, 4.0);
  add_link(n, 1, 2, 1.0, 0.15, 100.0, 4.0);
  add_link(n, 0, 3, 5.0, 0.15, 100.0, 4.0);
  add_link(n, 3, 2, 5.0, 0.15, 100.0, 4.0);
  AssignmentResult r = assign_user_equilibrium(n, one_od(3, 0, 2, 50.0), tight());
  ASSERT_TRUE(r.error.empty()) << r.error;
  EXPECT_EQ(r.link_flow[0], 0.0);
  EXPECT_EQ(r.link_flow[2], 50.0);
  n.first_thru_node = 0;
  r = assign_user_equilibrium(n, one_od(3, 0, 2, 50.0), tight());
  EXPECT_EQ(r.link_flow[0], 50.0);
  EXPECT_EQ(r.link_flow[3], 0.0);
}

TEST(Assignment, ZeroFreeFlowTimeAndGeneralisedCost) {
  // Two zero-time connectors priced by distance: route A is 2 km, route B 1 km + a toll of 1.
  RoadAssignmentNetwork n;
  n.node_count = n.zone_count = 2;
  add_link(n, 0, 1, 0.0, 0.15, 10.0, 4.0);
  add_link(n, 0, 1, 0.0, 0.15, 10.0, 4.0);
  n.length = {2.0, 1.0};
  n.toll = {0.0, 1.0};
  n.distance_factor = 0.5;  // A costs 1.0, B 0.5 + 0.25
  n.toll_factor = 0.25;
  const AssignmentResult r = assign_user_equilibrium(n, one_od(2, 0, 1, 100.0), tight());
  ASSERT_TRUE(r.error.empty()) << r.error;
  EXPECT_EQ(r.link_flow[0], 0.0);
  EXPECT_EQ(r.link_flow[1], 100.0);
  EXPECT_EQ(r.tstt, 0.0);
  EXPECT_DOUBLE_EQ(r.beckmann, 75.0);
  EXPECT_LE(r.relative_gap, 1e-12);
}

TEST(Assignment, ZeroDemand) {
  RoadAssignmentNetwork n;
  n.node_count = n.zone_count = 2;
  add_link(n, 0, 1, 1.0, 0.15, 10.0, 4.0);
  const AssignmentResult r = assign_user_equilibrium(n, one_od(2, 0, 1, 0.0), tight());
  ASSERT_TRUE(r.error.empty()) << r.error;
  EXPECT_TRUE(r.converged);
  EXPECT_EQ(r.link_flow[0], 0.0);
  EXPECT_EQ(r.relative_gap, 0.0);
}

TEST(Assignment, InvalidProblemsAreReported) {
  RoadAssignmentNetwork n;
  n.node_count = n.zone_count = 2;
  add_link(n, 0, 1, 1.0, 0.15, 10.0, 4.0);
  const OdMatrix od = one_od(2, 0, 1, 10.0);
  RoadAssignmentNetwork bad = n;
  bad.capacity[0] = 0.0;
  EXPECT_NE(assign_user_equilibrium(bad, od).error.find("capacity"), std::string::npos);
  bad = n;
  bad.link_to[0] = 7;
  EXPECT_NE(assign_user_equilibrium(bad, od).error.find("out of range"), std::string::npos);
  bad = n;
  bad.free_flow_time[0] = std::nan("");
  EXPECT_FALSE(assign_user_equilibrium(bad, od).error.empty());
  bad = n;
  bad.power.pop_back();
  EXPECT_FALSE(assign_user_equilibrium(bad, od).error.empty());
  EXPECT_NE(assign_user_equilibrium(n, one_od(2, 1, 0, 5.0)).error.find("no path from zone 2 to zone 1"),
            std::string::npos);
  OdMatrix negative = od;
  negative.trips[1] = -1.0;
  EXPECT_FALSE(assign_user_equilibrium(n, negative).error.empty());
  EXPECT_FALSE(assign_user_equilibrium(n, one_od(3, 0, 1, 1.0)).error.empty());
  const AssignmentResult r = assign_user_equilibrium(bad, od);
  EXPECT_TRUE(r.link_flow.empty());
  EXPECT_TRUE(r.iterations.empty());
}

TEST(Assignment, CallbackCanStopAndEveryIterationIsReported) {
  const tntp_test::Problem p = tntp_test::load_problem("SiouxFalls", "SiouxFalls");
  AssignmentOptions o;
  o.target_relative_gap = 1e-12;
  int calls = 0;
  o.on_iteration = [&](const IterationReport& r) {
    EXPECT_EQ(r.iteration, ++calls);
    EXPECT_GT(r.tstt, 0.0);
    EXPECT_GE(r.elapsed_ms, 0.0);
    return calls < 3;
  };
  const AssignmentResult r = assign_user_equilibrium(p.network, p.demand, o);
  EXPECT_EQ(calls, 3);
  EXPECT_EQ(r.iterations.size(), 3u);
  EXPECT_FALSE(r.converged);
}

TEST(Assignment, BiconjugateFrankWolfeAgreesWithAlgorithmB) {
  // Two independent methods, one equilibrium: on the closed-form problem and on Sioux Falls.
  RoadAssignmentNetwork n;
  n.node_count = n.zone_count = 2;
  add_link(n, 0, 1, 10.0, 1.0, 1000.0, 1.0);
  add_link(n, 0, 1, 20.0, 1.0, 2000.0, 1.0);
  AssignmentOptions bfw;
  bfw.algorithm = AssignmentAlgorithm::BiconjugateFrankWolfe;
  bfw.target_relative_gap = 1e-10;
  bfw.max_iterations = 1000;
  const AssignmentResult two = assign_user_equilibrium(n, one_od(2, 0, 1, 3000.0), bfw);
  ASSERT_TRUE(two.error.empty()) << two.error;
  EXPECT_TRUE(two.converged);
  EXPECT_NEAR(two.link_flow[0], 2000.0, 1e-4);

  const tntp_test::Problem sf = tntp_test::load_problem("SiouxFalls", "SiouxFalls");
  bfw.target_relative_gap = 1e-5;
  const AssignmentResult f = assign_user_equilibrium(sf.network, sf.demand, bfw);
  ASSERT_TRUE(f.error.empty()) << f.error;
  EXPECT_TRUE(f.converged);
  std::printf("BFW Sioux Falls to 1e-5: %zu iterations, Beckmann %.10f\n", f.iterations.size(), f.beckmann);
  EXPECT_LT(std::fabs(f.beckmann - 4231335.2871) / 4231335.2871, 2e-6);  // measured 6.4e-7
  // The objective decreases every iteration (exact line search along descent directions).
  for (std::size_t k = 1; k < f.iterations.size(); ++k)
    EXPECT_LE(f.iterations[k].beckmann, f.iterations[k - 1].beckmann * (1 + 1e-15)) << "iteration " << k + 1;
  AssignmentOptions b;
  b.target_relative_gap = 1e-10;
  const AssignmentResult r = assign_user_equilibrium(sf.network, sf.demand, b);
  double worst = 0;
  for (std::size_t a = 0; a < r.link_flow.size(); ++a) worst = std::max(worst, std::fabs(f.link_flow[a] - r.link_flow[a]));
  std::printf("  worst link flow difference BFW (1e-5) vs B (1e-10): %.3f veh\n", worst);
  EXPECT_LT(worst, 100.0);
}

// The same bits every run, natively and in wasm: a fingerprint of the flows after five iterations
// on Sioux Falls and Anaheim, checked against values recorded from the native build.
std::uint64_t fingerprint(const std::vector<double>& values) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the IEEE-754 bits
  for (const double v : values) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    for (int k = 0; k < 8; ++k) {
      h ^= (bits >> (8 * k)) & 0xFFu;
      h *= 1099511628211ull;
    }
  }
  return h;
}

TEST(Assignment, DeterministicBits) {
  AssignmentOptions o;
  o.target_relative_gap = 0.0;
  o.max_iterations = 5;
  const tntp_test::Problem sf = tntp_test::load_problem("SiouxFalls", "SiouxFalls");
  const AssignmentResult a = assign_user_equilibrium(sf.network, sf.demand, o);
  const AssignmentResult b = assign_user_equilibrium(sf.network, sf.demand, o);
  EXPECT_EQ(fingerprint(a.link_flow), fingerprint(b.link_flow));
  const tntp_test::Problem an = tntp_test::load_problem("Anaheim", "Anaheim");
  const AssignmentResult c = assign_user_equilibrium(an.network, an.demand, o);
  std::printf("fingerprints: Sioux Falls %016llx (gap %.17g), Anaheim %016llx (gap %.17g)\n",
              static_cast<unsigned long long>(fingerprint(a.link_flow)), a.relative_gap,
              static_cast<unsigned long long>(fingerprint(c.link_flow)), c.relative_gap);
  EXPECT_EQ(fingerprint(a.link_flow), 0x042809d40089503aull);
  EXPECT_EQ(fingerprint(c.link_flow), 0x1759db6d0cf70e08ull);
}

}  // namespace
