// `carbontwin monitor` and its `plume` subcommand (monitor_command.hpp); `grid` is in monitor_grid.cpp.
#include "cli/monitor_command.hpp"

#include <cstdio>
#include <iostream>

#include "twin/monitor/plume.hpp"

namespace cli {

CLI::App* add_monitor_command(CLI::App& app, MonitorCommandOptions* options, CLI::App** plume, CLI::App** grid) {
  CLI::App* cmd = app.add_subcommand("monitor", "Top-down monitoring: atmospheric transport of the city's emissions");
  cmd->require_subcommand(1);
  CLI::App* p = cmd->add_subcommand(
      "plume", "Gaussian plume with ground reflection, Briggs (1973) dispersion: prints the enhancement in µg/m³ at a receptor");
  MonitorPlumeOptions* o = &options->plume;
  p->add_option("--q-g-s", o->q_g_s, "Emission rate, g/s")->required();
  p->add_option("--u-m-s", o->u_m_s, "Wind speed at the release height, m/s")->required();
  p->add_option("--stability", o->stability, "Pasquill–Gifford stability class A (very unstable) … F (stable)")->required();
  p->add_option("--x-m", o->x_m, "Receptor downwind of the source, m")->required();
  p->add_option("--y-m", o->y_m, "Receptor crosswind, m")->required();
  p->add_option("--z-m", o->z_m, "Receptor height above ground, m")->required();
  p->add_option("--h-m", o->h_m, "Effective release height (stack + plume rise), m")->required();
  p->add_option("--terrain", o->terrain, "Dispersion set: 'urban' (default, Briggs urban) or 'rural'")
      ->check(CLI::IsMember({"urban", "rural"}));
  *plume = p;
  *grid = cmd->add_subcommand(
      "grid", "Gridded direct (scope 1) emissions of the city by sector, tCO2/yr per cell: CSV, optional GeoTIFF");
  add_monitor_grid_options(*grid, &options->grid);
  return cmd;
}

int run_monitor_plume(const MonitorPlumeOptions& o) {
  namespace tm = twin::monitor;
  const std::optional<tm::Stability> stability = tm::stability_from_letter(o.stability);
  if (!stability) {
    std::cerr << "carbontwin monitor plume: --stability '" << o.stability << "' is not a class A-F\n";
    return 2;
  }
  const tm::PlumeSource source{o.q_g_s, o.h_m};
  const tm::PlumeMet met{o.u_m_s, *stability, o.terrain == "rural" ? tm::Terrain::Rural : tm::Terrain::Urban};
  const tm::Receptor receptor{o.x_m, o.y_m, o.z_m};
  const std::string error = tm::validate_plume(source, met, receptor);
  if (!error.empty()) {
    std::cerr << "carbontwin monitor plume: " << error << "\n";
    return 2;
  }
  std::printf("%.17g\n", 1e6 * tm::plume_concentration_g_m3(source, met, receptor));
  return 0;
}

}  // namespace cli
