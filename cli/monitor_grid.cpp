// `carbontwin monitor grid` (monitor_command.hpp): builds the base year as `carbontwin pathway` does
// (monitor_base_year.hpp), places its direct emissions on the grid (twin/monitor/city_grid.hpp) and writes the CSV (one row per cell: i, j, x_m, y_m
// of the cell centre, one column per sector, total, release_height_m), and on request a GeoTIFF, the
// hourly profiles (hour, one column per sector) and the default station network.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/city_source.hpp"
#include "cli/monitor_base_year.hpp"
#include "cli/monitor_command.hpp"
#include "cli/monitor_geotiff.hpp"
#include "twin/monitor/emission_grid.hpp"
#include "twin/monitor/emission_profiles.hpp"
#include "twin/monitor/stations.hpp"

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
  CLI::Option* seed = add_seed_option(g, &o->seed, &o->seed_given, "Use the synthetic city of seed N (default: the default city)");
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
  MonitorBaseYear base;
  if (!build_monitor_base_year(loaded, o.baseline == "simulated", o.transport == "model", cmd, &base)) return 1;
  const twin::pathway::PathwayYear& year = base.pathway.years.front();
  twin::monitor::CityGrid cg;
  if (!grid_monitor_base_year(loaded, base, o.cell_m, cmd, &cg)) return 1;
  const tm::EmissionGrid& grid = cg.grid;
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
    if (const std::string e = tm::sector_profiles(base.buildings_hourly_kwh, &profiles); !e.empty()) {
      std::cerr << "carbontwin monitor grid: hourly profile: " << e << "\n";
      return 1;
    }
    if (!write_text(o.profiles_path, profiles_csv(profiles))) {
      std::cerr << "carbontwin monitor grid: cannot write '" << o.profiles_path << "'\n";
      return 1;
    }
  }
  if (!o.stations_path.empty() && !write_text(o.stations_path, tm::write_stations_csv(tm::default_network(cg.extent_min, cg.extent_max)))) {
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
              cg.scope2_excluded_t);
  for (const std::string& name : cg.unplaced_plants)
    std::printf("note: plant '%s' has no x/y: its CO2 is counted outside the grid\n", name.c_str());
  if (base.link_flow_pcu_h.empty() && o.transport == "model")
    std::printf("note: no link flows from the transport model: road emissions spread by link length × capacity\n");
  return 0;
}

}  // namespace cli
