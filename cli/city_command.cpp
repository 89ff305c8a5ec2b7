#include "cli/city_command.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/city_source.hpp"
#include "cli/city_summary_text.hpp"
#include "twin/city/city_stats.hpp"
#include "twin/city/city_stats_json.hpp"
#include "twin/city/default_city.hpp"

namespace cli {
namespace {

// Which weather the city's buildings run under (cli/city_source.hpp), with two figures a person can
// check against the file: the year's mean dry-bulb temperature and the station's distance.
std::string weather_text(const LoadedCity& loaded) {
  const twin::climate::WeatherPlan& p = loaded.weather.plan;
  const twin::climate::WeatherYear& y = loaded.weather.year;
  double sum_c = 0.0;
  for (double t : y.dry_bulb_c) sum_c += t;
  char buf[160];
  std::snprintf(buf, sizeof buf, "%u h, mean dry bulb %.2f °C", y.hours(),
                y.hours() > 0 ? sum_c / static_cast<double>(y.hours()) : 0.0);
  std::string out = "  weather              " + p.label + (p.given_for_run ? " [--epw]" : "") +
                    (p.from_station && !p.given_for_run ? " [the city's own]" : "") + "\n";
  out += std::string("                       ") + buf;
  if (p.station_distance_km >= 0.0) {
    std::snprintf(buf, sizeof buf, ", station %.1f km from the city", p.station_distance_km);
    out += buf;
  }
  out += "\n";
  std::snprintf(buf, sizeof buf, "  climate zone         %s (of the built-in city nearest the %s: %s)\n",
                twin::climate::to_string(p.zone), p.from_station ? "station" : "city",
                twin::climate::climate_city_name(p.climate.city).c_str());
  return out + buf;
}

}  // namespace

CLI::App* add_city_command(CLI::App& app, CityCommandOptions* options) {
  CLI::App* city = app.add_subcommand(
      "city", "Build a city (the embedded synthetic default unless told otherwise) and report on it");
  city->add_flag("--summary", options->summary,
                 "Print population, jobs, buildings, floor area by use (m2), road length by class "
                 "(km), metro lines and stations");
  city->add_option("--json", options->json_path,
                   "Write the same statistics as JSON to FILE ('-' for stdout); keys in README.md")
      ->type_name("FILE");
  CLI::Option* seed = add_seed_option(city, &options->seed, &options->seed_given,
                                       "Generate the synthetic city for seed N (default: the default city's seed)");
  add_city_file_option(city, &options->city_path, seed);
  add_epw_option(city, &options->epw_path);
  return city;
}

int run_city_command(const CityCommandOptions& options) {
  if (!options.summary && options.json_path.empty()) {
    std::cerr << "carbontwin city: nothing to do; give --summary and/or --json FILE\n";
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  LoadedCity loaded;
  if (!load_city(options.city_path, options.seed_given, options.seed, "city", &loaded, options.epw_path)) return 1;
  const twin::City& city = loaded.city;
  const twin::CityStats stats = twin::compute_city_stats(city);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  if (options.summary) {
    std::cout << city_summary_text(city, stats) << weather_text(loaded);
    std::cout << (options.city_path.empty() ? "(generated in " : "(read in ") << static_cast<int>(seconds * 1000.0 + 0.5) << " ms)\n";
  }
  if (!options.json_path.empty()) {
    const std::string json = twin::city_stats_json(stats, city) + "\n";
    if (options.json_path == "-") {
      std::cout << json;
    } else {
      std::ofstream out(options.json_path, std::ios::binary);
      out << json;
      out.close();
      if (!out) {
        std::cerr << "carbontwin city: cannot write JSON to '" << options.json_path << "'\n";
        return 1;
      }
      if (options.summary) std::cout << "JSON written to " << options.json_path << "\n";
    }
  }
  return 0;
}

}  // namespace cli
