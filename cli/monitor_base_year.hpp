// The base year the monitoring commands grid (`monitor grid`, `monitor simulate`/`invert`), built as
// `carbontwin pathway` builds it (same city, weather, --baseline and --transport; the default scenario),
// keeping what `pathway` throws away: the buildings' hourly scope-1 fuel use (the shape of their hourly
// profile) and the transport model's link flows (where the road emissions go).
#pragma once

#include <vector>

#include "cli/city_source.hpp"
#include "twin/monitor/city_grid.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/pathway.hpp"

namespace cli {

struct MonitorBaseYear {
  twin::pathway::Baseline baseline;
  twin::pathway::PathwayResult pathway;  // the default scenario; years.front() is the base year
  std::vector<double> buildings_hourly_kwh;  // 8760 h of scope-1 fuel burnt in the buildings; empty for 'table'
  std::vector<double> link_flow_pcu_h;       // empty: no flows (transport 'none' or the model failed)
  bool transport_model_failed = false;       // the flows only: the baseline's transport came through
};

// simulated: buildings from the hourly simulation (else the city's table); transport_model: the
// transport model's travel and flows (else none). false after printing "carbontwin COMMAND: …".
bool build_monitor_base_year(const LoadedCity& loaded, bool simulated, bool transport_model, const char* command,
                             MonitorBaseYear* out);

// The city's gridded emissions of that base year (twin::monitor::build_city_grid); false after printing.
bool grid_monitor_base_year(const LoadedCity& loaded, const MonitorBaseYear& base, double cell_m, const char* command,
                            twin::monitor::CityGrid* out);

}  // namespace cli
