// The travel-demand parameter tables of the core, embedded as constant data (the core reads no
// files). The same rows, in the same order, are assets/transport/trip_rates.csv and
// assets/transport/mode_choice_parameters.csv; tests/twin/transport checks that they agree value for
// value, source for source. demand_parameters.cpp turns the rows into typed DemandParameters.
#pragma once

#include <span>

namespace twin::transport {

struct DemandTableRow {
  const char* key;     // parameter name, e.g. "production_per_resident"
  const char* scope;   // purpose ("hbw", "hbo", "nhb") or mode ("walk" … "taxi") or "all"
  double value;        // in `unit`
  const char* unit;
  int year;            // year the figure describes (survey, fare notice, report)
  const char* source;  // the reference, with "approximate" where the figure is only known roughly
};

// Trip generation, distribution targets and time of day, per purpose (trip_rates.csv).
std::span<const DemandTableRow> trip_rate_rows();
// Mode-choice coefficients, level-of-service, fares, occupancy and service figures, per mode
// (mode_choice_parameters.csv).
std::span<const DemandTableRow> mode_choice_parameter_rows();

}  // namespace twin::transport
