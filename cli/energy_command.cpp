#include "cli/energy_command.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/city_source.hpp"
#include "twin/buildings/city_energy.hpp"
#include "twin/energy/building_series.hpp"
#include "twin/energy/energy_city_def.hpp"
#include "twin/energy/energy_json.hpp"

namespace cli {

namespace te = twin::energy;

namespace {

bool write_file(const std::string& path, const std::string& text, const char* what) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) {
    std::cerr << "carbontwin energy: cannot write " << what << " to '" << path << "'\n";
    return false;
  }
  return true;
}

}  // namespace

CLI::App* add_energy_command(CLI::App& app, EnergyCommandOptions* o) {
  CLI::App* cmd = app.add_subcommand("energy", "Hourly electricity balance (PV, wind, CHP, storage, grid) and "
                                               "district heat of the city for one year");
  CLI::Option* seed = cmd->add_option("--seed", o->seed, "Generate the synthetic city for seed N (default: the default city)")
                          ->type_name("N")
                          ->check(CLI::Range(std::uint64_t{1}, UINT64_MAX))
                          ->each([o](const std::string&) { o->seed_given = true; });
  add_city_file_option(cmd, &o->city_path, seed);
  add_epw_option(cmd, &o->epw_path);
  cmd->add_option("--assets", o->assets_path,
                  "Energy assets and loads as key,value CSV rows over the default (layout: "
                  "assets/energy/default_energy_system.csv)")
      ->type_name("CSV");
  cmd->add_option("--year", o->year, "Year of the grid and fuel emission factors (default 2020)")->check(CLI::Range(2000, 2100));
  cmd->add_option("--json", o->json_path, "Write the annual totals to FILE")->type_name("OUT")->required();
  cmd->add_option("--hourly", o->hourly_path, "Write one row per hour, every term in kWh, to FILE")->type_name("CSV");
  return cmd;
}

int run_energy_command(const EnergyCommandOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  te::EnergyCityDef def = te::default_energy_city_def();
  if (!o.assets_path.empty()) {
    std::ifstream in(o.assets_path, std::ios::binary);
    if (!in) {
      std::cerr << "carbontwin energy: cannot read assets file '" << o.assets_path << "'\n";
      return 1;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    const std::vector<te::EnergyIssue> issues = te::parse_energy_city_csv(bytes.str(), def, &def);
    for (const te::EnergyIssue& i : issues)
      std::cerr << "carbontwin energy: " << o.assets_path << ": " << i.where << ": " << i.message << "\n";
    if (!issues.empty()) return 1;
  }
  LoadedCity loaded;
  if (!load_city(o.city_path, o.seed_given, o.seed, "energy", &loaded, o.epw_path)) return 1;
  const twin::climate::WeatherYear& weather = loaded.weather.year;
  twin::buildings::CityEnergyDef bdef = twin::buildings::default_city_energy_def();
  bdef.zone = loaded.weather.plan.zone;
  bdef.hourly = true;
  const twin::buildings::CityEnergyResult buildings = twin::buildings::simulate_city_energy(loaded.city, weather, bdef);
  const te::BuildingSeries series = te::building_series(buildings, def.loads.rooftop_pv_share);
  const te::EnergyProfiles profiles = te::make_energy_profiles(weather, def.system, def.loads.shapes);
  const te::EnergyFactors factors = te::energy_factors_for_year(o.year, loaded.grid);
  const auto balance_start = std::chrono::steady_clock::now();
  const te::EnergyYearResult r =
      te::evaluate_energy_year(def.system, profiles, te::drivers_of(series, def.loads, factors, o.year));
  const double balance_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - balance_start).count();
  for (const te::EnergyIssue& i : r.issues) std::cerr << "carbontwin energy: " << i.where << ": " << i.message << "\n";
  if (!r.issues.empty()) return 1;

  if (!write_file(o.json_path, te::energy_year_json(r, o.year) + "\n", "JSON")) return 1;
  if (!o.hourly_path.empty() && !write_file(o.hourly_path, te::energy_hourly_csv(r), "hourly CSV")) return 1;

  const te::EnergyYearSummary& m = r.summary;
  std::printf("weather: %s\ngrid: %s, factor %.4f kgCO2/kWh (year %d)\n", loaded.weather.plan.label.c_str(),
              twin::emissions::to_string(loaded.grid), m.grid_factor_kg_per_kwh, o.year);
  std::printf("demand_kwh: %.6g (buildings %.6g, ev %.6g, heat pumps %.6g, industry %.6g, other %.6g)\n", m.demand_kwh,
              m.buildings_kwh, m.ev_kwh, m.heat_pump_kwh, m.industry_kwh, m.other_kwh);
  std::printf("local_generation_kwh: %.6g (rooftop pv %.6g, utility pv %.6g, wind %.6g, chp %.6g, thermal %.6g)\n",
              m.local_generation_kwh, m.rooftop_pv_kwh, m.utility_pv_kwh, m.wind_kwh, m.chp_kwh, m.thermal_kwh);
  std::printf("import_kwh: %.6g  export_kwh: %.6g  curtailment_kwh: %.6g  unserved_kwh: %.6g\n", m.import_kwh,
              m.export_kwh, m.curtailment_kwh, m.unserved_kwh);
  std::printf("self_sufficiency: %.4f  peak_import_kw: %.6g\n", m.self_sufficiency, m.peak_import_kw);
  std::printf("electricity_factor_kg_per_kwh: %.4f  heat_factor_kg_per_kwh: %.4f\n", m.electricity_factor_kg_per_kwh,
              m.heat_factor_kg_per_kwh);
  std::printf("max_abs_balance_residual_kwh: %.3g\nbalance_ms: %.2f\ntotal_s: %.2f\nJSON written to %s\n",
              m.max_abs_residual_kwh, balance_ms,
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), o.json_path.c_str());
  if (!o.hourly_path.empty()) std::printf("hourly CSV written to %s\n", o.hourly_path.c_str());
  return 0;
}

}  // namespace cli
