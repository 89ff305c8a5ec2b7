// `carbontwin optimise`: the least-cost lever settings that peak the city by a year, reach neutrality by
// another and keep within a carbon budget (optimise/: successive LP with COIN-OR Clp over the linearised
// pathway, costs from twin/cost), checked by the exact pathway; writes the plan and the scenario found.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <string>

namespace cli {

struct OptimiseCommandOptions {
  int peak_by = 2030;
  std::optional<int> neutral_by;
  std::optional<double> budget_t;
  std::string scenario_path;        // the base scenario (default: the baseline scenario)
  std::uint64_t seed = 0;
  bool seed_given = false;
  std::string city_path, epw_path;
  std::string baseline = "simulated";
  std::string transport = "model";
  std::string json_path;            // the plan ("-" = stdout)
  std::string scenario_out;         // the scenario found, as a scenario file (optional)
};

CLI::App* add_optimise_command(CLI::App& app, OptimiseCommandOptions* options);
int run_optimise_command(const OptimiseCommandOptions& options);

}  // namespace cli
