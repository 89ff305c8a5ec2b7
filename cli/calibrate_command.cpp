#include "cli/calibrate_command.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <vector>

#include "cli/city_source.hpp"
#include "twin/buildings/city_energy.hpp"
#include "twin/calibration/calibration.hpp"
#include "twin/calibration/calibration_json.hpp"
#include "twin/calibration/meters.hpp"
#include "twin/emissions/factor_set.hpp"
#include "twin/json_text/json_text.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/transport_from_model.hpp"

namespace cli {
namespace {

using namespace twin::calibration;
using twin::emissions::Carrier;

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  *out = text.str();
  return static_cast<bool>(in) || in.eof();
}

}  // namespace

CLI::App* add_calibrate_command(CLI::App& app, CalibrateCommandOptions* options) {
  CLI::App* cmd = app.add_subcommand(
      "calibrate", "Compare the base year with the city's energy balance table (and building meters), and calibrate");
  cmd->add_option("--balance", options->balance_path,
                  "Energy balance table CSV, sectors x carriers (docs/calibration.md)")
      ->type_name("CSV")
      ->required();
  cmd->add_option("--meters", options->meters_dir,
                  "Folder of hourly meter CSVs, one per building (time,kwh; docs/calibration.md)")
      ->type_name("DIR");
  cmd->add_option("--json", options->json_path, "Write the report as JSON to FILE ('-' for stdout)")
      ->type_name("OUT")
      ->required();
  CLI::Option* seed = cmd->add_option("--seed", options->seed, "Use the synthetic city of seed N (default: the default city)")
      ->type_name("N")
      ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{18446744073709551615ull}))
      ->each([options](const std::string&) { options->seed_given = true; });
  add_city_file_option(cmd, &options->city_path, seed);
  add_epw_option(cmd, &options->epw_path);
  cmd->add_option("--baseline", options->baseline,
                  "Base-year intensities: 'simulated' (default) or 'table', as in `carbontwin pathway`")
      ->check(CLI::IsMember({"simulated", "table"}));
  cmd->add_option("--transport", options->transport,
                  "Transport sector: 'model' (default; the city's transport model) or 'none'")
      ->check(CLI::IsMember({"model", "none"}));
  return cmd;
}

