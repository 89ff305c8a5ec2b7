// `carbontwin monitor grid` (monitor_command.hpp): builds the base year as `carbontwin pathway` does
// (same city, weather, --baseline and --transport; the default scenario), places its direct emissions
// on the grid (twin/monitor/emission_sources.hpp) and writes the CSV (one row per cell: i, j, x_m, y_m
// of the cell centre, one column per sector, total, release_height_m), and on request a GeoTIFF, the
// hourly profiles (hour, one column per sector) and the default station network.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/city_source.hpp"
#include "cli/monitor_command.hpp"
#include "cli/monitor_geotiff.hpp"
#include "twin/buildings/city_energy.hpp"
#include "twin/emissions/carrier.hpp"
#include "twin/monitor/emission_grid.hpp"
#include "twin/monitor/emission_profiles.hpp"
#include "twin/monitor/emission_sources.hpp"
#include "twin/monitor/stations.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/transport_from_model.hpp"
#include "twin/transport/transport_model.hpp"

namespace cli {

namespace {

namespace tm = twin::monitor;

std::string num(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.6f", v);  // tonnes to the gram: fixed, so that scripts can sum exactly
  return buf;
}

bool write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out.flush());
}

std::string grid_csv(const tm::EmissionGrid& g) {
  std::string out = "i,j,x_m,y_m";
  for (int s = 0; s < tm::kGridSectorCount; ++s) out += std::string(",") + tm::to_string(static_cast<tm::GridSector>(s));
  out += ",total,release_height_m\n";
  const tm::GridGeometry& geo = g.geometry;
  for (int j = 0; j < geo.ny; ++j)
    for (int i = 0; i < geo.nx; ++i) {
      const std::size_t c = static_cast<std::size_t>(j) * static_cast<std::size_t>(geo.nx) + static_cast<std::size_t>(i);
      char head[128];
      std::snprintf(head, sizeof head, "%d,%d,%.3f,%.3f", i, j, geo.x0_m + (i + 0.5) * geo.cell_m, geo.y0_m + (j + 0.5) * geo.cell_m);
      out += head;
      for (int s = 0; s < tm::kGridSectorCount; ++s) out += "," + num(g.cell_t[c][s]);
      out += "," + num(g.cell_total_t(c)) + "," + num(g.release_height_m[c]) + "\n";
    }
  return out;
}

std::string profiles_csv(const tm::SectorProfiles& p) {
  std::string out = "hour";
  for (int s = 0; s < tm::kGridSectorCount; ++s) out += std::string(",") + tm::to_string(static_cast<tm::GridSector>(s));
  out += "\n";
  char buf[40];
  for (int h = 0; h < tm::kProfileHours; ++h) {
    out += std::to_string(h);
    for (int s = 0; s < tm::kGridSectorCount; ++s) {
      std::snprintf(buf, sizeof buf, ",%.9g", p[s][static_cast<std::size_t>(h)]);
      out += buf;
    }
    out += "\n";
  }
  return out;
}

}  // namespace

void add_monitor_grid_options(CLI::App* g, MonitorGridOptions* o) {
  CLI::Option* seed = g->add_option("--seed", o->seed, "Use the synthetic city of seed N (default: the default city)")
                          ->type_name("N")
                          ->check(CLI::Validator(
                              [](std::string& text) -> std::string {  // as `carbontwin city --seed`
                                const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
                                if (!digits || text.find_first_not_of('0') == std::string::npos || text.size() > 20)
                                  return "must be a positive integer (1 to 18446744073709551615), got '" + text + "'";
                                return {};
                              },
                              "POSITIVE INTEGER"))
                          ->each([o](const std::string&) { o->seed_given = true; });
  add_city_file_option(g, &o->city_path, seed);
  add_epw_option(g, &o->epw_path);
  g->add_option("--cell-m", o->cell_m, "Cell size, m (100–1000; default 500)");
  g->add_option("--csv", o->csv_path, "Write one row per cell to FILE")->required()->type_name("FILE");
  g->add_option("--tif", o->tif_path, "Also write a GeoTIFF, one Float32 band per sector and the total")->type_name("FILE");
  g->add_option("--profiles", o->profiles_path, "Also write the 8760 hourly factors (mean 1) per sector")->type_name("FILE");
  g->add_option("--stations", o->stations_path, "Also write the default station network over the city's extent")
      ->type_name("FILE");
  g->add_option("--baseline", o->baseline, "Base-year buildings: 'simulated' (default) or 'table', as `pathway`")
      ->check(CLI::IsMember({"simulated", "table"}));
  g->add_option("--transport", o->transport, "Travel: 'model' (default) or 'none', as `pathway`")
      ->check(CLI::IsMember({"model", "none"}));
}

