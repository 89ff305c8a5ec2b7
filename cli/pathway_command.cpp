#include "cli/pathway_command.hpp"

#include "cli/city_source.hpp"
#include "cli/pathway_baseline.hpp"
#include "twin/industry/plant_placement.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/activity_json.hpp"
#include "cli/scenario_json.hpp"
#include "twin/buildings/city_energy.hpp"
#include "twin/city/default_city.hpp"
#include "twin/emissions/factor_tables.hpp"
#include "twin/industry/key_emitters.hpp"
#include "twin/industry/plant_csv.hpp"
#include "twin/pathway/dual_control_year.hpp"
#include "twin/pathway/milestones_json.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/structural_runs.hpp"
#include "twin/pathway/transport_from_model.hpp"
#include "twin/pathway/year_inventory.hpp"
#include "twin/pathway/year_inventory_csv.hpp"

namespace cli {
namespace {

using nlohmann::ordered_json;
using namespace twin::emissions;
using namespace twin::pathway;

// The transport block of a year (only with a transport baseline).
ordered_json transport_json(const TransportYear& t) {
  namespace tr = twin::transport;
  ordered_json vkm = ordered_json::object(), pkm = ordered_json::object(), trips = ordered_json::object();
  for (int m = 0; m < tr::kModeCount; ++m) {
    const char* mode = tr::to_string(static_cast<tr::Mode>(m));
    vkm[mode] = t.vehicle_km_per_yr[m];
    pkm[mode] = t.passenger_km_per_yr[m];
    trips[mode] = t.trips_per_yr[m];
  }
  ordered_json stock = ordered_json::object(), sales = ordered_json::object();
  for (int c = 0; c < tr::kVehicleClassCount; ++c) {
    ordered_json by_pt = ordered_json::object();
    for (int p = 0; p < tr::kPowertrainCount; ++p) by_pt[tr::to_string(static_cast<tr::Powertrain>(p))] = t.stock[c][p];
    stock[tr::to_string(static_cast<tr::VehicleClass>(c))] = by_pt;
    sales[tr::to_string(static_cast<tr::VehicleClass>(c))] = t.sales[c];
  }
  ordered_json energy = ordered_json::object();
  for (int c = 0; c < kCarrierCount; ++c) energy[to_string(static_cast<Carrier>(c))] = t.energy_kwh[c];
  return {{"vehicle_km", vkm},
          {"passenger_km", pkm},
          {"trips", trips},
          {"vehicle_stock", stock},
          {"vehicle_sales", sales},
          {"car_nev_stock_share", t.car_nev_stock_share},
          {"car_nev_sales_share", t.car_nev_sales_share},
          {"energy_kwh", energy},
          {"metro_electricity_kwh", t.metro_electricity_kwh}};
}

// The year's dual-control indicators (口径: twin/pathway/dual_control_year.hpp).
ordered_json dual_control_json(const PathwayYear& y) {
  const twin::drivers::DualControlIndicators& d = y.dual_control;
  return {{"energy_tce", d.energy_tce},
          {"co2_t", d.co2_t},
          {"energy_intensity_tce_per_10k_yuan", d.energy_intensity_tce_per_10k_yuan},
          {"co2_intensity_t_per_10k_yuan", d.co2_intensity_t_per_10k_yuan},
          {"energy_tce_per_capita", d.energy_per_capita_tce},
          {"co2_t_per_capita", d.co2_per_capita_t},
          {"gdp_10k_yuan", y.economy.gdp_10k_yuan}};
}

// The scenario's targets with the years out of bounds per indicator and over the carbon budget.
ordered_json targets_json(const Scenario& scenario, const PathwayResult& result, const Baseline& baseline) {
  namespace dr = twin::drivers;
  ordered_json doc = dual_control_targets_json(scenario.dual_control);
  ordered_json out = ordered_json::object();
  for (int i = 0; i < dr::kIndicatorCount; ++i) {
    const auto indicator = static_cast<dr::Indicator>(i);
    out[dual_control_key(indicator)] = years_out_of_bounds(result.dual_control, indicator);
  }
  out["carbon_budget"] = years_over_budget(result.dual_control);
  doc["years_out_of_bounds"] = out;
  const int first = first_year_over_budget(result.dual_control);
  doc["first_year_over_budget"] = first ? ordered_json(first) : ordered_json(nullptr);
  if (scenario.dual_control.budget.enabled && !result.dual_control.years.empty())
    doc["cumulative_co2_t"] = result.dual_control.years.back().cumulative_co2_t;
  ordered_json errors = ordered_json::array();
  for (const auto& e : result.dual_control.errors)
    errors.push_back({{"year", e.year}, {"field", e.field}, {"message", e.message}});
  if (!errors.empty()) doc["errors"] = errors;
  doc["basis"] = {
      {"energy", "energy bought by every sector (buildings, transport, industrial plants) after rooftop PV self-use; "
                 "electricity 0.1229 kgce/kWh (当量值, GB/T 2589-2020), fuels and heat at heat content"},
      {"co2", "gross emissions: scope 1 + 2 of every emitting sector (incl. process CO2 and waste CO2e), before "
              "sinks and PV export credit"},
      {"gdp", "real GDP at base-year prices: base-year residents x national 2020 GDP per capita (CarbonTwin "
              "assumption for a city without its own figure), grown on the default GDP path"},
      {"base_gdp_10k_yuan", baseline.economy.gdp_10k_yuan}};
  return doc;
}

ordered_json year_json(const PathwayYear& y) {
  ordered_json emissions = ordered_json::object();
  for (int s = 0; s < kSectorCount; ++s) {
    const auto sector = static_cast<Sector>(s);
    emissions[to_string(sector)] = {{"scope1", y.emissions.at(sector, Scope::Scope1)},
                                    {"scope2", y.emissions.at(sector, Scope::Scope2)}};
  }
  ordered_json floor = ordered_json::object(), energy = ordered_json::object();
  for (int s = 0; s < kSectorCount; ++s) floor[to_string(static_cast<Sector>(s))] = y.floor_area_m2[s];
  for (int c = 0; c < kCarrierCount; ++c) {
    double sum = 0.0;
    for (int s = 0; s < kSectorCount; ++s) sum += y.energy.energy_kwh[s][c];
    energy[to_string(static_cast<Carrier>(c))] = sum;
  }
  ordered_json by_sector = ordered_json::object();
  for (int s = 0; s < kSectorCount; ++s) by_sector[to_string(static_cast<Sector>(s))] = y.emissions.sector_t(static_cast<Sector>(s));
  const twin::industry::IndustryAccount& ind = y.industry;
  const twin::pathway::WasteSinkYear& ws = y.waste_sinks;
  ordered_json doc = {{"year", y.year},
          {"by_sector_t", by_sector},
          {"emissions_t", emissions},
          {"scope1_t", y.emissions.scope_t(Scope::Scope1)},
          {"scope2_t", y.emissions.scope_t(Scope::Scope2)},
          {"agriculture_t", y.agriculture_t},
          {"gross_t", y.gross_t},
          {"pv_export_credit_t", y.pv_export_credit_t},
          {"sinks_t", y.sinks_t},
          {"net_t", y.net_t},
          {"population", y.population},
          {"floor_area_m2", floor},
          {"new_floor_area_m2", y.new_floor_area_m2},
          {"energy_kwh", energy},
          {"pv_generation_kwh", y.pv_generation_kwh},
          {"heat_pump_share", y.heat_pump_share},
          {"retrofitted_share", y.retrofitted_share},
          {"grid_factor_kg_per_kwh", y.grid_factor_kg_per_kwh},
          {"heat_factor_kg_per_kwh", y.heat_factor_kg_per_kwh},
          {"grid", {{"nonfossil_share", y.grid.mix.nonfossil_share},
                    {"grid_factor_kg_per_kwh", y.grid.mix.grid_factor_kg_per_kwh},
                    {"green_power_share", y.grid.mix.green_power_share}}},
          {"industry", {{"energy_tce", ind.energy_tce}, {"combustion_t", ind.combustion_t}, {"process_t", ind.process_t},
                        {"scope2_t", ind.scope2_t}, {"captured_t", ind.captured_t}, {"net_t", ind.net_t}}},
          {"waste", {{"generated_t", ws.waste_generated_t}, {"landfilled_t", ws.waste_landfilled_t},
                     {"incinerated_t", ws.waste_incinerated_t}, {"incineration_kwh", ws.incineration_kwh},
                     {"co2e_t", ws.waste_co2e_t}}},
          {"sinks", {{"area_ha", ws.sink_area_ha}, {"removals_t", ws.sinks_t}}},
          {"dual_control", dual_control_json(y)}};
  if (y.transport.present) doc["transport"] = transport_json(y.transport);  // per-year values (…/yr)
  if (y.local_supply.present) {  // the hourly balance of the city's own supply (the page: the same keys)
    const twin::pathway::LocalSupplyYear& ls = y.local_supply;
    doc["local_supply"] = {
        {"rooftop_pv_kwh", ls.rooftop_pv_kwh}, {"utility_pv_kwh", ls.utility_pv_kwh}, {"wind_kwh", ls.wind_kwh},
        {"chp_kwh", ls.chp_kwh}, {"thermal_kwh", ls.thermal_kwh}, {"local_generation_kwh", ls.local_generation_kwh},
        {"import_kwh", ls.import_kwh}, {"export_kwh", ls.export_kwh}, {"curtailment_kwh", ls.curtailment_kwh},
        {"self_sufficiency", ls.self_sufficiency}, {"factor_kg_per_kwh", ls.factor_kg_per_kwh},
        {"buildings_factor_kg_per_kwh", ls.buildings_factor_kg_per_kwh},
        {"ev_factor_kg_per_kwh", ls.ev_factor_kg_per_kwh}, {"rest_factor_kg_per_kwh", ls.rest_factor_kg_per_kwh},
        {"plants_scope1_memo", {{"co2_t", ls.plants_scope1.co2_t}, {"ch4_t", ls.plants_scope1.ch4_t},
                                {"n2o_t", ls.plants_scope1.n2o_t}, {"co2e_t", ls.plants_scope1.co2e_t}}}};
  }
  return doc;
}

// The plant list of --plants: every error names the file, line and column; none is skipped silently.
bool read_plant_list(const std::string& path, std::vector<twin::industry::Plant>* plants) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "carbontwin pathway: cannot read plant list '" << path << "'\n";
    return false;
  }
  std::ostringstream text;
  text << in.rdbuf();
  const twin::industry::PlantCsvResult r = twin::industry::read_plants_csv(text.str());
  for (const auto& w : r.warnings)
    std::cerr << path << ":" << w.line << (w.field.empty() ? "" : " (" + w.field + ")") << ": warning: " << w.message << "\n";
  for (const auto& e : r.errors)
    std::cerr << path << ":" << e.line << (e.field.empty() ? "" : " (" + e.field + ")") << ": " << e.message << "\n";
  if (!r.ok()) return false;
  *plants = r.plants;
  return true;
}

