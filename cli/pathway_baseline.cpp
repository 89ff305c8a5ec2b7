// build_pathway_baseline() (pathway_baseline.hpp).
#include "cli/pathway_baseline.hpp"

#include <chrono>
#include <iostream>

#include "twin/buildings/city_energy.hpp"
#include "twin/pathway/transport_from_model.hpp"

namespace cli {

bool build_pathway_baseline(const LoadedCity& loaded, const twin::pathway::Scenario& scenario,
                            const BaselineChoice& choice, const char* command, twin::pathway::Baseline* out,
                            BaselineBuildInfo* info) {
  using clock = std::chrono::steady_clock;
  BaselineBuildInfo local;
  BaselineBuildInfo& i = info != nullptr ? *info : local;
  if (choice.baseline == "table") {
    *out = twin::pathway::baseline_from_city(loaded.city);
  } else {
    const auto start = clock::now();
    twin::buildings::CityEnergyDef def = twin::buildings::default_city_energy_def();
    def.zone = loaded.weather.plan.zone;
    *out = twin::pathway::baseline_from_simulation(
        loaded.city, twin::buildings::simulate_city_energy(loaded.city, loaded.weather.year, def));
    i.simulation_s = std::chrono::duration<double>(clock::now() - start).count();
  }
  if (choice.transport == "model") {
    const auto start = clock::now();
    const std::string error = twin::pathway::fill_transport_baseline(loaded.city, scenario, &out->transport);
    if (!error.empty()) {
      std::cerr << "carbontwin " << command << ": the transport model failed: " << error << "\n";
      return false;
    }
    i.transport_runs = 1 + out->transport.changes.size();
    i.transport_s = std::chrono::duration<double>(clock::now() - start).count();
  }
  return true;
}

}  // namespace cli
