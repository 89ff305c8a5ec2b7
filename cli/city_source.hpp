// Which city a command works on: the embedded synthetic default (or the synthetic city of another
// --seed), or a city imported from a planner's files (--city CITY, written by `carbontwin import`).
// One loader for city, buildings, transport, pathway and export, so every command reads city files
// the same way and says the same things about them.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

#include "twin/city/city.hpp"
#include "twin/climate/climate_choice.hpp"

namespace cli {

struct LoadedCity {
  twin::City city;
  std::uint64_t seed = 0;                  // generator seed (0 for an imported city)
  std::string report_json;                 // the import report inside a city file ("" when generated)
  twin::climate::ClimateChoice climate;    // typical year used for the city's buildings
  twin::emissions::GridRegion grid = twin::emissions::GridRegion::NorthChina;
};

// Adds --city FILE to a command, excluding its --seed option (a file's city has no seed).
CLI::Option* add_city_file_option(CLI::App* cmd, std::string* city_path, CLI::Option* seed_option);

// Reads the city file, or generates the synthetic city. Errors (unreadable file, not a city file,
// corrupt) go to stderr prefixed with "carbontwin COMMAND:" and give false. A city far from every
// built-in typical year is loaded with a warning on stderr.
bool load_city(const std::string& city_path, bool seed_given, std::uint64_t seed, const char* command,
               LoadedCity* out);

// "Beijing" etc., for messages and JSON.
std::string climate_label(const twin::climate::ClimateChoice& choice);

}  // namespace cli
