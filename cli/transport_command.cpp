#include "cli/transport_command.hpp"

#include "cli/city_source.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/scenario_json.hpp"
#include "twin/city/default_city.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/structural_runs.hpp"
#include "twin/transport/transport_model.hpp"

namespace cli {
namespace {

using nlohmann::ordered_json;
namespace tt = twin::transport;
using twin::emissions::Carrier;
using twin::emissions::Scope;
using twin::emissions::Sector;

ordered_json by_mode(const std::array<double, tt::kModeCount>& values) {
  ordered_json j = ordered_json::object();
  for (int m = 0; m < tt::kModeCount; ++m) j[tt::to_string(static_cast<tt::Mode>(m))] = values[m];
  return j;
}

// Energy and emissions of one day's activity as a year of the base-year (2020) fleet and factors:
// the 2020 year of the pathway with this activity as its transport baseline.
ordered_json energy_and_emissions(const twin::City& city, const tt::TravelActivity& activity) {
  twin::pathway::Baseline baseline = twin::pathway::baseline_from_city(city);
  baseline.transport.base = activity;
  const twin::pathway::PathwayResult result =
      twin::pathway::evaluate_pathway(baseline, twin::pathway::default_scenario());
  const twin::pathway::PathwayYear& y = result.years.front();
  ordered_json energy = ordered_json::object();
  for (int c = 0; c < twin::emissions::kCarrierCount; ++c) {
    const double kwh = y.energy.at(Sector::Transport, static_cast<Carrier>(c));
    if (kwh != 0.0) energy[twin::emissions::to_string(static_cast<Carrier>(c))] = kwh;
  }
  return {{"year", y.year},
          {"energy_kwh_per_yr", energy},
          {"emissions_t_per_yr",
           {{"scope1", y.emissions.at(Sector::Transport, Scope::Scope1)},
            {"scope2", y.emissions.at(Sector::Transport, Scope::Scope2)},
            {"total", y.emissions.sector_t(Sector::Transport)}}},
          {"car_nev_stock_share", y.transport.car_nev_stock_share}};
}

ordered_json run_json(const twin::City& city, const tt::TransportPolicy& policy, const tt::TransportResult& r) {
  const std::uint32_t links = city.roads.link_count();
  double vkm = 0.0, max_vc = 0.0;
  int over = 0;
  for (std::uint32_t i = 0; i < links; ++i) {
    vkm += r.road_link_flow_pcu_h[i] * city.roads.link_length_m[i] / 1000.0;
    max_vc = std::max(max_vc, r.road_link_vc[i]);
    if (r.road_link_vc[i] > 1.0) ++over;
  }
  ordered_json lines = ordered_json::array();
  for (std::size_t k = 0; k < r.line_segment_load_pax_h.size(); ++k) {
    const std::vector<double>& loads = r.line_segment_load_pax_h[k];
    const std::string name = k < city.transit_lines.size() ? city.transit_lines[k].name
                                                           : policy.extra_lines[k - city.transit_lines.size()].name;
    lines.push_back({{"name", name},
                     {"added", k >= city.transit_lines.size()},
                     {"max_segment_load_pax_h", loads.empty() ? 0.0 : *std::max_element(loads.begin(), loads.end())},
                     {"segment_load_pax_h", loads}});
  }
  return {{"policy",
           {{"transit_headway_factor", policy.transit_headway_factor},
            {"congestion_charge_yuan", policy.congestion_charge_yuan},
            {"parking_price_yuan", policy.parking_price_yuan},
            {"extra_lines", policy.extra_lines.size()}}},
          {"mode_share", by_mode(r.mode_share)},
          {"trips_per_day", by_mode(r.activity.trips_per_day)},
          {"passenger_km_per_day", by_mode(r.activity.passenger_km_per_day)},
          {"vehicle_km_per_day", by_mode(r.activity.vehicle_km_per_day)},
          {"road_peak_hour",
           {{"vehicle_km", vkm}, {"links", links}, {"links_over_capacity", over}, {"max_vc", max_vc}}},
          {"assignment",
           {{"iterations", r.assignment.iterations.size()},
            {"relative_gap", r.assignment.relative_gap},
            {"converged", r.assignment.converged},
            {"tstt_min", r.assignment.tstt},
            {"beckmann", r.assignment.beckmann}}},
          {"metro_lines", lines},
          {"base_year_fleet", energy_and_emissions(city, r.activity)},
          {"run_ms", r.run_ms}};
}

void print_run(const char* title, const tt::TransportResult& r) {
  std::printf("%s: model run %.0f ms, road assignment %zu iterations, relative gap %.3g\n", title, r.run_ms,
              r.assignment.iterations.size(), r.assignment.relative_gap);
  std::printf("  %-6s %8s %12s %14s %14s\n", "mode", "share", "trips/day", "pkm/day", "vkm/day");
  for (int m = 0; m < tt::kModeCount; ++m)
    std::printf("  %-6s %7.2f%% %12.0f %14.0f %14.0f\n", tt::to_string(static_cast<tt::Mode>(m)),
                100.0 * r.mode_share[m], r.activity.trips_per_day[m], r.activity.passenger_km_per_day[m],
                r.activity.vehicle_km_per_day[m]);
}

bool write_links_csv(const std::string& path, const twin::City& city, const tt::TransportResult& r) {
  std::ofstream out(path, std::ios::binary);
  out << "link,from_node,to_node,class,length_m,capacity_pcu_h,flow_pcu_h,vc\n";
  char row[256];
  for (std::uint32_t i = 0; i < city.roads.link_count(); ++i) {
    std::snprintf(row, sizeof row, "%u,%u,%u,%s,%.1f,%.0f,%.3f,%.4f\n", i, city.roads.link_from[i],
                  city.roads.link_to[i], twin::to_string(city.roads.link_class[i]), city.roads.link_length_m[i],
                  city.roads.link_capacity_vph[i], r.road_link_flow_pcu_h[i], r.road_link_vc[i]);
    out << row;
  }
  out.close();
  return static_cast<bool>(out);
}

}  // namespace

CLI::App* add_transport_command(CLI::App& app, TransportCommandOptions* options) {
  CLI::App* cmd = app.add_subcommand(
      "transport", "Transport model of the city: mode shares, vehicle-km, road flows, energy and emissions");
  cmd->add_option("--json", options->json_path, "Write the results as JSON to FILE ('-' for stdout)")
      ->type_name("FILE")
      ->required();
  cmd->add_option("--links", options->links_csv_path, "Write per road link peak-hour flows as CSV to FILE")
      ->type_name("FILE");
  cmd->add_option("--scenario", options->scenario_path,
                  "Also run the scenario's structural transport measures (transit headway, congestion "
                  "charge, parking price, new lines) all in place")
      ->type_name("FILE");
  cmd->add_option("--gap", options->gap, "Relative gap the road assignment stops at (default 1e-4)")
      ->check(CLI::Range(1e-12, 0.1));
  CLI::Option* seed = cmd->add_option("--seed", options->seed, "Use the synthetic city of seed N (default: the default city)")
      ->type_name("N")
      ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{18446744073709551615ull}))
      ->each([options](const std::string&) { options->seed_given = true; });
  add_city_file_option(cmd, &options->city_path, seed);
  return cmd;
}

