// carbontwin-mpi — `carbontwin ensemble` and `carbontwin region` split over MPI ranks (Debian's OpenMPI):
//   mpirun -np K carbontwin-mpi ensemble --scenario FILE --samples N [--seed S] … --json OUT
//   mpirun -np K carbontwin-mpi region --spec REGION.json … --json OUT
// Rank r evaluates samples (twins) r, r + K, …; rank 0 gathers them and writes the same JSON as the serial
// command, byte for byte (cli/ensemble_command.cpp, cli/region_command.cpp, built here with CT_WITH_MPI).
#include <mpi.h>

#include <CLI/CLI.hpp>

#include "cli/ensemble_command.hpp"
#include "cli/region_command.hpp"

int main(int argc, char** argv) {
  MPI_Init(&argc, &argv);
  int code = 0;
  {
    CLI::App app{"CarbonTwin ensembles and regions over MPI ranks", "carbontwin-mpi"};
    app.require_subcommand(1);
    cli::EnsembleCommandOptions options;
    CLI::App* ensemble = cli::add_ensemble_command(app, &options);
    cli::RegionCommandOptions region_options;
    CLI::App* region = cli::add_region_command(app, &region_options);
    try {
      app.parse(argc, argv);
      code = ensemble->parsed() ? cli::run_ensemble_command(options)
             : region->parsed() ? cli::run_region_command(region_options)
                                : 2;
    } catch (const CLI::ParseError& e) {
      code = app.exit(e);  // every rank parses the same arguments and exits alike
    }
  }
  MPI_Finalize();
  return code;
}
