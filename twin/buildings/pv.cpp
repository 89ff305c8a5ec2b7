#include "twin/buildings/pv.hpp"

#include "twin/climate/solar.hpp"

namespace twin::buildings {

PvDef default_pv_def() { return PvDef{}; }

std::vector<double> pv_hourly_kwh_per_roof_m2(const climate::WeatherYear& weather, const PvDef& def) {
  const std::vector<double> poa_wh_m2 =
      climate::hourly_irradiance_on_surface(weather, climate::Surface{def.tilt_deg, def.azimuth_deg});
  std::vector<double> out(poa_wh_m2.size());
  for (std::size_t h = 0; h < out.size(); ++h) {
    const double g = poa_wh_m2[h];  // Wh/m² over the hour = mean W/m²
    const double cell_c = weather.dry_bulb_c[h] + (def.noct_c - 20.0) * g / 800.0;
    double derate = 1.0 + def.temperature_coefficient_per_k * (cell_c - 25.0);
    if (derate < 0.0) derate = 0.0;
    out[h] = def.usable_roof_share * def.module_efficiency * def.performance_ratio * derate * g / 1000.0;
  }
  return out;
}

}  // namespace twin::buildings