int run_monitor_grid(const MonitorGridOptions& o) {
  const char* cmd = "monitor grid";
  if (const std::string e = tm::validate_cell_size(o.cell_m); !e.empty()) {
    std::cerr << "carbontwin monitor grid: --cell-m: " << e << "\n";
    return 2;
  }
  LoadedCity loaded;
  if (!load_city(o.city_path, o.seed_given, o.seed, cmd, &loaded, o.epw_path)) return 1;
  const twin::City& city = loaded.city;
  const twin::pathway::Scenario scenario = twin::pathway::default_scenario();

  // The base year as build_pathway_baseline() makes it, keeping the simulation's hourly totals.
  twin::pathway::Baseline baseline;
  std::vector<double> buildings_hourly;
  if (o.baseline == "table") {
    baseline = twin::pathway::baseline_from_city(city);
  } else {
    twin::buildings::CityEnergyDef def = twin::buildings::default_city_energy_def();
    def.zone = loaded.weather.plan.zone;
    def.hourly = true;
    twin::buildings::CityEnergyResult energy = twin::buildings::simulate_city_energy(city, loaded.weather.year, def);
    // The hourly series only shape the buildings' profile here: taken out before the baseline is built,
    // so that the baseline (its local energy system too) is `pathway`'s, which runs without them.
    const auto hourly = std::move(energy.hourly_carrier_kwh);
    energy.hourly_carrier_kwh.clear();
    energy.hourly_pv_kwh.clear();
    baseline = twin::pathway::baseline_from_simulation(city, energy);
    for (const auto& hour : hourly) {  // scope-1 fuels burnt in the buildings
      double kwh = 0.0;
      for (int c = 0; c < twin::emissions::kCarrierCount; ++c)
        if (twin::emissions::scope_of(static_cast<twin::emissions::Carrier>(c)) == twin::emissions::Scope::Scope1) kwh += hour[c];
      buildings_hourly.push_back(kwh);
    }
  }
  std::vector<double> flows;
  if (o.transport == "model") {
    const std::string error = twin::pathway::fill_transport_baseline(city, scenario, &baseline.transport);
    if (!error.empty()) {
      std::cerr << "carbontwin monitor grid: the transport model failed: " << error << "\n";
      return 1;
    }
    const twin::transport::TransportResult run = twin::transport::run_transport_model(city);
    if (run.error.empty()) flows = run.road_link_flow_pcu_h;
  }
  const twin::pathway::PathwayResult result = twin::pathway::evaluate_pathway(baseline, scenario);
  const twin::pathway::PathwayYear& year = result.years.front();

  // The local plants (CHP, boilers) have no site in the energy-system list: they stand at the centre
  // of the industrial plants placed on the map (the industrial park), else at the city's centre.
  twin::Vec2 lo, hi;
  if (!tm::city_extent(city, &lo, &hi)) {
    std::cerr << "carbontwin monitor grid: the city has no buildings and no roads\n";
    return 1;
  }
  twin::Vec2 supply{0.5 * (lo.x_m + hi.x_m), 0.5 * (lo.y_m + hi.y_m)};
  double n = 0.0, sx = 0.0, sy = 0.0;
  for (const auto& p : baseline.plants)
    if (p.has_xy) {
      sx += p.x_m;
      sy += p.y_m;
      n += 1.0;
    }
  if (n > 0.0) supply = twin::Vec2{sx / n, sy / n};

  const tm::CitySources cs = tm::city_emission_sources({&city, &baseline, &year, flows.empty() ? nullptr : &flows, supply});
  if (!cs.error.empty()) {
    std::cerr << "carbontwin monitor grid: " << cs.error << "\n";
    return 1;
  }
  twin::Vec2 slo, shi;
  if (tm::sources_extent(cs.sources, &slo, &shi)) {
    lo = twin::Vec2{std::min(lo.x_m, slo.x_m), std::min(lo.y_m, slo.y_m)};
    hi = twin::Vec2{std::max(hi.x_m, shi.x_m), std::max(hi.y_m, shi.y_m)};
  }
  const tm::EmissionGrid grid = tm::build_emission_grid(cs.sources, tm::grid_over_extent(lo, hi, o.cell_m));
  if (!grid.error.empty()) {
    std::cerr << "carbontwin monitor grid: " << grid.error << "\n";
    return 1;
  }
  if (!write_text(o.csv_path, grid_csv(grid))) {
    std::cerr << "carbontwin monitor grid: cannot write '" << o.csv_path << "'\n";
    return 1;
  }
  if (!o.tif_path.empty()) {
    std::string error, note;
    if (!write_grid_geotiff(o.tif_path, grid, city.location, &error, &note)) {
      std::cerr << "carbontwin monitor grid: " << error << "\n";
      return 1;
    }
    if (!note.empty()) std::cerr << "note: " << note << "\n";
  }
  if (!o.profiles_path.empty()) {
    tm::SectorProfiles profiles;
    if (const std::string e = tm::sector_profiles(buildings_hourly, &profiles); !e.empty()) {
      std::cerr << "carbontwin monitor grid: hourly profile: " << e << "\n";
      return 1;
    }
    if (!write_text(o.profiles_path, profiles_csv(profiles))) {
      std::cerr << "carbontwin monitor grid: cannot write '" << o.profiles_path << "'\n";
      return 1;
    }
  }
  if (!o.stations_path.empty() && !write_text(o.stations_path, tm::write_stations_csv(tm::default_network(lo, hi)))) {
    std::cerr << "carbontwin monitor grid: cannot write '" << o.stations_path << "'\n";
    return 1;
  }

  const tm::GridGeometry& g = grid.geometry;
  std::printf("Emission grid of %s: %d × %d cells of %g m from (%g, %g), base year %d, direct (scope 1) CO2\n",
              city.name.c_str(), g.nx, g.ny, g.cell_m, g.x0_m, g.y0_m, year.year);
  double total = 0.0;
  for (int s = 0; s < tm::kGridSectorCount; ++s) {
    const double outside = std::fabs(grid.outside_t[s]) > 1e-9 * std::fabs(grid.total_t[s]) ? grid.outside_t[s] : 0.0;
    std::printf("  %-21s %16.3f t/yr (outside the grid: %.3f t)\n", tm::to_string(static_cast<tm::GridSector>(s)),
                grid.total_t[s], outside);
    total += grid.total_t[s];
  }
  std::printf("  %-21s %16.3f t/yr\n", "total", total);
  std::printf("not gridded: scope 2 (grid electricity and bought heat, emitted outside the city) %.3f t\n",
              cs.scope2_excluded_t);
  for (const std::string& name : cs.unplaced_plants)
    std::printf("note: plant '%s' has no x/y: its CO2 is counted outside the grid\n", name.c_str());
  if (flows.empty() && o.transport == "model")
    std::printf("note: no link flows from the transport model: road emissions spread by link length × capacity\n");
  return 0;
}

}  // namespace cli
