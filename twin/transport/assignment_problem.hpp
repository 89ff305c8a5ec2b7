// Internal to the assignment algorithms: the validated problem in flat arrays, and the per-iteration
// bookkeeping (gap, objective, report, stopping) that every algorithm shares.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "twin/transport/assignment.hpp"
#include "twin/transport/bpr_cost.hpp"
#include "twin/transport/road_graph.hpp"
#include "twin/transport/shortest_path.hpp"

namespace twin::transport::detail {

struct AssignmentProblem {
  RoadGraph graph;
  std::vector<BprLink> bpr;            // per link
  std::uint32_t zone_count = 0;
  const double* demand = nullptr;      // zone_count² row-major, from the caller's OdMatrix
  std::vector<std::uint32_t> origins;  // zones with positive outgoing demand, ascending

  std::uint32_t link_count() const { return graph.link_count(); }
  double trips(std::uint32_t o, std::uint32_t d) const {
    return demand[static_cast<std::uint64_t>(o) * zone_count + d];
  }
};

// Validates the inputs and builds the problem; returns a non-empty message when they are invalid
// (including a positive demand between zones that no path joins).
std::string make_assignment_problem(const RoadAssignmentNetwork& network, const OdMatrix& demand,
                                    AssignmentProblem& problem);

// cost[a] = generalised BPR cost at flow[a], for every link.
void compute_costs(const AssignmentProblem& problem, const double* flow, double* cost);

// Computes the iteration's gap and objective figures, records the report, calls the user's
// callback and says whether to go on. One instance per assignment run.
class IterationMonitor {
 public:
  IterationMonitor(const AssignmentProblem& problem, const AssignmentOptions& options,
                   AssignmentResult& result, std::chrono::steady_clock::time_point start);
  // flow and cost must agree (cost = compute_costs(flow)). Returns false to stop: the target
  // gap is reached (result.converged set), max_iterations is used up, or the callback said stop.
  bool report(const double* flow, const double* cost);
  double elapsed_ms() const;
  double target_relative_gap() const { return options_.target_relative_gap; }

 private:
  const AssignmentProblem& problem_;
  const AssignmentOptions& options_;
  AssignmentResult& result_;
  std::chrono::steady_clock::time_point start_;
  ShortestPathWorkspace workspace_;
  ShortestPathTree tree_;
};

// The algorithms: each leaves the final link flows in result.link_flow and fills result.iterations
// through the monitor. assign_user_equilibrium does the rest.
void run_algorithm_b(const AssignmentProblem& problem, IterationMonitor& monitor, AssignmentResult& result);
void run_biconjugate_frank_wolfe(const AssignmentProblem& problem, IterationMonitor& monitor,
                                 AssignmentResult& result);

}  // namespace twin::transport::detail
