// Long-wave sky and moist-air helpers shared by the EPW reader and the synthetic typical year.
#pragma once

namespace twin::climate {

inline constexpr double kStefanBoltzmann_w_m2_k4 = 5.670374419e-8;  // CODATA 2018

// Effective sky temperature from horizontal infrared irradiance: T_sky = (IR/σ)^0.25 − 273.15
// (EnergyPlus Engineering Reference, "Sky radiance model").
double sky_temperature_from_ir_c(double horizontal_ir_w_m2);

// Horizontal infrared irradiance of the sky estimated from dry bulb, dew point and opaque sky cover
// (tenths, 0–10): ε = (0.787 + 0.764 ln(T_dp/273)) (1 + 0.0224 N − 0.0035 N² + 0.00028 N³),
// IR = ε σ T_db⁴ (Clark & Allen 1978, cloud term of Walton 1983; as in the EnergyPlus Engineering
// Reference and the EPW specification's note on field 13).
double sky_ir_clark_allen_w_m2(double dry_bulb_c, double dew_point_c, double opaque_sky_cover_tenths);

// Saturation vapour pressure over water, Pa: Magnus form with the Alduchov & Eskridge (1996)
// coefficients, e_s = 610.94 exp(17.625 T / (T + 243.04)); within 0.4 % from −40 to 50 °C.
double saturation_vapour_pressure_pa(double temperature_c);
// Inverse of the above: dew point of air with vapour pressure `vapour_pressure_pa`, °C.
double dew_point_from_vapour_pressure_c(double vapour_pressure_pa);

}  // namespace twin::climate
