#include "cli/assign_command.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>

#include "twin/transport/assignment.hpp"
#include "twin/transport/tntp_reader.hpp"

namespace cli {

CLI::App* add_assign_command(CLI::App& app, AssignCommandOptions* o) {
  CLI::App* cmd = app.add_subcommand("assign", "User-equilibrium road traffic assignment of a TNTP problem");
  cmd->add_option("--net", o->net_path, "TNTP network file (_net.tntp)")->required()->type_name("FILE");
  cmd->add_option("--trips", o->trips_path, "TNTP trip table (_trips.tntp)")->required()->type_name("FILE");
  cmd->add_option("--gap", o->gap, "Target relative gap (default 1e-4)")
      ->type_name("G")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_option("--flows", o->flows_path, "Write link flows here in the TNTP _flow format")->type_name("OUT");
  cmd->add_option("--toll-factor", o->toll_factor, "Time units per toll unit in the generalised cost (default 0)")
      ->type_name("X")
      ->check(CLI::Range(0.0, 1e12));
  cmd->add_option("--distance-factor", o->distance_factor,
                  "Time units per distance unit in the generalised cost (default 0)")
      ->type_name("Y")
      ->check(CLI::Range(0.0, 1e12));
  cmd->add_option("--algorithm", o->algorithm, "b: Algorithm B (default); bfw: bi-conjugate Frank-Wolfe")
      ->check(CLI::IsMember({"b", "bfw"}));
  cmd->add_option("--max-iterations", o->max_iterations, "Stop after N iterations (default 1000)")
      ->type_name("N")
      ->check(CLI::Range(1, 100000000));
  return cmd;
}

namespace {

void print_error(const twin::transport::TntpError& e) {
  std::cerr << "carbontwin assign: " << e.to_string() << "\n";
}

}  // namespace

int run_assign_command(const AssignCommandOptions& o) {
  using namespace twin::transport;
  std::ifstream net_in(o.net_path, std::ios::binary);
  if (!net_in) {
    std::cerr << "carbontwin assign: cannot open network file '" << o.net_path << "'\n";
    return 1;
  }
  TntpNetworkRead net = read_tntp_network(net_in, o.net_path);
  if (!net.error.ok()) {
    print_error(net.error);
    return 1;
  }
  std::ifstream trips_in(o.trips_path, std::ios::binary);
  if (!trips_in) {
    std::cerr << "carbontwin assign: cannot open trips file '" << o.trips_path << "'\n";
    return 1;
  }
  TntpTripsRead trips = read_tntp_trips(trips_in, o.trips_path, net.network.zone_count);
  if (!trips.error.ok()) {
    print_error(trips.error);
    return 1;
  }
  net.network.toll_factor = o.toll_factor;
  net.network.distance_factor = o.distance_factor;

  AssignmentOptions options;
  options.algorithm = o.algorithm == "bfw" ? AssignmentAlgorithm::BiconjugateFrankWolfe : AssignmentAlgorithm::AlgorithmB;
  options.target_relative_gap = o.gap;
  options.max_iterations = o.max_iterations;
  options.on_iteration = [](const IterationReport& r) {
    std::printf("iteration %d  relative_gap %.6e  elapsed_ms %.3f\n", r.iteration, r.relative_gap, r.elapsed_ms);
    return true;
  };
  std::printf("network %s: %u nodes, %u zones, %u links, first thru node %u; %s algorithm, target gap %g\n",
              o.net_path.c_str(), net.network.node_count, net.network.zone_count, net.network.link_count(),
              net.network.first_thru_node + 1, o.algorithm == "bfw" ? "bi-conjugate Frank-Wolfe" : "B", o.gap);
  const AssignmentResult result = assign_user_equilibrium(net.network, trips.demand, options);
  if (!result.error.empty()) {
    std::cerr << "carbontwin assign: " << result.error << "\n";
    return 1;
  }
  std::printf("converged %s after %zu iterations\n", result.converged ? "yes" : "no", result.iterations.size());
  std::printf("final relative_gap %.17g\n", result.relative_gap);
  std::printf("TSTT %.17g\n", result.tstt);
  std::printf("Beckmann objective %.17g\n", result.beckmann);
  if (!o.flows_path.empty()) {
    std::ofstream out(o.flows_path, std::ios::binary);
    write_tntp_flows(out, net.network, result.link_flow, result.link_cost);
    out.close();
    if (!out) {
      std::cerr << "carbontwin assign: cannot write flows to '" << o.flows_path << "'\n";
      return 1;
    }
    std::printf("flows written to %s\n", o.flows_path.c_str());
  }
  return result.converged ? 0 : 3;
}

}  // namespace cli
