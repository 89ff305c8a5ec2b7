// build_monitor_base_year() (monitor_base_year.hpp).
#include "cli/monitor_base_year.hpp"

#include <iostream>

#include "twin/buildings/city_energy.hpp"
#include "twin/emissions/carrier.hpp"
#include "twin/pathway/transport_from_model.hpp"
#include "twin/transport/transport_model.hpp"

namespace cli {

bool build_monitor_base_year(const LoadedCity& loaded, bool simulated, bool transport_model, const char* command,
                             MonitorBaseYear* out) {
  const twin::City& city = loaded.city;
  const twin::pathway::Scenario scenario = twin::pathway::default_scenario();
  if (!simulated) {
    out->baseline = twin::pathway::baseline_from_city(city);
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
    out->baseline = twin::pathway::baseline_from_simulation(city, energy);
    for (const auto& hour : hourly) {  // scope-1 fuels burnt in the buildings
      double kwh = 0.0;
      for (int c = 0; c < twin::emissions::kCarrierCount; ++c)
        if (twin::emissions::scope_of(static_cast<twin::emissions::Carrier>(c)) == twin::emissions::Scope::Scope1)
          kwh += hour[c];
      out->buildings_hourly_kwh.push_back(kwh);
    }
  }
  if (transport_model) {
    const std::string error = twin::pathway::fill_transport_baseline(city, scenario, &out->baseline.transport);
    if (!error.empty()) {
      std::cerr << "carbontwin " << command << ": the transport model failed: " << error << "\n";
      return false;
    }
    const twin::transport::TransportResult run = twin::transport::run_transport_model(city);
    if (run.error.empty())
      out->link_flow_pcu_h = run.road_link_flow_pcu_h;
    else
      out->transport_model_failed = true;
  }
  out->pathway = twin::pathway::evaluate_pathway(out->baseline, scenario);
  return true;
}

bool grid_monitor_base_year(const LoadedCity& loaded, const MonitorBaseYear& base, double cell_m, const char* command,
                            twin::monitor::CityGrid* out) {
  *out = twin::monitor::build_city_grid(
      {&loaded.city, &base.baseline, &base.pathway.years.front(), &base.link_flow_pcu_h, cell_m});
  if (!out->error.empty()) {
    std::cerr << "carbontwin " << command << ": " << out->error << "\n";
    return false;
  }
  return true;
}

}  // namespace cli
