// The city's monitoring context for `monitor simulate` / `monitor invert` (monitor_osse.cpp): the base
// year built as `monitor grid` builds it (simulated buildings with their hourly profile, the transport
// model's flows, the default scenario), gridded at 500 m, with the hourly dispersion met of the city's
// weather, the default (or given) station network, the plants' reported figures, and where the local
// frame sits on the globe: the city's own lon/lat fit, or for a city without one (the synthetic default
// city) a nominal one: local (0, 0) at the weather station's latitude/longitude, east = +x, north = +y,
// 1 m = 1 m on a sphere of 6,371,008.8 m (equirectangular; < 1 m error over ±15 km).
#pragma once

#include <string>
#include <vector>

#include "cli/city_source.hpp"
#include "cli/monitor_command.hpp"
#include "twin/monitor/osse.hpp"
#include "twin/monitor/reconcile.hpp"
#include "twin/monitor/stations.hpp"

namespace cli {

struct MonitorCity {
  LoadedCity loaded;
  twin::monitor::MonitorSetup setup;               // grid, prior, heights, met (8760 h), profiles
  twin::CityLocation location;                     // georeferenced (own or nominal)
  bool nominal_location = false;
  double utc_offset_h = 0.0;                       // local standard time − UTC
  std::vector<twin::monitor::Station> stations;
  std::vector<twin::monitor::ReportedEmitter> plants;
  twin::Vec2 centre;
  int base_year = 0;
};

inline constexpr double kEarthRadiusM = 6371008.8;  // IUGG mean radius (R1)

// false after printing "carbontwin COMMAND: …" to stderr.
bool load_monitor_city(const MonitorCityOptions& options, const char* command, MonitorCity* out);
void add_monitor_city_options(CLI::App* cmd, MonitorCityOptions* options);

}  // namespace cli
