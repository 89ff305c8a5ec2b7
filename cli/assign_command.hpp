// `carbontwin assign`: static user-equilibrium road assignment of a TNTP problem.
//   carbontwin assign --net NET --trips TRIPS --gap G [--flows OUT] [--toll-factor X]
//                     [--distance-factor Y] [--algorithm b|bfw] [--max-iterations N]
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace cli {

struct AssignCommandOptions {
  std::string net_path, trips_path, flows_path;
  double gap = 1e-4;
  double toll_factor = 0.0;      // generalised-cost weights: not in the TNTP files, see each README
  double distance_factor = 0.0;
  std::string algorithm = "b";   // "b" (Algorithm B) or "bfw" (bi-conjugate Frank–Wolfe)
  int max_iterations = 1000;
};

CLI::App* add_assign_command(CLI::App& app, AssignCommandOptions* options);
// Returns the process exit code; errors are written to stderr.
int run_assign_command(const AssignCommandOptions& options);

}  // namespace cli
