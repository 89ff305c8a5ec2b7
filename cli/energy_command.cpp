#include "cli/energy_command.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/city_source.hpp"
#include "cli/pathway_baseline.hpp"
#include "cli/scenario_json.hpp"
#include "twin/pathway/pathway.hpp"
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
  CLI::Option* seed = add_seed_option(cmd, &o->seed, &o->seed_given, "Generate the synthetic city for seed N (default: the default city)");
  add_city_file_option(cmd, &o->city_path, seed);
  add_epw_option(cmd, &o->epw_path);
  cmd->add_option("--assets", o->assets_path,
                  "Energy assets and loads as key,value CSV rows over the default (layout: "
                  "assets/energy/default_energy_system.csv)")
      ->type_name("CSV");
  cmd->add_option("--year", o->year, "Year of the grid and fuel emission factors (default 2020); with --scenario the "
                                     "pathway year (2020-2060)")
      ->check(CLI::Range(2000, 2100));
  cmd->add_option("--scenario", o->scenario_path,
                  "Take the year's demand, rooftop PV, district heat, grid factor and supply levers from this "
                  "scenario's pathway (docs/scenario.md) and balance them over the full year")
      ->type_name("FILE");
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
  auto balance_start = std::chrono::steady_clock::now();
  te::EnergyYearResult r;
  if (o.scenario_path.empty()) {
    r = te::evaluate_energy_year(def.system, profiles, te::drivers_of(series, def.loads, factors, o.year));
  } else {  // the pathway year's drivers (local_supply.hpp), balanced over every hour of the year
    namespace tp = twin::pathway;
    if (o.year < tp::kFirstYear || o.year > tp::kLastYear) {
      std::cerr << "carbontwin energy: --year " << o.year << " is outside the pathway's years " << tp::kFirstYear << "-"
                << tp::kLastYear << "\n";
      return 1;
    }
    tp::Scenario scenario = tp::default_scenario();
    if (!read_scenario_file(o.scenario_path, "energy", &scenario)) return 1;
    tp::Baseline base;
    if (!build_pathway_baseline(loaded, scenario, BaselineChoice{}, "energy", &base)) return 1;
    if (!base.local_supply.present()) {
      std::cerr << "carbontwin energy: --scenario: this city has no local energy system in its pathway (an imported "
                   "city keeps the annual grid factor), so there is no pathway balance to expand\n";
      return 1;
    }
    // The pathway's local supply on this run's assets, weather and simulated hours.
    base.local_supply =
        tp::local_supply_base(def, profiles, series.electricity_kwh, series.rooftop_pv_kwh, series.district_heat_kwh);
    const tp::PathwayResult path = tp::evaluate_pathway(base, scenario);
    const tp::LocalSupplyYear& ls = path.years[o.year - tp::kFirstYear].local_supply;
    const tp::LocalSupplyBase full = tp::local_supply_base(def, profiles, series.electricity_kwh, series.rooftop_pv_kwh,
                                                           series.district_heat_kwh, /*representative=*/false);
    balance_start = std::chrono::steady_clock::now();
    r = tp::local_supply_balance(full, o.year, scenario.grid_region, ls.demand, ls.grid_factor_kg_per_kwh, ls.levers);
    std::printf("pathway year %d of %s: representative days gave self-sufficiency %.4f, factor %.4f kgCO2/kWh\n",
                o.year, o.scenario_path.c_str(), ls.self_sufficiency, ls.factor_kg_per_kwh);
  }
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