// Key emitters (重点排放单位) of the base year: every plant ranked by net tCO2 with its share of the
// city's plants and the national ETS (26,000 tCO2e) and 10,000 tce flags (twin/industry/key_emitters.hpp).
ordered_json key_emitters_json(const Baseline& baseline, const Scenario& scenario) {
  namespace ti = twin::industry;
  ordered_json list = ordered_json::array();
  if (baseline.plants.empty()) return list;
  const twin::emissions::FactorSet f = twin::emissions::factors_for_year(baseline.base_year, scenario.grid_region);
  const ti::IndustryYear y = ti::evaluate_industry_year(baseline.plants, {}, {}, ti::industry_factors(f));
  for (const ti::KeyEmitter& k : ti::rank_key_emitters(y)) {
    const ti::Plant& p = baseline.plants[k.plant];
    list.push_back({{"rank", k.rank}, {"name", p.name}, {"sector", ti::to_string(p.sector)}, {"net_t", k.net_t},
                    {"share", k.share}, {"energy_tce", k.energy_tce}, {"above_ets_threshold", k.above_ets_threshold},
                    {"above_energy_threshold", k.above_energy_threshold}, {"synthetic", p.synthetic}});
  }
  return list;
}

// --inventory-csv: the rows of the chosen years, each year checked against the pathway's own sums
// (a mismatch is a bug in year_inventory.cpp; it is reported and nothing is written).
bool write_inventory_csv(const std::string& path, const Baseline& baseline, const PathwayResult& result,
                         const std::vector<int>& years) {
  std::string csv = year_inventory_csv_header();
  std::size_t rows = 0;
  bool consistent = true;
  for (int year : years) {
    const PathwayYear& y = result.years[static_cast<std::size_t>(year - kFirstYear)];
    const YearInventory inv = pathway_year_inventory(baseline, y);
    for (const std::string& e : check_year_inventory(inv, y)) {
      std::cerr << "carbontwin pathway: inventory " << e << "\n";
      consistent = false;
    }
    append_year_inventory_csv(inv, &csv);
    rows += inv.rows.size();
  }
  if (!consistent) return false;
  std::ofstream out(path, std::ios::binary);
  out << csv;
  out.close();
  if (!out) {
    std::cerr << "carbontwin pathway: cannot write the inventory CSV to '" << path << "'\n";
    return false;
  }
  std::fprintf(stderr, "inventory: %zu rows for %zu year(s) written to %s; each year's rows sum to its sectors and net\n",
               rows, years.size(), path.c_str());
  return true;
}

}  // namespace

