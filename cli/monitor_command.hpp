// `carbontwin monitor`: top-down monitoring (issue 11). So far `monitor plume`, the Gaussian plume of one
// point source at one receptor (twin/monitor/plume.hpp): prints one line, the enhancement in µg/m³.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

namespace cli {

struct MonitorPlumeOptions {
  double q_g_s = 0, u_m_s = 0, x_m = 0, y_m = 0, z_m = 0, h_m = 0;
  std::string stability;
  std::string terrain = "urban";
};

struct MonitorCommandOptions {
  MonitorPlumeOptions plume;
};

// Returns the `monitor` command; `*plume` is set to its `plume` subcommand.
CLI::App* add_monitor_command(CLI::App& app, MonitorCommandOptions* options, CLI::App** plume);
int run_monitor_plume(const MonitorPlumeOptions& options);

}  // namespace cli
