// `carbontwin cost`: what a scenario costs against the baseline scenario (per year, NPV, cost per tonne
// abated), the marginal abatement cost curve of a year, the carbon price path, the allowance value of
// each key emitter and the credit of the sinks it adds (twin/cost).
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace cli {

struct CostCommandOptions {
  std::string scenario_path;  // required
  std::string json_path;      // required ("-" = stdout)
  int year = 2030;            // MAC curve, allowances and sink credit
  std::uint64_t seed = 0;
  bool seed_given = false;
  std::string city_path;
  std::string epw_path;
  std::string baseline = "simulated";  // or "table"
  std::string transport = "model";     // or "none"
  std::string mac_from = "baseline";  // MAC curve moves levers from "baseline" or from the "scenario"
  std::string carbon_price;            // the user's CEA path after 2024: "2030=150,2060=300"
};

CLI::App* add_cost_command(CLI::App& app, CostCommandOptions* options);
// Returns the process exit code; errors are written to stderr.
int run_cost_command(const CostCommandOptions& options);

}  // namespace cli