int run_transport_command(const TransportCommandOptions& options) {
  twin::pathway::Scenario scenario = twin::pathway::default_scenario();
  if (!options.scenario_path.empty() && !read_scenario_file(options.scenario_path, "transport", &scenario)) return 1;
  LoadedCity loaded;
  if (!load_city(options.city_path, options.seed_given, options.seed, "transport", &loaded)) return 1;
  const twin::City& city = loaded.city;
  const bool quiet = options.json_path == "-";
  tt::TransportModelOptions model_options;
  model_options.target_relative_gap = options.gap;

  const tt::TransportResult base = tt::run_transport_model(city, {}, model_options);
  if (!base.error.empty()) {
    std::cerr << "carbontwin transport: " << base.error << "\n";
    return 1;
  }
  ordered_json doc = {{"city",
                       {{"name", city.name},
                        {"seed", loaded.seed},
                        {"synthetic", city.synthetic},
                        {"zones", city.zones.size()},
                        {"road_links", city.roads.link_count()},
                        {"transit_lines", city.transit_lines.size()}}},
                      {"base", run_json(city, {}, base)}};
  if (!quiet) {
    std::printf("Transport model: %s%s\n", city.name.c_str(), city.synthetic ? " (synthetic city)" : "");
    print_run("base", base);
  }
  const tt::TransportResult* last = &base;
  tt::TransportResult with_policy;
  if (!twin::pathway::structural_runs(scenario).empty()) {
    const tt::TransportPolicy policy = twin::pathway::combined_policy(scenario);
    with_policy = tt::run_transport_model(city, policy, model_options);
    if (!with_policy.error.empty()) {
      std::cerr << "carbontwin transport: scenario '" << scenario.name << "': " << with_policy.error << "\n";
      return 1;
    }
    doc["scenario"] = {{"name", scenario.name}, {"run", run_json(city, policy, with_policy)}};
    if (!quiet) print_run(("scenario '" + scenario.name + "'").c_str(), with_policy);
    last = &with_policy;
  } else if (!options.scenario_path.empty() && !quiet) {
    std::printf("scenario '%s' has no structural transport measures: only the base run\n", scenario.name.c_str());
  }
  doc["sources"] = {{"trip_rates", "assets/transport/trip_rates.csv"},
                    {"mode_choice", "assets/transport/mode_choice_parameters.csv"},
                    {"fleet", "assets/transport/fleet_parameters.csv"},
                    {"emission_factors", "assets/emissions"}};

  if (!options.links_csv_path.empty() && !write_links_csv(options.links_csv_path, city, *last)) {
    std::cerr << "carbontwin transport: cannot write links CSV to '" << options.links_csv_path << "'\n";
    return 1;
  }
  const std::string text = doc.dump(1) + "\n";
  if (quiet) {
    std::cout << text;
    return 0;
  }
  std::ofstream out(options.json_path, std::ios::binary);
  out << text;
  out.close();
  if (!out) {
    std::cerr << "carbontwin transport: cannot write JSON to '" << options.json_path << "'\n";
    return 1;
  }
  std::printf("wrote %s\n", options.json_path.c_str());
  return 0;
}

}  // namespace cli
