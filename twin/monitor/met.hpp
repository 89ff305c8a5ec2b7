// Hourly dispersion meteorology (issue 11, "Transport") from a climate::WeatherYear: the Pasquill–Gifford
// class of each hour from the 10-m wind and the incoming solar radiation by day (Pasquill 1961 / Turner 1970
// table, = assets/monitor/pasquill_stability.csv), and the wind at a release height by the urban power law
// (= assets/monitor/wind_profile_exponents.csv). Night cloud cover is not in WeatherYear: the night rule
// uses the "≤ 4/8 cloud" column (the more stable class, the conservative choice for ground-level
// concentrations). Two-letter classes (A–B …) go to the more stable letter (conservative, same reason).
// Calm hours (u10 < 0.5 m/s) use 0.5 m/s: the plume formula diverges as u → 0.
#pragma once

#include <string>
#include <vector>

#include "twin/climate/weather.hpp"
#include "twin/monitor/dispersion.hpp"

namespace twin::monitor {

inline constexpr double kCalmWindFloor_m_s = 0.5;

struct HourMet {
  double u10_m_s = 0.0;        // 10-m wind speed, floored at kCalmWindFloor_m_s
  double wind_from_deg = 0.0;  // direction the wind blows FROM, clockwise from north, [0, 360)
  Stability stability = Stability::D;
  bool daytime = false;        // global horizontal irradiance > 0
  double temperature_k = 288.15;
  double pressure_pa = 101325.0;
};

// The embedded Pasquill table: 5 wind bands × (strong, moderate, slight, night overcast, night clear).
struct PasquillRow {
  double wind_lower_m_s, wind_upper_m_s;  // [lower, upper); upper = +inf for the last
  const char* letters[5];                 // as in the CSV, e.g. "A-B"
};
const PasquillRow* pasquill_rows(int* count);
struct InsolationThresholds {
  double strong_above_w_m2 = 600.0, moderate_above_w_m2 = 300.0;
};
InsolationThresholds insolation_thresholds();

// The class of one hour (night = ghi ≤ 0).
Stability pasquill_class(double u10_m_s, double ghi_w_m2);

// The urban power-law exponent p of a class (ISC3 urban set).
double wind_exponent_urban(Stability s);
// u(h) = u10 · (max(h, 10) / 10)^p, floored at kCalmWindFloor_m_s (below 10 m the 10-m wind is used).
double wind_at_height_m_s(const HourMet& met, double height_m);

// "" when every hour can be used, else the first problem naming the hour and field (a column of the wrong
// length, a NaN / negative / absurd wind, a direction outside [0, 360], an absurd irradiance, pressure or
// temperature). No exceptions (the page's wasm cannot catch them).
std::string validate_met_weather(const climate::WeatherYear& weather);
// One HourMet per hour of the weather year; empty when validate_met_weather(weather) is not.
std::vector<HourMet> hourly_met(const climate::WeatherYear& weather);

// sin and cos of an angle in degrees from + − × only (reduction to ±45° and a Taylor series), so the wind
// rotation is bit-identical natively and in wasm (det_math.hpp has no trigonometry).
void det_sincos_deg(double deg, double* s, double* c);

}  // namespace twin::monitor
