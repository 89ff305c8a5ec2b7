#include "cli/city_source.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

#include "twin/city/city_file.hpp"
#include "twin/city/default_city.hpp"

namespace cli {

CLI::Option* add_seed_option(CLI::App* cmd, std::uint64_t* seed, bool* seed_given, const std::string& help) {
  return cmd->add_option("--seed", *seed, help)
      ->type_name("N")
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
            if (!digits || text.find_first_not_of('0') == std::string::npos || text.size() > 20)
              return "must be a positive integer (1 to 18446744073709551615), got '" + text + "'";
            return {};
          },
          "POSITIVE INTEGER"))
      ->each([seed_given](const std::string&) { *seed_given = true; });
}

CLI::Option* add_city_file_option(CLI::App* cmd, std::string* city_path, CLI::Option* seed_option) {
  CLI::Option* opt = cmd->add_option("--city", *city_path,
                                     "Work on an imported city (a city file written by 'carbontwin import') "
                                     "instead of the synthetic default city")
                         ->type_name("CITY");
  if (seed_option) opt->excludes(seed_option);
  return opt;
}

CLI::Option* add_epw_option(CLI::App* cmd, std::string* epw_path) {
  return cmd->add_option("--epw", *epw_path,
                         "Run the buildings under this EnergyPlus weather file (EPW) instead of the city's own "
                         "weather or the built-in typical year nearest the city")
      ->type_name("FILE");
}

std::string climate_label(const twin::climate::ClimateChoice& choice) {
  return twin::climate::climate_city_name(choice.city);
}

namespace {

// Reads --epw FILE; false (with every error on stderr, naming the file, line and field) when it cannot.
bool read_epw_option(const std::string& path, const char* command, twin::climate::StationWeather* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "carbontwin " << command << ": cannot read weather file '" << path << "'\n";
    return false;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const std::string name = path.substr(path.find_last_of("/\\") + 1);
  twin::climate::StationWeatherRead r = twin::climate::read_station_weather(bytes.str(), name);
  for (const auto& w : r.warnings)
    std::cerr << "carbontwin " << command << ": warning: " << twin::climate::to_string(w, path) << "\n";
  if (!r.weather) {
    for (const auto& e : r.errors) std::cerr << "carbontwin " << command << ": " << twin::climate::to_string(e, path) << "\n";
    return false;
  }
  *out = std::move(*r.weather);
  return true;
}

}  // namespace

bool load_city(const std::string& city_path, bool seed_given, std::uint64_t seed, const char* command,
               LoadedCity* out, const std::string& epw_path) {
  twin::climate::StationWeather given;
  if (!epw_path.empty() && !read_epw_option(epw_path, command, &given)) return false;
  if (city_path.empty()) {
    twin::CityGeneratorDef def = twin::default_city_def();
    if (seed_given) def.seed = seed;
    out->city = twin::generate_city(def);
    out->seed = def.seed;
  } else {
    std::ifstream in(city_path, std::ios::binary);
    if (!in) {
      std::cerr << "carbontwin " << command << ": cannot read city file '" << city_path << "'\n";
      return false;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    twin::CityFileRead r = twin::read_city_file(bytes.str());
    for (const std::string& w : r.warnings) std::cerr << city_path << ": warning: " << w << "\n";
    if (!r.ok) {
      for (const std::string& e : r.errors) std::cerr << "carbontwin " << command << ": " << city_path << ": " << e << "\n";
      return false;
    }
    out->city = std::move(r.city);
    out->report_json = std::move(r.report_json);
    out->seed = 0;
  }
  out->weather = twin::climate::weather_for_city(out->city, epw_path.empty() ? nullptr : &given);
  out->climate = out->weather.plan.climate;
  out->grid = twin::climate::grid_region_for(twin::climate::climate_for_city(out->city).city);
  for (const std::string& w : out->weather.plan.warnings)
    std::cerr << "carbontwin " << command << ": warning: " << w << "\n";
  return true;
}

}  // namespace cli
