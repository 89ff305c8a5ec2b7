// `carbontwin ensemble`: a Monte Carlo ensemble of the pathway under uncertain inputs
// (twin/uncertainty: lever targets and emission factors drawn from assets/uncertainty/uncertain_inputs.csv)
// → per-year percentiles of gross and net emissions, the probability of peaking and of neutrality by
// each year, the distribution of the peak year and of cumulative emissions. Sample i depends only on
// the seed and i; built with CT_WITH_MPI (the `carbontwin-mpi` executable) rank r of K evaluates samples
// r, r + K, … and rank 0 gathers them and writes the same JSON as the serial run, byte for byte.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>

namespace cli {

struct EnsembleCommandOptions {
  std::string scenario_path;           // the central scenario (docs/scenario.md)
  std::uint64_t samples = 0;           // ensemble size
  std::uint64_t seed = 1;              // the ensemble's random seed
  std::uint64_t city_seed = 0;         // --seed-city: the synthetic city of this seed
  bool city_seed_given = false;
  std::string city_path;               // --city: an imported city file
  std::string epw_path;                // --epw: a station's weather year for the simulated baseline
  std::string baseline = "simulated";  // "simulated" or "table"
  std::string transport = "model";     // "model" or "none"
  std::string inputs_path;             // --inputs: a table of uncertain inputs instead of the embedded one
  std::string json_path;               // output ("-" = stdout)
};

CLI::App* add_ensemble_command(CLI::App& app, EnsembleCommandOptions* options);
// Returns the process exit code (on every rank under MPI); errors go to stderr.
int run_ensemble_command(const EnsembleCommandOptions& options);

}  // namespace cli
