// `carbontwin inclusion`: a resident's everyday actions (docs/inclusion.md) → annual kgCO2 saved per
// action with the steps of its arithmetic, the total and the points (twin/inclusion/personal.hpp), and
// the community wedge: the city's pathway with and without X % of residents doing the same
// (twin/inclusion/community_wedge.hpp), written as JSON.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

#include "twin/inclusion/actions.hpp"

namespace cli {

struct InclusionCommandOptions {
  std::string actions_path;         // required
  std::string json_path;            // required ("-" = stdout)
  int year = 2025;                  // the year whose factors price the actions
  double participation_pct = 10.0;  // share of residents for the wedge; 0 = no wedge run
  int ramp_years = 0;               // participation reaches its share this many years after --year
  std::string scenario_path;        // optional; default: the baseline scenario
  std::uint64_t seed = 0;
  bool seed_given = false;
  std::string city_path;
  std::string epw_path;
  std::string baseline = "simulated";  // or "table"
  std::string transport = "model";     // or "none"
};

CLI::App* add_inclusion_command(CLI::App& app, InclusionCommandOptions* options);
// Returns the process exit code; errors are written to stderr.
int run_inclusion_command(const InclusionCommandOptions& options);

}  // namespace cli
