// Static user-equilibrium road assignment (Wardrop's first principle) with BPR link costs.
//
// Link travel time  t_a(v) = free_flow_time_a · (1 + b_a · (v / capacity_a)^power_a)
// Generalised cost  c_a(v) = t_a(v) + toll_factor · toll_a + distance_factor · length_a
// (the TNTP convention; Chicago Sketch prices distance). The equilibrium minimises the Beckmann
// objective Σ_a ∫_0^{v_a} c_a(x) dx. Relative gap = (Σ v_a c_a − Σ_od d_od · π_od) / Σ v_a c_a,
// π_od the shortest-path generalised cost at the current costs.
//
// Nodes 0 … zone_count−1 are the zones (origins/destinations). Nodes below first_thru_node may
// start or end a path but are never passed through (TNTP's <FIRST THRU NODE>, 0-based here).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace twin::transport {

struct RoadAssignmentNetwork {
  std::uint32_t node_count = 0;
  std::uint32_t zone_count = 0;
  std::uint32_t first_thru_node = 0;   // 0-based; nodes < first_thru_node are not passed through
  std::vector<std::uint32_t> link_from, link_to;  // 0-based node indices
  std::vector<double> capacity;        // flow units per period (> 0)
  std::vector<double> length;          // in the network's distance unit
  std::vector<double> free_flow_time;  // ≥ 0, in the network's time unit
  std::vector<double> b, power;        // BPR parameters
  std::vector<double> toll;
  std::vector<int> link_type;
  double toll_factor = 0.0;            // time units per toll unit
  double distance_factor = 0.0;        // time units per distance unit

  std::uint32_t link_count() const { return static_cast<std::uint32_t>(link_from.size()); }
};

// Demand from zone to zone, dense row-major: trips[o * zone_count + d], flow units per period.
struct OdMatrix {
  std::uint32_t zone_count = 0;
  std::vector<double> trips;

  double at(std::uint32_t o, std::uint32_t d) const { return trips[static_cast<std::uint64_t>(o) * zone_count + d]; }
};

enum class AssignmentAlgorithm : std::uint8_t {
  AlgorithmB = 0,       // Dial (2006) bush-based, Newton flow shifts
  BiconjugateFrankWolfe // Mitradjieva & Lindberg (2013); slower, kept as an independent check
};

struct IterationReport {
  int iteration = 0;           // 1-based
  double relative_gap = 0.0;
  double tstt = 0.0;           // total system travel time Σ v_a t_a (time only, no toll/distance)
  double total_generalised_cost = 0.0;  // Σ v_a c_a
  double beckmann = 0.0;       // Σ ∫ c_a, includes the toll and distance terms
  double elapsed_ms = 0.0;     // since the start of the assignment (includes set-up)
};

struct AssignmentOptions {
  AssignmentAlgorithm algorithm = AssignmentAlgorithm::AlgorithmB;
  double target_relative_gap = 1e-4;
  int max_iterations = 1000;
  // Called after every iteration; return false to stop early (e.g. cancelled by the user).
  std::function<bool(const IterationReport&)> on_iteration;
};

struct AssignmentResult {
  std::vector<double> link_flow;   // per link
  std::vector<double> link_time;   // BPR time at the final flows
  std::vector<double> link_cost;   // generalised cost at the final flows
  std::vector<IterationReport> iterations;
  bool converged = false;          // the target relative gap was reached
  double relative_gap = 0.0;       // final
  double tstt = 0.0;
  double beckmann = 0.0;
  std::string error;               // non-empty when the problem is invalid (then nothing else is set)
};

AssignmentResult assign_user_equilibrium(const RoadAssignmentNetwork& network, const OdMatrix& demand,
                                         const AssignmentOptions& options = {});

}  // namespace twin::transport
