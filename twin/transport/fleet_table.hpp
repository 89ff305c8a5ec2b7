// The fleet model's parameters as embedded constant data (the core reads no files): one row per
// number, each with the year it describes and its source. The same rows, in the same order, are
// assets/transport/fleet_parameters.csv; tests/twin/transport/fleet_table_test.cpp checks (natively)
// that they agree. fleet_params.hpp turns the rows into the model's structure.
#pragma once

#include <span>

namespace twin::transport {

struct FleetParamRow {
  const char* vehicle_class;  // "car", "taxi", "bus", "metro" or "all"
  const char* powertrain;     // "ice", "hev", "phev", "bev", "fcev" or "all"
  const char* parameter;      // e.g. "fuel_l_per_100km"; trajectories repeat it with several years
  int year;                   // the year the value describes (anchor year of a trajectory)
  double value;
  const char* unit;
  const char* source;         // "approximate, …" where the figure is only known approximately
};

std::span<const FleetParamRow> fleet_param_rows();

}  // namespace twin::transport
