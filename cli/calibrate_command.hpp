// `carbontwin calibrate`: the city's energy balance table (and optional hourly meter files of single
// buildings) against the twin's base year: the gap by sector and carrier, the calibration factors and
// the calibrated emissions, and ASHRAE Guideline 14 statistics per metered building
// (twin/calibration; file layouts in docs/calibration.md).
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace cli {

struct CalibrateCommandOptions {
  std::string balance_path;   // --balance CSV (required)
  std::string meters_dir;     // --meters DIR: *.csv hourly meter files, one per building
  std::string json_path;      // --json OUT ("-" = stdout)
  std::string city_path;      // --city CITY (an imported city file)
  std::uint64_t seed = 0;
  bool seed_given = false;
  std::string epw_path;
  std::string baseline = "simulated";  // as `carbontwin pathway`
  std::string transport = "model";     // "model" or "none"
};

CLI::App* add_calibrate_command(CLI::App& app, CalibrateCommandOptions* options);
// Returns the process exit code; errors (with file, line and field) are written to stderr.
int run_calibrate_command(const CalibrateCommandOptions& options);

}  // namespace cli
