#include "cli/building_command.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/building_spec_json.hpp"
#include "twin/buildings/zone_simulation.hpp"
#include "twin/climate/epw_reader.hpp"

namespace cli {

namespace {

bool read_file(const std::string& path, std::string& bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  bytes = ss.str();
  return static_cast<bool>(in) || in.eof();
}

// "hour 517 (22 Jan 13:00–14:00)" for a non-leap year.
std::string describe_hour(std::uint32_t hour) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  static constexpr const char* kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int day = static_cast<int>(hour / 24), month = 0;
  while (month < 11 && day >= kDays[month]) day -= kDays[month++];
  char text[64];
  std::snprintf(text, sizeof text, "hour %u, %d %s %02u:00-%02u:00", hour, day + 1, kMonths[month], hour % 24,
                hour % 24 + 1);
  return text;
}

nlohmann::json result_json(const twin::buildings::ZoneSpec& spec, const twin::climate::WeatherYear& weather,
                           const twin::buildings::ZoneResult& r) {
  const twin::buildings::ZoneEnergyBalance& b = r.balance;
  nlohmann::json j = {
      {"spec", spec.name},
      {"weather", weather.source},
      {"hvac_enabled", spec.hvac_enabled},
      {"annual_heating_mwh", r.heating_mwh},
      {"annual_cooling_mwh", r.cooling_mwh},
      {"peak_heating_kw", r.peak_heating_kw},
      {"peak_heating_hour", r.peak_heating_hour},
      {"peak_cooling_kw", r.peak_cooling_kw},
      {"peak_cooling_hour", r.peak_cooling_hour},
      {"min_air_temperature_c", r.min_air_temperature_c},
      {"min_air_temperature_hour", r.min_air_temperature_hour},
      {"max_air_temperature_c", r.max_air_temperature_c},
      {"max_air_temperature_hour", r.max_air_temperature_hour},
      {"mean_air_temperature_c", r.mean_air_temperature_c},
      {"energy_balance_kwh",
       {{"solar_absorbed", b.solar_absorbed_kwh}, {"solar_transmitted", b.solar_transmitted_kwh},
        {"internal_gains", b.internal_gains_kwh}, {"heating", b.heating_kwh}, {"cooling", b.cooling_kwh},
        {"infiltration", b.infiltration_kwh}, {"exterior_exchange", b.exterior_exchange_kwh},
        {"storage_change", b.storage_change_kwh}, {"residual", b.residual_kwh()}}},
      {"node_count", r.node_count}};
  return j;
}

}  // namespace

CLI::App* add_building_command(CLI::App& app, BuildingCommandOptions* options) {
  CLI::App* building = app.add_subcommand(
      "building", "Simulate one thermal zone for a weather year (ISO 52016-1-style hourly model): annual and "
                  "peak heating/cooling loads, or free-float temperatures");
  building->add_option("--spec", options->spec_path, "Building spec JSON (schema: docs/building-spec.md)")
      ->type_name("FILE")
      ->required();
  building->add_option("--epw", options->epw_path, "EnergyPlus weather file (.epw)")->type_name("FILE")->required();
  building->add_option("--json", options->json_path, "Also write the results as JSON to FILE ('-' for stdout)")
      ->type_name("FILE");
  return building;
}

int run_building_command(const BuildingCommandOptions& options) {
  std::string spec_text, epw_bytes;
  if (!read_file(options.spec_path, spec_text)) {
    std::cerr << "carbontwin building: cannot read spec '" << options.spec_path << "'\n";
    return 1;
  }
  const BuildingSpecParse parsed = parse_building_spec_json(spec_text);
  if (!parsed.ok()) {
    for (const std::string& e : parsed.errors) std::cerr << options.spec_path << ": " << e << "\n";
    std::cerr << "carbontwin building: " << parsed.errors.size() << " error(s) in the spec; nothing simulated\n";
    return 1;
  }
  if (!read_file(options.epw_path, epw_bytes)) {
    std::cerr << "carbontwin building: cannot read weather '" << options.epw_path << "'\n";
    return 1;
  }
  const std::string epw_name = options.epw_path.substr(options.epw_path.find_last_of("/\\") + 1);
  const twin::climate::EpwReadResult epw = twin::climate::parse_epw(epw_bytes, epw_name);
  for (const twin::climate::EpwIssue& w : epw.warnings) std::cerr << "warning: " << to_string(w, epw_name) << "\n";
  if (!epw.ok()) {
    for (const twin::climate::EpwIssue& e : epw.errors) std::cerr << to_string(e, epw_name) << "\n";
    std::cerr << "carbontwin building: the weather file has errors; nothing simulated\n";
    return 1;
  }

  const auto start = std::chrono::steady_clock::now();
  const twin::buildings::ZoneResult r = twin::buildings::simulate_zone(parsed.spec, epw.weather);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!r.errors.empty()) {
    for (const std::string& e : r.errors) std::cerr << "carbontwin building: " << e << "\n";
    return 1;
  }

  const twin::buildings::ZoneSpec& spec = parsed.spec;
  std::printf("%s\nweather: %s (%u h)\n", spec.name.c_str(), epw.weather.source.c_str(), epw.weather.hours());
  if (spec.hvac_enabled) {
    std::printf("annual heating load   %8.3f MWh\n", r.heating_mwh);
    std::printf("annual cooling load   %8.3f MWh\n", r.cooling_mwh);
    std::printf("peak heating load     %8.3f kW   (%s)\n", r.peak_heating_kw, describe_hour(r.peak_heating_hour).c_str());
    std::printf("peak cooling load     %8.3f kW   (%s)\n", r.peak_cooling_kw, describe_hour(r.peak_cooling_hour).c_str());
  } else {
    std::printf("free-float zone air temperature (hourly means)\n");
    std::printf("  minimum             %8.2f C    (%s)\n", r.min_air_temperature_c, describe_hour(r.min_air_temperature_hour).c_str());
    std::printf("  maximum             %8.2f C    (%s)\n", r.max_air_temperature_c, describe_hour(r.max_air_temperature_hour).c_str());
    std::printf("  mean                %8.2f C\n", r.mean_air_temperature_c);
  }
  std::printf("(%d nodes, %d steps per hour, simulated in %.0f ms)\n", r.node_count, spec.substeps_per_hour, ms);

  if (!options.json_path.empty()) {
    const std::string text = result_json(spec, epw.weather, r).dump(2) + "\n";
    if (options.json_path == "-") {
      std::cout << text;
    } else {
      std::ofstream out(options.json_path, std::ios::binary);
      out << text;
      out.close();
      if (!out) {
        std::cerr << "carbontwin building: cannot write JSON to '" << options.json_path << "'\n";
        return 1;
      }
    }
  }
  return 0;
}

}  // namespace cli
