// `carbontwin monitor`: top-down monitoring (issue 11). `monitor plume`, the Gaussian plume of one
// point source at one receptor (twin/monitor/plume.hpp): prints one line, the enhancement in µg/m³.
// `monitor grid` (monitor_grid.cpp): the city's gridded direct emissions (twin/monitor/emission_grid.hpp)
// as CSV and, optionally, a GeoTIFF, hourly profiles and the default station network.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace cli {

struct MonitorPlumeOptions {
  double q_g_s = 0, u_m_s = 0, x_m = 0, y_m = 0, z_m = 0, h_m = 0;
  std::string stability;
  std::string terrain = "urban";
};

struct MonitorGridOptions {
  std::string city_path, epw_path;
  std::uint64_t seed = 0;
  bool seed_given = false;
  double cell_m = 500.0;
  std::string csv_path, tif_path, profiles_path, stations_path;
  std::string baseline = "simulated";  // as `carbontwin pathway --baseline`
  std::string transport = "model";     // as `carbontwin pathway --transport`
};

// `monitor simulate` / `monitor invert` (monitor_osse.cpp): observing-system experiments on the city.
struct MonitorCityOptions {
  std::string city_path, epw_path;
  std::uint64_t seed = 0;
  bool seed_given = false;
  std::string stations_path;
};
struct MonitorSimulateOptions {
  MonitorCityOptions city;
  std::string add_source;       // "x_m,y_m,t_per_yr"
  std::uint64_t noise_seed = 1;
  int days = 14;
  int transects_per_day = 0;       // mobile crossings a day (0 = none, the default)
  double transect_spacing_m = 0.0; // 0 = campaign.csv mobile.spacing_m
  int overpasses = 0;              // satellite overpasses, one every revisit_days (0 = none)
  std::string obs_path;
};
struct MonitorInvertOptions {
  MonitorCityOptions city;
  std::string obs_path, json_path;
};

struct MonitorCommandOptions {
  MonitorPlumeOptions plume;
  MonitorGridOptions grid;
  MonitorSimulateOptions simulate;
  MonitorInvertOptions invert;
};

// Returns the `monitor` command; `*plume` and `*grid` are set to its subcommands.
CLI::App* add_monitor_command(CLI::App& app, MonitorCommandOptions* options, CLI::App** plume, CLI::App** grid);
int run_monitor_plume(const MonitorPlumeOptions& options);
// monitor_grid.cpp
void add_monitor_grid_options(CLI::App* grid, MonitorGridOptions* options);
int run_monitor_grid(const MonitorGridOptions& options);
// monitor_osse.cpp: adds `simulate` and `invert` under `monitor`.
void add_monitor_osse_commands(CLI::App* monitor, MonitorCommandOptions* options, CLI::App** simulate, CLI::App** invert);
int run_monitor_simulate(const MonitorSimulateOptions& options);
int run_monitor_invert(const MonitorInvertOptions& options);

}  // namespace cli
