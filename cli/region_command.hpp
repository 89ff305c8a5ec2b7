// `carbontwin region`: a province of cities, a city of districts (docs/region.md). Every member twin's
// pathway under its own scenario, the baseline scenario and the potential scenario; the sums upward;
// the region's target split downward by the chosen rule (twin/region) with each member's allowance and
// whether its scenario meets it.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace cli {

struct RegionCommandOptions {
  std::string spec_path;             // the region file
  std::string json_path;             // output ("-" = stdout)
  std::string baseline = "table";    // base-year stock of each member: "table" (default: many members) or "simulated"
  std::string transport = "none";    // "none" (default) or "model" (the transport model per member and scenario)
  std::string potential_path;        // overrides the file's potential_scenario
};

CLI::App* add_region_command(CLI::App& app, RegionCommandOptions* options);
int run_region_command(const RegionCommandOptions& options);

}  // namespace cli
