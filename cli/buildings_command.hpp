// `carbontwin buildings`: the hourly year of every building of the default (or a seeded, or an imported)
// city under its weather (cli/city_source.hpp: --epw, else the city's own EPW, else the nearest built-in
// typical year — Beijing's for the default city); one CSV row per building with energy by end use and
// carrier, PV potential and scope 1/2 emissions for an inventory year.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace cli {

struct BuildingsCommandOptions {
  std::uint64_t seed = 0;
  bool seed_given = false;
  int year = 2020;
  std::string mode = "batched";  // batched | exact
  std::string csv_path;
  std::string city_path;  // an imported city file instead of the generated city
  std::string epw_path;   // --epw: a station's weather year for this run
};

CLI::App* add_buildings_command(CLI::App& app, BuildingsCommandOptions* options);
int run_buildings_command(const BuildingsCommandOptions& options);

}  // namespace cli
