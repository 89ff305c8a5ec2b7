// Which city a command works on: the embedded synthetic default (or the synthetic city of another
// --seed), or a city imported from a planner's files (--city CITY, written by `carbontwin import`).
// One loader for city, buildings, transport, pathway and export, so every command reads city files
// the same way and says the same things about them. The weather the buildings run under is chosen here
// too (twin/climate/city_weather.hpp): a station's year given with --epw FILE, else the city's own (an
// EPW given at import), else the built-in typical year nearest the city.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

#include "twin/city/city.hpp"
#include "twin/climate/city_weather.hpp"
#include "twin/climate/climate_choice.hpp"

namespace cli {

struct LoadedCity {
  twin::City city;
  std::uint64_t seed = 0;                  // generator seed (0 for an imported city)
  std::string report_json;                 // the import report inside a city file ("" when generated)
  twin::climate::CityWeather weather;      // the hours the buildings run under, with its label and zone
  twin::climate::ClimateChoice climate;    // = weather.plan.climate: the built-in city whose zone the buildings
                                           // take (city_normals(climate.city).zone); its typical year is the
                                           // weather only when weather.plan.from_station is false
  twin::emissions::GridRegion grid = twin::emissions::GridRegion::NorthChina;  // from the city's own location
};

// Adds --seed N (the synthetic city of seed N; 1 to 2^64−1, a clear message for 0, a non-number or an
// overflow), setting *seed_given when given.
CLI::Option* add_seed_option(CLI::App* cmd, std::uint64_t* seed, bool* seed_given, const std::string& help);

// Adds --city FILE to a command, excluding its --seed option (a file's city has no seed).
CLI::Option* add_city_file_option(CLI::App* cmd, std::string* city_path, CLI::Option* seed_option);

// Adds --epw FILE: a station's weather year for this run, overriding the city's own and the typical year.
CLI::Option* add_epw_option(CLI::App* cmd, std::string* epw_path);

// Reads the city file, or generates the synthetic city, and chooses its weather (epw_path: --epw, or "").
// Errors (unreadable file, not a city file, corrupt; an unreadable or malformed EPW, each error with its
// line and field) go to stderr prefixed with "carbontwin COMMAND:" and give false. The weather's
// warnings (a station far from the city or of unknown position, a city far from every built-in typical
// year) go to stderr.
bool load_city(const std::string& city_path, bool seed_given, std::uint64_t seed, const char* command,
               LoadedCity* out, const std::string& epw_path = {});

// "Beijing" etc., for messages and JSON (twin::climate::climate_city_name).
std::string climate_label(const twin::climate::ClimateChoice& choice);

}  // namespace cli
