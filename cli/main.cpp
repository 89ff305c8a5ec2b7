// carbontwin — the native command line of the CarbonTwin core.
//   carbontwin city --summary [--json FILE] [--seed N]
//   carbontwin building --spec FILE.json --epw FILE.epw [--json OUT]
//   carbontwin pathway [--scenario FILE] [--seed N] [--activity FILE] --json OUT
//   carbontwin buildings [--seed N] [--year Y] [--mode batched|exact] --csv OUT
//   carbontwin assign --net NET --trips TRIPS --gap G [--flows OUT] [--toll-factor X] ...
//   carbontwin transport [--seed N | --city CITY] [--scenario FILE] [--gap G] [--links CSV] --json OUT
//   carbontwin import --in FILE [--in FILE…] [--crs CRS] [--attributes MAP.json] [--population N]
//                     [--jobs N] [--name NAME] --out CITY [--json REPORT]
//   carbontwin export --city CITY [--geojson OUT] [--gpkg OUT] [--year Y] [--epw FILE]
//   carbontwin calibrate --balance CSV [--meters DIR] [--city CITY] --json OUT
//   carbontwin energy [--seed N | --city CITY] [--epw FILE] [--assets CSV] [--year Y] --json OUT [--hourly CSV]
//   carbontwin ensemble --scenario FILE --samples N [--seed S] [--seed-city N | --city CITY] --json OUT
//              (mpirun -np K carbontwin-mpi ensemble … : the same result file, split over K ranks)
//   carbontwin region --spec REGION.json [--baseline table|simulated] [--transport none|model] --json OUT
//   carbontwin cost --scenario FILE [--year Y] [--seed N | --city CITY] [--baseline simulated|table] --json OUT
//   carbontwin optimise --peak-by Y [--neutral-by Y2] [--budget-t T] [--scenario BASE] --json OUT [--scenario-out FILE]
//   carbontwin monitor plume --q-g-s Q --u-m-s U --stability A-F --x-m X --y-m Y --z-m Z --h-m H [--terrain urban|rural]
//   carbontwin monitor grid [--seed N | --city CITY] [--cell-m 500] --csv OUT.csv [--tif OUT.tif] [--profiles P.csv] [--stations S.csv]
//   carbontwin monitor simulate [--seed N | --city CITY] [--stations FILE] [--add-source x_m,y_m,t_per_yr] [--noise-seed S] [--days D] --obs OUT.csv
//   carbontwin monitor invert --obs FILE [--stations FILE] [--seed N | --city CITY] --json OUT
//   carbontwin compare --a A.json --b B.json [--seed N | --city CITY] [--baseline simulated|table] --json OUT
//   carbontwin inclusion --actions FILE --json OUT [--year Y] [--participation-pct X] [--seed N | --city CITY]
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/assign_command.hpp"
#include "cli/building_command.hpp"
#include "cli/calibrate_command.hpp"
#include "cli/buildings_command.hpp"
#include "cli/city_command.hpp"
#include "cli/compare_command.hpp"
#include "cli/cost_command.hpp"
#include "cli/energy_command.hpp"
#include "cli/ensemble_command.hpp"
#include "cli/export_command.hpp"
#include "cli/import_command.hpp"
#include "cli/inclusion_command.hpp"
#include "cli/monitor_command.hpp"
#include "cli/optimise_command.hpp"
#include "cli/pathway_command.hpp"
#include "cli/region_command.hpp"
#include "cli/transport_command.hpp"

