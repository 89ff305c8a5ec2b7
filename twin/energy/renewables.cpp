#include "twin/energy/renewables.hpp"

#include "twin/buildings/pv.hpp"
#include "twin/pathway/det_math.hpp"

namespace twin::energy {

double hub_wind_speed_m_s(const WindDef& def, double reference_speed_m_s) {
  if (!(reference_speed_m_s > 0.0)) return 0.0;
  return reference_speed_m_s * pathway::det_pow(def.hub_height_m / def.reference_height_m, def.shear_exponent);
}

double wind_power_fraction(const WindDef& def, double v) {
  if (v < def.cut_in_m_s || v >= def.cut_out_m_s) return 0.0;
  if (v >= def.rated_m_s) return 1.0;
  const double vi3 = def.cut_in_m_s * def.cut_in_m_s * def.cut_in_m_s;
  const double vr3 = def.rated_m_s * def.rated_m_s * def.rated_m_s;
  return (v * v * v - vi3) / (vr3 - vi3);
}

std::vector<double> utility_pv_kwh_per_kwp(const climate::WeatherYear& weather, const UtilityPvDef& def) {
  // pv.hpp's per-m² yield with usable share and module efficiency 1 is G/1000 × PR × derating, which
  // is kWh per kWp (1 kWp produces 1 kW at G = 1000 W/m²).
  buildings::PvDef pv;
  pv.usable_roof_share = 1.0;
  pv.module_efficiency = 1.0;
  pv.performance_ratio = def.performance_ratio;
  pv.tilt_deg = def.tilt_deg;
  pv.azimuth_deg = def.azimuth_deg;
  pv.noct_c = def.noct_c;
  pv.temperature_coefficient_per_k = def.temperature_coefficient_per_k;
  return buildings::pv_hourly_kwh_per_roof_m2(weather, pv);
}

std::vector<double> wind_kwh_per_kw(const climate::WeatherYear& weather, const WindDef& def) {
  std::vector<double> out(weather.hours());
  for (std::uint32_t h = 0; h < weather.hours(); ++h)
    out[h] = wind_power_fraction(def, hub_wind_speed_m_s(def, weather.wind_speed_m_s[h])) * def.availability;
  return out;
}

}  // namespace twin::energy
