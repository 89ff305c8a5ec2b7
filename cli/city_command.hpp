// `carbontwin city`: build a city (the embedded default, or another seed, or an imported one) and report
// on it, with the weather its buildings run under.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace cli {

struct CityCommandOptions {
  bool summary = false;       // print the statistics table
  std::string json_path;      // also write the statistics as JSON here ("-" = stdout)
  std::uint64_t seed = 0;     // 0 = the default city's seed
  bool seed_given = false;
  std::string city_path;      // an imported city file instead of the generated city
  std::string epw_path;       // --epw: report this station's weather instead of the city's
};

// Registers the subcommand and its options; run_city_command is called when it was chosen.
CLI::App* add_city_command(CLI::App& app, CityCommandOptions* options);
// Returns the process exit code; errors are written to stderr.
int run_city_command(const CityCommandOptions& options);

}  // namespace cli