CLI::App* add_pathway_command(CLI::App& app, PathwayCommandOptions* options) {
  CLI::App* cmd = app.add_subcommand(
      "pathway", "Project the city's whole account (buildings, transport, industry, waste, sinks) 2020-2060 under a scenario");
  cmd->add_option("--scenario", options->scenario_path,
                  "Scenario JSON (docs/scenario.md); default: the baseline scenario")
      ->type_name("FILE");
  cmd->add_option("--json", options->json_path, "Write yearly results as JSON to FILE ('-' for stdout)")
      ->type_name("FILE")
      ->required();
  CLI::Option* seed = add_seed_option(cmd, &options->seed, &options->seed_given, "Use the synthetic city of seed N (default: the default city)");
  add_city_file_option(cmd, &options->city_path, seed);
  add_epw_option(cmd, &options->epw_path);
  cmd->add_option("--baseline", options->baseline,
                  "Base-year intensities: 'simulated' (default; hourly simulation of every building, "
                  "the typical year nearest the city) or 'table' (the documented intensity table)")
      ->check(CLI::IsMember({"simulated", "table"}));
  cmd->add_option("--transport", options->transport,
                  "Transport sector: 'model' (default; the city's transport model, re-run for every "
                  "structural lever and new line) or 'none' (buildings only)")
      ->check(CLI::IsMember({"model", "none"}));
  cmd->add_option("--activity", options->activity_path,
                  "Base-year daily travel activity JSON (docs/scenario.md, Transport) to use instead of the "
                  "transport model; structural levers and new lines then have no effect on travel")
      ->type_name("FILE");
  cmd->add_option("--plants", options->plants_path,
                  "The city's industrial plants (CSV, docs/industry-plants.md) instead of the default: the "
                  "default city's synthetic park, none for an imported city")
      ->type_name("CSV");
  cmd->add_option("--inventory-csv", options->inventory_csv_path,
                  "Write the inventory rows (activity x factor x source -> gas t -> tCO2e, docs/inventory-export.md) "
                  "of the chosen years to FILE")
      ->type_name("FILE");
  cmd->add_option("--inventory-years", options->inventory_years,
                  "Years of --inventory-csv, comma-separated (e.g. 2020,2030,2060); default: every year 2020-2060")
      ->type_name("Y,Y,...");
  return cmd;
}

