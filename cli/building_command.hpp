// `carbontwin building`: simulate one zone (twin/buildings) for a year of EPW weather and report the
// annual and peak heating/cooling loads, or the free-float temperatures when HVAC is off.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace cli {

struct BuildingCommandOptions {
  std::string spec_path;  // building spec JSON (docs/building-spec.md)
  std::string epw_path;   // EnergyPlus weather file
  std::string json_path;  // also write the results as JSON here ("-" = stdout)
};

CLI::App* add_building_command(CLI::App& app, BuildingCommandOptions* options);
// Returns the process exit code; errors are written to stderr.
int run_building_command(const BuildingCommandOptions& options);

}  // namespace cli