int run_calibrate_command(const CalibrateCommandOptions& options) {
  // 1. The table first: a bad file fails before any simulation.
  std::string balance_text;
  if (!read_file(options.balance_path, &balance_text)) {
    std::cerr << "carbontwin calibrate: cannot read balance table '" << options.balance_path << "'\n";
    return 1;
  }
  EnergyBalance balance;
  std::vector<std::string> errors;
  if (!read_energy_balance(balance_text, &balance, &errors)) {
    for (const std::string& e : errors) std::cerr << options.balance_path << ": " << e << "\n";
    return 1;
  }
  // 2. Meter files, each read and matched to a building before any simulation.
  LoadedCity loaded;
  if (!load_city(options.city_path, options.seed_given, options.seed, "calibrate", &loaded, options.epw_path)) return 1;
  const twin::City& city = loaded.city;
  std::vector<std::pair<MeterSeries, std::int64_t>> meters;
  if (!options.meters_dir.empty()) {
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(options.meters_dir, ec)) {
      std::string ext = entry.path().extension().string();
      std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (entry.is_regular_file() && ext == ".csv") files.push_back(entry.path());
    }
    if (ec) {
      std::cerr << "carbontwin calibrate: cannot list meter folder '" << options.meters_dir << "': " << ec.message() << "\n";
      return 1;
    }
    if (files.empty()) {
      std::cerr << "carbontwin calibrate: the meter folder '" << options.meters_dir << "' has no .csv file\n";
      return 1;
    }
    std::sort(files.begin(), files.end());
    bool ok = true;
    for (const auto& file : files) {
      std::string text;
      MeterSeries m;
      std::vector<std::string> meter_errors;
      if (!read_file(file.string(), &text)) {
        std::cerr << "carbontwin calibrate: cannot read meter file '" << file.string() << "'\n";
        ok = false;
        continue;
      }
      if (!read_meter_csv(text, file.filename().string(), &m, &meter_errors)) {
        for (const std::string& e : meter_errors) std::cerr << file.string() << ": " << e << "\n";
        ok = false;
        continue;
      }
      const std::int64_t b = find_building(city, m.building_key);
      if (b < 0) {
        std::cerr << file.string() << ": building '" << m.building_key << "' is neither a source id of the city nor "
                  << "an index below " << city.buildings.size() << "\n";
        ok = false;
        continue;
      }
      meters.emplace_back(std::move(m), b);
    }
    if (!ok) return 1;
  }

  // 3. The twin's base year, as `carbontwin pathway` computes it under the default scenario.
  const bool simulated = options.baseline != "table";
  twin::pathway::Baseline baseline;
  if (simulated) {
    twin::buildings::CityEnergyDef def = twin::buildings::default_city_energy_def();
    def.zone = loaded.weather.plan.zone;
    baseline = twin::pathway::baseline_from_simulation(city, twin::buildings::simulate_city_energy(city, loaded.weather.year, def));
  } else {
    baseline = twin::pathway::baseline_from_city(city);
  }
  const twin::pathway::Scenario scenario = twin::pathway::default_scenario();
  if (options.transport == "model") {
    const std::string error = twin::pathway::fill_transport_baseline(city, scenario, &baseline.transport);
    if (!error.empty()) {
      std::cerr << "carbontwin calibrate: the transport model failed: " << error << "\n";
      return 1;
    }
  }
  const twin::pathway::PathwayResult pathway = twin::pathway::evaluate_pathway(baseline, scenario);
  const twin::pathway::PathwayYear& base = pathway.years.front();
  // The base year's own factors: the pathway's grid and heat factors, the fuels' IPCC defaults.
  twin::emissions::FactorSet factors = twin::emissions::factors_for_year(base.year, loaded.grid);
  factors.of(Carrier::Electricity).kg_per_kwh = base.grid_factor_kg_per_kwh;
  factors.of(Carrier::DistrictHeat).kg_per_kwh = base.heat_factor_kg_per_kwh;
  const CalibrationResult result = calibrate(balance, base.energy, factors);

  // 4. Meters against the simulated building (one simulation per building and carrier).
  std::vector<MeterComparison> comparisons;
  std::map<std::pair<std::int64_t, int>, std::vector<double>> simulated_hours;
  for (const auto& [m, b] : meters) {
    auto k = std::make_pair(b, static_cast<int>(m.carrier));
    auto it = simulated_hours.find(k);
    if (it == simulated_hours.end())
      it = simulated_hours
               .emplace(k, simulate_building_hourly_kwh(city, static_cast<std::uint32_t>(b), loaded.weather.year,
                                                        loaded.weather.plan.zone, m.carrier))
               .first;
    comparisons.push_back(compare_meter(m, b, it->second));
  }

  std::string factors_json = "{";
  for (int c = 0; c < twin::emissions::kCarrierCount; ++c) {
    if (c) factors_json += ',';
    factors_json += twin::json_text::quote(twin::emissions::to_string(static_cast<Carrier>(c))) + ":" +
                    twin::json_text::number(factors.of(static_cast<Carrier>(c)).kg_per_kwh);
  }
  factors_json += "}";
  const std::string doc =
      "{\"city\":{\"name\":" + twin::json_text::quote(city.name) + ",\"synthetic\":" + (city.synthetic ? "true" : "false") +
      ",\"seed\":" + std::to_string(loaded.seed) + "},\"base_year\":" + std::to_string(base.year) +
      ",\"balance_file\":" + twin::json_text::quote(options.balance_path) +
      ",\"model\":{\"baseline\":" + twin::json_text::quote(options.baseline) + ",\"transport\":" + twin::json_text::quote(options.transport) +
      ",\"weather\":" + twin::json_text::quote(loaded.weather.plan.label) + "},\"emission_factors_kg_per_kwh\":" + factors_json +
      ",\"calibration\":" + calibration_json(result, balance, comparisons) + "}\n";

  if (options.json_path == "-") {
    std::cout << doc;
  } else {
    std::ofstream out(options.json_path, std::ios::binary);
    if (!(out << doc)) {
      std::cerr << "carbontwin calibrate: cannot write '" << options.json_path << "'\n";
      return 1;
    }
    std::printf("Calibration of %s%s, base year %d, against %s\n", city.name.c_str(),
                city.synthetic ? " (synthetic city)" : "", base.year, options.balance_path.c_str());
    std::printf("%-12s %-13s %16s %16s %9s %-12s %8s\n", "sector", "carrier", "observed kWh", "modelled kWh", "gap %",
                "rule", "factor");
    for (const CellComparison& c : result.cells) {
      if (!c.observed && c.modelled_kwh == 0.0) continue;
      char gap[16] = "-", observed[32] = "-";
      if (c.has_relative_gap) std::snprintf(gap, sizeof gap, "%+.1f", 100.0 * c.relative_gap);
      if (c.observed) std::snprintf(observed, sizeof observed, "%.0f", c.observed_kwh);
      std::printf("%-12s %-13s %16s %16.0f %9s %-12s %8.3f\n", to_string(c.sector), twin::emissions::to_string(c.carrier),
                  observed, c.modelled_kwh, gap, to_string(c.rule), c.factor);
    }
    std::printf("emissions (tCO2): modelled %.0f, calibrated %.0f\n", result.modelled_emissions.total_t(),
                result.calibrated_emissions.total_t());
    for (const MeterComparison& m : comparisons)
      std::printf("meter %s (building %lld): %zu h, CV(RMSE) %.1f %%, NMBE %+.1f %% -> %s\n", m.building_key.c_str(),
                  static_cast<long long>(m.building), m.hours_compared, m.stats.cv_rmse_pct, m.stats.nmbe_pct,
                  !m.stats.valid ? "no statistics (measured mean 0)" : m.stats.passes ? "pass" : "fail");
    std::printf("report written to %s\n", options.json_path.c_str());
  }
  return 0;
}

}  // namespace cli