int main(int argc, char** argv) {
  CLI::App app{"CarbonTwin: city carbon digital twin (native command line)", "carbontwin"};
  app.require_subcommand(1);
  cli::CityCommandOptions city_options;
  CLI::App* city = cli::add_city_command(app, &city_options);
  cli::BuildingCommandOptions building_options;
  CLI::App* building = cli::add_building_command(app, &building_options);
  cli::PathwayCommandOptions pathway_options;
  CLI::App* pathway = cli::add_pathway_command(app, &pathway_options);
  cli::BuildingsCommandOptions buildings_options;
  CLI::App* buildings = cli::add_buildings_command(app, &buildings_options);
  cli::AssignCommandOptions assign_options;
  CLI::App* assign = cli::add_assign_command(app, &assign_options);
  cli::TransportCommandOptions transport_options;
  CLI::App* transport = cli::add_transport_command(app, &transport_options);
  cli::ImportCommandOptions import_options;
  CLI::App* import = cli::add_import_command(app, &import_options);
  cli::ExportCommandOptions export_options;
  CLI::App* export_cmd = cli::add_export_command(app, &export_options);
  cli::CalibrateCommandOptions calibrate_options;
  CLI::App* calibrate = cli::add_calibrate_command(app, &calibrate_options);
  cli::EnergyCommandOptions energy_options;
  CLI::App* energy = cli::add_energy_command(app, &energy_options);
  cli::EnsembleCommandOptions ensemble_options;
  CLI::App* ensemble = cli::add_ensemble_command(app, &ensemble_options);
  cli::CostCommandOptions cost_options;
  CLI::App* cost = cli::add_cost_command(app, &cost_options);
  cli::RegionCommandOptions region_options;
  CLI::App* region = cli::add_region_command(app, &region_options);
  cli::OptimiseCommandOptions optimise_options;
  CLI::App* optimise = cli::add_optimise_command(app, &optimise_options);
  cli::MonitorCommandOptions monitor_options;
  CLI::App* monitor_plume = nullptr;
  CLI::App* monitor_grid = nullptr;
  CLI::App* monitor = cli::add_monitor_command(app, &monitor_options, &monitor_plume, &monitor_grid);
  CLI::App* monitor_simulate = nullptr;
  CLI::App* monitor_invert = nullptr;
  cli::add_monitor_osse_commands(monitor, &monitor_options, &monitor_simulate, &monitor_invert);
  cli::CompareCommandOptions compare_options;
  CLI::App* compare = cli::add_compare_command(app, &compare_options);
  cli::InclusionCommandOptions inclusion_options;
  CLI::App* inclusion = cli::add_inclusion_command(app, &inclusion_options);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);  // usage errors go to stderr with a non-zero code; --help exits 0
  }
  if (city->parsed()) return cli::run_city_command(city_options);
  if (building->parsed()) return cli::run_building_command(building_options);
  if (pathway->parsed()) return cli::run_pathway_command(pathway_options);
  if (buildings->parsed()) return cli::run_buildings_command(buildings_options);
  if (assign->parsed()) return cli::run_assign_command(assign_options);
  if (transport->parsed()) return cli::run_transport_command(transport_options);
  if (import->parsed()) return cli::run_import_command(import_options);
  if (export_cmd->parsed()) return cli::run_export_command(export_options);
  if (energy->parsed()) return cli::run_energy_command(energy_options);
  if (ensemble->parsed()) return cli::run_ensemble_command(ensemble_options);
  if (calibrate->parsed()) return cli::run_calibrate_command(calibrate_options);
  if (cost->parsed()) return cli::run_cost_command(cost_options);
  if (region->parsed()) return cli::run_region_command(region_options);
  if (optimise->parsed()) return cli::run_optimise_command(optimise_options);
  if (monitor->parsed() && monitor_plume->parsed()) return cli::run_monitor_plume(monitor_options.plume);
  if (monitor->parsed() && monitor_grid->parsed()) return cli::run_monitor_grid(monitor_options.grid);
  if (monitor->parsed() && monitor_simulate->parsed()) return cli::run_monitor_simulate(monitor_options.simulate);
  if (monitor->parsed() && monitor_invert->parsed()) return cli::run_monitor_invert(monitor_options.invert);
  if (compare->parsed()) return cli::run_compare_command(compare_options);
  if (inclusion->parsed()) return cli::run_inclusion_command(inclusion_options);
  return 2;
}
