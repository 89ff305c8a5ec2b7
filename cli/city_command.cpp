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

CLI::App* add_city_command(CLI::App& app, CityCommandOptions* options) {
  CLI::App* city = app.add_subcommand(
      "city", "Build a city (the embedded synthetic default unless told otherwise) and report on it");
  city->add_flag("--summary", options->summary,
                 "Print population, jobs, buildings, floor area by use (m2), road length by class "
                 "(km), metro lines and stations");
  city->add_option("--json", options->json_path,
                   "Write the same statistics as JSON to FILE ('-' for stdout); keys in README.md")
      ->type_name("FILE");
  CLI::Option* seed = city->add_option("--seed", options->seed, "Generate the synthetic city for seed N (default: the "
                                            "default city's seed)")
      ->type_name("N")
      ->check(CLI::Validator(
          [](std::string& text) -> std::string {
            const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
            if (!digits || text.find_first_not_of('0') == std::string::npos || text.size() > 20)
              return "must be a positive integer (1 to 18446744073709551615), got '" + text + "'";
            return {};
          },
          "POSITIVE INTEGER"))
      ->each([options](const std::string&) { options->seed_given = true; });
  add_city_file_option(city, &options->city_path, seed);
  return city;
}

int run_city_command(const CityCommandOptions& options) {
  if (!options.summary && options.json_path.empty()) {
    std::cerr << "carbontwin city: nothing to do; give --summary and/or --json FILE\n";
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  LoadedCity loaded;
  if (!load_city(options.city_path, options.seed_given, options.seed, "city", &loaded)) return 1;
  const twin::City& city = loaded.city;
  const twin::CityStats stats = twin::compute_city_stats(city);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  if (options.summary) {
    std::cout << city_summary_text(city, stats);
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
