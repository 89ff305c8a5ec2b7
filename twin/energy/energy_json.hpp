// The one serialiser of an energy year (used by the CLI and, through the wasm API, by the page):
// annual JSON and the hourly CSV (one row per hour, every term in kWh, balance_residual_kwh and the
// hourly factor). Strings only; the caller writes them where it wants.
#pragma once

#include <string>

#include "twin/energy/energy_year.hpp"

namespace twin::energy {

// {"year", "hours", "electricity": {…totals kWh…, "self_sufficiency", "curtailment_share",
//  "peak_import_kw", "electricity_factor_kg_per_kwh", …}, "heat": {…}, "emissions": {…}} — or
// {"issues": [{"where", "message"}…]} when the year could not be evaluated.
std::string energy_year_json(const EnergyYearResult& result, int year);

// Header + one row per hour; columns listed in energy_hourly_csv_columns().
std::string energy_hourly_csv(const EnergyYearResult& result);
const char* energy_hourly_csv_columns();

}  // namespace twin::energy
