#include "cli/city_source.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

#include "twin/city/city_file.hpp"
#include "twin/city/default_city.hpp"

namespace cli {

CLI::Option* add_city_file_option(CLI::App* cmd, std::string* city_path, CLI::Option* seed_option) {
  CLI::Option* opt = cmd->add_option("--city", *city_path,
                                     "Work on an imported city (a city file written by 'carbontwin import') "
                                     "instead of the synthetic default city")
                         ->type_name("CITY");
  if (seed_option) opt->excludes(seed_option);
  return opt;
}

std::string climate_label(const twin::climate::ClimateChoice& choice) {
  std::string name = twin::climate::to_string(choice.city);
  if (!name.empty()) name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

bool load_city(const std::string& city_path, bool seed_given, std::uint64_t seed, const char* command,
               LoadedCity* out) {
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
  out->climate = twin::climate::climate_for_city(out->city);
  out->grid = twin::climate::grid_region_for(out->climate.city);
  if (out->climate.georeferenced && out->climate.distance_km > twin::climate::kFarFromTypicalYearKm)
    std::cerr << "carbontwin " << command << ": warning: the city lies " << static_cast<long>(out->climate.distance_km)
              << " km from the nearest built-in typical year (" << climate_label(out->climate)
              << "); its buildings' energy uses that climate\n";
  return true;
}

}  // namespace cli
