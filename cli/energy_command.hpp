// `carbontwin energy`: the hourly electricity balance of the city (源网荷储) and its district heat for
// one year — the buildings' hourly year (twin/buildings) under the city's weather, the default (or a
// planner's) energy assets (twin/energy, assets/energy/default_energy_system.csv), the regional grid's
// factor of the year. JSON with the annual totals; optionally one CSV row per hour.
// With --scenario FILE the year's drivers come from that scenario's pathway year instead (the demand by
// class, rooftop PV, district heat, the grid factor and the supply levers that twin/pathway/
// local_supply.hpp balances on representative days), balanced here over the full 8760 hours by the same
// code (local_supply_balance).
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace cli {

struct EnergyCommandOptions {
  std::uint64_t seed = 0;
  bool seed_given = false;
  std::string city_path;    // an imported city file instead of the generated city
  std::string epw_path;     // a station's weather year for this run
  std::string assets_path;  // a CSV of energy assets (key,value rows) over the default
  int year = 2020;          // year of the emission factors (with a scenario: the pathway year)
  std::string scenario_path;  // drivers and supply levers of `year` from this scenario's pathway
  std::string json_path;
  std::string hourly_path;
};

CLI::App* add_energy_command(CLI::App& app, EnergyCommandOptions* options);
int run_energy_command(const EnergyCommandOptions& options);

}  // namespace cli
