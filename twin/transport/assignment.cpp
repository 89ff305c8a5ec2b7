// assign_user_equilibrium: validation, shared per-iteration bookkeeping, dispatch to an algorithm,
// and the final figures.
#include "twin/transport/assignment.hpp"

#include <cmath>

#include "twin/transport/assignment_problem.hpp"
#include "twin/transport/relative_gap.hpp"

namespace twin::transport {

namespace detail {

namespace {

bool finite_non_negative(double v) { return std::isfinite(v) && v >= 0.0; }

std::string check_network(const RoadAssignmentNetwork& net) {
  const std::uint32_t links = net.link_count();
  if (net.zone_count > net.node_count) return "more zones than nodes";
  if (net.first_thru_node > net.node_count) return "first_thru_node beyond the last node";
  if (net.link_to.size() != links || net.capacity.size() != links || net.length.size() != links ||
      net.free_flow_time.size() != links || net.b.size() != links || net.power.size() != links ||
      net.toll.size() != links)
    return "link arrays of different lengths";
  if (!std::isfinite(net.toll_factor) || !std::isfinite(net.distance_factor))
    return "toll_factor and distance_factor must be finite";
  for (std::uint32_t a = 0; a < links; ++a) {
    const std::string at = "link " + std::to_string(a + 1) + ": ";
    if (net.link_from[a] >= net.node_count || net.link_to[a] >= net.node_count) return at + "node out of range";
    if (!(std::isfinite(net.capacity[a]) && net.capacity[a] > 0.0)) return at + "capacity must be > 0";
    if (!finite_non_negative(net.free_flow_time[a])) return at + "free_flow_time must be finite and >= 0";
    if (!finite_non_negative(net.b[a]) || !finite_non_negative(net.power[a]))
      return at + "b and power must be finite and >= 0";
    if (!std::isfinite(net.length[a]) || !std::isfinite(net.toll[a])) return at + "length and toll must be finite";
    const double fixed = net.toll_factor * net.toll[a] + net.distance_factor * net.length[a];
    if (!finite_non_negative(fixed)) return at + "negative generalised cost (toll/distance term)";
  }
  return {};
}

}  // namespace

std::string make_assignment_problem(const RoadAssignmentNetwork& net, const OdMatrix& od,
                                    AssignmentProblem& p) {
  if (std::string e = check_network(net); !e.empty()) return e;
  if (od.zone_count != net.zone_count)
    return "demand has " + std::to_string(od.zone_count) + " zones, network " + std::to_string(net.zone_count);
  if (od.trips.size() != static_cast<std::uint64_t>(od.zone_count) * od.zone_count)
    return "demand matrix size is not zone_count squared";
  for (std::uint64_t k = 0; k < od.trips.size(); ++k)
    if (!finite_non_negative(od.trips[k]))
      return "demand from zone " + std::to_string(k / od.zone_count + 1) + " to zone " +
             std::to_string(k % od.zone_count + 1) + " must be finite and >= 0";

  p.graph = build_road_graph(net);
  p.zone_count = net.zone_count;
  p.demand = od.trips.data();
  p.bpr.resize(net.link_count());
  for (std::uint32_t a = 0; a < net.link_count(); ++a) {
    BprLink& l = p.bpr[a];
    l.free_flow_time = net.free_flow_time[a];
    l.inv_capacity = 1.0 / net.capacity[a];
    l.b = net.b[a];
    l.power = net.power[a];
    l.fixed_cost = net.toll_factor * net.toll[a] + net.distance_factor * net.length[a];
  }
  p.origins.clear();
  for (std::uint32_t o = 0; o < p.zone_count; ++o) {
    bool any = false;
    for (std::uint32_t d = 0; d < p.zone_count && !any; ++d) any = d != o && p.trips(o, d) > 0.0;
    if (any) p.origins.push_back(o);
  }
  // Every positive demand needs a path; reachability does not depend on costs (breadth-first).
  std::vector<std::uint32_t> seen(net.node_count, 0xFFFFFFFFu), queue(net.node_count);
  for (const std::uint32_t o : p.origins) {
    std::uint32_t head = 0, tail = 0;
    queue[tail++] = o;
    seen[o] = o;
    while (head < tail) {
      const std::uint32_t i = queue[head++];
      if (!p.graph.may_leave(i, o)) continue;
      for (std::uint32_t k = p.graph.out_begin[i]; k < p.graph.out_begin[i + 1]; ++k) {
        const std::uint32_t j = p.graph.link_to[p.graph.out_link[k]];
        if (seen[j] != o) {
          seen[j] = o;
          queue[tail++] = j;
        }
      }
    }
    for (std::uint32_t d = 0; d < p.zone_count; ++d)
      if (d != o && p.trips(o, d) > 0.0 && seen[d] != o)
        return "no path from zone " + std::to_string(o + 1) + " to zone " + std::to_string(d + 1) +
               " (demand " + std::to_string(p.trips(o, d)) + ")";
  }
  return {};
}

void compute_costs(const AssignmentProblem& p, const double* flow, double* cost) {
  const std::uint32_t links = p.link_count();
  for (std::uint32_t a = 0; a < links; ++a) cost[a] = bpr_cost(p.bpr[a], flow[a]);
}

IterationMonitor::IterationMonitor(const AssignmentProblem& problem, const AssignmentOptions& options,
                                   AssignmentResult& result, std::chrono::steady_clock::time_point start)
    : problem_(problem), options_(options), result_(result), start_(start) {}

double IterationMonitor::elapsed_ms() const {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
}

bool IterationMonitor::report(const double* flow, const double* cost) {
  IterationReport r;
  r.iteration = static_cast<int>(result_.iterations.size()) + 1;
  const std::uint32_t links = problem_.link_count();
  for (std::uint32_t a = 0; a < links; ++a) {
    const BprLink& l = problem_.bpr[a];
    r.tstt += flow[a] * bpr_time(l, flow[a]);
    r.total_generalised_cost += flow[a] * cost[a];
    r.beckmann += bpr_integral(l, flow[a]);
  }
  double shortest = 0.0;
  for (const std::uint32_t o : problem_.origins) {
    shortest_paths_from(problem_.graph, cost, o, workspace_, tree_, problem_.zone_count);
    for (std::uint32_t d = 0; d < problem_.zone_count; ++d) {
      const double trips = problem_.trips(o, d);
      if (trips > 0.0 && d != o) shortest += trips * tree_.cost[d];
    }
  }
  r.relative_gap = relative_gap(r.total_generalised_cost, shortest);
  r.elapsed_ms = elapsed_ms();
  result_.iterations.push_back(r);
  result_.relative_gap = r.relative_gap;
  const bool go_on = !options_.on_iteration || options_.on_iteration(r);  // every iteration, the last too
  if (r.relative_gap <= options_.target_relative_gap) {
    result_.converged = true;
    return false;
  }
  return go_on && r.iteration < options_.max_iterations;
}

}  // namespace detail

AssignmentResult assign_user_equilibrium(const RoadAssignmentNetwork& network, const OdMatrix& demand,
                                         const AssignmentOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  AssignmentResult result;
  if (!(options.target_relative_gap >= 0.0) || options.max_iterations < 1) {
    result.error = "target_relative_gap must be >= 0 and max_iterations >= 1";
    return result;
  }
  detail::AssignmentProblem problem;
  if (std::string e = detail::make_assignment_problem(network, demand, problem); !e.empty()) {
    result.error = std::move(e);
    return result;
  }
  detail::IterationMonitor monitor(problem, options, result, start);
  if (options.algorithm == AssignmentAlgorithm::BiconjugateFrankWolfe)
    detail::run_biconjugate_frank_wolfe(problem, monitor, result);
  else
    detail::run_algorithm_b(problem, monitor, result);

  const std::uint32_t links = problem.link_count();
  result.link_flow.resize(links);  // the algorithm has filled it
  result.link_time.resize(links);
  result.link_cost.resize(links);
  result.tstt = 0.0;
  result.beckmann = 0.0;
  for (std::uint32_t a = 0; a < links; ++a) {
    const double v = result.link_flow[a];
    result.link_time[a] = bpr_time(problem.bpr[a], v);
    result.link_cost[a] = bpr_cost(problem.bpr[a], v);
    result.tstt += v * result.link_time[a];
    result.beckmann += bpr_integral(problem.bpr[a], v);
  }
  return result;
}

}  // namespace twin::transport
