#include "twin/climate/sky.hpp"

#include <algorithm>
#include <cmath>

namespace twin::climate {

double sky_temperature_from_ir_c(double horizontal_ir_w_m2) {
  // Fourth root as two square roots: sqrt is correctly rounded everywhere (native and wasm agree).
  const double t4 = std::max(horizontal_ir_w_m2, 0.0) / kStefanBoltzmann_w_m2_k4;
  return std::sqrt(std::sqrt(t4)) - 273.15;
}

double sky_ir_clark_allen_w_m2(double dry_bulb_c, double dew_point_c, double opaque_sky_cover_tenths) {
  const double n = std::clamp(opaque_sky_cover_tenths, 0.0, 10.0);
  const double t_dp_k = std::max(dew_point_c + 273.15, 150.0);
  const double clear_emissivity = 0.787 + 0.764 * std::log(t_dp_k / 273.0);
  const double emissivity =
      std::clamp(clear_emissivity * (1.0 + 0.0224 * n - 0.0035 * n * n + 0.00028 * n * n * n), 0.0, 1.0);
  const double t_db_k = dry_bulb_c + 273.15;
  const double t2 = t_db_k * t_db_k;
  return emissivity * kStefanBoltzmann_w_m2_k4 * t2 * t2;
}

double saturation_vapour_pressure_pa(double temperature_c) {
  return 610.94 * std::exp(17.625 * temperature_c / (temperature_c + 243.04));
}

double dew_point_from_vapour_pressure_c(double vapour_pressure_pa) {
  const double g = std::log(std::max(vapour_pressure_pa, 1e-3) / 610.94);
  return 243.04 * g / (17.625 - g);
}

}  // namespace twin::climate
