// Rooftop PV yield: roof area × usable share × module efficiency × performance ratio × plane-of-array
// irradiance (climate::irradiance_on_surface, Perez sky) × a cell-temperature derating (NOCT model,
// IEC 61215 / Ross: T_cell = T_air + (NOCT − 20 °C) · G / 800 W/m²).
#pragma once

#include <vector>

#include "twin/climate/weather.hpp"

namespace twin::buildings {

struct PvDef {
  double usable_roof_share = 0.35;    // of the flat roof: setbacks, equipment, row spacing (approx.)
  double module_efficiency = 0.20;    // STC, mono-Si PERC (2020 market)
  double performance_ratio = 0.85;    // inverter, wiring, soiling, mismatch; temperature separate
  double tilt_deg = 28.0;             // south-facing, near-optimal for 40° N at rooftop row spacing
  double azimuth_deg = 180.0;
  double noct_c = 45.0;
  double temperature_coefficient_per_k = -0.0037;  // of power, per K above 25 °C
};
PvDef default_pv_def();

// AC yield per m² of roof for every hour of the year, kWh/m² (already × usable share).
std::vector<double> pv_hourly_kwh_per_roof_m2(const climate::WeatherYear& weather, const PvDef& def);

}  // namespace twin::buildings
