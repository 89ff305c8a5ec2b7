// simulate_zone: one year, hour by hour, of the zone network (zone_network.hpp) under a weather year.
//
// Each hour is split into ZoneSpec::substeps_per_hour implicit-Euler steps of
//   (C/Δt + K) θ_{t+Δt} = C/Δt θ_t + G_air θ_e + G_sky θ_sky + G_gnd θ_gnd + Φ_sources + e_air Φ_HC
// (ISO 52016-1:2017 §6.5.5: the same backward-difference form, there with one step per hour).
// K is constant, so (C/Δt + K) is LU-factorised once for the year. Coefficients that depend on
// temperature (interior natural convection and long-wave, exterior long-wave, window gap) sit in K
// at a reference value; the
// difference to their current value, evaluated at the start of the step, is added to the
// right-hand side as an equal-and-opposite source pair (lagged linearisation; energy-conserving).
// Wind-dependent exterior convection (ExteriorConvection::kDoe2) changes only the diagonal of the k
// exterior nodes; it is solved implicitly each step by the Woodbury identity on the one LU.
// Ideal heating/cooling (ISO 52016-1 §6.5.5.2): solve free-float
// with Φ_HC = 0; if the air is outside the set-points, the system being linear, the air temperature
// responds to Φ_HC through the fixed column s = (C/Δt + K)⁻¹ e_air, so Φ_HC = (θ_set − θ_air,ff)/s_air
// holds the set-point exactly at the end of the step.
// Weather: dry-bulb and sky temperatures are instantaneous at the end of each EPW hour and are
// interpolated linearly within it; irradiances are hourly means held over the hour.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "twin/buildings/zone_spec.hpp"
#include "twin/climate/weather.hpp"

namespace twin::buildings {

// Heat flows into the zone's nodes over the simulated year (kWh); storage_change_kwh is the rise in
// the energy stored in all node capacities. By conservation, residual_kwh() ≈ 0.
struct ZoneEnergyBalance {
  double solar_absorbed_kwh = 0;    // exterior opaque surfaces + window panes + transmitted
  double solar_transmitted_kwh = 0; // through the windows (part of it is reflected back out)
  double internal_gains_kwh = 0;
  double heating_kwh = 0;
  double cooling_kwh = 0;           // removed, positive
  double infiltration_kwh = 0;      // net into the zone air (negative in a cold climate)
  double exterior_exchange_kwh = 0; // net into exterior surfaces from outdoor air, sky and ground
  double storage_change_kwh = 0;
  double residual_kwh() const {
    return solar_absorbed_kwh + internal_gains_kwh + heating_kwh - cooling_kwh + infiltration_kwh +
           exterior_exchange_kwh - storage_change_kwh;
  }
};

struct ZoneResult {
  std::vector<std::string> errors;  // non-empty: nothing was simulated
  // Hourly, integrated over each hour (means of the sub-steps).
  std::vector<double> heating_w;
  std::vector<double> cooling_w;  // heat removed, positive
  std::vector<double> air_temperature_c;
  double heating_mwh = 0;
  double cooling_mwh = 0;
  double peak_heating_kw = 0;
  double peak_cooling_kw = 0;
  std::uint32_t peak_heating_hour = 0;
  std::uint32_t peak_cooling_hour = 0;
  double min_air_temperature_c = 0;  // of the hourly means; the free-float figures when HVAC is off
  double max_air_temperature_c = 0;
  double mean_air_temperature_c = 0;
  std::uint32_t min_air_temperature_hour = 0;
  std::uint32_t max_air_temperature_hour = 0;
  ZoneEnergyBalance balance;
  int node_count = 0;
  double solar_lost_fraction = 0;  // of transmitted solar, reflected back out of the windows
};

ZoneResult simulate_zone(const ZoneSpec& spec, const climate::WeatherYear& weather);

}  // namespace twin::buildings
