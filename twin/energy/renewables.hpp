// Hourly output per unit of capacity of utility PV and wind from a weather year. Computed once per
// weather year (they do not change with the pathway's capacities); a pathway year multiplies by its
// kWp and kW. Models:
//  - utility PV, per kWp: plane-of-array irradiance (climate::irradiance_on_surface, Perez sky) on a
//    fixed south-facing array / 1 kW/m² (STC) × performance ratio × cell-temperature derating
//    1 + γ (T_cell − 25 °C), T_cell = T_air + (NOCT − 20 °C) G / 800 W/m² — the rooftop model of
//    twin/buildings/pv.hpp with the module area taken per kWp (G_STC = 1 kW/m² makes 1 m² ↔ 1 kWp
//    at 100 % "efficiency");
//  - wind, per kW: hub-height speed u_hub = u_10 (z_hub / z_ref)^p (power law; p for neutral
//    stability, Irwin 1979 / EPA ISC3, shared/data/dispersion), then WindDef's generic power curve
//    × availability. det_pow keeps native and wasm bit-identical.
#pragma once

#include <vector>

#include "twin/climate/weather.hpp"
#include "twin/energy/energy_system.hpp"

namespace twin::energy {

// Fraction of rated power (0–1) at a hub-height wind speed, by the curve in WindDef (no availability).
double wind_power_fraction(const WindDef& def, double hub_speed_m_s);

// Hub-height wind speed from the reference-height speed by the power law.
double hub_wind_speed_m_s(const WindDef& def, double reference_speed_m_s);

// kWh per kWp (AC) for every hour of the weather year.
std::vector<double> utility_pv_kwh_per_kwp(const climate::WeatherYear& weather, const UtilityPvDef& def);

// kWh per kW of nameplate for every hour (power fraction × availability × 1 h).
std::vector<double> wind_kwh_per_kw(const climate::WeatherYear& weather, const WindDef& def);

}  // namespace twin::energy
