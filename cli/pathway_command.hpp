// `carbontwin pathway`: the building-stock pathway 2020–2060 of the default (or a seeded) city
// under a scenario file: yearly emissions by sector and scope, peak, neutrality, cumulative.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace cli {

struct PathwayCommandOptions {
  std::string scenario_path;  // empty = the default (baseline) scenario
  std::string json_path;      // write the results here ("-" = stdout)
  std::uint64_t seed = 0;
  bool seed_given = false;
  std::string city_path;      // an imported city file instead of the generated city
  std::string epw_path;       // --epw: a station's weather year for the simulated baseline
  std::string baseline = "simulated";  // "simulated" (city-scale hourly simulation) or "table"
  std::string activity_path;  // optional travel activity (base year) instead of the transport model
  std::string transport = "model";  // "model" (run the city's transport model) or "none" (buildings only)
  std::string plants_path;    // --plants: the city's plant list (docs/industry-plants.md) instead of the default
  std::string inventory_csv_path;  // --inventory-csv: every figure of the chosen years as activity × factor rows
  std::string inventory_years;     // --inventory-years: "2020,2030,2060"; empty = every year
};

CLI::App* add_pathway_command(CLI::App& app, PathwayCommandOptions* options);
// Returns the process exit code; errors are written to stderr.
int run_pathway_command(const PathwayCommandOptions& options);

}  // namespace cli