int run_pathway_command(const PathwayCommandOptions& options) {
  std::vector<int> inventory_years;
  if (!options.inventory_years.empty()) {
    std::string error;
    if (options.inventory_csv_path.empty()) {
      std::cerr << "carbontwin pathway: --inventory-years needs --inventory-csv\n";
      return 1;
    }
    if (!parse_inventory_years(options.inventory_years, &inventory_years, &error)) {
      std::cerr << "carbontwin pathway: --inventory-years: " << error << "\n";
      return 1;
    }
  } else {
    for (int y = kFirstYear; y <= kLastYear; ++y) inventory_years.push_back(y);
  }
  Scenario scenario = default_scenario();
  if (!options.scenario_path.empty() && !read_scenario_file(options.scenario_path, "pathway", &scenario)) return 1;
  twin::transport::TravelActivity activity;
  if (!options.activity_path.empty()) {
    std::ifstream in(options.activity_path, std::ios::binary);
    if (!in) {
      std::cerr << "carbontwin pathway: cannot read activity '" << options.activity_path << "'\n";
      return 1;
    }
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<std::string> errors;
    if (!activity_from_json(text.str(), &activity, &errors)) {
      for (const auto& e : errors) std::cerr << options.activity_path << ": " << e << "\n";
      return 1;
    }
  }
  LoadedCity loaded;
  if (!load_city(options.city_path, options.seed_given, options.seed, "pathway", &loaded, options.epw_path)) return 1;
  const twin::City& city = loaded.city;
  const bool simulated = options.baseline != "table";
  Baseline baseline;
  BaselineBuildInfo built;
  // With --activity the transport comes from the file, not from model runs.
  const BaselineChoice choice{options.baseline, options.activity_path.empty() ? options.transport : "none"};
  if (!build_pathway_baseline(loaded, scenario, choice, "pathway", &baseline, &built)) return 1;
  const double simulation_s = built.simulation_s, transport_s = built.transport_s;
  const std::size_t transport_runs = built.transport_runs;
  if (!options.activity_path.empty()) {
    baseline.transport.base = activity;
    // Structural levers and new lines act through transport-model re-runs, which a given activity
    // file cannot have: say so rather than silently ignoring them.
    for (const StructuralRun& run : structural_runs(scenario))
      std::fprintf(stderr, "note: '%s' needs a transport-model run; with --activity its effect on travel is not applied\n",
                   run.cause.c_str());
  }
  if (!options.plants_path.empty()) {
    if (!read_plant_list(options.plants_path, &baseline.plants)) return 1;
    // Plants given in lon/lat go on an imported city's map (x_m, y_m in key_emitters); the others are named.
    const twin::industry::PlacementReport placed = twin::industry::place_plants(city, &baseline.plants);
    for (const twin::industry::UnplacedPlant& u : placed.unplaced)
      std::fprintf(stderr, "note: %s:%d plant '%s' is not on the map: %s (it still counts in every total)\n",
                   options.plants_path.c_str(), u.line, u.name.c_str(), u.reason.c_str());
  }
  const auto start = std::chrono::steady_clock::now();
  const PathwayResult result = evaluate_pathway(baseline, scenario);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();

  if (!options.inventory_csv_path.empty() &&
      !write_inventory_csv(options.inventory_csv_path, baseline, result, inventory_years))
    return 1;

  const Milestones& m = result.milestones;
  ordered_json years = ordered_json::array();
  for (const PathwayYear& y : result.years) years.push_back(year_json(y));
  ordered_json sources = ordered_json::object();
  for (const SourceRef& s : source_refs()) sources[s.id] = s.citation;
  ordered_json doc = {
      {"city", {{"name", city.name}, {"seed", loaded.seed}, {"synthetic", city.synthetic},
                {"population", baseline.population}, {"segments", baseline.segments.size()}}},
      {"baseline",
       simulated ? ordered_json{{"source", "simulated"},
                                {"method", "ISO 13790 5R1C hourly, batched (twin/buildings/city_energy.hpp)"},
                                {"weather", loaded.weather.plan.label},
                                {"climate_zone", twin::climate::to_string(loaded.weather.plan.zone)},
                                {"simulation_s", simulation_s}}
                 : ordered_json{{"source", "table"}, {"method", "assets/pathway/baseline_intensity.csv"}}},
      {"scenario", scenario_to_json(scenario)},
      {"milestones", ordered_json::parse(milestones_json(m))},
      {"targets", targets_json(scenario, result, baseline)},
      {"key_emitters", key_emitters_json(baseline, scenario)},
      {"years", years},
      {"factor_sources", sources}};
  if (baseline.transport.present()) {
    doc["transport"] = {{"activity", options.activity_path.empty() ? ordered_json("transport model (twin/transport)")
                                                                   : ordered_json(options.activity_path)},
                        {"model_runs", transport_runs},
                        {"fleet_parameters", "assets/transport/fleet_parameters.csv"},
                        {"structural_changes_applied", baseline.transport.changes.size()}};
  }
  const std::string json_text = doc.dump(1) + "\n";

  if (options.json_path == "-") {
    if (simulated) std::fprintf(stderr, "baseline: simulated city energy in %.3f s\n", simulation_s);
    std::cout << json_text;
    return 0;
  }
  std::printf("Pathway (buildings, transport, industry, waste, sinks): %s, scenario '%s'%s\n", city.name.c_str(), scenario.name.c_str(),
              city.synthetic ? " (synthetic city)" : "");
  if (simulated)
    std::printf("baseline: simulated (every building, ISO 13790 5R1C hourly, weather: %s) in %.3f s\n",
                loaded.weather.plan.label.c_str(), simulation_s);
  else
    std::printf("baseline: intensity table (assets/pathway/baseline_intensity.csv)\n");
  if (transport_runs > 0)
    std::printf("transport: %zu run(s) of the transport model in %.2f s (base + structural levers and new lines)\n",
                transport_runs, transport_s);
  std::printf("%6s %11s %11s %11s %11s %11s %11s %11s %11s %11s\n", "year", "resid. kt", "commerc. kt",
              "industry kt", "transp. kt", "process kt", "waste kt", "sinks kt", "gross kt", "net kt");
  for (const PathwayYear& y : result.years) {
    if ((y.year - kFirstYear) % 5 != 0) continue;
    std::printf("%6d %11.1f %11.1f %11.1f %11.1f %11.1f %11.1f %11.1f %11.1f %11.1f\n", y.year,
                y.emissions.sector_t(Sector::Residential) / 1e3, y.emissions.sector_t(Sector::Commercial) / 1e3,
                y.emissions.sector_t(Sector::Industry) / 1e3, y.emissions.sector_t(Sector::Transport) / 1e3,
                y.emissions.sector_t(Sector::IndustrialProcesses) / 1e3, y.emissions.sector_t(Sector::Waste) / 1e3,
                y.sinks_t / 1e3, y.gross_t / 1e3, y.net_t / 1e3);
  }
  if (baseline.transport.present()) {
    const PathwayYear& first = result.years.front();
    const PathwayYear& last = result.years.back();
    std::printf("transport: %d %.1f kt, %d %.1f kt; NEV share of the car stock %.3f -> %.3f\n",
                first.year, first.emissions.sector_t(Sector::Transport) / 1e3, last.year,
                last.emissions.sector_t(Sector::Transport) / 1e3, first.transport.car_nev_stock_share,
                last.transport.car_nev_stock_share);
  }
  std::printf("peak: %d, %.1f kt%s\n", m.peak_year, m.peak_t / 1e3, m.peaked ? "" : " (not peaked by 2060)");
  if (m.neutrality_year) std::printf("neutrality (net <= %.1f kt): %d\n", m.neutrality_threshold_t / 1e3, m.neutrality_year);
  else std::printf("neutrality (net <= %.1f kt): not reached by 2060\n", m.neutrality_threshold_t / 1e3);
  std::printf("cumulative 2020-2060: %.2f Mt\n", m.cumulative_t / 1e6);
  {
    const twin::drivers::DualControlIndicators& d0 = result.years.front().dual_control;
    std::printf("dual control %d: %.1f ktce, %.4f tce and %.4f tCO2 per 10^4 yuan; years out of bounds:", kFirstYear,
                d0.energy_tce / 1e3, d0.energy_intensity_tce_per_10k_yuan, d0.co2_intensity_t_per_10k_yuan);
    int flagged = 0;
    for (int i = 0; i < twin::drivers::kIndicatorCount; ++i) {
      const auto indicator = static_cast<twin::drivers::Indicator>(i);
      const std::vector<int> years_out = years_out_of_bounds(result.dual_control, indicator);
      if (years_out.empty()) continue;
      std::printf(" %s %d-%d (%zu)", dual_control_key(indicator), years_out.front(), years_out.back(), years_out.size());
      ++flagged;
    }
    if (const int first = first_year_over_budget(result.dual_control)) {
      std::printf(" carbon budget from %d", first);
      ++flagged;
    }
    std::printf("%s\n", flagged ? "" : " none");
  }
  std::printf("(evaluated in %.3f ms)\n", ms);

  std::ofstream out(options.json_path, std::ios::binary);
  out << json_text;
  out.close();
  if (!out) {
    std::cerr << "carbontwin pathway: cannot write JSON to '" << options.json_path << "'\n";
    return 1;
  }
  std::printf("JSON written to %s\n", options.json_path.c_str());
  return 0;
}

}  // namespace cli
