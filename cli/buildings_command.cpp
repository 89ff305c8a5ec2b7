#include "cli/buildings_command.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/city_source.hpp"
#include "twin/buildings/city_energy.hpp"
#include "twin/city/default_city.hpp"
#include "twin/emissions/factor_set.hpp"

namespace cli {

namespace tb = twin::buildings;
namespace te = twin::emissions;

namespace {
// RFC 4180: a field holding a comma, quote or line break is quoted, inner quotes doubled.
std::string csv_quoted(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}
}  // namespace

CLI::App* add_buildings_command(CLI::App& app, BuildingsCommandOptions* o) {
  CLI::App* cmd = app.add_subcommand("buildings", "Hourly energy of every building of the city (ISO 13790 5R1C) "
                                                  "and its emissions; one CSV row per building");
  CLI::Option* seed = add_seed_option(cmd, &o->seed, &o->seed_given, "Generate the synthetic city for seed N (default: the default city)");
  add_city_file_option(cmd, &o->city_path, seed);
  add_epw_option(cmd, &o->epw_path);
  cmd->add_option("--year", o->year, "Inventory year of the emission factors (default 2020)")
      ->check(CLI::Range(2000, 2100));
  cmd->add_option("--mode", o->mode, "batched (default) or exact")->check(CLI::IsMember({"batched", "exact"}));
  cmd->add_option("--csv", o->csv_path, "Write one row per building to FILE")->type_name("FILE")->required();
  return cmd;
}

int run_buildings_command(const BuildingsCommandOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  LoadedCity loaded;
  if (!load_city(o.city_path, o.seed_given, o.seed, "buildings", &loaded, o.epw_path)) return 1;
  const twin::City& city = loaded.city;
  const twin::climate::WeatherYear& weather = loaded.weather.year;
  tb::CityEnergyDef def = tb::default_city_energy_def();
  def.zone = loaded.weather.plan.zone;
  def.mode = o.mode == "exact" ? tb::SimulationMode::Exact : tb::SimulationMode::Batched;
  const auto sim_start = std::chrono::steady_clock::now();
  const tb::CityEnergyResult r = tb::simulate_city_energy(city, weather, def);
  const double sim_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - sim_start).count();
  const te::FactorSet factors = te::factors_for_year(o.year, loaded.grid);

  std::ofstream out(o.csv_path, std::ios::binary);
  if (!out) {
    std::cerr << "carbontwin buildings: cannot write CSV to '" << o.csv_path << "'\n";
    return 1;
  }
  out << "id,use,residential_type,construction_year,floor_area_m2";
  for (int e = 0; e < tb::kEndUseCount; ++e) out << "," << tb::to_string(static_cast<tb::EndUse>(e)) << "_kwh";
  for (int c = 0; c < te::kCarrierCount; ++c) out << "," << te::to_string(static_cast<te::Carrier>(c)) << "_kwh";
  out << ",pv_kwh,scope1_t,scope2_t,height_m,floors,inferred,source_id\n";
  double total_kwh = 0, pv_kwh = 0, scope_t[te::kScopeCount] = {}, area = 0;
  double sector_scope_t[te::kSectorCount][te::kScopeCount] = {};
  double carrier_kwh[te::kCarrierCount] = {};
  char buf[64];
  auto num = [&](double v) {
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
  };
  const twin::Buildings& b = city.buildings;
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    out << i << "," << twin::to_string(b.use[i]) << "," << twin::to_string(b.residential_type[i]) << ","
        << b.construction_year[i] << "," << num(r.floor_area_m2[i]);
    for (int e = 0; e < tb::kEndUseCount; ++e) out << "," << num(r.end_use_kwh(i, static_cast<tb::EndUse>(e)));
    double s[te::kScopeCount] = {};
    for (int c = 0; c < te::kCarrierCount; ++c) {
      const auto carrier = static_cast<te::Carrier>(c);
      const double kwh = r.carrier_kwh(i, carrier);
      out << "," << num(kwh);
      carrier_kwh[c] += kwh;
      total_kwh += kwh;
      s[static_cast<int>(te::scope_of(carrier))] += kwh * factors.of(carrier).kg_per_kwh / 1000.0;
    }
    char t1[32], t2[32];  // tonnes with fixed decimals (kg resolution), so sums can be checked exactly
    std::snprintf(t1, sizeof t1, "%.4f", s[0]);
    std::snprintf(t2, sizeof t2, "%.4f", s[1]);
    out << "," << num(r.pv_kwh[i]) << "," << t1 << "," << t2 << "," << num(b.height_m[i]) << "," << b.floors[i] << ","
        << twin::inferred_flag_names(twin::building_inferred(b, i)) << ","
        << csv_quoted(i < b.source_id.size() ? b.source_id[i] : std::string()) << "\n";
    pv_kwh += r.pv_kwh[i];
    area += r.floor_area_m2[i];
    const int sector = static_cast<int>(te::sector_of(b.use[i]));
    for (int k = 0; k < te::kScopeCount; ++k) scope_t[k] += s[k], sector_scope_t[sector][k] += s[k];
  }
  out.close();
  if (!out) {
    std::cerr << "carbontwin buildings: write to '" << o.csv_path << "' failed\n";
    return 1;
  }
  const double all_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("buildings: %u\nfloor_area_m2: %.6g\nsimulated_units: %u (%s)\n", b.size(), area, r.simulated_units,
              o.mode.c_str());
  std::printf("weather: %s\nclimate_zone: %s\n", loaded.weather.plan.label.c_str(),
              twin::climate::to_string(loaded.weather.plan.zone));
  std::printf("delivered_kwh: %.6g\n", total_kwh);
  for (int c = 0; c < te::kCarrierCount; ++c)
    std::printf("  %s_kwh: %.6g\n", te::to_string(static_cast<te::Carrier>(c)), carrier_kwh[c]);
  std::printf("pv_kwh: %.6g\n", pv_kwh);
  std::printf("scope1_t: %.3f\nscope2_t: %.3f\n", scope_t[0], scope_t[1]);
  for (int s = 0; s < te::kSectorCount; ++s)
    std::printf("  %s: scope1_t %.3f scope2_t %.3f\n", te::to_string(static_cast<te::Sector>(s)), sector_scope_t[s][0],
                sector_scope_t[s][1]);
  std::printf("factors: year %d, electricity %.4f kg/kWh (%s %d)\n", o.year,
              factors.of(te::Carrier::Electricity).kg_per_kwh, factors.of(te::Carrier::Electricity).source_id,
              factors.of(te::Carrier::Electricity).source_year);
  std::printf("simulation_s: %.3f\ntotal_s: %.3f\nCSV written to %s\n", sim_s, all_s, o.csv_path.c_str());
  return 0;
}

}  // namespace cli
