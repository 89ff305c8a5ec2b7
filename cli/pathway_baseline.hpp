// The pathway's starting point for a city, one builder for every command that runs pathways (pathway,
// cost, ensemble, region, compare): the base-year stock from the city-scale hourly simulation
// ("simulated", the default) or from the intensity table ("table"), and with transport "model" the
// transport model's base run plus one run per structural lever and new line of the scenario.
#pragma once

#include <cstddef>
#include <string>

#include "cli/city_source.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/scenario.hpp"

namespace cli {

struct BaselineChoice {
  std::string baseline = "simulated";  // "simulated" or "table"
  std::string transport = "model";     // "model" or "none"
};

struct BaselineBuildInfo {
  double simulation_s = 0.0;      // the hourly simulation (simulated only)
  double transport_s = 0.0;
  std::size_t transport_runs = 0;  // 1 base + one per structural change (transport "model" only)
};

// Errors (the transport model failing) go to stderr as "carbontwin COMMAND: …" and give false.
bool build_pathway_baseline(const LoadedCity& loaded, const twin::pathway::Scenario& scenario,
                            const BaselineChoice& choice, const char* command, twin::pathway::Baseline* out,
                            BaselineBuildInfo* info = nullptr);

}  // namespace cli
