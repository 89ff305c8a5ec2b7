// `carbontwin compare`: why the pathway moved between two scenarios — the change in peak year, peak
// value, 2030 and 2060 emissions and cumulative emissions from A to B split exactly among the levers
// that differ (Shapley values, twin/decision/attribution.hpp), written as JSON.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace cli {

struct CompareCommandOptions {
  std::string a_path;     // required
  std::string b_path;     // required
  std::string json_path;  // required ("-" = stdout)
  std::uint64_t seed = 0;
  bool seed_given = false;
  std::string city_path;
  std::string epw_path;
  std::string baseline = "simulated";  // or "table"
  std::string transport = "model";     // or "none"
  int max_exact_players = 7;           // twin::decision::kDefaultMaxExactPlayers
};

CLI::App* add_compare_command(CLI::App& app, CompareCommandOptions* options);
// Returns the process exit code; errors are written to stderr.
int run_compare_command(const CompareCommandOptions& options);

}  // namespace cli
