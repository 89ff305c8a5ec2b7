// `carbontwin transport`: the default (or a seeded) city's transport model — mode shares, trips,
// passenger-km and vehicle-km by mode, the peak-hour road assignment, metro loads, and the
// base-year energy and emissions of its vehicles — for the base policy and, with a scenario, for
// the scenario's structural transport measures all in place.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace cli {

struct TransportCommandOptions {
  std::string json_path;       // required ("-" = stdout)
  std::string links_csv_path;  // optional: per road link flows of the (last) run
  std::string scenario_path;   // optional: structural levers and new lines → a policy run
  double gap = 1e-4;
  std::uint64_t seed = 0;
  bool seed_given = false;
  std::string city_path;       // an imported city file instead of the generated city
};

CLI::App* add_transport_command(CLI::App& app, TransportCommandOptions* options);
int run_transport_command(const TransportCommandOptions& options);

}  // namespace cli
